/**
 * year-carry (error): this year's T3 二、上年结转 = last year's T3 四、结转下年度继续办理, column by column
 * (rules.md G). What one report carries forward is, by definition, what the next one carries over.
 */
import { defineRule } from '../engine/define-rule';
import { columnName } from '../template/labels';
import { bilingual } from '../engine/messages';
import { t3View, T3_PART_COLUMNS, type T3View } from './lib/tables';

export default defineRule({
  id: 'year-carry',
  severity: 'error',
  appliesTo: ['2021', '2019'],
  needsPrevious: true,
  description: {
    zh: '本年表三“上年结转”应等于上年报告表三“结转下年度继续办理”（逐列）',
    en: 'Table 3 “carried over” must equal last year’s “carried forward”, column by column',
  },
  messages: {
    mismatch: {
      zh: '表三“二、上年结转”（{{column}}）为 {{actual}}，而上年报告“四、结转下年度继续办理”为 {{expected}}，两者应相等（本报告：{{current}}；上年报告：{{previous}}，{{previousSource}}）',
      en: 'Table 3 “carried over from last year” ({{column}}) is {{actual}}, but last year’s report carried forward {{expected}}; they must be equal (this report: {{current}}; last year’s: {{previous}}, {{previousSource}})',
    },
  },
  check(report, ctx) {
    const previous = ctx.previous;
    if (!previous) return;
    const now = t3View(report);
    const before = t3View(previous.report);
    if (!now || !before) return;
    const mismatches = T3_PART_COLUMNS.filter((c) => differs(now, before, c));
    // A differing 总计 is a knock-on of differing parts, or of a 总计 that is not its row's sum (t3-row-total's
    // finding): one cause, one finding. It is reported alone only when the parts agree and both totals add up.
    if (mismatches.length === 0 && differs(now, before, 'total') && addsUp(now, 'carriedOver') && addsUp(before, 'carriedForward')) {
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
