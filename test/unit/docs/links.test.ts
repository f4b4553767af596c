/**
 * The project carries its own docs: every relative link in README, CONTRIBUTING, SECURITY, CHANGELOG and docs/
 * resolves to a file of the repository, every `docs/….md` that code or docs name exists, a doc names its sibling
 * docs (`markup.md`) only when they are there, and nothing points outside the repository (the reference folder the
 * docs were first copied from is not part of a clone).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '');
const SKIP = new Set([
  'node_modules',
  '.git',
  'dist',
  'dist-firefox',
  'test-results',
  'coverage',
  '.cache',
  'fixtures',
]);
const TEXT = /\.(md|ts|tsx|mjs|js|json|html|css|yml|yaml)$|^run$/;

/** Every text file of the repository (not dependencies, builds or test fixtures), as paths relative to ROOT. */
function files(dir = ROOT): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIP.has(name) ? [] : files(path);
    return TEXT.test(name) && name !== 'package-lock.json' ? [relative(ROOT, path)] : [];
  });
}

const markdown = [
  'README.md',
  'CONTRIBUTING.md',
  'SECURITY.md',
  'CHANGELOG.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Relative link targets of a Markdown file: [text](target) and ![alt](target), without #anchors. */
function relativeLinks(markdownText: string): string[] {
  const targets = Array.from(markdownText.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g), (m) => m[1]!);
  return targets.filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith('#')).map((t) => t.split('#')[0]!);
}

describe('docs', () => {
  it('every relative link in README, CONTRIBUTING, SECURITY, CHANGELOG and docs/ leads to a file in the repository', () => {
    const broken: string[] = [];
    for (const file of markdown) {
      for (const target of relativeLinks(readFileSync(join(ROOT, file), 'utf8'))) {
        const path = join(ROOT, dirname(file), decodeURIComponent(target));
        if (!path.startsWith(ROOT + '/') || !existsSync(path)) broken.push(`${file} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every docs/… path that code, configuration or docs name exists', () => {
    const missing: string[] = [];
    for (const file of files()) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const [path] of text.matchAll(/(?<![\w./-])docs\/[\w./-]+\.(?:md|json|png)/g)) {
        if (!existsSync(join(ROOT, path))) missing.push(`${file}: ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('a doc names a sibling doc (`markup.md`) only when it is in docs/', () => {
    const missing: string[] = [];
    for (const file of markdown.filter((f) => f.startsWith('docs/'))) {
      for (const [, name] of readFileSync(join(ROOT, file), 'utf8').matchAll(/`([\w-]+\.md)`/g)) {
        if (!existsSync(join(ROOT, 'docs', name!)) && !existsSync(join(ROOT, name!))) missing.push(`${file}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every src/, test/, bench/, scripts/ path that the docs or a comment name exists', () => {
    // Docs are read whole, code only in its comments (code builds names such as `icons/icon-${size}` or names a file
    // that must not exist). CHANGELOG keeps the paths of its time. A built file (`src/content/index.js`) stands for
    // its source; style.md names other projects' folders.
    const elsewhere = new Set(['docs/style.md: src/js']);
    const missing: string[] = [];
    for (const file of files()) {
      if (file === 'CHANGELOG.md' || file.endsWith('.json')) continue;
      const whole = readFileSync(join(ROOT, file), 'utf8');
      const text = /\.(?:[cm]?[jt]sx?)$/.test(file)
        ? (whole.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? []).join('\n')
        : whole;
      for (const [path] of text.matchAll(/(?<![\w./@-])(?:src|test|bench|scripts)\/[\w./-]*[\w/]/g)) {
        const found = [path, `${path}.ts`, `${path}.tsx`, path.replace(/\.js$/, '.ts')].some((p) =>
          existsSync(join(ROOT, p)),
        );
        if (!found && !elsewhere.has(`${file}: ${path}`)) missing.push(`${file}: ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('nothing points to the reference folder outside the repository', () => {
    // Built from parts so that this file does not name it.
    const outside = new RegExp(['shared', '(?:docs|seeds)'].join('\\/'));
    const offenders = files().filter((file) => outside.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('CONTRIBUTING points to the architecture, which names every layer of src/', () => {
    expect(readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8')).toContain(
      '[docs/architecture.md](docs/architecture.md)',
    );
    const architecture = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
    const layers = readdirSync(join(ROOT, 'src')).filter((name) => statSync(join(ROOT, 'src', name)).isDirectory());
    expect(layers.filter((layer) => !architecture.includes(`src/${layer}`))).toEqual([]);
    expect(architecture).toContain('src/audit.ts');
  });
});
