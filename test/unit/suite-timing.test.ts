/**
 * A suite that passes on any machine: no test may depend on how fast the machine is. The unit and e2e projects
 * have explicit, generous timeouts (vitest's 5 s default failed six tests on a loaded 2-core machine), the heavy
 * suites take more (test/helpers/timeouts.ts), and no test asserts how long something took.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../vitest.config';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'fixtures' ? [] : testFiles(path);
    return /\.test\.tsx?$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

const ALL = [...testFiles(join(ROOT, 'src')), ...testFiles(join(ROOT, 'test'))];
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
/** A test file that runs processes (built from parts so that this file does not match itself). */
const SPAWNS = new RegExp(`from 'node:${'child'}_process'`);

describe('test timing', () => {
  it('gives the unit and e2e projects explicit timeouts of at least 30 s', () => {
    const projects = (config.test?.projects ?? []) as Array<{ test: { name: string; testTimeout?: number; hookTimeout?: number } }>;
    const timeouts = Object.fromEntries(projects.map((p) => [p.test.name, [p.test.testTimeout ?? 0, p.test.hookTimeout ?? 0]]));
    expect(Object.keys(timeouts).sort()).toEqual(['e2e', 'unit']);
    for (const [name, [test, hook]] of Object.entries(timeouts)) {
      expect({ name, enough: test! >= 30_000 && hook! >= 30_000 }).toEqual({ name, enough: true });
    }
  });

  it('gives the heavy suites (property, pathological, golden, spawned CLIs) the heavy timeout', () => {
    const heavy = ALL.filter(
      (file) => /^test\/(property|pathological|golden)\//.test(file) || SPAWNS.test(read(file)),
    ).filter((file) => !file.startsWith('test/e2e/'));
    expect(heavy.length).toBeGreaterThan(5);
    expect(heavy.filter((file) => !/^heavySuite\(\);$/m.test(read(file)))).toEqual([]);
  });

  it('has no test that asserts how long something took', () => {
    const offenders = ALL.filter((file) => file !== 'test/unit/suite-timing.test.ts').flatMap((file) =>
      read(file)
        .split('\n')
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => /expect\(.*(?:Date\.now\(\)|performance\.now\(\))/.test(line) || /toBeLessThan(?:OrEqual)?\(MAX_\w*MS\)/.test(line))
        .map(({ at }) => at),
    );
    expect(offenders).toEqual([]);
  });
});
