// README.md is the first thing a user runs: its opening commands must work and its rule table must be complete.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/rules';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const readme = readFileSync(`${ROOT}README.md`, 'utf8');
const scripts = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> })
  .scripts;

describe('README.md', () => {
  it('starts with the setup-and-sample command, then the test command', () => {
    const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const [first, second] = block.split('\n').map((l) => l.replace(/#.*$/, '').trim());
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('\n## '));
    const sample = /^npm ci && npm run audit -- (\S+)$/.exec(first ?? '')?.[1];
    expect(sample, first).toBeDefined();
    expect(existsSync(`${ROOT}${sample}`)).toBe(true);
    expect(second).toBe('npm test');
    expect(scripts.audit).toContain('src/cli/main.ts');
    expect(scripts.test).toBeDefined();
  });

  it('documents the exit codes of the batch as of audit, and its lock', () => {
    const batch = readme.slice(readme.indexOf('## A whole portal column'), readme.indexOf('## Rules'));
    const status = batch.slice(batch.indexOf('Exit status'));
    for (const code of ['**0** no finding is an error', '**1** at least one finding is an error', '**2**', '**130**'])
      expect(status).toContain(code);
    expect(status).toContain('in use by another run');
    expect(batch).toContain('`OUT/.batch.lock`');
  });

  it('lists every registered rule in its rule table', () => {
    const table = readme.slice(readme.indexOf('## Rules'), readme.indexOf('## Browser extension'));
    const listed = [...table.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(rules.map((r) => r.id).sort());
  });
});
