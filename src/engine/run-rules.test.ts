import { describe, expect, it } from 'vitest';
import { buildReport, setCell } from '../../test/helpers/report-builder';
import type { Report } from '../model';
import { rules } from '../rules';
import { defineRule, type Rule } from './define-rule';
import { localiseFindings, renderMessage, RULES } from '../rules/meta';
import { runRules } from './run-rules';

const probe = (id: string, appliesTo: Rule['appliesTo'], check: Rule['check']): Rule =>
  defineRule({
    id,
    severity: 'warning',
    appliesTo,
    description: { zh: '测试', en: 'test' },
    messages: { hit: { zh: '命中 {{n}}', en: 'hit {{n}}' } },
    check,
  });

describe('runRules', () => {
  it('finds nothing in the consistent default report, with every registered rule run', () => {
    const { findings, rulesRun } = runRules(buildReport(), { rules });
    expect(findings).toEqual([]);
    expect(rulesRun).toEqual(rules.map((r) => r.id));
  });

  it('reports nothing at all for a page that is not an annual report', () => {
    const report = setCell(buildReport({ detected: false, t3: 'blank' }), 'T4:review:review.total', '9');
    expect(runRules(report, { rules })).toEqual({ findings: [], rulesRun: [] });
  });

  it('runs only the rules whose appliesTo includes the report’s format', () => {
    const only2021 = probe('only-2021', ['2021'], (_r, ctx) => ctx.report({ messageId: 'hit', data: { n: 1 } }));
    const legacy = probe('legacy', ['legacy'], (_r, ctx) => ctx.report({ messageId: 'hit', data: { n: 2 } }));
    const result = runRules(buildReport({ year: 2016 }), { rules: [only2021, legacy] });
    expect(result.rulesRun).toEqual(['legacy']);
    expect(result.findings.map((f) => f.message)).toEqual(['命中 2']);
  });

  it('turns a throwing rule into an info finding and still runs the others', () => {
    const crashing = probe('crashing', ['2021'], (_r, ctx) => {
      ctx.report({ messageId: 'hit', data: { n: 1 } });
      throw new TypeError('boom');
    });
    const fine = probe('fine', ['2021'], (_r, ctx) => ctx.report({ messageId: 'hit', data: { n: 3 } }));
    const { findings, rulesRun } = runRules(buildReport(), { rules: [crashing, fine], lang: 'en' });
    expect(rulesRun).toEqual(['crashing', 'fine']);
    expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['fine', 'warning', 'hit 3'],
      ['engine-rule-crash', 'info', 'Rule crashing failed and could not complete its check: boom'],
    ]);
  });

  it('treats an unknown message id as a crash of that rule', () => {
    const typo = probe('typo', ['2021'], (_r, ctx) => ctx.report({ messageId: 'hitt' }));
    const [finding] = runRules(buildReport(), { rules: [typo] }).findings;
    expect(finding?.rule).toBe('engine-rule-crash');
    expect(finding?.data.error).toContain('hitt');
  });

  it('survives a malformed report (missing tables and sentences)', () => {
    const broken = {
      ...buildReport(),
      tables: undefined,
      sentences: undefined,
      sections: undefined,
    } as unknown as Report;
    const { findings } = runRules(broken, { rules });
    expect(findings.filter((f) => f.rule === 'engine-rule-crash')).toEqual([]);
  });

  it('sorts by severity, then rule order, then table order', () => {
    let report = buildReport({ t2: { normative: [5, 0, 3] }, t4: { direct: ['', '', '', '', ''] } });
    report = setCell(report, 'T4:postReview:postReview.total', '2');
    report = setCell(report, 'T3:carriedForward:naturalPerson', '4');
    report = setCell(report, 'T4:review:review.total', '0');
    // The narrative rules would add their own findings on this edited report; the order is what is tested here.
    const tableRules = rules.filter((r) => !r.id.startsWith('text-'));
    const tuples = runRules(report, { rules: tableRules }).findings.map((f) => [
      f.severity,
      f.rule,
      f.cells[0] ? `${f.cells[0].row}:${f.cells[0].column}` : '',
    ]);
    // The changed 四、结转 自然人 cell is pinned by its row and its column: one finding, about that cell.
    expect(tuples).toEqual([
      ['error', 't3-row-total', 'carriedForward:naturalPerson'],
      ['error', 't4-review-sum', 'review:review.total'],
      ['error', 't4-post-review-sum', 'postReview:postReview.total'],
      ['warning', 't2-valid-lower', 'normative:valid'],
      ['info', 'cell-blank', 'direct:direct.maintain'],
    ]);
  });

  it('states expected versus actual in both languages (rules.md example)', () => {
    const report = setCell(buildReport(), 'T4:review:review.total', '0');
    const zh = runRules(report, { rules }).findings[0];
    const en = runRules(report, { rules, lang: 'en' }).findings[0];
    expect(zh?.message).toBe('行政复议总计应为 1（维持1+纠正0+其他0+尚未审结0），表中为 0');
    expect(en?.message).toBe(
      'Administrative review total should be 1 (upheld 1 + corrected 0 + other 0 + pending 0); the table says 0',
    );
    expect(zh?.cells.map((c) => [c.column, c.text])).toEqual([
      ['review.total', '0'],
      ['review.maintain', '1'],
      ['review.correct', '0'],
      ['review.other', '0'],
      ['review.pending', '0'],
    ]);
    expect(zh?.cells[0]?.src).toEqual({ kind: 'cell', table: 2, row: 3, col: 4 });
  });
});

