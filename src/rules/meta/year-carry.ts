/** year-carry: what the rule is and says (its check: src/rules/year-carry.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'year-carry',
  severity: 'error',
  appliesTo: ['2021', '2019'],
  needsPrevious: true,
  description: {
    zh: '本年表三“上年结转”应等于上年报告表三“结转下年度继续办理”（逐列）',
    en: 'Table 3 “carried over” must equal last year’s “carried forward”, column by column',
  },
  messages: {
    mismatch: {
      zh: '表三“二、上年结转”（{{column}}）为 {{actual}}，而上年报告“四、结转下年度继续办理”为 {{expected}}，两者应相等（本报告：{{current}}；上年报告：{{previous}}，{{previousSource}}）',
      en: 'Table 3 “carried over from last year” ({{column}}) is {{actual}}, but last year’s report carried forward {{expected}}; they must be equal (this report: {{current}}; last year’s: {{previous}}, {{previousSource}})',
    },
  },
});
