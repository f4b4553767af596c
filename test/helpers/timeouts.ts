/**
 * Timeouts for the suites that do much work per test: property runs, pages of 20 MB or 40,000 nested elements, every
 * golden fixture, the CLI spawned as a process. A bound for a 2-core machine that others load too — never a measure
 * of speed: no test asserts how fast anything is (`npm run bench` has the budgets). The unit project's own default
 * (vitest.config.ts) covers the rest.
 */
import { vi } from 'vitest';

export const HEAVY_TIMEOUT_MS = 300_000;

/** Gives every test and hook of the calling test file HEAVY_TIMEOUT_MS (call it once, at the top level). */
export function heavySuite(): void {
  vi.setConfig({ testTimeout: HEAVY_TIMEOUT_MS, hookTimeout: HEAVY_TIMEOUT_MS });
}
