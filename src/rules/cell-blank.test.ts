import { testRule } from '../engine/rule-tester';
import { buildReport, mapCells, setCell } from '../../test/helpers/report-builder';
import { t3Column, t3WholeRow } from '../../test/helpers/cell-keys';
import { T3_ROWS } from '../template';
import rule from './cell-blank';

// The rows whose 总计 is 0 in the default report (the other ten have non-zero parts).
const ZERO_ROWS = [
  'denied.stateSecret',
  'denied.lawForbidden',
  'denied.safetyStability',
  'denied.internalAffairs',
  'denied.processInfo',
  'denied.enforcementCase',
  'denied.adminQuery',
  'unable.needCreation',
  'unable.unclear',
  'notProcessed.repeat',
  'notProcessed.publication',
  'notProcessed.massive',
  'notProcessed.confirm',
  'other.overdueFee',
  'other.other',
];

testRule(rule, {
  valid: [
    { name: 'every cell filled', report: buildReport() },
    {
      name: 'blank cells of an unreadable table are not counted',
      report: buildReport({ t4: 'blank', tables: { T4: { status: 'image' } } }),
    },
    // The derived total is not counted as 0: t3-blank-total names it.
    { name: 'a derived blank total is t3-blank-total’s', report: setCell(buildReport(), 'T3:newReceived:total', '') },
  ],
  invalid: [
    {
      name: 'blank cells counted once per table',
      report: buildReport({ t4: { direct: ['/', '—', '', '无', 0] }, t2: { rules: ['', '', ''] } }),
      expected: [
        ['cell-blank', ['T2:rules:issued', 'T2:rules:repealed', 'T2:rules:valid'], 'blanks', 'info'],
        [
          'cell-blank',
          ['maintain', 'correct', 'other', 'pending'].map((c) => `T4:direct:direct.${c}`),
          'blanks',
          'info',
        ],
      ],
    },
    {
      name: 'a whole blank table is a warning',
      report: buildReport({ t3: 'blank' }),
      expected: [['cell-blank', T3_ROWS.flatMap((r) => t3WholeRow(r.key)), 'tableBlank', 'warning']],
    },
    {
      name: 'zero-row blank total still counted as 0',
      report: setCell(buildReport(), 'T3:denied.stateSecret:total', ''),
      expected: [['cell-blank', 'T3:denied.stateSecret:total', 'blanks', 'info']],
    },
    {
      name: 'blank total column with non-zero rows: only the zero rows are counted',
      report: mapCells(buildReport(), 'T3', (c) => (c.column === 'total' ? '' : undefined)),
      expected: [['cell-blank', t3Column(ZERO_ROWS), 'blanks', 'info']],
    },
  ],
});
