/** t3-row-total: in each row of Table 三, 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 (rules.md A). */
import { defineRule } from '../engine/define-rule';
import { columnName, rowName } from '../engine/labels';
import { bilingual } from '../engine/messages';
import { partsText } from '../engine/sums';
import { isBlank, sumOf, T3_PART_COLUMNS, t3View } from '../engine/tables';

export default defineRule({
  id: 't3-row-total',
  severity: 'error',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '表三每一行：总计应等于自然人与各类法人或其他组织之和',
    en: 'Table 3, every row: the total must equal the sum of the applicant columns',
  },
  messages: {
    mismatch: {
      zh: '表三“{{row}}”：总计应为 {{expected}}（{{parts}}），表中为 {{actual}}',
      en: 'Table 3, “{{row}}”: the total should be {{expected}} ({{parts}}); the table says {{actual}}',
    },
  },
  check(report, ctx) {
    const t3 = t3View(report);
    if (!t3) return;
    for (const { key } of t3.rows) {
      const total = t3.cell(key, 'total');
      // A blank 总计 is t3-blank-total's finding; its derived value equals the row sum by construction.
      if (!total || isBlank(total)) continue;
      const actual = t3.num(key, 'total');
      const expected = t3.rowSum(key);
      if (actual === undefined || expected === undefined || actual === expected) continue;
      // A wrong （七）总计 part is t3-result-sum's finding; if its column sums make the row add up, that was the cause.
      if (key === 'totalProcessed' && sumOf(T3_PART_COLUMNS.map((c) => t3.resultSum(c) ?? t3.num(key, c))) === actual) {
        continue;
      }
      const parts = partsText(
        T3_PART_COLUMNS.map((c) => ({ name: columnName('T3', c), value: t3.num(key, c) ?? 0 })),
        true,
      );
      const partCells = T3_PART_COLUMNS.map((c) => t3.cell(key, c)).filter((c) => c !== undefined);
      ctx.report({
        messageId: 'mismatch',
        cells: [total, ...partCells],
        data: { ...bilingual('row', rowName('T3', key)), expected, actual, parts: parts.zh, 'parts@en': parts.en },
      });
    }
  },
});
