/**
 * Static checks behind SECURITY.md: the extension's own source has no HTML sinks (page text reaches the DOM only
 * as text), no dynamic code, and no listener for window messages; its popup page has no inline script (which the
 * CSP would refuse anyway).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuild, ROOT } from './harness';

/** Every non-test source file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The code that runs in the extension: every context, and the engine they bundle. The CLI runs in Node. */
const SHIPPED = sources(join(ROOT, 'src')).filter((file) => !relative(ROOT, file).startsWith('src/cli/'));

const HTML_SINKS =
  /\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|\.srcdoc\b|createContextualFragment/;
const DYNAMIC_CODE = /\beval\(|new Function\(|setTimeout\(\s*['"`]|setInterval\(\s*['"`]/;

describe("the extension's source", () => {
  it('is what ships (a sanity check of the file list)', () => {
    const names = SHIPPED.map((file) => relative(ROOT, file));
    expect(names).toContain('src/content/overlay.ts');
    expect(names).toContain('src/popup/App.tsx');
    expect(names.some((name) => name.startsWith('src/cli/'))).toBe(false);
  });

  it.each([
    ['HTML sinks (page text must reach the DOM as text only)', HTML_SINKS],
    ['dynamic code', DYNAMIC_CODE],
    ['window message listeners (a page could post to them)', /addEventListener\(\s*['"]message['"]|\bonmessage\s*=/],
  ])('has no %s', (_what, pattern) => {
    const hits = SHIPPED.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line: line.trim(), where: `${relative(ROOT, file)}:${i + 1}` }))
        // Comments may name the sinks they avoid.
        .filter(({ line }) => !line.startsWith('*') && !line.startsWith('//') && pattern.test(line))
        .map(({ where, line }) => `${where}: ${line}`),
    );
    expect(hits).toEqual([]);
  });

  it('builds a popup page without inline scripts or handlers', () => {
    const dist = ensureBuild('production');
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
      action: { default_popup: string };
    };
    const html = readFileSync(join(dist, manifest.action.default_popup), 'utf8');
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\//);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});
