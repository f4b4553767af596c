import { testRule } from '../engine/rule-tester';
import { buildReport } from '../../test/helpers/report-builder';
import rule from './t2-old-layout';

testRule(rule, {
  valid: [
    { name: '2021 layout in a 2023 report', report: buildReport() },
    { name: '2019 layout in a 2020 report', report: buildReport({ year: 2020 }) },
    { name: '2019 layout in a 2019 report', report: buildReport({ year: 2019 }) },
    { name: 'T2 absent', report: buildReport({ t2: null }) },
    { name: 'no year known', report: buildReport({ year: null, t2Layout2019: true }) },
  ],
  invalid: [
    {
      name: '2019 layout in a 2022 report',
      report: buildReport({ year: 2022, t2Layout2019: true }),
      expected: [['t2-old-layout', '', 'oldLayout']],
    },
    {
      name: '2019 layout in a 2023 report detected as 2019 format',
      report: buildReport({ year: 2023, format: '2019' }),
      expected: [['t2-old-layout', '', 'oldLayout']],
    },
    {
      name: 'markers in a table that was not mapped',
      report: buildReport({
        year: 2023,
        t2Layout2019: true,
        tables: { T2: { status: 'not-recognised', layout: 'unknown', values: [] } },
      }),
      expected: [['t2-old-layout', '', 'oldLayout']],
    },
  ],
});
