/** year-yoy-claim: what the rule is and says (its check: src/rules/year-yoy-claim.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'year-yoy-claim',
  severity: 'warning',
  appliesTo: ['2021', '2019'],
  needsPrevious: true,
  description: {
    zh: '正文所述同比增减应与上年报告的数字相符',
    en: 'Year-on-year changes stated in the text must match last year’s report',
  },
  messages: {
    mismatch: {
      zh: '正文“{{claim}}”与上年报告不符：{{subject}}上年为 {{previousValue}}，本年为 {{currentValue}}，实为{{actualChange}}（本报告：{{current}}；上年报告：{{previous}}，{{previousSource}}）',
      en: 'The text “{{claim}}” disagrees with last year’s report: {{subject}} went from {{previousValue}} to {{currentValue}}, {{actualChange}} (this report: {{current}}; last year’s: {{previous}}, {{previousSource}})',
    },
    previousMismatch: {
      zh: '正文“{{claim}}”称上年{{subject}}为 {{stated}}，上年报告为 {{previousValue}}（本报告：{{current}}；上年报告：{{previous}}，{{previousSource}}）',
      en: 'The text “{{claim}}” gives last year’s {{subject}} as {{stated}}; last year’s report says {{previousValue}} (this report: {{current}}; last year’s: {{previous}}, {{previousSource}})',
    },
  },
});
