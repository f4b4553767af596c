// The CLI on arbitrary bytes (random bytes, text, markup, report-shaped pages, BOMs, PDF magic) in files named .html,
// .htm, .txt or without extension: never an uncaught exception, exit code 0/1/2, a message for 2.
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { checkCli, cliCase, scratch } from './cli-check';
import { SEED } from './seed';

const { dir, dispose } = scratch();
afterAll(dispose);

describe('gov-report-audit on arbitrary files', () => {
  it('exits 0, 1 or 2 and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(cliCase, (c) => checkCli(dir, c)),
      { seed: SEED, numRuns: 120 },
    );
    // Bounded runs take under a second alone; under load they take what they take (heavySuite's timeout).
  });
});
