import { testRule } from '../engine/rule-tester';
import { buildReport, mapCells, setCell } from '../../test/helpers/report-builder';
import { t3Column, t3RowSum } from '../../test/helpers/cell-keys';
import rule from './t3-blank-total';

testRule(rule, {
  valid: [
    { name: 'consistent default report', report: buildReport() },
    { name: 'blank total of an all-zero row', report: setCell(buildReport(), 'T3:denied.stateSecret:total', '') },
    { name: 'whole table blank is cell-blank’s', report: buildReport({ t3: 'blank' }) },
    { name: 'blank total with an invalid part cannot be derived', report: buildReport({ t3: { granted: [20, 'x', 0, 0, 1, 0, ''] } }) },
    { name: 'T3 image', report: buildReport({ t3: { granted: [20, 1, 0, 0, 1, 0, ''] }, tables: { T3: { status: 'image' } } }) },
  ],
  invalid: [
    {
      name: 'blank total with non-zero parts',
      report: setCell(buildReport(), 'T3:newReceived:total', ''),
      expected: [['t3-blank-total', t3RowSum('newReceived'), 'blank']],
    },
    {
      name: 'two blank totals are two findings',
      report: setCell(setCell(buildReport(), 'T3:granted:total', '—'), 'T3:carriedForward:total', '/'),
      expected: [
        ['t3-blank-total', t3RowSum('granted'), 'blank'],
        ['t3-blank-total', t3RowSum('carriedForward'), 'blank'],
      ],
    },
    {
      name: 'whole total column blank is one finding',
      report: mapCells(buildReport(), 'T3', (c) => (c.column === 'total' ? '' : undefined)),
      expected: [[
          't3-blank-total',
          t3Column(['newReceived', 'carriedOver', 'granted', 'partialGrant', 'denied.thirdParty', 'unable.noInfo', 'notProcessed.complaint', 'other.overdueCorrection', 'totalProcessed', 'carriedForward']),
          'columnBlank',
        ]],
    },
  ],
});
