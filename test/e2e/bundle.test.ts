/**
 * What the popup and the side panel ship: the rules' texts, one language a chunk, and the message renderer, never a
 * rule's check code nor the rules' metadata in both languages (issue 10: they show findings the content script made;
 * issue 14: their first render carries one language). Proved from the bundler's own records — which source modules went
 * into each chunk (vite.config.ts moduleMap(), written to test-results/bundle-modules/) — and, as a second witness,
 * by a text that appears only in a check body. And every file a surface loads before its first paint is counted by
 * its size budget in .size-limit.json, so a chunk renamed by the bundler cannot silently fall out of the budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_RULE_CRASH } from '../../src/engine/messages';
import { RULES } from '../../src/rules/meta';
import { ensureBuild, ROOT } from './harness';

interface Chunk {
  fileName: string;
  modules: string[];
  imports: string[];
  dynamicImports: string[];
  css: string[];
}

const dist = ensureBuild('production');
const chunks = new Map(
  (
    JSON.parse(readFileSync(join(ROOT, 'test-results/bundle-modules/production.json'), 'utf8')) as { chunks: Chunk[] }
  ).chunks.map((c) => [c.fileName, c]),
);
const budgets = JSON.parse(readFileSync(join(ROOT, '.size-limit.json'), 'utf8')) as Array<{
  name: string;
  path: string | string[];
}>;

const SURFACES = [
  { name: 'popup', html: 'src/popup/index.html', budget: /^popup \(/ },
  { name: 'side panel', html: 'src/panel/panel.html', budget: /^side panel \(/ },
] as const;

/** The files a page's HTML loads (its module script, modulepreloads, stylesheets), as paths in dist/. */
function firstPaint(html: string): string[] {
  const text = readFileSync(join(dist, html), 'utf8');
  return [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="\/?([^"]+)"/gu)].map((m) => m[1] ?? '');
}

/** A chunk and every chunk it imports statically, with the stylesheets Vite loads with them. */
function staticClosure(file: string, into = new Set<string>()): Set<string> {
  const chunk = chunks.get(file);
  if (!chunk || into.has(file)) return into;
  into.add(file);
  chunk.css.forEach((css) => into.add(css));
  chunk.imports.forEach((next) => staticClosure(next, into));
  return into;
}

/**
 * What the popup or the side panel loads before its first render with the report: the HTML's files, the views its
 * entry imports at once (src/popup/main.tsx imports the app while the tab is asked; src/panel/main.tsx the panel),
 * with their stylesheets, and the strings and rule texts of one language (the Chinese ones; the English chunks are
 * no larger), which src/popup/i18n.ts `loadLocale` loads before the first render.
 */
function firstRender(html: string): string[] {
  const files = new Set<string>();
  for (const file of firstPaint(html)) staticClosure(file, files);
  const entry = /<script[^>]*\ssrc="\/?([^"]+)"/u.exec(readFileSync(join(dist, html), 'utf8'))?.[1] ?? '';
  for (const lazy of chunks.get(entry)?.dynamicImports ?? []) staticClosure(lazy, files);
  for (const module of ['locale:zh_CN', 'rule-texts:zh']) {
    const chunk = [...chunks.values()].find((c) => c.modules.some((m) => m.endsWith(module)));
    if (chunk) staticClosure(chunk.fileName, files);
  }
  return [...files];
}

/** Every chunk reachable from these files, static and dynamic imports alike (the lazy views and exporters too). */
function reachable(files: readonly string[]): Chunk[] {
  const seen = new Map<string, Chunk>();
  const walk = (file: string) => {
    const chunk = chunks.get(file);
    if (!chunk || seen.has(file)) return;
    seen.set(file, chunk);
    for (const next of [...chunk.imports, ...chunk.dynamicImports]) walk(next);
  };
  files.forEach(walk);
  return [...seen.values()];
}

