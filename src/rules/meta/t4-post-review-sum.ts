/** t4-post-review-sum: what the rule is and says (its check: src/rules/t4-post-review-sum.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 't4-post-review-sum',
  severity: 'error',
  appliesTo: ['2021', '2019'],
  description: {
    zh: '表四行政诉讼·复议后起诉：总计应等于结果维持、结果纠正、其他结果、尚未审结之和',
    en: 'Table 4, lawsuits filed after administrative review: the total must equal upheld + corrected + other + pending',
  },
  messages: {
    mismatch: {
      zh: '行政诉讼（复议后起诉）总计应为 {{expected}}（{{parts}}），表中为 {{actual}}',
      en: 'Lawsuits filed after administrative review: the total should be {{expected}} ({{parts}}); the table says {{actual}}',
    },
  },
});
