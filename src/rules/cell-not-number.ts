/**
 * cell-not-number: a count cell (Table 三, Table 四, Table 二's 件数 and 处理决定数量) that is not a non-negative
 * integer after normalisation (rules.md D). Full-width digits, thousands separators and 件/条 suffixes are fine — the
 * extractor already normalised them. The 万元 fee cell is t2-fee-unit's; the 2019 T2 may hold signed 本年增/减.
 */
import { defineRule } from '../engine/define-rule';
import { columnName, rowName, TABLE_SHORT } from '../engine/labels';
import { bilingual } from '../engine/messages';
import { AUDITABLE_STATUSES } from '../engine/tables';
import type { CellValue, ExtractedTable } from '../model';
import { T2_BLOCKS } from '../template';

export default defineRule({
  id: 'cell-not-number',
  severity: 'error',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '件数单元格应为非负整数',
    en: 'Count cells must hold non-negative whole numbers',
  },
  messages: {
    notInteger: {
      zh: '{{table}}“{{row}}”的“{{column}}”应为非负整数，表中为“{{text}}”（未参与核算）',
      en: '{{table}}, “{{row}}” / “{{column}}” should be a non-negative whole number; the table says “{{text}}” (left out of the sums)',
    },
  },
  check(report, ctx) {
    for (const table of Object.values(report.tables ?? {})) {
      if (!table || !AUDITABLE_STATUSES.has(table.status)) continue;
      for (const cell of table.values) {
        if (!isCountCell(table, cell) || isWholeNumber(cell)) continue;
        ctx.report({
          messageId: 'notInteger',
          cells: [cell],
          data: {
            ...bilingual('table', TABLE_SHORT[cell.table]),
            ...bilingual('row', rowName(cell.table, cell.row)),
            ...bilingual('column', columnName(cell.table, cell.column)),
            text: cell.raw,
          },
        });
      }
    }
  },
});

const T2_COUNT_ROWS = new Set(T2_BLOCKS.filter((b) => b.type === 'int').flatMap((b) => b.rows.map((r) => r.key)));

function isCountCell(table: ExtractedTable, cell: CellValue): boolean {
  if (cell.table === 'T3' || cell.table === 'T4') return true;
  return table.layout !== '2019' && T2_COUNT_ROWS.has(cell.row);
}

function isWholeNumber(cell: CellValue): boolean {
  if (cell.blank || cell.kind === 'blank') return true;
  if (cell.kind === 'int') return typeof cell.value === 'number' && Number.isInteger(cell.value) && cell.value >= 0;
  // "12.0" is a whole number written with a decimal point.
  if (cell.kind === 'decimal') return cell.exact !== undefined && /^\d+$/.test(cell.exact);
  return false;
}
