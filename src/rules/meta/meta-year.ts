/** meta-year: what the rule is and says (its check: src/rules/meta-year.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'meta-year',
  severity: 'error',
  appliesTo: ['2021', '2019', 'legacy', 'unknown'],
  description: {
    zh: '标题中的报告年度、统计期限的年份和页面标题中的年份应一致',
    en: 'The report year in the title, the reporting period and the page heading must agree',
  },
  messages: {
    period: {
      zh: '{{basis}}为 {{year}} 年度报告，但统计期限是 {{periodYear}} 年（“{{periodText}}”）',
      en: '{{basis}} says the report is for {{year}}, but the reporting period is {{periodYear}} (“{{periodText}}”)',
    },
    periodSpan: {
      zh: '统计期限“{{periodText}}”的起止年份不一致（{{startYear}} 年至 {{endYear}} 年），应为同一自然年',
      en: 'The reporting period “{{periodText}}” starts in {{startYear}} and ends in {{endYear}}; it should be one calendar year',
    },
    heading: {
      zh: '标题为 {{year}} 年度报告，但页面标题写的是 {{headingYear}} 年',
      en: 'The title says {{year}}, but the page heading says {{headingYear}}',
    },
  },
});
