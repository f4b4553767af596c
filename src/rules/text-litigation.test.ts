import { testRule } from '../engine/rule-tester';
import { buildReport, said } from '../../test/helpers/report-builder';
import rule from './text-litigation';

// The default report: T4 直接起诉 尚未审结 1, 总计 1; 复议后起诉 0.

testRule(rule, {
  valid: [
    { name: 'the default narrative agrees', report: buildReport() },
    { name: 'the kind named', report: said('因政府信息公开未经复议直接起诉的行政诉讼1件，复议后起诉0件。') },
    {
      name: '未发生 with zero lawsuits',
      report: buildReport({ t4: 'zero', sentences: ['本年度没有发生政府信息公开行政诉讼。'] }),
    },
    {
      name: '均获维持 when all were upheld',
      report: buildReport({
        t4: { direct: [2, 0, 0, 0, 2] },
        sentences: ['因政府信息公开被提起行政诉讼2件，均获维持。'],
      }),
    },
    {
      name: '均获维持 of the reviews is text-review’s',
      report: said('因政府信息公开被申请行政复议1件，均获维持；被提起行政诉讼1件，尚未审结。'),
    },
    { name: 'no T4', report: buildReport({ t4: null, sentences: ['因政府信息公开被提起行政诉讼5件。'] }) },
  ],
  invalid: [
    {
      name: 'a different count',
      report: said('因政府信息公开被提起行政诉讼3件。'),
      expected: [['text-litigation', ['T4:direct:direct.total', 'T4:postReview:postReview.total'], 'mismatch']],
    },
    {
      name: 'the kind off',
      report: said('因政府信息公开复议后起诉1件。'),
      expected: [['text-litigation', 'T4:postReview:postReview.total', 'mismatch']],
    },
    {
      name: '没有 while the table has one',
      report: said('本年度没有政府信息公开行政诉讼。'),
      expected: [['text-litigation', ['T4:direct:direct.total', 'T4:postReview:postReview.total'], 'zero']],
    },
    {
      name: '均获维持 with 3 pending (a provincial 办公厅, 2019)',
      report: buildReport({
        t4: { direct: [2, 0, 0, 3, 5] },
        sentences: ['因政府信息公开被提起行政诉讼5件，均获维持。'],
      }),
      expected: [['text-litigation', 'T4:direct:direct.pending', 'notAllUpheld']],
    },
  ],
});
