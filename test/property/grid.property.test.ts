// Property tests of the grid stage and extraction on arbitrary tables (random rows and cells, rowspan/colspan of
// every kind incl. 0, huge, negative and non-numeric, nested tables, blanks, junk, full-width digits, entities),
// parsed by linkedom (the CLI) and happy-dom (a browser's parser). Fixed seed, bounded runs; scripts/fuzz.ts runs the
// same properties longer.
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { reportPage, tablePage } from './arbitraries';
import { checkAudit, checkExtraction, checkGrids } from './invariants';
import { makeParsers, settle } from './parsers';
import { SEED } from './seed';

const { parsers, close } = makeParsers();
/** Bounded runs take 1–2 s alone; `npm test` runs many files at once on few cores, so allow for the crowd. */
const TIMEOUT = 30_000;
afterAll(close);

describe.each(parsers)('arbitrary tables via $name', ({ parse }) => {
  // Async only to let happy-dom free each document (parsers.ts settle).
  it(
    'the grid stage never throws, grids are rectangular and every cell points at its origin',
    async () => {
      await fc.assert(
        fc.asyncProperty(tablePage, async (html) => {
          checkGrids(parse(html));
          await settle();
        }),
        { seed: SEED, numRuns: 200 },
      );
    },
    TIMEOUT,
  );

  it(
    'extraction never falls back to its failure path and yields well-formed tables',
    async () => {
      await fc.assert(
        fc.asyncProperty(tablePage, async (html) => {
          checkExtraction(parse(html));
          await settle();
        }),
        { seed: SEED, numRuns: 150 },
      );
    },
    TIMEOUT,
  );
});

describe.each(parsers)('report-shaped pages via $name', ({ parse }) => {
  it(
    'the full audit runs every rule without a crash and renders every message',
    async () => {
      await fc.assert(
        fc.asyncProperty(reportPage, async (html) => {
          const doc = parse(html);
          checkGrids(doc);
          checkExtraction(doc);
          checkAudit(doc);
          await settle();
        }),
        { seed: SEED, numRuns: 120 },
      );
    },
    TIMEOUT,
  );
});
