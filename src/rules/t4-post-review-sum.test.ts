import { testRule } from '../engine/rule-tester';
import { buildReport } from '../../test/helpers/report-builder';
import rule from './t4-post-review-sum';
import { t4RowSum } from '../../test/helpers/cell-keys';

testRule(rule, {
  valid: [
    { name: 'consistent default report', report: buildReport() },
    { name: 'non-zero and consistent', report: buildReport({ t4: { postReview: [3, 1, 0, 2, 6] } }) },
    {
      name: '2019 format is audited the same way',
      report: buildReport({ year: 2020, t4: { postReview: [1, 0, 0, 0, 1] } }),
    },
  ],
  invalid: [
    {
      name: 'total smaller than its parts',
      report: buildReport({ t4: { postReview: [3, 1, 0, 2, 5] } }),
      expected: [['t4-post-review-sum', t4RowSum('postReview'), 'mismatch']],
    },
    {
      name: '2019 format report',
      report: buildReport({ year: 2020, t4: { postReview: [1, 0, 0, 0, 0] } }),
      expected: [['t4-post-review-sum', t4RowSum('postReview'), 'mismatch']],
    },
  ],
});
