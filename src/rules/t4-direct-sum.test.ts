import { testRule } from '../engine/rule-tester';
import { buildReport, setCell } from '../../test/helpers/report-builder';
import rule from './t4-direct-sum';
import { t4RowSum } from '../../test/helpers/cell-keys';

testRule(rule, {
  valid: [
    { name: 'consistent default report', report: buildReport() },
    { name: 'blank row', report: buildReport({ t4: { direct: ['', '', '', '', ''] } }) },
    { name: 'T4 image', report: buildReport({ t4: { direct: [1, 0, 0, 0, 0] }, tables: { T4: { status: 'image' } } }) },
    { name: 'the review row is not this rule’s', report: buildReport({ t4: { review: [1, 0, 0, 0, 0] } }) },
  ],
  invalid: [
    {
      name: 'pending lawsuit not counted in the total',
      report: setCell(buildReport(), 'T4:direct:direct.total', '0'),
      expected: [['t4-direct-sum', t4RowSum('direct'), 'mismatch']],
    },
    {
      name: 'total written with a unit still compared',
      report: buildReport({ t4: { direct: [2, 1, 0, 0, '2件'] } }),
      expected: [['t4-direct-sum', t4RowSum('direct'), 'mismatch']],
    },
  ],
});
