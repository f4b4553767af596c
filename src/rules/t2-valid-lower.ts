/**
 * t2-valid-lower (warning): 现行有效件数 + 本年废止件数 ≥ 本年制发件数, for 规章 and 行政规范性文件 separately —
 * every document issued this year is either still in force or was repealed this year (rules.md C).
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/t2-valid-lower';
import { rowName } from '../template/labels';
import { bilingual } from '../engine/messages';
import { auditableTable } from './lib/tables';

export default defineRule(meta, {
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
