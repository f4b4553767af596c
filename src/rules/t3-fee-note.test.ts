import { testRule } from '../engine/rule-tester';
import { buildReport } from '../../test/helpers/report-builder';
import type { Section } from '../model';
import rule from './t3-fee-note';

const six = (text: string): Section => ({ no: '六', heading: '六、其他需要报告的事项', text });
const feeNotices = { 'other.overdueFee': [2, 0, 0, 0, 0, 0], 'other.overdueCorrection': [0, 0, 0, 0, 0, 0] };
const sections = (text: string) => ['一', '二', '三', '四', '五', six(text)];

testRule(rule, {
  valid: [
    { name: 'no fee notices', report: buildReport() },
    {
      name: 'fee notices and a fee note',
      report: buildReport({
        t3: { ...feeNotices, 'other.overdueCorrection': [0, 0, 0, 0, 0, 0], totalProcessed: [45, 2, 0, 0, 1, 1] },
        sections: sections('本年度发出收费通知2件，收取信息处理费0元。'),
      }),
    },
    {
      name: 'without a section 六 the whole text is searched',
      report: buildReport({
        t3: feeNotices,
        sections: ['一', '二', '三', '四', '五'],
        sentences: ['本年度向申请人发出信息处理费收费通知2件。'],
      }),
    },
    { name: 'no T3', report: buildReport({ t3: null, sections: sections('无。') }) },
  ],
  invalid: [
    {
      name: 'fee notices, section 六 silent',
      report: buildReport({ t3: feeNotices, sections: sections('本行政机关认为需要报告的其他事项：无。') }),
      expected: [['t3-fee-note', 'T3:other.overdueFee:total', 'noFeeNote']],
    },
    {
      name: 'fee notices, no section 六 and no mention',
      report: buildReport({
        t3: feeNotices,
        sections: ['一', '二', '三', '四', '五'],
        sentences: ['本年度收到申请50件。'],
      }),
      expected: [['t3-fee-note', 'T3:other.overdueFee:total', 'noFeeNote']],
    },
  ],
});
