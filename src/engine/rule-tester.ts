/**
 * The rule test harness, after ESLint's RuleTester: `testRule(rule, { valid, invalid })` generates one vitest test
 * per case and compares findings as flat tuples `[ruleId, cells, messageId]` (every cell of the finding, not just
 * the first), so a failure says exactly what changed. An expectation written as an object also compares every field
 * of each cell given as an object (address, text, source), the data and `unpinned`; and every cell of every finding
 * must be the report's own (its text and its place on the page as the report has them). A case may give last year's
 * report (`previous`, for the cross-year rules) and the rule's options (over the defaults in its metadata). It also
 * checks the tests themselves: a rule needs valid and invalid cases, case names are unique, and expected message ids
 * must exist.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, FindingCell, Report, Severity } from '../model';
import { cellKey } from './cells';
import type { Rule, RuleOptions } from './define-rule';
import { formatLocal, placeholders } from './messages';
import { runRules } from './run-rules';

/** A report the rule is run on. */
export interface RuleTestCase {
  /** Unique within the rule's cases; names the generated test. */
  name: string;
  report: Report;
  /** Last year's report of the same agency (the cross-year rules, rules.md G), run through the engine's pairing. */
  previous?: Report;
  /** Where `previous` was read from, when not its own `source`. */
  previousSource?: string;
  /** The rule's options for this case, over the defaults in its metadata. */
  options?: RuleOptions;
}

/**
 * An expected finding: rule id, its cells — every one, in order: a key (`T3:newReceived:total`) for a finding of one
 * cell, a list of keys for several, '' for none — message id, and optionally the severity (when a rule reports more
 * than one).
 */
export type ExpectedFinding = ExpectedTuple | ExpectedObject;

/** The short form of an expected finding. */
export type ExpectedTuple = [ruleId: string, cells: string | readonly string[], messageId: string, severity?: Severity];

/**
 * The long form: a cell given as an object is compared field by field (every field the finding's cell has), one
 * given as a key by its address; `data` and `unpinned`, when stated, must be exactly the finding's.
 */
export interface ExpectedObject {
  rule: string;
  cells: ReadonlyArray<string | FindingCell>;
  messageId: string;
  severity?: Severity;
  data?: Readonly<Record<string, string | number>>;
  unpinned?: boolean;
}

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
          const findings = run(rule, c);
          expect(findings.map(toTuple)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const findings = run(rule, c);
          const { actual, expected } = flatten(findings, c.expected);
          expect(actual).toEqual(expected);
          compareInFull(findings, c.expected);
          for (const f of findings) {
            checkRendering(rule, f);
            checkCells(c.report, f);
          }
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
    const stated = c.expected.map(normalise).filter((e) => e[3] !== undefined).length;
    if (stated > 0 && stated < c.expected.length) {
      problems.push(`case "${c.name}" states the severity of some expected findings but not all`);
    }
    for (const [ruleId, , messageId] of c.expected.map(normalise)) {
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

function run(rule: Rule, c: RuleTestCase): Finding[] {
  const findings = runRules(c.report, {
    rules: [rule],
    ...(c.previous ? { previous: c.previous } : {}),
    ...(c.previousSource !== undefined ? { previousSource: c.previousSource } : {}),
    ...(c.options ? { options: { [rule.id]: c.options } } : {}),
  }).findings;
  // A crash of the rule itself must fail the case, not pass as an unexpected finding of another rule.
  for (const f of findings) if (f.rule !== rule.id) throw new Error(f.message);
  return findings;
}

/** The long-form expectations, each against the one finding with its rule, cells and message id (exported for the harness's own test). */
export function compareInFull(findings: readonly Finding[], expected: readonly ExpectedFinding[]): void {
  for (const e of expected) {
    if (Array.isArray(e)) continue;
    const object = e as ExpectedObject;
    const [rule, cells, messageId] = normalise(object);
    const found = findings.find(
      (f) => f.rule === rule && f.messageId === messageId && f.cells.map(cellKey).join(' ') === cells,
    );
    if (!found) continue; // flatten's comparison has already failed
    object.cells.forEach((cell, i) => {
      if (typeof cell !== 'string') expect(found.cells[i], `${rule} cell ${i + 1}`).toEqual(cell);
    });
    if (object.data !== undefined) expect(found.data, `${rule}/${messageId} data`).toEqual(object.data);
    if (object.unpinned !== undefined)
      expect(found.unpinned ?? false, `${rule}/${messageId} unpinned`).toBe(object.unpinned);
  }
}

/** Every cell of a finding that the report has must carry the report's text and place on the page for it (exported for the harness's own test). */
export function checkCells(report: Report, f: Finding): void {
  for (const cell of f.cells) {
    const own = report.tables[cell.table]?.values.find((v) => v.row === cell.row && v.column === cell.column);
    if (!own) continue;
    expect(cell.text, `${f.rule}: text of ${cellKey(cell)}`).toBe(own.raw);
    expect(cell.src, `${f.rule}: place of ${cellKey(cell)}`).toEqual(own.src);
  }
}

function toTuple(f: Finding): FlatFinding {
  return [f.rule, f.cells.map(cellKey).join(' '), f.messageId, f.severity];
}

/** Drops the severity from actual tuples when the case's expectations do not state severities. */
function trim(t: FlatFinding, expected: readonly ExpectedFinding[]): FlatFinding {
  return expected.map(normalise).some((e) => e[3] !== undefined) ? t : [t[0], t[1], t[2]];
}

function normalise(e: ExpectedFinding): FlatFinding {
  if (!Array.isArray(e)) {
    const o = e as ExpectedObject;
    const cells = o.cells.map((c) => (typeof c === 'string' ? c : cellKey(c))).join(' ');
    return o.severity === undefined ? [o.rule, cells, o.messageId] : [o.rule, cells, o.messageId, o.severity];
  }
  const t = e as ExpectedTuple;
  const cells = typeof t[1] === 'string' ? t[1] : t[1].join(' ');
  return t[3] === undefined ? [t[0], cells, t[2]] : [t[0], cells, t[2], t[3]];
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
