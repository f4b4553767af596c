/** t3-blank-total: what the rule is and says (its check: src/rules/t3-blank-total.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
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
});
