/**
 * Where each build mode's extension goes: read by vite.config.ts (its `outDir`) and by the e2e harness, which
 * builds the mode it needs (test/e2e/harness.ts). A file of its own so the tests need not load Vite's plugins.
 */
export const OUT_DIRS = {
  production: 'dist',
  firefox: 'dist-firefox',
  review: 'dist-review',
  e2e: 'test-results/extension-e2e',
} as const;

/** A build mode. */
export type BuildMode = keyof typeof OUT_DIRS;
