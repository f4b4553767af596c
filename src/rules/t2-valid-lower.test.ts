import { testRule } from '../engine/rule-tester';
import { buildReport } from '../../test/helpers/report-builder';
import rule from './t2-valid-lower';
import { t2Cells } from '../../test/helpers/cell-keys';

testRule(rule, {
  valid: [
    { name: 'consistent default report', report: buildReport() },
    { name: 'all issued documents repealed again', report: buildReport({ t2: { normative: [3, 3, 0] } }) },
    { name: 'exactly as many valid as issued', report: buildReport({ t2: { rules: [2, 0, 2] } }) },
    { name: 'a blank valid count with nothing issued', report: buildReport({ t2: { normative: [0, 0, '/'] } }) },
    { name: 'an invalid cell is cell-not-number’s', report: buildReport({ t2: { normative: [5, 0, '若干'] } }) },
    { name: '2019 layout has no such columns', report: buildReport({ t2Layout2019: true }) },
    { name: '2019 format is not checked', report: buildReport({ year: 2020 }) },
  ],
  invalid: [
    {
      name: 'fewer valid than issued',
      report: buildReport({ t2: { normative: [5, 0, 3] } }),
      expected: [['t2-valid-lower', t2Cells('normative', ['valid', 'repealed', 'issued']), 'tooFew']],
    },
    {
      name: 'both rows',
      report: buildReport({ t2: { rules: [1, 0, 0], normative: [4, 1, 2] } }),
      expected: [
        ['t2-valid-lower', t2Cells('rules', ['valid', 'repealed', 'issued']), 'tooFew'],
        ['t2-valid-lower', t2Cells('normative', ['valid', 'repealed', 'issued']), 'tooFew'],
      ],
    },
  ],
});
