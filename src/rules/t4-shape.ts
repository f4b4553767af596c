/** t4-shape: Table 四 must yield exactly its 15 values; a header-less row of 15 read by position is noted (rules.md B). */
import { bareT4Column } from '../engine/cells';
import { defineRule } from '../engine/define-rule';
import meta from './meta/t4-shape';
import { columnName, rowName } from '../template/labels';
import { joinLocal } from '../engine/report-info';
import { AUDITABLE_STATUSES } from './lib/tables';
import { T4_COLUMNS, T4_ROWS } from '../template';

/** Every cell of the template's Table 四, as `row.column`, in table order. */
const EXPECTED = new Set(T4_ROWS.flatMap((r) => T4_COLUMNS.map((c) => `${r.key}.${c.key}`)));

export default defineRule(meta, {
  check(report, ctx) {
    const table = report.tables?.T4;
    if (!table || !AUDITABLE_STATUSES.has(table.status)) return;
    const found = new Set<string>();
    const extras: string[] = [];
    for (const v of table.values) {
      const key = `${v.row}.${bareT4Column(v.column)}`;
      if (EXPECTED.has(key) && !found.has(key)) found.add(key);
      else extras.push(`${v.rowLabel || v.row}/${v.columnLabel || v.column}`);
    }
    const missing = [...EXPECTED].filter((k) => !found.has(k));
    const count = table.values.length;
    if (missing.length > 0) {
      const names = joinLocal(missing.map(cellName), '、', ', ');
      ctx.report({ messageId: 'count', data: { count, missing: names.zh, 'missing@en': names.en } });
    } else if (extras.length > 0) {
      ctx.report({ messageId: 'extra', data: { count, extra: extras.join('、'), 'extra@en': extras.join(', ') } });
    }
    if (table.status === 'positional') {
      ctx.report({ messageId: 'positional', severity: 'info', cells: table.values.slice(0, 1) });
    }
  },
});

function cellName(key: string): { zh: string; en: string } {
  const [row = '', column = ''] = key.split('.');
  const r = rowName('T4', row);
  const c = columnName('T4', column);
  return { zh: `${r.zh}/${c.zh}`, en: `${r.en}/${c.en}` };
}
