/**
 * t3-blank-total (warning): a 总计 cell of Table 三 is blank while its row has non-zero parts. The engine derives the
 * total from the row, so this is the one finding such a blank causes (rules.md A: one cause, one finding).
 * Several blank 总计 cells are one cause too (the column was not filled in): one finding listing their cells and the
 * derived totals, not one finding per row — a whole blank column, or a column blank in most of its rows.
 */
import { defineRule } from '../engine/define-rule';
import { columnName, rowName, shortRowName } from '../template/labels';
import { bilingual } from '../engine/messages';
import { partsText } from './lib/sums';
import { t3View } from './lib/tables';

export default defineRule({
  id: 't3-blank-total',
  severity: 'warning',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '表三总计栏空白，但该行各类申请人的数字不为 0',
    en: 'A Table 3 total cell is blank although its row has non-zero figures',
  },
  messages: {
    blank: {
      zh: '表三“{{row}}”：总计栏空白，但各栏合计为 {{expected}}（{{parts}}）；已按 {{expected}} 核算',
      en: 'Table 3, “{{row}}”: the total is blank but the applicant columns add up to {{expected}} ({{parts}}); audited as {{expected}}',
    },
    severalBlank: {
      zh: '表三“总计”列有 {{count}} 行空白，但这些行各栏合计不为 0（应为：{{rows}}）；已按各行合计核算',
      en: 'Table 3’s “total” column is blank in {{count}} rows whose applicant columns are not all 0 (they should be: {{rows}}); audited with the row sums',
    },
    columnBlank: {
      zh: '表三“总计”列整列空白，其中 {{count}} 行各栏合计不为 0（如“{{row}}”应为 {{expected}}）；已按各行合计核算',
      en: 'Table 3’s “total” column is entirely blank while {{count}} rows have non-zero figures (e.g. “{{row}}” should be {{expected}}); audited with the row sums',
    },
  },
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
        data: { ...bilingual('row', rowName('T3', blank.row)), expected: blank.derived, parts: parts.zh, 'parts@en': parts.en },
      });
    }
  },
});
