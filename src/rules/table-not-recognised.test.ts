import { testRule } from '../engine/rule-tester';
import { buildReport } from '../../test/helpers/report-builder';
import rule from './table-not-recognised';

testRule(rule, {
  valid: [
    { name: 'all tables read', report: buildReport() },
    {
      name: 'partial and positional tables were read',
      report: buildReport({ tables: { T3: { status: 'partial' }, T4: { status: 'positional' } } }),
    },
    { name: 'images are doc-missing-table’s', report: buildReport({ tables: { T2: { status: 'image' } } }) },
  ],
  invalid: [
    {
      name: 'one table not understood',
      report: buildReport({ tables: { T3: { status: 'not-recognised', values: [] } } }),
      expected: [['table-not-recognised', '', 'notRecognised']],
    },
    {
      name: 'legacy report with an unrecognised table',
      report: buildReport({ year: 2017, t2: null, t3: null, t4: null, tables: { T3: { status: 'not-recognised' } } }),
      expected: [['table-not-recognised', '', 'notRecognised']],
    },
  ],
});
