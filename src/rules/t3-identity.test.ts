import { testRule } from '../engine/rule-tester';
import { buildReport, mapCells, setCell } from '../../test/helpers/report-builder';
import { t3Identity } from '../../test/helpers/cell-keys';
import rule from './t3-identity';

testRule(rule, {
  valid: [
    { name: 'consistent default report (50 + 2 = 49 + 3)', report: buildReport() },
    // xinxiang-police-2023: 57 new, 54 handled, 3 carried forward.
    {
      name: 'seed-like 57 = 54 + 3',
      report: buildReport({
        t3: {
          newReceived: [57, 0, 0, 0, 0, 0, 57],
          carriedOver: [0, 0, 0, 0, 0, 0, 0],
          granted: [54, 0, 0, 0, 0, 0, 54],
          partialGrant: [0, 0, 0, 0, 0, 0, 0],
          'denied.thirdParty': [0, 0, 0, 0, 0, 0, 0],
          'unable.noInfo': [0, 0, 0, 0, 0, 0, 0],
          'notProcessed.complaint': [0, 0, 0, 0, 0, 0, 0],
          'other.overdueCorrection': [0, 0, 0, 0, 0, 0, 0],
          totalProcessed: [54, 0, 0, 0, 0, 0, 54],
          carriedForward: [3, 0, 0, 0, 0, 0, 3],
        },
      }),
    },
    {
      name: 'blank total of a row is derived (one cause, one finding)',
      report: setCell(buildReport(), 'T3:newReceived:total', ''),
    },
    {
      name: 'whole blank total column is derived',
      report: mapCells(buildReport(), 'T3', (c) => (c.column === 'total' ? '/' : undefined)),
    },
    { name: 'wrong row total is t3-row-total’s', report: setCell(buildReport(), 'T3:carriedForward:total', '4') },
    {
      name: 'wrong （七）总计 cell is t3-result-sum’s',
      report: setCell(buildReport(), 'T3:totalProcessed:naturalPerson', '44'),
    },
    {
      name: 'missing carried-forward row (partial)',
      report: buildReport({
        t3: { carriedForward: [null, null, null, null, null, null, null] },
        tables: { T3: { status: 'partial' } },
      }),
    },
    { name: 'T3 absent', report: buildReport({ t3: null }) },
  ],
  invalid: [
    {
      name: 'new requests do not match handled + carried forward',
      report: buildReport({ t3: { newReceived: [47, 2, 0, 0, 1, 1, 51] } }),
      // The 总计 column is off only because 自然人 is: one cause, one finding over both columns.
      expected: [['t3-identity', [...t3Identity('naturalPerson'), ...t3Identity('total')], 'mismatch']],
    },
    {
      name: 'two applicant columns off: one finding each, the 总计 column (their sum) none',
      report: buildReport({ t3: { newReceived: [47, 3, 0, 0, 1, 1, 52] } }),
      expected: [
        ['t3-identity', t3Identity('naturalPerson'), 'mismatch'],
        ['t3-identity', t3Identity('commercial'), 'mismatch'],
      ],
    },
    {
      name: 'carried over missing from one column',
      report: buildReport({ t3: { carriedOver: [0, 0, 0, 0, 0, 0, 0] } }),
      // The 总计 column is off only because 自然人 is: one cause, one finding over both columns.
      expected: [['t3-identity', [...t3Identity('naturalPerson'), ...t3Identity('total')], 'mismatch']],
    },
  ],
});
