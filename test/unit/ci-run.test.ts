/**
 * `.ci/run` on a fresh machine: it first checks that Node is the version README and package.json state (≥ 20.19,
 * what npm ci's packages and vitest need) and stops with a clear message otherwise, before installing anything.
 * Run here with stand-ins for node, npm and apt-get on PATH (the real ones are never reached).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const bin = mkdtempSync(join(tmpdir(), 'gra-ci-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** Runs .ci/run with a fake `node` of the given version; npm, apt-get and the browsers are stand-ins that fail. */
function ciRunWithNode(version: string) {
  const script = (body: string) => `#!/bin/sh\n${body}\n`;
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number) as [number, number];
  const ok = major > 20 || (major === 20 && minor >= 19);
  writeFileSync(
    join(bin, 'node'),
    script(`[ "$1" = "--version" ] && { echo ${version}; exit 0; }\nexit ${ok ? 0 : 1}`),
  );
  for (const name of ['npm', 'apt-get', 'chromium', 'fc-list'])
    writeFileSync(join(bin, name), script(`echo "${name} reached" >&2; exit 99`));
  for (const name of ['node', 'npm', 'apt-get', 'chromium', 'fc-list']) chmodSync(join(bin, name), 0o755);
  return spawnSync('bash', [join(ROOT, '.ci/run')], {
    encoding: 'utf8',
    env: { PATH: `${bin}:/usr/bin:/bin`, HOME: bin },
  });
}

describe('.ci/run', () => {
  it('stops before installing anything when Node is older than 20.19, and says which version it needs', () => {
    const run = ciRunWithNode('v20.18.1');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Node v20.18.1 is too old: npm ci and vitest need Node 20.19 or newer');
    expect(run.stderr).not.toContain('reached');
  });

  it('goes on to the install with Node 20.19 or newer', () => {
    const run = ciRunWithNode('v22.3.0');
    expect(run.stderr).toContain('reached');
    expect(run.stderr).not.toContain('too old');
  });

  it('checks the version that package.json and README state', () => {
    const engines = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } })
      .engines.node;
    expect(engines).toBe('>=20.19');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('Node ≥ 20.19');
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toContain('Node 20.19 or newer');
  });
});
