import { describe, expect, it } from 'vitest';
import { runRules } from '../engine/run-rules';
import { testRule } from '../engine/rule-tester';
import { buildReport } from '../../test/helpers/report-builder';
import type { LimitNote, Report } from '../model';
import rule from './doc-too-large';
import { rules } from './index';

const tooLarge = (limits: LimitNote, report: Report = buildReport()): Report => ({ ...report, limits });

testRule(rule, {
  valid: [{ name: 'a page within the limits', report: buildReport() }],
  invalid: [
    {
      name: 'too much text',
      report: tooLarge({ measure: 'text', count: 20_000_000, limit: 1_000_000 }),
      expected: [['doc-too-large', '', 'tooLarge', 'info']],
    },
    {
      name: 'too many table rows, format unknown',
      report: tooLarge(
        { measure: 'rows', count: 10_001, limit: 10_000 },
        buildReport({ format: 'unknown', t2: null, t3: null, t4: null }),
      ),
      expected: [['doc-too-large', '', 'tooLarge', 'info']],
    },
  ],
});

describe('doc-too-large in the registry', () => {
  it('is the only rule that runs on a report too large to audit, and says what was exceeded', () => {
    // The report's tables are inconsistent: on a page within the limits that is an error, here nothing but the notice.
    const report = buildReport({ t4: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] });
    expect(runRules(report, { rules }).findings.map((f) => f.rule)).toContain('t4-review-sum');
    const { findings, rulesRun } = runRules(tooLarge({ measure: 'tables', count: 1500, limit: 1000 }, report), {
      rules,
      lang: 'en',
    });
    expect(rulesRun).toEqual(['doc-too-large']);
    expect(findings.map((f) => f.message)).toEqual([
      'The page is too large to audit: 1500 tables, over the limit of 1000 (no judgement is made on it)',
    ]);
  });

  it('renders in Chinese first', () => {
    const { findings } = runRules(tooLarge({ measure: 'text', count: 1_000_001, limit: 1_000_000 }), { rules });
    expect(findings[0]?.message).toBe('页面过大，未作核查：文字字符数为 1000001，超过上限 1000000（不据此判断对错）');
  });

  it('still reports nothing on a page that is not a report', () => {
    expect(
      runRules(tooLarge({ measure: 'text', count: 2, limit: 1 }, buildReport({ detected: false })), { rules }).findings,
    ).toEqual([]);
  });
});
