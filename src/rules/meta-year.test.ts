import { testRule } from '../engine/rule-tester';
import { buildReport } from '../../test/helpers/report-builder';
import rule from './meta-year';

testRule(rule, {
  valid: [
    { name: 'title, period and heading agree', report: buildReport() },
    {
      name: 'full-width digits in the title',
      report: buildReport({ title: '示例县公安局２０２３年政府信息公开工作年度报告' }),
    },
    { name: 'heading also names the publication year', report: buildReport({ headingYears: [2023, 2024] }) },
    { name: 'no period stated', report: buildReport({ period: null }) },
    {
      name: 'period written without the second year',
      report: buildReport({
        period: { start: '2024-01-01', end: '2024-12-31', year: 2024, text: '2024年1月1日至12月31日' },
        year: 2024,
      }),
    },
    { name: 'legacy reports are checked too (and agree)', report: buildReport({ year: 2016 }) },
  ],
  invalid: [
    {
      // Real error: 统计期限 2020 in a 2021 report.
      name: 'period of the previous year',
      report: buildReport({ year: 2021, period: 2020 }),
      expected: [['meta-year', '', 'period']],
    },
    {
      name: 'heading names another year',
      report: buildReport({ headingYears: [2022] }),
      expected: [['meta-year', '', 'heading']],
    },
    {
      name: 'period spanning two years',
      report: buildReport({
        period: { start: '2023-01-01', end: '2022-12-31', year: 2023, text: '2023年1月1日至2022年12月31日' },
      }),
      expected: [['meta-year', '', 'periodSpan']],
    },
    {
      name: 'no title year: the page heading is the reference',
      report: buildReport({ title: null, headingYears: [2023], period: 2022 }),
      expected: [['meta-year', '', 'period']],
    },
  ],
});
