/** year-valid-docs: what the rule is and says (its check: src/rules/year-valid-docs.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 'year-valid-docs',
  severity: 'warning',
  appliesTo: ['2021'],
  needsPrevious: true,
  description: {
    zh: '表二现行有效件数应等于上年现行有效件数 + 本年制发 − 本年废止（规章、行政规范性文件分别计）',
    en: 'Table 2 documents in force must equal last year’s in force + issued − repealed this year',
  },
  messages: {
    mismatch: {
      zh: '表二“{{row}}”现行有效 {{actual}} 件，按上年报告现行有效 {{previousValid}} + 本年制发 {{issued}} − 本年废止 {{repealed}} 应为 {{expected}} 件（本报告：{{current}}；上年报告：{{previous}}，{{previousSource}}）',
      en: 'Table 2 “{{row}}”: {{actual}} in force, but last year’s {{previousValid}} in force + {{issued}} issued − {{repealed}} repealed gives {{expected}} (this report: {{current}}; last year’s: {{previous}}, {{previousSource}})',
    },
  },
});
