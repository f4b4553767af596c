/** t3-row-total: what the rule is and says (its check: src/rules/t3-row-total.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
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
    partWrong: {
      zh: '表三“{{row}}”的“{{column}}”应为 {{expected}}，表中为 {{actual}}：本行总计 {{total}} 与各栏之和 {{sum}} 不符，“{{column}}”列的{{relation}}也相差 {{difference}}',
      en: 'Table 3, “{{row}}” / “{{column}}” should be {{expected}}; the table says {{actual}}: the row total {{total}} differs from the sum of its columns {{sum}}, and the “{{column}}” column’s {{relation}} is off by {{difference}} too',
    },
  },
});
