/**
 * A suite that passes on any machine: no test may depend on how fast the machine is. The unit and e2e projects
 * have explicit, generous timeouts (vitest's 5 s default failed six tests on a loaded 2-core machine), the heavy
 * test files get more by a setup file (test/helpers/timeouts.ts), and no test asserts how long something took.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../vitest.config';
import { isHeavy } from '../helpers/timeouts';

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

describe('test timing', () => {
  it('gives the unit and e2e projects explicit timeouts of at least 30 s', () => {
    const projects = (config.test?.projects ?? []) as Array<{
      test: { name: string; testTimeout?: number; hookTimeout?: number };
    }>;
    const timeouts = Object.fromEntries(
      projects.map((p) => [p.test.name, [p.test.testTimeout ?? 0, p.test.hookTimeout ?? 0]]),
    );
    expect(Object.keys(timeouts).sort()).toEqual(['e2e', 'unit']);
    for (const [name, [test, hook]] of Object.entries(timeouts)) {
      expect({ name, enough: test! >= 30_000 && hook! >= 30_000 }).toEqual({ name, enough: true });
    }
  });

  it('gives the heavy test files (property, pathological, golden, processes) the heavy timeout, by a setup file', () => {
    const unit = ((config.test?.projects ?? []) as Array<{ test: { name: string; setupFiles?: string[] } }>).find(
      (p) => p.test.name === 'unit',
    );
    expect(unit?.test.setupFiles).toContain('test/helpers/heavy-timeouts.setup.ts');
    const heavy = ALL.filter((file) => !file.startsWith('test/e2e/') && isHeavy(file, read(file)));
    for (const file of [
      'test/property/grid.property.test.ts',
      'test/pathological/size.test.ts',
      'test/golden/golden.test.ts',
      'test/unit/cli/main.test.ts',
      'test/unit/batch/cli.test.ts',
    ]) {
      expect(heavy).toContain(file);
    }
    expect(heavy).not.toContain('src/rules/t3-identity.test.ts');
  });

  it('has no test that asserts how long something took', () => {
    const offenders = ALL.filter((file) => file !== 'test/unit/suite-timing.test.ts').flatMap((file) =>
      read(file)
        .split('\n')
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(
          ({ line }) =>
            /expect\(.*(?:Date\.now\(\)|performance\.now\(\))/.test(line) ||
            /toBeLessThan(?:OrEqual)?\(MAX_\w*MS\)/.test(line),
        )
        .map(({ at }) => at),
    );
    expect(offenders).toEqual([]);
  });
});
