import { testRule } from '../engine/rule-tester';
import { buildReport } from '../../test/helpers/report-builder';
import rule from './t2-fee-unit';

testRule(rule, {
  valid: [
    { name: 'zero', report: buildReport() },
    { name: 'decimal in 万元', report: buildReport({ t2: { fees: ['12.35'] } }) },
    // jiyuan-police-2022 prints 1014.5589 (four decimals: one yuan).
    { name: 'four decimals', report: buildReport({ t2: { fees: ['1014.5589'] } }) },
    { name: 'the column’s own unit written in the cell', report: buildReport({ t2: { fees: ['3.2万元'] } }) },
    { name: 'blank is cell-blank’s', report: buildReport({ t2: { fees: ['/'] } }) },
    {
      name: 'T2 not recognised',
      report: buildReport({ t2: { fees: ['100元'] }, tables: { T2: { status: 'not-recognised' } } }),
    },
  ],
  invalid: [
    {
      name: 'written in yuan',
      report: buildReport({ t2: { fees: ['251000元'] } }),
      expected: [['t2-fee-unit', 'T2:fees:amount', 'yuan', 'warning']],
    },
    {
      // jiyuan-police-2022's 1014.5589 stated to the 分 (one-cell edit): precise, not wrong — info, never a warning.
      name: 'six decimals (a fee to the 分) is only an info note',
      report: buildReport({ t2: { fees: ['1014.558912'] } }),
      expected: [['t2-fee-unit', 'T2:fees:amount', 'decimals', 'info']],
    },
    {
      name: 'not a number',
      report: buildReport({ t2: { fees: ['免收'] } }),
      expected: [['t2-fee-unit', 'T2:fees:amount', 'notNumber', 'warning']],
    },
  ],
});
