import { testRule } from '../engine/rule-tester';
import { buildReport, mapCells, setCell } from '../../test/helpers/report-builder';
import { t3Column } from '../../test/helpers/cell-keys';
import rule from './t3-result-sum';

// The finding names （七）总计, then the non-zero result rows of its column: in the default report 予以公开, 部分公开,
// 第三方, 不掌握, 信访 and 逾期不补正 (the 2019 layout's single 其他处理 row for the last).
const sumOf = (column: string, other = 'other.overdueCorrection'): string[] =>
  t3Column(
    [
      'totalProcessed',
      'granted',
      'partialGrant',
      'denied.thirdParty',
      'unable.noInfo',
      'notProcessed.complaint',
      other,
    ],
    column,
  );

testRule(rule, {
  valid: [
    { name: 'consistent default report', report: buildReport() },
    { name: 'all zero', report: buildReport({ t3: 'zero' }) },
    { name: '2019 layout sums its single other row', report: buildReport({ year: 2020 }) },
    { name: 'blank total derived from its row', report: setCell(buildReport(), 'T3:granted:total', '') },
    {
      name: 'whole blank total column',
      report: mapCells(buildReport(), 'T3', (c) => (c.column === 'total' ? '' : undefined)),
    },
    // A wrong 总计 in a result row is t3-row-total's one finding, not also a column-sum error.
    { name: 'wrong row total is not reported again', report: setCell(buildReport(), 'T3:granted:total', '25') },
    {
      name: 'wrong （七）总计 total is t3-row-total’s',
      report: setCell(buildReport(), 'T3:totalProcessed:total', '48'),
    },
    {
      name: 'partial table without a result row',
      report: buildReport({
        t3: { partialGrant: [null, null, null, null, null, null, null] },
        tables: { T3: { status: 'partial' } },
      }),
    },
  ],
  invalid: [
    {
      name: 'column sum off by one',
      report: setCell(buildReport(), 'T3:totalProcessed:naturalPerson', '44'),
      expected: [['t3-result-sum', sumOf('naturalPerson'), 'mismatch']],
    },
    {
      name: 'a result cell and its row total both changed',
      report: buildReport({ t3: { 'unable.noInfo': [15, 1, 0, 0, 0, 1, 17] } }),
      expected: [
        ['t3-result-sum', sumOf('naturalPerson'), 'mismatch'],
        ['t3-result-sum', sumOf('total'), 'mismatch'],
      ],
    },
    {
      name: '2019 layout with a wrong other row',
      report: buildReport({ year: 2020, t3: { other: [2, 0, 0, 0, 0, 0, 2] } }),
      expected: [
        ['t3-result-sum', sumOf('naturalPerson', 'other'), 'mismatch'],
        ['t3-result-sum', sumOf('total', 'other'), 'mismatch'],
      ],
    },
  ],
});
