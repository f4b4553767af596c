/**
 * The Firefox build passes Mozilla's add-on linter (`web-ext lint`) with no errors — what addons.mozilla.org runs on
 * upload. The one known warning is Preact's own innerHTML assignment (docs/browser-testing.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuild, ROOT } from './harness';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

describe('the Firefox build', () => {
  it('has no web-ext lint errors', () => {
    const dir = ensureBuild('firefox');
    const run = spawnSync(
      join(ROOT, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', dir, '--output', 'json', '--no-input'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 90_000,
      },
    );
    const report = JSON.parse(run.stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toEqual(report.warnings.map(() => 'UNSAFE_VAR_ASSIGNMENT'));
  }, 120_000);

  it('declares background scripts and the gecko settings, with no more permissions than the Chrome build', () => {
    const firefox = JSON.parse(readFileSync(join(ensureBuild('firefox'), 'manifest.json'), 'utf8'));
    const chrome = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
    expect(firefox.background.scripts).toHaveLength(1);
    expect(firefox.background.service_worker).toBeUndefined();
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // Firefox has no sidePanel permission: the same page is its sidebar_action.
    expect(firefox.permissions).toEqual(chrome.permissions.filter((p: string) => p !== 'sidePanel'));
    expect(firefox.side_panel).toBeUndefined();
    expect(firefox.sidebar_action.default_panel).toBe('src/panel/panel.html');
    expect(existsSync(join(ensureBuild('firefox'), 'src/panel/panel.html'))).toBe(true);
    expect(firefox.host_permissions).toBeUndefined();
    // The loader's engine file: web-accessible to *.gov.cn only (Firefox serves it under the add-on's random
    // per-install UUID; it has no use_dynamic_url, so the build leaves that key out).
    expect(firefox.content_scripts.map((s: { js: string[] }) => s.js)).toEqual([['src/content/loader.js']]);
    expect(firefox.web_accessible_resources).toEqual([
      { resources: ['src/content/index.js'], matches: ['*://*.gov.cn/*'] },
    ]);
  });
});
