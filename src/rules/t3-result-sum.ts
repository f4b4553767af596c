/** t3-result-sum: in each column of Table 三, （七）总计 = the sum of the result rows （一）…（六） (rules.md A). */
import { defineRule } from '../engine/define-rule';
import meta from './meta/t3-result-sum';
import { columnName, shortRowName } from '../template/labels';
import { bilingual } from '../engine/messages';
import { partsText } from './lib/sums';
import { sumOf, T3_ALL_COLUMNS, t3View } from './lib/tables';

export default defineRule(meta, {
  check(report, ctx) {
    const t3 = t3View(report);
    if (!t3) return;
    for (const column of T3_ALL_COLUMNS) {
      const totalCell = t3.cell('totalProcessed', column);
      const actual = t3.effective('totalProcessed', column);
      const expected = t3.resultSum(column);
      if (!totalCell || actual === undefined || expected === undefined || actual === expected) continue;
      // A result cell pinned down by its row, which t3-row-total names, is the cause of this finding when fixing it
      // makes the column add up: the attribution stage drops this one then (src/rules/attribution.ts).
      // In the 总计 column, wrong 总计 cells (t3-row-total's findings) must not be reported again here: check the
      // sum once more with every 总计 taken as its row's sum.
      if (column === 'total') {
        const fixed = sumOf(t3.resultParts.map((r) => t3.rowSum(r) ?? t3.effective(r, column)));
        if (fixed !== undefined && fixed === (t3.rowSum('totalProcessed') ?? actual)) continue;
      }
      const values = t3.resultParts.map((r) => ({ row: r, value: t3.effective(r, column) ?? 0 }));
      const parts = partsText(
        values.map((v) => ({ name: shortRowName('T3', v.row), value: v.value })),
        true,
      );
      const partCells = values
        .filter((v) => v.value !== 0)
        .map((v) => t3.cell(v.row, column))
        .filter((c) => c !== undefined);
      ctx.report({
        messageId: 'mismatch',
        cells: [totalCell, ...partCells],
        data: {
          ...bilingual('column', columnName('T3', column)),
          expected,
          actual,
          parts: parts.zh,
          'parts@en': parts.en,
        },
      });
    }
  },
});
