/**
 * cell-blank (info; warning for a whole blank table): blank, "/", "—", "-", "无" cells count as 0 in the sums and are
 * reported once per table with their count (rules.md D). Blank 总计 cells of Table 三 that t3-blank-total derived
 * from their rows are not counted here: they were not taken as 0, and that rule already names them.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/cell-blank';
import { TABLE_NAMES } from '../template/labels';
import { bilingual } from '../engine/messages';
import { AUDITABLE_STATUSES, isBlank, t3View } from './lib/tables';
import type { TableId } from '../model';

export default defineRule(meta, {
  check(report, ctx) {
    const derived = new Set(t3View(report)?.blankTotals.map((b) => b.cell) ?? []);
    for (const id of ['T2', 'T3', 'T4'] as const satisfies readonly TableId[]) {
      const table = report.tables?.[id];
      if (!table || !AUDITABLE_STATUSES.has(table.status) || table.values.length === 0) continue;
      const blanks = table.values.filter((v) => isBlank(v) && !derived.has(v));
      if (blanks.length === 0) continue;
      const whole = blanks.length === table.values.length;
      ctx.report({
        messageId: whole ? 'tableBlank' : 'blanks',
        severity: whole ? 'warning' : 'info',
        cells: blanks,
        data: { ...bilingual('table', TABLE_NAMES[id]), count: blanks.length },
      });
    }
  },
});
