import { testRule } from '../engine/rule-tester';
import { buildReport } from '../../test/helpers/report-builder';
import rule from './meta-basis';

const BASIS_2019 =
  '本报告根据《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）要求编制。';

testRule(rule, {
  valid: [
    {
      name: 'the current format',
      report: buildReport({
        sentences: ['本报告按照《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30 号）要求编制。'],
      }),
    },
    { name: 'a 2020 report may cite 2019', report: buildReport({ year: 2020, sentences: [BASIS_2019] }) },
    {
      name: 'explaining the change of format',
      report: buildReport({ sentences: ['国办公开办函〔2021〕30号取代了国办公开办函〔2019〕60号。'] }),
    },
  ],
  invalid: [
    {
      name: 'a 2023 report citing the trial format',
      report: buildReport({ sentences: [BASIS_2019, '本年度收到申请50件。'] }),
      expected: [['meta-basis', '', 'oldBasis', 'info']],
    },
    {
      name: 'spaces and half-width brackets',
      report: buildReport({ year: 2022, sentences: ['依据国办公开办函[2019] 60 号编制。'] }),
      expected: [['meta-basis', '', 'oldBasis', 'info']],
    },
  ],
});
