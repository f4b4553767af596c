import { testRule } from '../engine/rule-tester';
import { buildReport, said } from '../../test/helpers/report-builder';
import rule from './text-review';

// The default report: T4 行政复议 维持 1, 总计 1.

testRule(rule, {
  valid: [
    { name: 'the default narrative agrees', report: buildReport() },
    {
      name: 'jinzhai: 发生行政复议1次 with 其他结果 1 = 总计 1',
      report: buildReport({
        t4: [0, 0, 1, 0, 1, ...Array(10).fill(0)],
        sentences: ['确保答复申请人内容准确，发生行政复议1次，申请人已主动撤销复议。'],
      }),
    },
    { name: 'Chinese numeral', report: said('因政府信息公开被申请行政复议一件。') },
    {
      name: '未发生 with a zero table',
      report: buildReport({ t4: 'zero', sentences: ['本年度未发生政府信息公开行政复议、行政诉讼。'] }),
    },
    { name: '均获维持 when every review was upheld', report: said('因政府信息公开被申请行政复议1件，均获维持。') },
    { name: 'the agency’s other reviews are not T4’s', report: said('全年办理行政复议案件35起。') },
    {
      name: 'the text follows the parts of a wrong total (t4-review-sum’s)',
      report: buildReport({ t4: { review: [1, 0, 0, 0, 0] }, sentences: ['因政府信息公开被申请行政复议1件。'] }),
    },
    { name: 'no T4', report: buildReport({ t4: null, sentences: ['因政府信息公开被申请行政复议9件。'] }) },
  ],
  invalid: [
    {
      name: 'a different count',
      report: said('因政府信息公开被申请行政复议2件。'),
      expected: [['text-review', 'T4:review:review.total', 'mismatch']],
    },
    {
      name: '未发生 while the table has one',
      report: said('本年度未发生因政府信息公开引起的行政复议。'),
      expected: [['text-review', 'T4:review:review.total', 'zero']],
    },
    {
      name: '均获维持 while one is pending',
      report: buildReport({
        t4: { review: [1, 0, 0, 1, 2] },
        sentences: ['因政府信息公开被申请行政复议2件，均获维持。'],
      }),
      expected: [['text-review', 'T4:review:review.pending', 'notAllUpheld']],
    },
    {
      name: 'approximate and far off',
      report: said('因政府信息公开被申请行政复议10余件。'),
      expected: [['text-review', 'T4:review:review.total', 'needsReview', 'info']],
    },
  ],
});
