import { testRule } from '../engine/rule-tester';
import { buildReport } from '../../test/helpers/report-builder';
import rule from './meta-deadline';

testRule(rule, {
  valid: [
    { name: 'a department on time', report: buildReport({ published: '2024-01-31' }) },
    {
      name: 'a whole government by 31 March',
      report: buildReport({ agency: '示例县人民政府', published: '2024-03-31' }),
    },
    {
      name: 'a city government written 市政府',
      report: buildReport({ agency: '示例市政府', published: '2024-03-15' }),
    },
    {
      name: 'a place-level aggregate report',
      report: buildReport({ title: '北京市2023年政府信息公开工作年度报告', published: '2024-03-30' }),
    },
    { name: '2018 and earlier: 31 March', report: buildReport({ year: 2018, published: '2019-03-20' }) },
    { name: 'no publication date', report: buildReport({ published: null }) },
    {
      name: 'unknown kind of body: only 31 March counts',
      report: buildReport({ title: '年度报告', agency: '', published: '2024-02-20' }),
    },
  ],
  invalid: [
    {
      name: 'a department after 31 January',
      report: buildReport({ published: '2024-02-05' }),
      expected: [['meta-deadline', '', 'late']],
    },
    {
      name: 'a township is a department for the deadline',
      report: buildReport({ agency: '示例县城关镇人民政府', published: '2024-02-05' }),
      expected: [['meta-deadline', '', 'late']],
    },
    {
      name: 'a whole government after 31 March',
      report: buildReport({ agency: '示例县人民政府', published: '2024-04-02' }),
      expected: [['meta-deadline', '', 'late']],
    },
    {
      name: 'the government’s office is a department',
      report: buildReport({ agency: '示例县人民政府办公室', published: '2024-02-05' }),
      expected: [['meta-deadline', '', 'late']],
    },
    {
      name: 'a 2017 report after 31 March',
      report: buildReport({ year: 2017, published: '2018-04-10' }),
      expected: [['meta-deadline', '', 'late']],
    },
  ],
});
