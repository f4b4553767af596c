/**
 * Timeouts for the test files that do much work per test: property runs, pages of 20 MB or 40,000 nested elements,
 * every golden fixture, the CLI run as a process. A bound for a 2-core machine that others load too — never a
 * measure of speed: no test asserts how fast anything is (`npm run bench` has the budgets). The unit project's own
 * default (vitest.config.ts) covers the rest. Applied by ./heavy-timeouts.setup.ts to every file `isHeavy` names,
 * so a new heavy test file needs nothing of its own.
 */

export const HEAVY_TIMEOUT_MS = 300_000;

/** A test file that runs processes (spelled in parts so that this file does not match itself). */
const SPAWNS = new RegExp(`from 'node:${'child'}_process'`);

/** Whether a test file is heavy: under test/property, test/pathological or test/golden, or it runs processes. */
export function isHeavy(path: string, source: string): boolean {
  return /(?:^|\/)test\/(?:property|pathological|golden)\//.test(path) || SPAWNS.test(source);
}
