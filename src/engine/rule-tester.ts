/**
 * The rule test harness, after ESLint's RuleTester: `testRule(rule, { valid, invalid })` generates one vitest test
 * per case and compares findings as flat tuples `[ruleId, cells, messageId]` (every cell of the finding, not just
 * the first), so a failure says exactly what changed. It also checks the tests themselves: a rule needs valid and invalid cases, case names are unique, and
 * expected message ids must exist.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Report, Severity } from '../model';
import { cellKey } from './cells';
import type { Rule } from './define-rule';
import { formatLocal, placeholders } from './messages';
import { runRules } from './run-rules';

/** A report the rule is run on. */
export interface RuleTestCase {
  /** Unique within the rule's cases; names the generated test. */
  name: string;
  report: Report;
}

/**
 * An expected finding: rule id, its cells — every one, in order: a key (`T3:newReceived:total`) for a finding of one
 * cell, a list of keys for several, '' for none — message id, and optionally the severity (when a rule reports more
 * than one).
 */
export type ExpectedFinding = [ruleId: string, cells: string | readonly string[], messageId: string, severity?: Severity];

/** A finding as compared: its cells as one string of space-separated keys. */
export type FlatFinding = [ruleId: string, cells: string, messageId: string, severity?: Severity];

/** A report the rule must flag, with exactly the findings expected. */
export interface InvalidRuleTestCase extends RuleTestCase {
  expected: ExpectedFinding[];
}

/** The cases of one rule. */
export interface RuleTestCases {
  valid: RuleTestCase[];
  invalid: InvalidRuleTestCase[];
}

/** Generates a vitest `describe` block for the rule; throws at collection time when the cases are malformed. */
export function testRule(rule: Rule, cases: RuleTestCases): void {
  const problems = validateCases(rule, cases);
  if (problems.length > 0) throw new Error(`testRule(${rule.id}): ${problems.join('; ')}`);
  describe(rule.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          const findings = run(rule, c.report);
          expect(findings.map(toTuple)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const findings = run(rule, c.report);
          const { actual, expected } = flatten(findings, c.expected);
          expect(actual).toEqual(expected);
          for (const f of findings) checkRendering(rule, f);
        });
      }
    });
  });
}

/** The problems with a rule's test cases (empty when they are well-formed); exported for the harness's own test. */
export function validateCases(rule: Rule, cases: RuleTestCases): string[] {
  const problems: string[] = [];
  if (cases.valid.length === 0) problems.push('needs at least one valid case');
  if (cases.invalid.length === 0) problems.push('needs at least one invalid case');
  const seen = new Set<string>();
  for (const c of [...cases.valid, ...cases.invalid]) {
    if (seen.has(c.name)) problems.push(`duplicate case name "${c.name}"`);
    seen.add(c.name);
  }
  for (const c of cases.invalid) {
    if (c.expected.length === 0) problems.push(`invalid case "${c.name}" expects no finding (make it a valid case)`);
    const stated = c.expected.filter((e) => e[3] !== undefined).length;
    if (stated > 0 && stated < c.expected.length) {
      problems.push(`case "${c.name}" states the severity of some expected findings but not all`);
    }
    for (const [ruleId, , messageId] of c.expected) {
      if (ruleId !== rule.id) problems.push(`case "${c.name}" expects rule "${ruleId}", not "${rule.id}"`);
      if (!Object.hasOwn(rule.messages, messageId)) {
        problems.push(`case "${c.name}" expects unknown messageId "${messageId}"`);
      }
    }
  }
  return problems;
}

/**
 * Findings and expectations as the sorted flat tuples `testRule` compares (exported for the harness's own test):
 * every cell of a finding counts, and severities only when the expectations state them.
 */
export function flatten(
  findings: readonly Finding[],
  expected: readonly ExpectedFinding[],
): { actual: FlatFinding[]; expected: FlatFinding[] } {
  return {
    actual: sortTuples(findings.map(toTuple).map((t) => trim(t, expected))),
    expected: sortTuples(expected.map(normalise)),
  };
}

function run(rule: Rule, report: Report): Finding[] {
  return runRules(report, { rules: [rule] }).findings;
}

function toTuple(f: Finding): FlatFinding {
  return [f.rule, f.cells.map(cellKey).join(' '), f.messageId, f.severity];
}

/** Drops the severity from actual tuples when the case's expectations do not state severities. */
function trim(t: FlatFinding, expected: readonly ExpectedFinding[]): FlatFinding {
  return expected.some((e) => e[3] !== undefined) ? t : [t[0], t[1], t[2]];
}

function normalise(e: ExpectedFinding): FlatFinding {
  const cells = typeof e[1] === 'string' ? e[1] : e[1].join(' ');
  return e[3] === undefined ? [e[0], cells, e[2]] : [e[0], cells, e[2], e[3]];
}

function sortTuples(tuples: FlatFinding[]): FlatFinding[] {
  return [...tuples].sort((a, b) => a.join('\u0000').localeCompare(b.join('\u0000')));
}

/** Every placeholder of the message must be filled in both languages: no "{{x}}" may reach a user. */
function checkRendering(rule: Rule, f: Finding): void {
  const template = rule.messages[f.messageId];
  if (!template) return;
  for (const lang of ['zh', 'en'] as const) {
    const missing = placeholders(template[lang]).filter((p) => f.data[p] === undefined);
    expect(missing, `${rule.id}/${f.messageId} (${lang}) lacks data for`).toEqual([]);
    expect(formatLocal(template, f.data, lang)).not.toMatch(/\{\{/);
  }
}
