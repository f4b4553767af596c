import { describe, expect, it } from 'vitest';
import { buildReport } from '../../test/helpers/report-builder';
import { testRule } from '../engine/rule-tester';
import { runRules } from '../engine/run-rules';
import rule from './year-yoy-claim';

// The default report (2023): 新收 50, （七）总计 49, 行政复议 1.
const now = (...sentences: string[]) => buildReport({ sentences });
/** Last year (2022) with 新收 40 (or the rows given). */
const lastYear = (t3: Record<string, number[]> = { newReceived: [38, 2, 0, 0, 0, 0] }, t4?: number[]) =>
  buildReport({ year: 2022, t3, ...(t4 ? { t4 } : {}) });
const REVIEW_4 = [4, 0, 0, 0, 4, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0];
const REVIEW_2 = [2, 0, 0, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0];

testRule(rule, {
  valid: [
    { name: '40 → 50 is 25 %', report: now('2023年共收到政府信息公开申请50件，同比增长25%。'), previous: lastYear() },
    { name: 'no previous report known', report: now('2023年共收到政府信息公开申请50件，同比增长20%。') },
    {
      name: 'rounded to the digit written',
      report: now('共收到政府信息公开申请50件，同比增长66.7%。'),
      previous: lastYear({ newReceived: [30, 0, 0, 0, 0, 0] }),
    },
    {
      name: 'truncated to whole percent',
      report: now('共收到政府信息公开申请50件，同比增长66%。'),
      previous: lastYear({ newReceived: [30, 0, 0, 0, 0, 0] }),
    },
    { name: 'the subject before the comparison', report: now('本年度申请数量较去年增长25%。'), previous: lastYear() },
    {
      name: 'a change against another year',
      report: now('共收到政府信息公开申请50件，较2021年增长5%。'),
      previous: lastYear(),
    },
    { name: 'month on month', report: now('共收到政府信息公开申请50件，环比增长5%。'), previous: lastYear() },
    {
      name: 'a channel is not the year’s total',
      report: now('本年度收到政府信息公开申请50件，其中通过网络收到申请30件，同比增长10%。'),
      previous: lastYear(),
    },
    {
      name: 'figures the tables do not hold',
      report: now('主动公开政府信息1200条，同比增长20%。'),
      previous: lastYear(),
    },
    { name: 'an impossible decrease is text-percent’s', report: now('申请数量较去年下降300%。'), previous: lastYear() },
    {
      name: 'approximate changes are not recomputed',
      report: now('共收到政府信息公开申请50件，同比增长约20%。'),
      previous: lastYear(),
    },
    { name: 'percentage points', report: now('政府信息公开申请办结率同比提高5个百分点。'), previous: lastYear() },
    {
      name: 'last year had none',
      report: now('共收到政府信息公开申请50件，同比增长100%。'),
      previous: lastYear({ newReceived: [0, 0, 0, 0, 0, 0] }),
    },
    {
      name: 'an absolute change',
      report: now('2023年，本机关共收到政府信息公开申请50件。全年办结49件，较上年增加5件。'),
      previous: lastYear({ granted: [15, 1, 0, 0, 1, 0], totalProcessed: [40, 2, 0, 0, 1, 1] }),
    },
    {
      name: 'a previous table that disagrees with itself is no reference',
      report: now('2023年，本机关共收到政府信息公开申请50件。全年办结49件，较上年增加9件。'),
      previous: lastYear({ totalProcessed: [40, 2, 0, 0, 1, 1] }),
    },
    {
      name: 'reviews halved',
      report: now('因政府信息公开工作被申请行政复议1件，同比下降50%。'),
      previous: lastYear(undefined, REVIEW_2),
    },
  ],
  invalid: [
    {
      name: 'a wrong percentage',
      report: now('2023年共收到政府信息公开申请50件，同比增长20%。'),
      previous: lastYear(),
      expected: [['year-yoy-claim', 'T3:newReceived:total', 'mismatch', 'warning']],
    },
    {
      name: 'the wrong direction',
      report: now('共收到政府信息公开申请50件，同比下降25%。'),
      previous: lastYear(),
      expected: [['year-yoy-claim', 'T3:newReceived:total', 'mismatch']],
    },
    {
      name: 'beyond truncation',
      report: now('共收到政府信息公开申请50件，同比增长65%。'),
      previous: lastYear({ newReceived: [30, 0, 0, 0, 0, 0] }),
      expected: [['year-yoy-claim', 'T3:newReceived:total', 'mismatch']],
    },
    {
      name: 'the subject before the comparison, wrong',
      report: now('申请数量较去年下降20%。'),
      previous: lastYear(),
      expected: [['year-yoy-claim', 'T3:newReceived:total', 'mismatch']],
    },
    {
      name: 'an absolute change, wrong',
      report: now('2023年，本机关共收到政府信息公开申请50件。全年办结49件，较上年增加5件。'),
      previous: lastYear({ granted: [18, 1, 0, 0, 1, 0], totalProcessed: [43, 2, 0, 0, 1, 1] }),
      expected: [['year-yoy-claim', 'T3:totalProcessed:total', 'mismatch']],
    },
    {
      name: 'last year’s figure misquoted',
      report: now('共收到政府信息公开申请50件，较上年的40件增长25%。'),
      previous: lastYear({ newReceived: [42, 0, 0, 0, 0, 0] }),
      expected: [['year-yoy-claim', 'T3:newReceived:total', 'previousMismatch']],
    },
    {
      name: 'reviews',
      report: now('因政府信息公开工作被申请行政复议1件，同比下降50%。'),
      previous: lastYear(undefined, REVIEW_4),
      expected: [['year-yoy-claim', 'T4:review:review.total', 'mismatch']],
    },
  ],
});

describe('year-yoy-claim messages', () => {
  it('give the real change and name both reports', () => {
    const report = now('2023年共收到政府信息公开申请50件，同比增长20%。');
    const [finding] = runRules(report, {
      rules: [rule],
      previous: lastYear(),
      previousSource: 'https://x.gov.cn/2022.html',
    }).findings;
    expect(finding?.message).toBe(
      '正文“同比增长20%”与上年报告不符：收到申请数上年为 40，本年为 50，实为增长 25.0%（本报告：示例县公安局2023年报告；上年报告：示例县公安局2022年报告，https://x.gov.cn/2022.html）',
    );
    expect(finding?.sentence?.text).toBe('2023年共收到政府信息公开申请50件，同比增长20%。');
  });
});
