/** meta-year-body: what the rule is and says (its check: src/rules/meta-year-body.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'meta-year-body',
  severity: 'warning',
  appliesTo: ['2021', '2019', 'legacy', 'unknown'],
  description: {
    zh: '正文把本年度的工作写成了其他年份',
    en: 'The text states this year’s work under another year',
  },
  messages: {
    otherYear: {
      zh: '本报告为 {{year}} 年度，但正文写“{{found}}年”：“{{excerpt}}”',
      en: 'The report is for {{year}}, but the text says {{found}}: “{{excerpt}}”',
    },
  },
});
