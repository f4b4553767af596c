import { buildReport, type BuildOptions } from '../../test/helpers/report-builder';
import { testRule } from '../engine/rule-tester';
import rule from './year-valid-docs';
import { t2Cells } from '../../test/helpers/cell-keys';

// The default report's T2: 规章 0/0/0, 行政规范性文件 issued 2, repealed 1, in force 15.
const lastYear = (t2: BuildOptions['t2'], extra: BuildOptions = {}) => buildReport({ year: 2022, t2, ...extra });

testRule(rule, {
  valid: [
    { name: '14 + 2 − 1 = 15', report: buildReport(), previous: lastYear({ normative: [0, 0, 14] }) },
    { name: 'no previous report known', report: buildReport() },
    {
      name: 'a blank in force count last year with nothing since',
      report: buildReport({ t2: { normative: [0, 0, 0] } }),
      previous: lastYear({ normative: [0, 0, '/'] }),
    },
    {
      name: 'last year in the 2019 layout (another quantity)',
      report: buildReport({ year: 2021 }),
      previous: lastYear(undefined, { year: 2020 }),
    },
    {
      name: 'this year’s in force count is not a number',
      report: buildReport({ t2: { normative: [2, 1, '若干'] } }),
      previous: lastYear({ normative: [0, 0, 3] }),
    },
    { name: 'last year’s T2 missing', report: buildReport(), previous: lastYear(null) },
  ],
  invalid: [
    {
      name: 'in force not carried over from last year',
      report: buildReport(),
      previous: lastYear({ normative: [0, 0, 20] }),
      expected: [['year-valid-docs', t2Cells('normative', ['valid', 'issued', 'repealed']), 'mismatch', 'warning']],
    },
    {
      name: 'both rows',
      report: buildReport({ t2: { rules: [1, 0, 1] } }),
      previous: lastYear({ rules: [0, 0, 2], normative: [0, 0, 3] }),
      expected: [
        ['year-valid-docs', t2Cells('rules', ['valid', 'issued', 'repealed']), 'mismatch'],
        ['year-valid-docs', t2Cells('normative', ['valid', 'issued', 'repealed']), 'mismatch'],
      ],
    },
    {
      name: 'more repealed than ever existed',
      report: buildReport({ t2: { normative: [0, 5, 0] } }),
      previous: lastYear({ normative: [0, 0, 2] }),
      expected: [['year-valid-docs', t2Cells('normative', ['valid', 'issued', 'repealed']), 'mismatch']],
    },
  ],
});
