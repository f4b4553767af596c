/**
 * t2-valid-lower (warning): 现行有效件数 + 本年废止件数 ≥ 本年制发件数, for 规章 and 行政规范性文件 separately —
 * every document issued this year is either still in force or was repealed this year (rules.md C).
 */
import { defineRule } from '../engine/define-rule';
import { rowName } from '../template/labels';
import { bilingual } from '../engine/messages';
import { auditableTable } from './lib/tables';

export default defineRule({
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
  check(report, ctx) {
    const t2 = auditableTable(report, 'T2');
    if (!t2) return;
    for (const row of ['rules', 'normative']) {
      const [issued, repealed, valid] = ['issued', 'repealed', 'valid'].map((c) => t2.num(row, c));
      if (issued === undefined || repealed === undefined || valid === undefined) continue;
      if (valid + repealed >= issued) continue;
      const cells = ['valid', 'repealed', 'issued'].map((c) => t2.cell(row, c)).filter((c) => c !== undefined);
      ctx.report({
        messageId: 'tooFew',
        cells,
        data: { ...bilingual('row', rowName('T2', row)), valid, repealed, issued, sum: valid + repealed },
      });
    }
  },
});
