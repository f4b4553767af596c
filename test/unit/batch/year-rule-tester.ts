/**
 * `testRule` for the cross-year rules (rules.md G): each case may name last year's report. The rule under test is run
 * through the real engine (`runRules` with `previous`, so the engine's own pairing checks and the names of both
 * reports are part of what is tested), and its findings are handed to the standard harness, which compares them as
 * flat tuples and checks their rendering in both languages.
 */
import { defineRule, type Rule } from '../../../src/engine/define-rule';
import { testRule, type InvalidRuleTestCase, type RuleTestCase } from '../../../src/engine/rule-tester';
import { runRules } from '../../../src/engine/run-rules';
import type { Report } from '../../../src/model';

/** Last year's report for a case, and where it was read from (default: its own `source`). */
export interface PreviousSpec {
  previous?: Report;
  previousSource?: string;
}

/** The cases of a cross-year rule. */
export interface YearRuleTestCases {
  valid: Array<RuleTestCase & PreviousSpec>;
  invalid: Array<InvalidRuleTestCase & PreviousSpec>;
}

/** Generates the rule's tests (see the module comment). */
export function testYearRule(rule: Rule, cases: YearRuleTestCases): void {
  const previousOf = new Map<Report, PreviousSpec>();
  for (const c of [...cases.valid, ...cases.invalid]) {
    if (previousOf.has(c.report)) throw new Error(`testYearRule(${rule.id}): case "${c.name}" reuses another case's report object`);
    previousOf.set(c.report, c);
  }
  const bound = defineRule({
    ...rule,
    check(report, ctx) {
      const spec = previousOf.get(report);
      const opts = spec?.previous ? { previous: spec.previous, ...(spec.previousSource ? { previousSource: spec.previousSource } : {}) } : {};
      for (const f of runRules(report, { rules: [rule], lang: ctx.lang, ...opts }).findings) {
        // A crash of the rule itself must fail the case, not pass as an unexpected-but-ignored finding.
        if (f.rule !== rule.id) throw new Error(f.message);
        ctx.report({
          messageId: f.messageId,
          data: f.data,
          cells: f.cells,
          severity: f.severity,
          ...(f.sentence ? { sentence: f.sentence } : {}),
          ...(f.unpinned ? { unpinned: true } : {}),
        });
      }
    },
  });
  testRule(bound, {
    valid: cases.valid.map(({ name, report }) => ({ name, report })),
    invalid: cases.invalid.map(({ name, report, expected }) => ({ name, report, expected })),
  });
}
