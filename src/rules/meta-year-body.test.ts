import { describe, expect, it } from 'vitest';
import { testRule } from '../engine/rule-tester';
import { runRules } from '../engine/run-rules';
import { buildReport } from '../../test/helpers/report-builder';
import rule, { misdatedYear } from './meta-year-body';

const inReport = (...sentences: string[]) => buildReport({ year: 2023, sentences });

testRule(rule, {
  valid: [
    { name: 'default narrative', report: buildReport() },
    {
      name: 'comparison with last year',
      report: inReport('收到申请57件，较2022年增加10件。', '与2022年相比，申请量下降。'),
    },
    { name: 'both years in one sentence', report: inReport('2023年收到申请57件，2022年为47件。') },
    {
      name: 'plans for next year',
      report: inReport('2024年，我局将进一步加强政府信息公开工作。', '下一步，2024年计划开展培训。'),
    },
    {
      name: 'dates and citations',
      report: inReport('《条例》于2019年修订，2019年5月15日起施行。', '根据国办公开办函〔2021〕30号要求编制。'),
    },
    { name: 'document titles', report: inReport('主动公开《关于2022年度工作的通知》等文件。') },
    { name: 'references to another year’s report', report: inReport('2022年政府信息公开工作年度报告已于网站公开。') },
    { name: 'the period sentence is meta-year’s', report: inReport('本报告统计期限为2022年1月1日至2022年12月31日。') },
    { name: 'history long ago', report: inReport('2008年《条例》实施以来，我局共收到申请百余件。') },
    {
      name: 'a year in the middle of a clause',
      report: inReport('我局持续落实2022年出台的公开制度，共发布信息49条。'),
    },
    { name: 'since a year', report: inReport('2022年以来，我局共收到申请80件。') },
    { name: 'a year named without any work stated', report: inReport('2022年是本局机构改革之年。') },
    { name: 'no year known', report: buildReport({ year: null, sentences: ['2022年我局收到申请1条。'] }) },
  ],
  invalid: [
    {
      // Real error: jinxiang-police-2023 (a 2023 report).
      name: 'last year’s figure stated as the year’s work',
      report: inReport('2022 年我局收到政府信息公开申请 1 条，已按要求，在规定时限范围内做出解释。'),
      expected: [['meta-year-body', '', 'otherYear']],
    },
    {
      name: 'a section opening with the wrong year',
      report: inReport('2022年，我局紧紧围绕政务公开工作整体部署，着力抓好主动公开。', '2023年政府信息做到及时更新。'),
      expected: [['meta-year-body', '', 'otherYear']],
    },
    {
      name: 'the publication year typed for the report year',
      report: inReport('2024年度，共办理依申请公开3件。'),
      expected: [['meta-year-body', '', 'otherYear']],
    },
    {
      name: 'each misdated sentence is named',
      report: inReport('2022年，共发布信息409条。', '在2022年，我局共办理依申请公开政府信息3件。'),
      expected: [
        ['meta-year-body', '', 'otherYear'],
        ['meta-year-body', '', 'otherYear'],
      ],
    },
  ],
});

describe('misdatedYear', () => {
  it('finds the year a sentence misdates', () => {
    expect(misdatedYear('2022 年我局收到政府信息公开申请 1 条', 2023)).toBe(2022);
    expect(misdatedYear('２０２２年，我局共受理申请５件', 2023)).toBe(2022);
  });
  it('ignores years too far from the report year', () => {
    expect(misdatedYear('2015年，我局共受理申请5件', 2023)).toBeUndefined();
  });
  it('names the sentence in the finding, with its pointer into the page', () => {
    const report = inReport('总体情况如下。', '2022年，共发布信息409条。');
    const [finding] = runRules(report, { rules: [rule] }).findings;
    expect(finding?.sentence).toEqual(report.sentences[1]);
    expect(finding?.message).toBe('本报告为 2023 年度，但正文写“2022年”：“2022年，共发布信息409条。”');
  });
});
