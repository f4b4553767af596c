import { testRule } from '../engine/rule-tester';
import { buildReport, mapCells, setCell } from '../../test/helpers/report-builder';
import { t3Column, t3RowSum } from '../../test/helpers/cell-keys';
import { SHANGHAI_2019_T3 } from '../../test/helpers/real-tables';
import rule from './t3-blank-total';

const SHANGHAI_2019 = buildReport({ year: 2019, t3: SHANGHAI_2019_T3, sentences: [] });

testRule(rule, {
  valid: [
    { name: 'consistent default report', report: buildReport() },
    { name: 'blank total of an all-zero row', report: setCell(buildReport(), 'T3:denied.stateSecret:total', '') },
    { name: 'whole table blank is cell-blank’s', report: buildReport({ t3: 'blank' }) },
    {
      name: 'blank total with an invalid part cannot be derived',
      report: buildReport({ t3: { granted: [20, 'x', 0, 0, 1, 0, ''] } }),
    },
    {
      name: 'T3 image',
      report: buildReport({ t3: { granted: [20, 1, 0, 0, 1, 0, ''] }, tables: { T3: { status: 'image' } } }),
    },
  ],
  invalid: [
    {
      name: 'blank total with non-zero parts',
      report: setCell(buildReport(), 'T3:newReceived:total', ''),
      expected: [['t3-blank-total', t3RowSum('newReceived'), 'blank']],
    },
    {
      name: 'two blank totals are one cause, one finding',
      report: setCell(setCell(buildReport(), 'T3:granted:total', '—'), 'T3:carriedForward:total', '/'),
      expected: [['t3-blank-total', t3Column(['granted', 'carriedForward']), 'severalBlank']],
    },
    {
      // The real 2019 report of a provincial 办公厅 (上海市人民政府办公厅, published 2020-01-31): only 一, 二,（七）and
      // 四 have their 总计 filled in; eleven rows with figures have a blank 总计.
      name: 'a real 2019 page with its 总计 column mostly blank: one finding for its eleven blank cells',
      report: SHANGHAI_2019,
      expected: [
        [
          't3-blank-total',
          t3Column([
            'granted',
            'partialGrant',
            'denied.stateSecret',
            'denied.internalAffairs',
            'denied.processInfo',
            'denied.adminQuery',
            'unable.noInfo',
            'unable.needCreation',
            'unable.unclear',
            'notProcessed.complaint',
            'notProcessed.repeat',
          ]),
          'severalBlank',
        ],
      ],
    },
    {
      name: 'whole total column blank is one finding',
      report: mapCells(buildReport(), 'T3', (c) => (c.column === 'total' ? '' : undefined)),
      expected: [
        [
          't3-blank-total',
          t3Column([
            'newReceived',
            'carriedOver',
            'granted',
            'partialGrant',
            'denied.thirdParty',
            'unable.noInfo',
            'notProcessed.complaint',
            'other.overdueCorrection',
            'totalProcessed',
            'carriedForward',
          ]),
          'columnBlank',
        ],
      ],
    },
  ],
});
