/**
 * The popup's and the side panel's frame is painted from a few rules inline in their HTML, before the stylesheets
 * arrive with the app's code (src/popup/main.tsx). Those rules must say what the stylesheets say, or the frame would
 * jump when the app replaces it: each inline declaration is checked against the same selector's rule in
 * src/popup/popup.css (`.shell .bar` against `.bar`), with the palette's custom properties resolved.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Rules = Map<string, Map<string, string>>;

/** Top-level rules of a stylesheet text as selector → property → value (comments dropped, @-blocks skipped). */
function rules(css: string): Rules {
  const out: Rules = new Map();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const re = /([^{}@]+)\{([^{}]*)\}/g;
  for (const m of text.matchAll(re)) {
    const selectors = (m[1] ?? '').split(',').map((s) => s.trim().replace(/\s+/g, ' '));
    for (const selector of selectors) {
      const decls = out.get(selector) ?? new Map<string, string>();
      for (const decl of (m[2] ?? '').split(';')) {
        const at = decl.indexOf(':');
        if (at > 0)
          decls.set(
            decl.slice(0, at).trim(),
            decl
              .slice(at + 1)
              .trim()
              .replace(/\s+/g, ' '),
          );
      }
      out.set(selector, decls);
    }
  }
  return out;
}

const palette = rules(readFileSync('src/ui/palette.css', 'utf8')).get(':root') ?? new Map<string, string>();
const resolve = (value: string) =>
  value.replace(/var\((--[\w-]+)\)/g, (whole, name: string) => palette.get(name) ?? whole);
const popup = rules(readFileSync('src/popup/popup.css', 'utf8'));

describe.each(['src/popup/index.html', 'src/panel/panel.html'])('the frame of %s', (file) => {
  const html = readFileSync(file, 'utf8');
  const inline = rules(/<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '');

  it('has inline rules for the frame, and no stylesheet link of its own (the app brings those)', () => {
    expect([...inline.keys()]).toEqual(expect.arrayContaining(['.shell .bar', '.shell .spinner']));
    expect(html).not.toMatch(/<link[^>]+stylesheet/);
  });

  it('says what popup.css says for the same elements', () => {
    for (const [selector, decls] of inline) {
      const target = selector.replace(/^\.shell /, '');
      const sheet = popup.get(target);
      expect(sheet, `popup.css has no rule for ${target}`).toBeDefined();
      for (const [property, value] of decls)
        expect(resolve(sheet!.get(property) ?? ''), `${target} ${property}`).toBe(value);
    }
  });
});
