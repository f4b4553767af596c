// Random numeric edits to consistent report pages, re-audited through the full HTML path: the findings must be
// exactly those the edit implies (edit-model.ts works the implications out from rules.md and the one-cause policy;
// edit-cases.ts holds the pages, the generator and its restriction).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellEdit } from './edit-model';
import { editArb, editOutcome, findingKey, loadEditCases, type EditCase } from './edit-cases';
import { SEED } from './seed';

const CASES = loadEditCases();

describe('numeric edits of consistent pages', () => {
  it.each(CASES.map((c, i) => [`${i}: ${c.page.name}`, c] as const))(
    '%s is clean in its tables and has cells to edit',
    (_name, c) => {
      expect(c.page.baseline.findings.filter((f) => f.cells.length > 0)).toEqual([]);
      expect(c.page.cells.size).toBeGreaterThan(150);
    },
  );

  it('a random edit of one T2/T3/T4 cell raises exactly the findings it implies', () => {
    fc.assert(
      fc.property(editArb(CASES), ({ c, edit }) => {
        const seen = editOutcome(c, edit);
        fc.pre(seen !== undefined);
        expect(seen.got, `${c.page.name} ${edit.key} ${edit.op} ${edit.amount}`).toEqual(seen.want);
      }),
      { seed: SEED, numRuns: 150 },
    );
    // Bounded runs take ~2 s alone; under load they take what they take (heavySuite's timeout).
  });

  // The model's cases spelt out (xinxiang: T3 一 57 = 57 自然人, （七）总计 54; T4 复议 维持 1 = 总计 1; T2 规章 all 0).
  const [xinxiang, , , , quoted] = CASES as [EditCase, EditCase, EditCase, EditCase, EditCase];
  const edit = (key: string, op: CellEdit['op'], amount: number, style: CellEdit['style'] = 'ascii'): CellEdit => ({
    key,
    op,
    amount,
    style,
  });
  it.each<[string, EditCase, CellEdit, string[]]>([
    [
      'T4 复议 维持 +1: its group sum only',
      xinxiang,
      edit('T4:review:review.maintain', 'add', 1),
      ['t4-review-sum@T4:review:review.total'],
    ],
    [
      'T3 part cell of an identity row: pinned by its row and the identity, one finding about it',
      xinxiang,
      edit('T3:newReceived:naturalPerson', 'subtract', 2, 'unit'),
      ['t3-row-total@T3:newReceived:naturalPerson'],
    ],
    [
      'T3 part cell of a result row: pinned by its row and its column, one finding about it',
      xinxiang,
      edit('T3:granted:commercial', 'replace', 4, 'fullwidth'),
      ['t3-row-total@T3:granted:commercial'],
    ],
    ['T3 row total: its row only', xinxiang, edit('T3:granted:total', 'add', 1), ['t3-row-total@T3:granted:total']],
    [
      'T3 （七）总计 of an applicant column: its column only',
      xinxiang,
      edit('T3:totalProcessed:naturalPerson', 'add', 3),
      ['t3-result-sum@T3:totalProcessed:naturalPerson'],
    ],
    [
      'T3 stated total (一 总计, quoted as 57): its row only, no text finding',
      xinxiang,
      edit('T3:newReceived:total', 'add', 5),
      ['t3-row-total@T3:newReceived:total'],
    ],
    [
      'T2 figure the text quotes: text-table2',
      quoted,
      edit('T2:license:decisions', 'add', 1000, 'grouped'),
      ['text-table2@T2:license:decisions'],
    ],
    [
      'T2 规章 issued above in force + repealed: t2-valid-lower',
      xinxiang,
      edit('T2:rules:issued', 'replace', 2),
      ['t2-valid-lower@T2:rules:valid'],
    ],
  ])('%s', (_name, c, e, implied) => {
    const seen = editOutcome(c, e);
    expect(seen?.want).toEqual([...c.page.baseline.findings.map(findingKey), ...implied].sort());
    expect(seen?.got).toEqual(seen?.want);
  });
});
