/**
 * year-carry (error): this year's T3 二、上年结转 = last year's T3 四、结转下年度继续办理, column by column
 * (rules.md G). What one report carries forward is, by definition, what the next one carries over.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/year-carry';
import { columnName } from '../template/labels';
import { bilingual } from '../engine/messages';
import { t3View, T3_PART_COLUMNS, type T3View } from './lib/tables';

export default defineRule(meta, {
  check(report, ctx) {
    const previous = ctx.previous;
    if (!previous) return;
    const now = t3View(report);
    const before = t3View(previous.report);
    if (!now || !before) return;
    const mismatches = T3_PART_COLUMNS.filter((c) => differs(now, before, c));
    // A differing 总计 is a knock-on of differing parts, or of a 总计 that is not its row's sum (t3-row-total's
    // finding): one cause, one finding. It is reported alone only when the parts agree and both totals add up.
    if (
      mismatches.length === 0 &&
      differs(now, before, 'total') &&
      addsUp(now, 'carriedOver') &&
      addsUp(before, 'carriedForward')
    ) {
      mismatches.push('total');
    }
    for (const column of mismatches) {
      const cell = now.cell('carriedOver', column);
      if (!cell) continue;
      ctx.report({
        messageId: 'mismatch',
        cells: [cell],
        data: {
          ...bilingual('column', columnName('T3', column)),
          actual: now.effective('carriedOver', column) ?? cell.raw,
          expected: before.effective('carriedForward', column) ?? '',
          ...previous.names,
        },
      });
    }
  },
});

/** Both figures are known and differ. */
function differs(now: T3View, before: T3View, column: string): boolean {
  const carriedOver = now.effective('carriedOver', column);
  const carriedForward = before.effective('carriedForward', column);
  return carriedOver !== undefined && carriedForward !== undefined && carriedOver !== carriedForward;
}

/** The row's 总计 is the sum of its parts (or cannot be checked, as in a table without part columns). */
function addsUp(view: T3View, row: string): boolean {
  const sum = view.rowSum(row);
  return sum === undefined || sum === view.effective(row, 'total');
}
