import { testRule } from '../engine/rule-tester';
import { buildReport, said } from '../../test/helpers/report-builder';
import rule from './text-carry';

// The default report: T3 二 总计 2, 四 总计 3.

testRule(rule, {
  valid: [
    { name: 'the default narrative agrees', report: buildReport() },
    { name: 'both figures right', report: said('本年度新收申请50件，上年结转2件，结转下年度继续办理3件。') },
    { name: 'Chinese numerals', report: said('依申请公开方面，上年结转两件，结转下一年度继续办理三件。') },
    { name: 'no T3', report: buildReport({ t3: null, sentences: ['依申请公开方面，上年结转9件。'] }) },
    { name: '结转 without a direction is ambiguous', report: said('依申请公开方面，结转9件。') },
  ],
  invalid: [
    {
      name: '上年结转 wrong',
      report: said('收到政府信息公开申请50件，上年结转5件。'),
      expected: [['text-carry', 'T3:carriedOver:total', 'mismatch']],
    },
    {
      name: '结转下年度 wrong (the figure after 办结)',
      report: buildReport({ sentences: ['依申请公开方面，全年办结49件，结转下年度继续办理4件。'] }),
      expected: [['text-carry', 'T3:carriedForward:total', 'mismatch']],
    },
    {
      name: '结转至<next year> in a 2023 report',
      report: said('依申请公开方面，结转至2024年继续办理1件。'),
      expected: [['text-carry', 'T3:carriedForward:total', 'mismatch']],
    },
  ],
});
