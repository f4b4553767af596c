import { testRule } from '../engine/rule-tester';
import { buildReport, setCell, said } from '../../test/helpers/report-builder';
import rule from './text-new-requests';

// The default report: T3 一 总计 50, 二 总计 2.

testRule(rule, {
  valid: [
    { name: 'the default narrative agrees', report: buildReport() },
    { name: 'Chinese numerals', report: said('全年共收到政府信息公开申请五十件。') },
    { name: 'includes 上年结转 as it says', report: said('共受理政府信息公开申请52件（含上年结转2件）。') },
    { name: 'loose wording: 收到 for new + carried over', report: said('共收到政府信息公开申请52件。') },
    { name: 'approximate and close: no finding', report: said('全年收到政府信息公开申请50余件。') },
    {
      name: 'no T3: nothing to compare',
      report: buildReport({ t3: null, sentences: ['共收到政府信息公开申请57件。'] }),
    },
    { name: 'another year: meta-year-body’s', report: said('2022年我局收到政府信息公开申请1条，已按时答复。') },
    {
      name: 'text agrees with the row parts of a wrong total',
      report: setCell(said('共收到政府信息公开申请50件。'), 'T3:newReceived:total', '51'),
    },
    { name: 'a part under 其中 is no total', report: said('共收到政府信息公开申请50件，其中通过网站收到申请40件。') },
    { name: 'proactive items are not requests', report: said('共发布各类政府信息2098条，其中网站636条。') },
  ],
  invalid: [
    {
      name: 'a different figure',
      report: said('2023年，本机关共收到政府信息公开申请57件。'),
      expected: [['text-new-requests', 'T3:newReceived:total', 'mismatch', 'warning']],
    },
    {
      name: '新收 means row 一 alone, in Chinese numerals',
      report: said('本年新收政府信息公开申请五十二件。'),
      expected: [['text-new-requests', 'T3:newReceived:total', 'mismatch', 'warning']],
    },
    {
      name: 'approximate and far off: needs review (info)',
      report: said('全年收到政府信息公开申请约100件。'),
      expected: [['text-new-requests', 'T3:newReceived:total', 'needsReview', 'info']],
    },
    {
      name: 'includes 上年结转 but does not add up',
      report: said('共受理政府信息公开申请60件（含上年结转2件）。'),
      expected: [['text-new-requests', ['T3:newReceived:total', 'T3:carriedOver:total'], 'mismatch', 'warning']],
    },
  ],
});
