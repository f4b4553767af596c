/** Unit project setup file: gives a heavy test file (./timeouts.ts `isHeavy`) the heavy timeout for its tests and hooks. */
import { readFileSync } from 'node:fs';
import { expect, vi } from 'vitest';
import { HEAVY_TIMEOUT_MS, isHeavy } from './timeouts';

const path = expect.getState().testPath ?? '';
if (path && isHeavy(path, readFileSync(path, 'utf8'))) {
  vi.setConfig({ testTimeout: HEAVY_TIMEOUT_MS, hookTimeout: HEAVY_TIMEOUT_MS });
}
