/** meta-deadline: what the rule is and says (its check: src/rules/meta-deadline.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'meta-deadline',
  severity: 'warning',
  appliesTo: ['2021', '2019', 'legacy', 'unknown'],
  description: {
    zh: '年度报告应在法定期限内公布（部门1月31日前，本级政府3月31日前）',
    en: 'The report must be published by the legal deadline (31 January for departments, 31 March for governments)',
  },
  messages: {
    late: {
      zh: '本报告发布于 {{published}}，晚于法定公布期限 {{deadline}}（{{basis}}）',
      en: 'The report was published on {{published}}, after the legal deadline of {{deadline}} ({{basis}})',
    },
  },
});
