import { testRule } from '../engine/rule-tester';
import { buildReport } from '../../test/helpers/report-builder';
import rule from './meta-agency';

const titled = (title: string) => buildReport({ title });

testRule(rule, {
  valid: [
    { name: 'county and agency', report: titled('金乡县公安局 2023 年政府信息公开工作年度报告') },
    { name: 'a place without its level', report: titled('金乡公安局2023年政府信息公开工作年度报告') },
    { name: 'a 示范区', report: titled('济源示范区公安局2022年政府信息公开工作年度报告') },
    { name: 'a national ministry', report: titled('公安部2023年政府信息公开工作年度报告') },
    { name: 'a national bureau', report: titled('国家统计局2023年政府信息公开工作年度报告') },
    { name: 'a place-level report', report: titled('北京市2023年政府信息公开工作年度报告') },
    { name: 'no agency in the title at all', report: titled('2023年政府信息公开工作年度报告') },
    { name: 'no title', report: buildReport({ title: null }) },
  ],
  invalid: [
    {
      name: 'jiyuan-2022: 公安局 without its place',
      report: titled('公安局 2022 年政府信息公开工作年度报告'),
      expected: [['meta-agency', '', 'noPlace']],
    },
    {
      name: 'a bare level is no place',
      report: titled('市场监督管理局2023年政府信息公开工作年度报告'),
      expected: [['meta-agency', '', 'noPlace']],
    },
    {
      name: 'a level without a name',
      report: titled('县人力资源和社会保障局2023年度政府信息公开工作年度报告'),
      expected: [['meta-agency', '', 'noPlace']],
    },
  ],
});
