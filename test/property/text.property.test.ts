// The plain-text path (what PDF/Word converters give) on report-shaped texts — tab, pipe and one-cell-per-line
// tables from the template's labels, hard-wrapped narrative, junk lines — and on arbitrary strings.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { reportText } from './arbitraries';
import { checkText } from './invariants';
import { SEED } from './seed';

describe('plain-text reports', () => {
  it('report-shaped texts are read without the safety net and audited without a crash', () => {
    fc.assert(fc.property(reportText, checkText), { seed: SEED, numRuns: 200 });
  });

  it('arbitrary strings too', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })), checkText),
      {
        seed: SEED,
        numRuns: 300,
      },
    );
  });
});