describe('renderMessage', () => {
  const finding = runRules(setCell(buildReport(), 'T3:newReceived:total', '51'), { rules }).findings[0]!;

  it('re-renders a finding in another language, using the English data variants', () => {
    expect(finding.message).toBe(
      '表三“一、本年新收政府信息公开申请数量”：总计应为 50（自然人46+商业企业2+法律服务机构1+其他1），表中为 51',
    );
    expect(renderMessage(finding, 'en')).toBe(
      'Table 3, “I. New requests this year”: the total should be 50 (natural persons 46 + businesses 2 + legal service institutions 1 + other organisations 1); the table says 51',
    );
    expect(localiseFindings([finding], 'en')[0]?.message).toBe(renderMessage(finding, 'en'));
  });

  it('renders from a rule id or a rule, a message id and data', () => {
    const data = { expected: 1, parts: '维持1', actual: 0 };
    expect(renderMessage('t4-review-sum', 'mismatch', data, 'zh')).toBe('行政复议总计应为 1（维持1），表中为 0');
    expect(renderMessage(RULES['t4-review-sum']!, 'mismatch', data, 'zh')).toBe(
      '行政复议总计应为 1（维持1），表中为 0',
    );
  });

  it('never throws on an unknown rule or message', () => {
    expect(renderMessage({ rule: 'gone', messageId: 'x', data: { a: 1 } }, 'zh')).toBe('gone/x (a=1)');
    expect(renderMessage('t4-review-sum', 'nope', {}, 'en')).toBe('t4-review-sum/nope');
  });
});

describe('RULES', () => {
  it('describes every registered rule and the engine’s own', () => {
    expect(Object.keys(RULES).sort()).toEqual([...rules.map((r) => r.id), 'engine-rule-crash'].sort());
    expect(RULES['t3-blank-total']?.severity).toBe('warning');
    expect(RULES['t3-blank-total']).not.toHaveProperty('check');
  });
});

describe('rule options', () => {
  const percent = rules.find((r) => r.id === 'text-percent')!;
  const report = buildReport({ sentences: ['共收到申请57件，其中自然人申请55件，占96.3%。'] });

  it("default to the rule's metadata and are overridden per rule id", () => {
    expect(percent.options).toEqual({ tolerance: 0.1 });
    expect(runRules(report, { rules: [percent] }).findings.map((f) => f.messageId)).toEqual(['shareMismatch']);
    expect(runRules(report, { rules: [percent], options: { 'text-percent': { tolerance: 0.2 } } }).findings).toEqual(
      [],
    );
  });

  it('are the defaults again after a run with overrides, and frozen', () => {
    const seen: unknown[] = [];
    const probe = { ...percent, check: (_: unknown, ctx: { options: unknown }) => void seen.push(ctx.options) };
    runRules(report, { rules: [probe] });
    runRules(report, { rules: [probe], options: { 'text-percent': { tolerance: 0.2 } } });
    runRules(report, { rules: [probe] });
    expect(seen).toEqual([{ tolerance: 0.1 }, { tolerance: 0.2 }, { tolerance: 0.1 }]);
    expect(seen.every((options) => Object.isFrozen(options))).toBe(true);
  });

  it('refuse an option the rule does not declare, or one of another type', () => {
    expect(() => runRules(report, { rules: [percent], options: { 'text-percent': { tolerence: 0.2 } } })).toThrow(
      'has no option "tolerence"',
    );
    expect(() => runRules(report, { rules: [percent], options: { 'text-percent': { tolerance: '0.2' } } })).toThrow(
      'must be a number',
    );
  });
});
