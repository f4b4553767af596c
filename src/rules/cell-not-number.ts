/**
 * cell-not-number: a count cell (Table 三, Table 四, Table 二's 件数 and 处理决定数量) that is not a non-negative
 * integer after normalisation (rules.md D). Full-width digits, thousands separators and 件/条 suffixes are fine — the
 * extractor already normalised them. The 万元 fee cell is t2-fee-unit's; the 2019 T2 may hold signed 本年增/减.
 * The same text in several cells of one table is one cause (a placeholder the report uses throughout): one finding
 * listing those cells, not one per cell.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/cell-not-number';
import { columnName, rowName, TABLE_SHORT } from '../template/labels';
import { bilingual } from '../engine/messages';
import { AUDITABLE_STATUSES } from './lib/tables';
import type { CellValue, ExtractedTable } from '../model';
import { T2_BLOCKS } from '../template';

export default defineRule(meta, {
  check(report, ctx) {
    for (const table of Object.values(report.tables ?? {})) {
      if (!table || !AUDITABLE_STATUSES.has(table.status)) continue;
      const byText = new Map<string, CellValue[]>();
      for (const cell of table.values) {
        if (!isCountCell(table, cell) || isWholeNumber(cell)) continue;
        const key = cell.raw.replace(/\s+/gu, '');
        byText.set(key, [...(byText.get(key) ?? []), cell]);
      }
      for (const cells of byText.values()) {
        const first = cells[0];
        if (!first) continue;
        ctx.report({
          messageId: cells.length > 1 ? 'sameText' : 'notInteger',
          cells,
          data: {
            ...bilingual('table', TABLE_SHORT[first.table]),
            ...bilingual('row', rowName(first.table, first.row)),
            ...bilingual('column', columnName(first.table, first.column)),
            text: first.raw,
            ...(cells.length > 1 ? { count: cells.length } : {}),
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