/** A size-limit glob as a regular expression (only `*` is used there). */
const globRe = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/gu, '\\$&').replace(/\*/gu, '[^/]*')}$`, 'u');

describe.each(SURFACES)('the $name bundle', ({ html, budget }) => {
  const files = firstPaint(html);
  const all = reachable(files.filter((f) => f.endsWith('.js')));

  it('is found: its HTML loads chunks the bundler recorded', () => {
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(1);
    for (const file of files.filter((f) => f.endsWith('.js'))) expect(chunks.has(file), file).toBe(true);
  });

  it('holds the rules’ texts but no rule metadata, no rule check code, no rule helpers and no engine runner', () => {
    const modules = all.flatMap((c) => c.modules);
    expect(modules.filter((m) => /rule-texts:(?:zh|en)$/u.test(m))).toHaveLength(2);
    expect(modules).toContain('src/engine/render-texts.ts');
    const forbidden = modules.filter(
      (m) =>
        m.startsWith('src/rules/') ||
        m === 'src/engine/messages.ts' ||
        m === 'src/engine/run-rules.ts' ||
        m === 'src/audit.ts' ||
        m.startsWith('src/narrative/') ||
        m.startsWith('src/extract/pipeline'),
    );
    expect(forbidden).toEqual([]);
  });

  it('loads no webextension-polyfill: it talks to the browser’s own namespace (src/platform/page-api.ts)', () => {
    const modules = all.flatMap((c) => c.modules);
    expect(modules).toContain('src/platform/page-api.ts');
    expect(modules.filter((m) => m.includes('webextension-polyfill') || m === 'src/platform/browser.ts')).toEqual([]);
    const code = all.map((c) => readFileSync(join(dist, c.fileName), 'utf8')).join('\n');
    expect(code).not.toContain('__mozWebExtensionPolyfillReject__');
  });

  it('contains no text that only a check body has', () => {
    // text-percent's check compares counts by unit with this pattern; minified code keeps regular expressions as written.
    const code = all.map((c) => readFileSync(join(dist, c.fileName), 'utf8')).join('\n');
    expect(code).not.toContain('件|条|次|起|个|宗|项|份|件次');
    expect(code).toContain('shareMismatch'); // …while the rule's metadata (its message ids) is there
  });

  it('loads one language, and its views at once with the entry (not on a later click)', () => {
    const render = firstRender(html);
    expect(render.some((f) => /^assets\/locale-zh_CN-.*\.js$/u.test(f))).toBe(true);
    expect(render.some((f) => /^assets\/locale-en-.*\.js$/u.test(f))).toBe(false);
    const modules = render.flatMap((f) => chunks.get(f)?.modules ?? []);
    expect(modules).toContain('src/popup/App.tsx');
    expect(modules).toContain('src/popup/ReportView.tsx');
    expect(render.some((f) => /^assets\/popup-.*\.css$/u.test(f))).toBe(true);
  });

  it('renders the rules in one language first: no English rule text, every Chinese one (the English on a switch)', () => {
    const code = (files: readonly string[]) =>
      files
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(join(dist, f), 'utf8'))
        .join('\n');
    const render = firstRender(html);
    const first = code(render);
    const english = code(
      reachable(render)
        .map((c) => c.fileName)
        .filter((f) => /^assets\/rule-texts-en-/u.test(f)),
    );
    for (const meta of Object.values(RULES)) {
      const texts = [meta.description, ...Object.values(meta.messages)];
      for (const text of texts) {
        expect(first, meta.id).toContain(JSON.stringify(text.zh).slice(1, -1));
        expect(first, meta.id).not.toContain(JSON.stringify(text.en).slice(1, -1));
        expect(english, meta.id).toContain(JSON.stringify(text.en).slice(1, -1));
      }
    }
  });

  it('counts every file of the first render in its size budget', () => {
    const entry = budgets.find((b) => budget.test(b.name));
    expect(entry, 'no size budget for this surface').toBeDefined();
    const globs = [entry!.path].flat().map((p) => globRe(p.replace(/^dist\//u, '')));
    for (const file of firstRender(html))
      expect(
        globs.some((g) => g.test(file)),
        `${file} is not in the budget "${entry!.name}"`,
      ).toBe(true);
  });
});

/** The pages that run the engine themselves: their first paint is budgeted too, every file of it. */
const ENGINE_PAGES = [
  { name: 'batch page', html: 'src/batch-page/index.html', budget: /^portal batch page \(/ },
  { name: 'attachment page', html: 'src/attachment/attachment.html', budget: /^attachment page \(/ },
] as const;

describe.each(ENGINE_PAGES)('the $name bundle', ({ html, budget }) => {
  it('counts every file of the first paint in its size budget', () => {
    const files = firstPaint(html);
    expect(
      files.some((f) => /^assets\/engine-.*\.js$/u.test(f)),
      'the engine chunk is not named engine-…',
    ).toBe(true);
    const entry = budgets.find((b) => budget.test(b.name));
    expect(entry, 'no size budget for this page').toBeDefined();
    const globs = [entry!.path].flat().map((p) => globRe(p.replace(/^dist\//u, '')));
    for (const file of files)
      expect(
        globs.some((g) => g.test(file)),
        `${file} is not in the budget "${entry!.name}"`,
      ).toBe(true);
  });
});

describe('the PDF geometry', () => {
  it('is loaded by no engine page before a PDF is read (src/audit-pdf.ts keeps it in the reader chunk)', () => {
    for (const { html } of ENGINE_PAGES) {
      const files = firstPaint(html).filter((f) => f.endsWith('.js'));
      const modules = files.flatMap((f) => chunks.get(f)?.modules ?? []);
      expect(
        modules.filter((m) => m.startsWith('src/pdf/') || m === 'src/audit-pdf.ts'),
        html,
      ).toEqual([]);
    }
    const all = [...chunks.values()].flatMap((c) => c.modules);
    expect(all).toContain('src/pdf/stream.ts');
  });
});

describe('the check code', () => {
  const workers = [...chunks.values()].filter((c) => c.modules.includes('src/background/engine.ts'));

  it('runs in the background worker, which audits the pages, and nowhere near the page itself', () => {
    expect(workers.map((c) => c.fileName)).toEqual([expect.stringMatching(/^assets\/index\.ts-.*\.js$/u)]);
    // The worker's chunk and every chunk it imports: what the worker loads when it starts.
    const loaded = new Set<string>();
    const load = (file: string): void => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const imported of chunks.get(file)?.imports ?? []) load(imported);
    };
    load(workers[0]!.fileName);
    const modules = [...loaded].flatMap((f) => chunks.get(f)?.modules ?? []);
    expect(modules).toEqual(expect.arrayContaining(['src/rules/t4-review-sum.ts', 'src/audit.ts']));
    const code = [...loaded].map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
    expect(code).toContain('件|条|次|起|个|宗|项|份|件次');
    expect(readFileSync(join(dist, 'src/content/index.js'), 'utf8')).not.toContain('件|条|次|起|个|宗|项|份|件次');
  });
});

describe('the full content script', () => {
  const code = readFileSync(join(dist, 'src/content/index.js'), 'utf8');
  const metas = Object.values(RULES);

  it('carries no rule: neither a message nor a description in either language (the worker renders them)', () => {
    for (const meta of metas.filter((m) => m.id !== ENGINE_RULE_CRASH.id)) {
      for (const text of Object.values(meta.messages)) {
        expect(code, meta.id).not.toContain(text.zh);
        expect(code, meta.id).not.toContain(text.en);
      }
      expect(code, meta.id).not.toContain(meta.description.zh);
      expect(code, meta.id).not.toContain(meta.description.en);
    }
  });

  it('carries no webextension-polyfill (it talks to the browser’s own namespace: src/platform/content-api.ts)', () => {
    expect(code).not.toContain('webextension-polyfill');
    expect(code).not.toContain('__mozWebExtensionPolyfillReject__');
    // …which the worker and the other extension pages keep (the shared "browser" chunk; not the popup, above).
    const polyfilled = [...chunks.values()].filter((c) => c.modules.some((m) => m.includes('webextension-polyfill')));
    expect(polyfilled.map((c) => c.fileName)).toEqual([expect.stringMatching(/^assets\/browser-.*\.js$/u)]);
  });
});
