/** doc-too-large: what the rule is and says (its check: src/rules/doc-too-large.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'doc-too-large',
  severity: 'info',
  appliesTo: ['2021', '2019', 'legacy', 'unknown'],
  tooLargeNotice: true,
  description: {
    zh: '页面超出核查的规模上限，未作核查',
    en: 'The page exceeds the size the auditor handles, so it was not audited',
  },
  messages: {
    tooLarge: {
      zh: '页面过大，未作核查：{{measure}}为 {{count}}，超过上限 {{limit}}（不据此判断对错）',
      en: 'The page is too large to audit: {{count}} {{measure}}, over the limit of {{limit}} (no judgement is made on it)',
    },
  },
});
