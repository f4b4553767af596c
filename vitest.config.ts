// Kept apart from vite.config.ts so the crx plugin never runs under Vitest (docs/browser-testing.md).
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { localeMessages } from './locale-messages';
import { ruleTextsModules } from './rule-texts';

// Vitest 5 declares Node >= 22 and its reporter calls Map.groupBy (Node 21+) when printing a failure; on this
// project's Node 20 that call crashed the report of every failing test. The config runs in the reporter's process,
// so a spec-shaped polyfill here restores failure output. Remove when CI moves to Node 22.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

/** Ends every run with a plain "N passed, N failed" line that CI tooling reads. */
const closingLine = {
  onTestRunEnd(modules: ReadonlyArray<{ children: { allTests(): Iterable<{ result(): { state: string } }> } }>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  },
};

export default defineConfig({
  plugins: [preact(), localeMessages(), ruleTextsModules()],
  test: {
    reporters: ['default', closingLine],
    // The marks layer's stylesheet (imported `?inline` by src/content/overlay.ts) is read as in the build; other
    // stylesheets stay empty under Vitest.
    css: { include: [/src\/content\/overlay\.css/] },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'src/**/*.test.tsx',
            'test/unit/**/*.test.ts',
            'test/golden/**/*.test.ts',
            'test/property/**/*.test.ts',
            'test/pathological/**/*.test.ts',
          ],
          environment: 'node',
          // Generous bounds for a 2-core machine that others load too (vitest's 5 s default failed six tests there);
          // the heavy test files take more (test/helpers/timeouts.ts, applied by its setup file). No test measures speed.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          setupFiles: ['test/helpers/heavy-timeouts.setup.ts', 'test/helpers/locales.setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // Firefox alone takes 12–20 s to start on a busy machine (test/e2e/firefox-harness.ts has its own bounds).
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
