import { testRule } from '../engine/rule-tester';
import { buildReport, said } from '../../test/helpers/report-builder';
import rule from './text-table2';

// The default report's T2: 规范性文件 制发 2 / 废止 1 / 现行有效 15; 许可 120, 处罚 35, 强制 3, 收费 0 万元.

testRule(rule, {
  valid: [
    {
      name: 'figures that agree',
      report: said(
        '本年度制发规范性文件2件，废止1件，现行有效规范性文件15件。',
        '全年作出行政许可决定120件、行政处罚决定35件。',
      ),
    },
    {
      name: 'fees compared exactly',
      report: buildReport({ t2: { fees: ['12.35'] }, sentences: ['全年行政事业性收费12.350万元。'] }),
    },
    {
      name: 'fees in 元',
      report: buildReport({ t2: { fees: ['12.35'] }, sentences: ['全年行政事业性收费123500元。'] }),
    },
    {
      name: 'the information-processing fee is not T2’s',
      report: buildReport({ t2: { fees: ['1014.5589'] }, sentences: ['2023年未收取信息公开处理费用。'] }),
    },
    { name: 'cases are not decisions', report: said('全年查处行政处罚案件2000起。') },
    { name: 'an unnamed document type', report: said('本年度制发文件9件。') },
    // "现行有效 N 件，本年制发 M 件" where the table's 现行有效 is N + M (15 = 13 + 2): a term of a stated sum.
    {
      name: 'a 现行有效 figure that is one term of a sum stated in the sentence',
      report: said('目前我局现行有效规范性文件13件，本年制发规范性文件2件。'),
    },
    { name: 'no T2', report: buildReport({ t2: null, sentences: ['全年作出行政许可决定999件。'] }) },
  ],
  invalid: [
    {
      name: 'a document count off',
      report: said('本年度制发规范性文件3件，废止1件。'),
      expected: [['text-table2', 'T2:normative:issued', 'mismatch']],
    },
    {
      name: 'a 现行有效 figure that no stated sum explains',
      report: said('目前我局现行有效规范性文件12件，本年制发规范性文件2件。'),
      expected: [['text-table2', 'T2:normative:valid', 'mismatch']],
    },
    {
      name: 'a decision count off',
      report: said('全年作出行政处罚决定53件。'),
      expected: [['text-table2', 'T2:penalty:decisions', 'mismatch']],
    },
    {
      name: 'fees off by a digit',
      report: buildReport({ t2: { fees: ['9486.7475'] }, sentences: ['全年行政事业性收费9486.7457万元。'] }),
      expected: [['text-table2', 'T2:fees:amount', 'mismatch']],
    },
  ],
});
