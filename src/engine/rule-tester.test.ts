import { describe, expect, it } from 'vitest';
import { buildReport, setCell } from '../../test/helpers/report-builder';
import t4ReviewSum from '../rules/t4-review-sum';
import { defineRule } from './define-rule';
import { checkCells, compareInFull, flatten, testRule, validateCases } from './rule-tester';
import { runRules } from './run-rules';

const report = buildReport();

describe('validateCases', () => {
  it('accepts well-formed cases', () => {
    expect(
      validateCases(t4ReviewSum, {
        valid: [{ name: 'ok', report }],
        invalid: [{ name: 'bad', report, expected: [['t4-review-sum', 'T4:review:review.total', 'mismatch']] }],
      }),
    ).toEqual([]);
  });

  it('refuses a rule without valid or without invalid cases', () => {
    expect(validateCases(t4ReviewSum, { valid: [], invalid: [] })).toEqual([
      'needs at least one valid case',
      'needs at least one invalid case',
    ]);
  });

  it('refuses duplicate case names, unknown message ids, foreign rule ids and empty expectations', () => {
    const problems = validateCases(t4ReviewSum, {
      valid: [{ name: 'same', report }],
      invalid: [
        { name: 'same', report, expected: [['t4-review-sum', '', 'mismatch']] },
        { name: 'typo', report, expected: [['t4-review-sum', '', 'mismatchh']] },
        { name: 'other rule', report, expected: [['t4-direct-sum', '', 'mismatch']] },
        { name: 'nothing', report, expected: [] },
        {
          name: 'half severities',
          report,
          expected: [
            ['t4-review-sum', '', 'mismatch', 'error'],
            ['t4-review-sum', '', 'mismatch'],
          ],
        },
      ],
    });
    expect(problems).toEqual([
      'duplicate case name "same"',
      'case "typo" expects unknown messageId "mismatchh"',
      'case "other rule" expects rule "t4-direct-sum", not "t4-review-sum"',
      'invalid case "nothing" expects no finding (make it a valid case)',
      'case "half severities" states the severity of some expected findings but not all',
    ]);
  });

  it('makes testRule throw at collection time', () => {
    expect(() => testRule(t4ReviewSum, { valid: [{ name: 'ok', report }], invalid: [] })).toThrow(
      'testRule(t4-review-sum): needs at least one invalid case',
    );
  });
});

describe('flatten: what testRule compares', () => {
  const findings = runRules(setCell(buildReport(), 'T4:review:review.total', '0'), { rules: [t4ReviewSum] }).findings;
  const parts = ['maintain', 'correct', 'other', 'pending'].map((c) => `T4:review:review.${c}`);

  it('compares every cell of a finding, not just the first', () => {
    const { actual, expected } = flatten(findings, [['t4-review-sum', 'T4:review:review.total', 'mismatch']]);
    expect(actual).not.toEqual(expected);
  });

  it('matches when every cell is listed in order', () => {
    const { actual, expected } = flatten(findings, [
      ['t4-review-sum', ['T4:review:review.total', ...parts], 'mismatch'],
    ]);
    expect(actual).toEqual(expected);
    const swapped = flatten(findings, [
      ['t4-review-sum', ['T4:review:review.total', ...[...parts].reverse()], 'mismatch'],
    ]);
    expect(swapped.actual).not.toEqual(swapped.expected);
  });
});

describe('testRule compares every field', () => {
  const wrong = setCell(report, 'T4:review:review.total', '9');

  it("runs a case with last year's report and with the rule's options", () => {
    const seen: unknown[] = [];
    const probe = defineRule({
      id: 'probe',
      severity: 'info',
      appliesTo: ['2021'],
      options: { limit: 1 },
      description: { zh: '测试', en: 'test' },
      messages: { seen: { zh: '看到 {{n}}', en: 'seen {{n}}' } },
      check(_report, ctx) {
        seen.push([ctx.options.limit, ctx.previous?.report.year]);
      },
    });
    const previous = buildReport({ year: 2022 });
    runRules(report, { rules: [probe], previous, options: { probe: { limit: 3 } } });
    runRules(report, { rules: [probe] });
    expect(seen).toEqual([
      [3, 2022],
      [1, undefined],
    ]);
  });

  it('flattens the long form of an expectation like the short one', () => {
    const [finding] = runRules(wrong, { rules: [t4ReviewSum] }).findings;
    const cells = finding!.cells;
    const { actual, expected } = flatten([finding!], [{ rule: 't4-review-sum', cells, messageId: 'mismatch' }]);
    expect(actual).toEqual(expected);
  });

  it('fails on a cell whose text, place or any other field is not the expected one, and on other data', () => {
    const [finding] = runRules(wrong, { rules: [t4ReviewSum] }).findings;
    const [first, ...rest] = finding!.cells;
    const expect1 =
      (cells: unknown[], more: object = {}) =>
      () =>
        compareInFull([finding!], [{ rule: 't4-review-sum', cells: cells as never, messageId: 'mismatch', ...more }]);
    expect(expect1([first, ...rest])).not.toThrow();
    expect(expect1([{ ...first!, text: '8' }, ...rest])).toThrow(/cell 1/);
    expect(expect1([first, ...rest], { data: { expected: 0 } })).toThrow(/data/);
    expect(expect1([first, ...rest], { unpinned: true })).toThrow(/unpinned/);
    expect(() => checkCells(wrong, finding!)).not.toThrow();
    expect(() => checkCells(wrong, { ...finding!, cells: [{ ...first!, text: '0' }] })).toThrow(
      /text of T4:review:review.total/,
    );
  });
});
