/**
 * year-valid-docs (warning): 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数, for 规章 and
 * 行政规范性文件 separately (rules.md G). The stock of documents in force changes only by what is issued and repealed.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/year-valid-docs';
import { rowName } from '../template/labels';
import { bilingual } from '../engine/messages';
import { auditableTable, type TableView } from './lib/tables';
import type { Report } from '../model';

export default defineRule(meta, {
  check(report, ctx) {
    const previous = ctx.previous;
    if (!previous) return;
    const now = table2(report);
    const before = table2(previous.report);
    if (!now || !before) return;
    for (const row of ['rules', 'normative']) {
      const [issued, repealed, valid] = ['issued', 'repealed', 'valid'].map((c) => now.num(row, c));
      const previousValid = before.num(row, 'valid');
      if (issued === undefined || repealed === undefined || valid === undefined || previousValid === undefined)
        continue;
      const expected = previousValid + issued - repealed;
      if (valid === expected) continue;
      const cells = ['valid', 'issued', 'repealed'].map((c) => now.cell(row, c)).filter((c) => c !== undefined);
      ctx.report({
        messageId: 'mismatch',
        cells,
        data: {
          ...bilingual('row', rowName('T2', row)),
          actual: valid,
          expected,
          previousValid,
          issued,
          repealed,
          ...previous.names,
        },
      });
    }
  },
});

/** Table 二 in the 2021 layout (the 2019 layout's 对外公开总数量 is another quantity), if it can be audited. */
function table2(report: Report): TableView | undefined {
  const view = auditableTable(report, 'T2');
  return view && view.table.layout !== '2019' ? view : undefined;
}
