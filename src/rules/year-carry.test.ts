import { describe, expect, it } from 'vitest';
import { buildReport } from '../../test/helpers/report-builder';
import { testRule } from '../engine/rule-tester';
import { runRules } from '../engine/run-rules';
import rule from './year-carry';

/** Last year's report (2022) carrying forward the given six applicant columns (the default report carries over 2). */
const lastYear = (carriedForward: Array<number | string | null>, extra: Parameters<typeof buildReport>[0] = {}) =>
  buildReport({ year: 2022, source: 'https://www.example.gov.cn/ndbg/2022.html', t3: { carriedForward }, ...extra });

testRule(rule, {
  valid: [
    {
      name: 'carried over = last year’s carried forward',
      report: buildReport(),
      previous: lastYear([2, 0, 0, 0, 0, 0]),
    },
    { name: 'no previous report known', report: buildReport() },
    {
      name: 'a report two years back is not last year’s',
      report: buildReport(),
      previous: lastYear([5, 0, 0, 0, 0, 0], { year: 2021 }),
    },
    {
      name: 'last year’s page was not a report',
      report: buildReport(),
      previous: lastYear([5, 0, 0, 0, 0, 0], { detected: false }),
    },
    {
      name: 'last year’s T3 was an image',
      report: buildReport(),
      previous: lastYear([5, 0, 0, 0, 0, 0], { tables: { T3: { status: 'image', values: [] } } }),
    },
    {
      name: 'blank cells count as 0 on both sides',
      report: buildReport({ t3: { carriedOver: ['', '', '', '', '', '', ''] } }),
      previous: lastYear(['—', '/', '', '', '', '']),
    },
    {
      name: 'a 总计 that is not its row’s sum is t3-row-total’s finding, not this one’s',
      report: buildReport({ t3: { carriedOver: [2, 0, 0, 0, 0, 0, 5] } }),
      previous: lastYear([2, 0, 0, 0, 0, 0]),
    },
    {
      name: 'the 2019 layout (2020 → 2021) is compared too',
      report: buildReport({ year: 2021 }),
      previous: lastYear([2, 0, 0, 0, 0, 0], { year: 2020 }),
    },
  ],
  invalid: [
    {
      name: 'one column differs (the 总计 difference is its knock-on)',
      report: buildReport(),
      previous: lastYear([3, 0, 0, 0, 0, 0]),
      expected: [['year-carry', 'T3:carriedOver:naturalPerson', 'mismatch', 'error']],
    },
    {
      name: 'two columns differ',
      report: buildReport({ t3: { carriedOver: [2, 1, 0, 0, 0, 0] } }),
      previous: lastYear([1, 0, 0, 0, 0, 2]),
      expected: [
        ['year-carry', 'T3:carriedOver:naturalPerson', 'mismatch'],
        ['year-carry', 'T3:carriedOver:commercial', 'mismatch'],
        ['year-carry', 'T3:carriedOver:other', 'mismatch'],
      ],
    },
    {
      name: 'only the totals are printed',
      report: buildReport({ t3: { carriedOver: [null, null, null, null, null, null, 2] } }),
      previous: lastYear([null, null, null, null, null, null, 4] as Array<number | null>),
      expected: [['year-carry', 'T3:carriedOver:total', 'mismatch']],
    },
    {
      name: 'nothing carried over although last year carried requests forward',
      report: buildReport({ t3: { carriedOver: [0, 0, 0, 0, 0, 0] } }),
      previous: lastYear([2, 0, 0, 0, 0, 0]),
      expected: [['year-carry', 'T3:carriedOver:naturalPerson', 'mismatch']],
    },
  ],
});

describe('year-carry messages', () => {
  it('name both reports and carry last year’s address', () => {
    const previous = lastYear([3, 0, 0, 0, 0, 0]);
    const [zh] = runRules(buildReport(), { rules: [rule], previous }).findings;
    expect(zh?.message).toBe(
      '表三“二、上年结转”（自然人）为 2，而上年报告“四、结转下年度继续办理”为 3，两者应相等（本报告：示例县公安局2023年报告；上年报告：示例县公安局2022年报告，https://www.example.gov.cn/ndbg/2022.html）',
    );
    expect(zh?.data.previousSource).toBe('https://www.example.gov.cn/ndbg/2022.html');
    const [en] = runRules(buildReport(), {
      rules: [rule],
      previous,
      previousSource: 'saved/2022.html',
      lang: 'en',
    }).findings;
    expect(en?.message).toContain('last year’s: 示例县公安局 2022 report, saved/2022.html');
    expect(en?.data.previousSource).toBe('saved/2022.html');
  });
});
