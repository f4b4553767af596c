/** doc-empty-section: what the rule is and says (its check: src/rules/doc-empty-section.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'doc-empty-section',
  severity: 'warning',
  appliesTo: ['2021', '2019', 'legacy', 'unknown'],
  description: {
    zh: '“存在的主要问题及改进情况”应有实质内容',
    en: 'Section 5 (main problems and improvements) must say something of substance',
  },
  messages: {
    empty: {
      zh: '第五部分“{{heading}}”没有实质内容{{shown}}',
      en: 'Section 5 “{{heading}}” says nothing of substance{{shown}}',
    },
  },
});
