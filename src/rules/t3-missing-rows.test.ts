import { testRule } from '../engine/rule-tester';
import { buildReport, mapCells } from '../../test/helpers/report-builder';
import rule from './t3-missing-rows';

const ROW_GONE = [null, null, null, null, null, null, null];

testRule(rule, {
  valid: [
    { name: 'all 25 rows and 7 columns', report: buildReport() },
    { name: '2019 format with 23 rows', report: buildReport({ year: 2020 }) },
    { name: 'T3 missing is doc-missing-table’s', report: buildReport({ t3: null }) },
    { name: 'not recognised', report: buildReport({ tables: { T3: { status: 'not-recognised', values: [] } } }) },
  ],
  invalid: [
    {
      name: 'a row cannot be found',
      report: buildReport({
        t3: { 'denied.adminQuery': ROW_GONE },
        tables: { T3: { status: 'partial', missingRows: ['denied.adminQuery'] } },
      }),
      expected: [['t3-missing-rows', '', 'rows']],
    },
    {
      name: 'rows missing although the extractor did not say so',
      report: buildReport({ t3: { 'unable.unclear': ROW_GONE, 'other.other': ROW_GONE } }),
      expected: [['t3-missing-rows', '', 'rows']],
    },
    {
      name: 'a column cannot be found',
      report: mapCells(buildReport(), 'T3', (c) => (c.column === 'legal' ? null : undefined)),
      expected: [['t3-missing-rows', '', 'columns']],
    },
    {
      name: '2021+ report with the 2019 single other row',
      report: buildReport({
        t3: {
          'other.overdueCorrection': ROW_GONE,
          'other.overdueFee': ROW_GONE,
          'other.other': ROW_GONE,
          other: [1, 0, 0, 0, 0, 0, 1],
        },
      }),
      expected: [['t3-missing-rows', 'T3:other:naturalPerson', 'otherNotSplit', 'warning']],
    },
  ],
});
