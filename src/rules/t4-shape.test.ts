import { testRule } from '../engine/rule-tester';
import { buildReport, makeCell } from '../../test/helpers/report-builder';
import rule from './t4-shape';

const base = buildReport();
const withExtra = buildReport({
  tables: {
    T4: { ...base.tables.T4!, values: [...base.tables.T4!.values, makeCell('T4', 'review', 'review.total', 1)] },
  },
});

testRule(rule, {
  valid: [
    { name: 'fifteen values', report: base },
    { name: 'fifteen blanks still have the shape', report: buildReport({ t4: 'blank' }) },
    { name: 'T4 missing is doc-missing-table’s', report: buildReport({ t4: null }) },
    {
      name: 'not recognised is table-not-recognised’s',
      report: buildReport({ t4: [1, 2], tables: { T4: { status: 'not-recognised' } } }),
    },
  ],
  invalid: [
    {
      name: 'a column could not be read',
      report: buildReport({ t4: { direct: [0, 0, null, 0, 0] }, tables: { T4: { status: 'partial' } } }),
      expected: [['t4-shape', '', 'count']],
    },
    {
      name: 'only ten values',
      report: buildReport({ t4: [1, 0, 0, 0, 1, 0, 0, 0, 0, 0] }),
      expected: [['t4-shape', '', 'count']],
    },
    {
      name: 'a duplicated value',
      report: withExtra,
      expected: [['t4-shape', '', 'extra']],
    },
    {
      name: 'bare row of 15 numbers read by position',
      report: buildReport({ tables: { T4: { status: 'positional' } } }),
      expected: [['t4-shape', 'T4:review:review.maintain', 'positional', 'info']],
    },
  ],
});
