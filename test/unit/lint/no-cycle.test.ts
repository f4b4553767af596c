/**
 * The import-cycle check of `npm run lint` (eslint/no-cycle.js): it finds a circle of any length, reports the
 * arrows that close it where they are written, and finds none in src/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import local, { cyclesOf, importGraph, importsOf } from '../../../eslint/no-cycle.js';

const ROOT = new URL('../../../', import.meta.url).pathname;

describe('no-cycle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'no-cycle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files: Record<string, string> = {
    'a.ts': "import { b } from './b';\nexport const a = () => b;\n",
    'b.ts': "import type { C } from './sub/c';\nexport const b = (c: C) => c;\n",
    'sub/c.ts': "export type C = string;\nexport const lazy = () => import('../a');\n",
    'sub/index.ts': "export * from './c';\n",
    'd.ts': "import { lazy } from './sub';\nexport const d = lazy;\n",
  };
  mkdirSync(join(dir, 'sub'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);

  it('reads every kind of relative import, type-only and dynamic ones included', () => {
    expect(importsOf(join(dir, 'b.ts'), files['b.ts']!)).toEqual([join(dir, 'sub/c.ts')]);
    expect(importsOf(join(dir, 'sub/c.ts'), files['sub/c.ts']!)).toEqual([join(dir, 'a.ts')]);
    expect(importsOf(join(dir, 'd.ts'), files['d.ts']!)).toEqual([join(dir, 'sub/index.ts')]);
  });

  it('finds a circle of three files, and only its files', () => {
    expect(cyclesOf(importGraph(dir))).toEqual([[join(dir, 'a.ts'), join(dir, 'b.ts'), join(dir, 'sub/c.ts')]]);
  });

  it('reports each arrow of the circle where it is written', async () => {
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: (await import('typescript-eslint')).parser },
          plugins: { local },
          rules: { 'local/no-cycle': ['error', { root: '.' }] },
        },
      ],
    });
    const results = await eslint.lintFiles(['.']);
    const found = results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(dir.length + 1)}:${m.line}`)).sort();
    expect(found).toEqual(['a.ts:1', 'b.ts:1', 'sub/c.ts:2']);
  });

  it('finds none in src/', () => {
    expect(cyclesOf(importGraph(join(ROOT, 'src')))).toEqual([]);
  });
});
