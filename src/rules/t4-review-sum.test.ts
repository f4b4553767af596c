import { testRule } from '../engine/rule-tester';
import { buildReport, setCell } from '../../test/helpers/report-builder';
import rule from './t4-review-sum';
import { t4RowSum } from '../../test/helpers/cell-keys';

testRule(rule, {
  valid: [
    { name: 'consistent default report', report: buildReport() },
    { name: 'all zero', report: buildReport({ t4: 'zero' }) },
    { name: 'blank parts with a zero total', report: buildReport({ t4: { review: ['', '/', '—', '无', 0] } }) },
    { name: 'T4 absent', report: buildReport({ t4: null }) },
    {
      name: 'not recognised table is not audited',
      report: buildReport({ t4: { review: [1, 0, 0, 0, 0] }, tables: { T4: { status: 'not-recognised' } } }),
    },
    {
      name: 'a missing part cell (partial) is not summed',
      report: buildReport({ t4: { review: [1, null, 0, 0, 0] } }),
    },
    { name: 'an invalid part is cell-not-number’s', report: buildReport({ t4: { review: ['一', 0, 0, 0, 0] } }) },
    { name: 'the other rows are not this rule’s', report: buildReport({ t4: { direct: [1, 0, 0, 0, 0] } }) },
  ],
  invalid: [
    {
      // Real error: a county 公安局, 2023 (rules.md "Real errors seen").
      name: 'upheld 1 but total 0',
      report: setCell(buildReport(), 'T4:review:review.total', '0'),
      expected: [['t4-review-sum', t4RowSum('review'), 'mismatch']],
    },
    {
      name: 'blank total with a non-zero part',
      report: buildReport({ t4: { review: [0, 2, 1, 0, ''] } }),
      expected: [['t4-review-sum', t4RowSum('review'), 'mismatch']],
    },
    {
      name: 'total larger than its parts',
      report: buildReport({ t4: { review: [1, 0, 0, 1, 3] } }),
      expected: [['t4-review-sum', t4RowSum('review'), 'mismatch']],
    },
    {
      name: 'positional table is audited',
      report: buildReport({
        t4: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        tables: { T4: { status: 'positional' } },
      }),
      expected: [['t4-review-sum', t4RowSum('review'), 'mismatch']],
    },
  ],
});
