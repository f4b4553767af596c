/**
 * t3-blank-total (warning): a 总计 cell of Table 三 is blank while its row has non-zero parts. The engine derives the
 * total from the row, so this is the one finding such a blank causes (rules.md A: one cause, one finding).
 * Several blank 总计 cells are one cause too (the column was not filled in): one finding listing their cells and the
 * derived totals, not one finding per row — a whole blank column, or a column blank in most of its rows.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/t3-blank-total';
import { columnName, rowName, shortRowName } from '../template/labels';
import { bilingual } from '../engine/messages';
import { partsText } from './lib/sums';
import { t3View } from './lib/tables';

export default defineRule(meta, {
  check(report, ctx) {
    const t3 = t3View(report);
    if (!t3 || t3.blankTotals.length === 0) return;
    if (t3.totalColumnBlank) {
      const first = t3.blankTotals[0];
      if (!first) return;
      ctx.report({
        messageId: 'columnBlank',
        cells: t3.blankTotals.map((b) => b.cell),
        data: { count: t3.blankTotals.length, ...bilingual('row', rowName('T3', first.row)), expected: first.derived },
      });
      return;
    }
    if (t3.blankTotals.length > 1) {
      const zh = t3.blankTotals.map((b) => `${shortRowName('T3', b.row).zh} ${b.derived}`).join('，');
      const en = t3.blankTotals.map((b) => `${shortRowName('T3', b.row).en} ${b.derived}`).join(', ');
      ctx.report({
        messageId: 'severalBlank',
        cells: t3.blankTotals.map((b) => b.cell),
        data: { count: t3.blankTotals.length, rows: zh, 'rows@en': en },
      });
      return;
    }
    for (const blank of t3.blankTotals) {
      const parts = partsText(
        blank.parts.map((p) => ({ name: columnName('T3', p.column), value: t3.num(blank.row, p.column) ?? 0 })),
        true,
      );
      ctx.report({
        messageId: 'blank',
        cells: [blank.cell, ...blank.parts],
        data: {
          ...bilingual('row', rowName('T3', blank.row)),
          expected: blank.derived,
          parts: parts.zh,
          'parts@en': parts.en,
        },
      });
    }
  },
});
