/** t2-valid-lower: what the rule is and says (its check: src/rules/t2-valid-lower.ts). No check code here: UIs import this. */
import { defineMeta } from '../../engine/define-rule';

export default defineMeta({
  id: 't2-valid-lower',
  severity: 'warning',
  appliesTo: ['2021'],
  description: {
    zh: '表二：现行有效件数 + 本年废止件数不应少于本年制发件数（规章、行政规范性文件分别计）',
    en: 'Table 2: documents in force + repealed this year must not be fewer than those issued this year',
  },
  messages: {
    tooFew: {
      zh: '表二“{{row}}”：现行有效 {{valid}} + 本年废止 {{repealed}} = {{sum}}，少于本年制发 {{issued}}（本年制发的文件应仍有效或已在本年废止）',
      en: 'Table 2, “{{row}}”: in force {{valid}} + repealed {{repealed}} = {{sum}}, fewer than the {{issued}} issued this year (each must still be in force or have been repealed)',
    },
  },
});
