import { testRule } from '../engine/rule-tester';
import { buildReport, setCell } from '../../test/helpers/report-builder';
import rule from './t3-row-total';
import { t3RowSum } from '../../test/helpers/cell-keys';

testRule(rule, {
  valid: [
    { name: 'consistent default report', report: buildReport() },
    { name: 'all blank', report: buildReport({ t3: 'blank' }) },
    { name: 'blank total is t3-blank-total’s', report: setCell(buildReport(), 'T3:newReceived:total', '') },
    { name: 'blank parts count as 0', report: buildReport({ t3: { granted: ['20', '/', '—', '', '1', '无', 21] } }) },
    { name: 'missing part column is not summed', report: buildReport({ t3: { granted: [20, 1, 0, 0, null, 0, 99] } }) },
    { name: 'invalid total is cell-not-number’s', report: setCell(buildReport(), 'T3:granted:total', '二十二') },
    { name: 'T3 not recognised', report: buildReport({ t3: { granted: [1, 0, 0, 0, 0, 0, 5] }, tables: { T3: { status: 'not-recognised' } } }) },
    { name: '2019 single other row', report: buildReport({ year: 2020 }) },
    { name: 'a wrong （七）总计 part is t3-result-sum’s', report: setCell(buildReport(), 'T3:totalProcessed:commercial', '3') },
  ],
  invalid: [
    {
      name: 'total one more than its parts',
      report: setCell(buildReport(), 'T3:newReceived:total', '51'),
      expected: [['t3-row-total', t3RowSum('newReceived'), 'mismatch']],
    },
    {
      name: 'the （七）总计 row’s own total wrong',
      report: setCell(buildReport(), 'T3:totalProcessed:total', '50'),
      expected: [['t3-row-total', t3RowSum('totalProcessed'), 'mismatch']],
    },
    {
      name: 'two rows wrong',
      report: buildReport({ t3: { granted: [20, 1, 0, 0, 1, 0, 20], 'denied.stateSecret': [1, 0, 0, 0, 0, 0, 0] } }),
      expected: [
        ['t3-row-total', t3RowSum('granted'), 'mismatch'],
        ['t3-row-total', t3RowSum('denied.stateSecret'), 'mismatch'],
      ],
    },
    {
      name: 'a 2019-layout row',
      report: buildReport({ year: 2020, t3: { other: [1, 0, 0, 0, 0, 0, 2] } }),
      expected: [['t3-row-total', t3RowSum('other'), 'mismatch']],
    },
  ],
});
