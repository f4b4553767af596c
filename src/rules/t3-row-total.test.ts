import { testRule } from '../engine/rule-tester';
import { buildReport, setCell } from '../../test/helpers/report-builder';
import rule from './t3-row-total';
import { t3RowSum } from '../../test/helpers/cell-keys';
import { XINXIANG_T3 } from '../../test/helpers/real-tables';

/** A pinned part cell first, then its row's 总计 and the other applicant columns. */
const pinned = (row: string, column: string): string[] => {
  const [total, ...parts] = t3RowSum(row);
  return [`T3:${row}:${column}`, total!, ...parts.filter((k) => k !== `T3:${row}:${column}`)];
};

testRule(rule, {
  valid: [
    { name: 'consistent default report', report: buildReport() },
    { name: 'all blank', report: buildReport({ t3: 'blank' }) },
    { name: 'blank total is t3-blank-total’s', report: setCell(buildReport(), 'T3:newReceived:total', '') },
    { name: 'blank parts count as 0', report: buildReport({ t3: { granted: ['20', '/', '—', '', '1', '无', 21] } }) },
    { name: 'missing part column is not summed', report: buildReport({ t3: { granted: [20, 1, 0, 0, null, 0, 99] } }) },
    { name: 'invalid total is cell-not-number’s', report: setCell(buildReport(), 'T3:granted:total', '二十二') },
    {
      name: 'T3 not recognised',
      report: buildReport({ t3: { granted: [1, 0, 0, 0, 0, 0, 5] }, tables: { T3: { status: 'not-recognised' } } }),
    },
    { name: '2019 single other row', report: buildReport({ year: 2020 }) },
  ],
  invalid: [
    {
      // On its own: the attribution stage drops it next to t3-result-sum's finding (src/rules/attribution.test.ts).
      name: 'a wrong （七）总计 part puts its row off too',
      report: setCell(buildReport(), 'T3:totalProcessed:commercial', '3'),
      expected: [['t3-row-total', t3RowSum('totalProcessed'), 'mismatch']],
    },
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
        // 国家秘密 自然人 1 with 总计 0 also puts the 自然人 column's （七）总计 off by 1: that cell is pinned.
        ['t3-row-total', pinned('denied.stateSecret', 'naturalPerson'), 'partWrong'],
      ],
    },
    {
      // xinxiang-police-2023 (57 new, 54 handled, 3 carried forward), one cell edited: 四 自然人 3 → 4. Its row and
      // its column's identity both point to it; before, the identity blamed 一、本年新收 and the row blamed 总计.
      name: 'a changed 四、结转 cell is named, not an unchanged cell',
      report: setCell(buildReport({ t3: XINXIANG_T3 }), 'T3:carriedForward:naturalPerson', '4'),
      expected: [['t3-row-total', pinned('carriedForward', 'naturalPerson'), 'partWrong']],
    },
    {
      name: 'a changed result cell is named once (its row and its column)',
      report: setCell(buildReport({ t3: XINXIANG_T3 }), 'T3:granted:commercial', '4'),
      expected: [['t3-row-total', pinned('granted', 'commercial'), 'partWrong']],
    },
    {
      name: 'a 2019-layout row',
      report: buildReport({ year: 2020, t3: { other: [1, 0, 0, 0, 0, 0, 2] } }),
      expected: [['t3-row-total', t3RowSum('other'), 'mismatch']],
    },
  ],
});
