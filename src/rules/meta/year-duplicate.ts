/** year-duplicate: what the rule is and says (its check: src/rules/year-duplicate.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'year-duplicate',
  severity: 'warning',
  appliesTo: ['2021', '2019', 'legacy'],
  needsPrevious: true,
  description: {
    zh: '正文或统计表与上年报告几乎相同（内容雷同）',
    en: 'Text or tables nearly identical to last year’s report (copied content)',
  },
  messages: {
    text: {
      zh: '正文与上年报告的相似度为 {{similarity}}%（不低于 {{threshold}}%），疑似沿用上年内容（本报告：{{current}}；上年报告：{{previous}}，{{previousSource}}）',
      en: 'The text is {{similarity}}% similar to last year’s report (threshold {{threshold}}%): it looks copied (this report: {{current}}; last year’s: {{previous}}, {{previousSource}})',
    },
    tables: {
      zh: '统计表中 {{same}}/{{compared}} 个非零数据与上年报告完全相同（{{similarity}}%），疑似沿用上年数据（本报告：{{current}}；上年报告：{{previous}}，{{previousSource}}）',
      en: '{{same}} of {{compared}} non-zero table figures are exactly last year’s ({{similarity}}%): the data look copied (this report: {{current}}; last year’s: {{previous}}, {{previousSource}})',
    },
  },
});
