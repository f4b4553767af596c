/**
 * How the golden suites compare findings with their expectations: every finding as a flat tuple naming all of its
 * cells, compared as multisets both ways. An expected finding of a rule that did not run is missing, never skipped:
 * a rule that stops running (or stops firing) on a fixture fails the suite.
 */
import { cellKey } from '../../src/engine/cells';
import type { AuditResult, Finding } from '../../src/model';
import type { Tuple } from './expectations';

/**
 * The flat tuple a finding is compared by (see expectations.ts): [rule, severity, key, other cells]. The key is the
 * first cell, else the sentence's first 12 characters in “quotes”, else the table the finding names; the fourth
 * element lists every other cell of the finding (all of them when the key is not a cell), left out when there is
 * none.
 */
export function tuple(f: Finding): Tuple {
  const cells = f.cells.map(cellKey);
  const sentence = f.sentence ? `“${f.sentence.text.replace(/\s+/g, '').slice(0, 12)}”` : undefined;
  const key = sentence ?? cells[0] ?? (typeof f.data.table === 'string' ? f.data.table : '');
  const rest = sentence === undefined ? cells.slice(1) : cells;
  return rest.length > 0 ? [f.rule, f.severity, key, rest] : [f.rule, f.severity, key];
}

/** Multiset difference of tuples, both ways, so a failure names exactly what is missing and what is extra. */
export function compare(
  result: Pick<AuditResult, 'findings'>,
  expected: readonly Tuple[],
): { missing: string[]; unexpected: string[] } {
  const want = expected.map((t) => JSON.stringify(normalise(t)));
  const got = result.findings.map((f) => JSON.stringify(tuple(f)));
  const minus = (a: string[], b: string[]) => {
    const rest = [...b];
    return a.filter((x) => {
      const i = rest.indexOf(x);
      if (i < 0) return true;
      rest.splice(i, 1);
      return false;
    });
  };
  return { missing: minus(want, got), unexpected: minus(got, want) };
}

/** An expectation with an empty list of other cells is the same as one without. */
function normalise(t: Tuple): Tuple {
  return t[3] !== undefined && t[3].length === 0 ? [t[0], t[1], t[2]] : t;
}
