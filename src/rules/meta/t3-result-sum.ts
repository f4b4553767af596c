/** t3-result-sum: what the rule is and says (its check: src/rules/t3-result-sum.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 't3-result-sum',
  severity: 'error',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '表三每一列：（七）总计应等于（一）至（六）各项办理结果之和',
    en: 'Table 3, every column: (7) total handled must equal the sum of results (1)–(6)',
  },
  messages: {
    mismatch: {
      zh: '表三“{{column}}”列：办理结果总计应为 {{expected}}（{{parts}}），表中为 {{actual}}',
      en: 'Table 3, column “{{column}}”: total handled should be {{expected}} ({{parts}}); the table says {{actual}}',
    },
  },
});
