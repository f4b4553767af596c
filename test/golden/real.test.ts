/**
 * Golden tests on the corpus of real published reports (test/fixtures/real): every file's hand-worked expectations
 * (expected/<name>.json — detection, year, agency, format, each table's status, and the exact list of findings with
 * every cell) are compared with the engine's result. Where the engine disagrees today, the disagreement is listed in
 * known-gaps.json with its issue-13 class; the test requires the current disagreements to be exactly that list, so a
 * fix shows up as an entry to remove and any new disagreement fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusTables, DOC, withTables } from './corpus-doc';
import { audit, disagreements, loadExpected, loadKnownGaps, REAL_DIR, runnable } from './real-corpus';

const expected = loadExpected();
const known = loadKnownGaps();

describe('real-report corpus', () => {
  it('every corpus file has expectations, and every expectation a file', () => {
    const files = (sub: string) =>
      readdirSync(new URL(sub, REAL_DIR))
        .filter((f) => /\.(html?|txt|pdf)$/.test(f))
        .map((f) => sub + f);
    const all = [...files('complete/'), ...files('complete/converted/'), ...files('openings/')].sort();
    expect(expected.map((e) => e.file).sort()).toEqual(all);
  });

  it('docs/corpus.md shows the current expectations and gaps (npx tsx test/golden/corpus-doc.ts --write)', () => {
    const doc = readFileSync(DOC, 'utf8');
    expect(withTables(doc, corpusTables())).toBe(doc);
  });

  it('known gaps name only corpus files and carry an issue-13 class', () => {
    const names = new Set(expected.map((e) => e.file));
    for (const g of known) {
      expect(names.has(g.file), g.file).toBe(true);
      expect(g.class >= 0 && g.class <= 8, `${g.file}: ${g.gap}`).toBe(true);
    }
  });

  it.each(expected.filter(runnable).map((e) => [e.file, e] as const))(
    '%s: disagreements with the hand-worked expectations are exactly the known gaps',
    async (file, e) => {
      const found = disagreements(e, await audit(e));
      const listed = known
        .filter((g) => g.file === file)
        .map((g) => g.gap)
        .sort();
      expect(found).toEqual(listed);
    },
    30_000,
  );
});
