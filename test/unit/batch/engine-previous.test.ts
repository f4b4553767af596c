import { describe, expect, it } from 'vitest';
import { defineRule } from '../../../src/engine/define-rule';
import { runRules, type RunOptions } from '../../../src/engine/run-rules';
import { rules } from '../../../src/rules';
import { RULES } from '../../../src/rules/meta';
import { buildReport } from '../../helpers/report-builder';

/** A rule that reports what the engine handed it as last year's report. */
const probe = defineRule({
  id: 'probe-previous',
  severity: 'info',
  appliesTo: ['2021'],
  needsPrevious: true,
  description: { zh: '测试', en: 'test' },
  messages: { seen: { zh: '上年 {{previous}} {{previousSource}}', en: 'last year {{previous}} {{previousSource}}' } },
  check(_report, ctx) {
    if (ctx.previous) ctx.report({ messageId: 'seen', data: { ...ctx.previous.names } });
  },
});
const seen = (opts: Omit<RunOptions, 'rules'>) =>
  runRules(buildReport(), { ...opts, rules: [probe] }).findings.map((f) => f.message);

describe('runRules with last year’s report', () => {
  it('hands the rules last year’s report with the names of both and its address', () => {
    expect(seen({ previous: buildReport({ year: 2022, source: 'https://a.gov.cn/2022.html' }) })).toEqual([
      '上年 示例县公安局2022年报告 https://a.gov.cn/2022.html',
    ]);
    expect(seen({ previous: buildReport({ year: 2022 }), previousSource: 'saved.html', lang: 'en' })).toEqual([
      'last year 示例县公安局 2022 report saved.html',
    ]);
  });

  it('refuses a report that is not last year’s: another year, an unknown year, not a report, the report itself', () => {
    expect(seen({ previous: buildReport({ year: 2023 }) })).toEqual([]);
    expect(seen({ previous: buildReport({ year: null, title: '年度报告', period: null }) })).toEqual([]);
    expect(seen({ previous: buildReport({ year: 2022, detected: false }) })).toEqual([]);
    const report = buildReport();
    expect(runRules(report, { rules: [probe], previous: report }).findings).toEqual([]);
    expect(seen({})).toEqual([]);
  });

  it('marks the cross-year rules in the rule metadata, and only them', () => {
    const marked = rules.filter((r) => r.needsPrevious).map((r) => r.id);
    expect(marked).toEqual(['year-carry', 'year-valid-docs', 'year-yoy-claim', 'year-duplicate']);
    expect(RULES['year-carry']?.needsPrevious).toBe(true);
    expect(RULES['t3-identity']?.needsPrevious).toBeUndefined();
  });
});
