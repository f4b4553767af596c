/**
 * t3-missing-rows: a row of Table 三's 25 (23 in the 2019 layout) or a column of its 7 cannot be found (rules.md A).
 * A 2021+ report whose （六）其他处理 is still the 2019 single row gets one warning instead of three missing rows.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/t3-missing-rows';
import type { CellValue } from '../model';
import { columnName, rowName } from '../template/labels';
import { joinLocal, reportYear } from '../engine/report-info';
import { T3_ALL_COLUMNS, t3View } from './lib/tables';

export default defineRule(meta, {
  check(report, ctx) {
    const t3 = t3View(report);
    if (!t3) return;
    const rowsSeen = new Set(t3.table.values.map((v) => v.row));
    const columnsSeen = new Set(t3.table.values.map((v) => v.column));
    const expectedRows = t3.rows.map((r) => r.key);
    const missingRows = unique([
      ...expectedRows.filter((r) => !rowsSeen.has(r)),
      ...(t3.table.missingRows ?? []).filter((r) => expectedRows.includes(r)),
    ]);
    const missingColumns = unique([
      ...T3_ALL_COLUMNS.filter((c) => !columnsSeen.has(c)),
      ...(t3.table.missingColumns ?? []).filter((c) => T3_ALL_COLUMNS.includes(c)),
    ]);
    const year = reportYear(report);
    if (year !== undefined && year >= 2021 && expectedRows.includes('other') && rowsSeen.has('other')) {
      ctx.report({
        messageId: 'otherNotSplit',
        severity: 'warning',
        data: { year },
        cells: cellsOfRow(t3.table.values),
      });
    }
    if (missingRows.length > 0) {
      const names = joinLocal(
        missingRows.map((r) => rowName('T3', r)),
        '；',
        '; ',
      );
      ctx.report({ messageId: 'rows', data: { count: missingRows.length, rows: names.zh, 'rows@en': names.en } });
    }
    if (missingColumns.length > 0) {
      const names = joinLocal(
        missingColumns.map((c) => columnName('T3', c)),
        '、',
        ', ',
      );
      ctx.report({
        messageId: 'columns',
        data: { count: missingColumns.length, columns: names.zh, 'columns@en': names.en },
      });
    }
  },
});

function unique(keys: string[]): string[] {
  return [...new Set(keys)];
}

/** The single 其他处理 row's first cell, so the warning can point at the row. */
function cellsOfRow(values: readonly CellValue[]): CellValue[] {
  return values.filter((v) => v.row === 'other').slice(0, 1);
}
