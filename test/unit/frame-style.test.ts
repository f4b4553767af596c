/**
 * The popup's and the side panel's frame is painted from a few rules the build inlines into their HTML
 * (src/popup/frame.css, vite.config.ts inlineFrameStyle), before the stylesheets arrive with the app's code
 * (src/popup/main.tsx). Those rules must say what the stylesheets say, or the frame would jump when the app replaces
 * it: each declaration is checked against the same selector's rule in src/popup/popup.css (`.shell .bar` against
 * `.bar`), with the palette's custom properties resolved. test/e2e/build.test.ts checks the built pages carry them.
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

const frame = rules(readFileSync('src/popup/frame.css', 'utf8'));

describe.each(['src/popup/index.html', 'src/panel/panel.html'])('the page %s', (file) => {
  it('has no style or stylesheet of its own: the build inlines the frame, the app brings the rest', () => {
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<style|<link[^>]+stylesheet/);
    expect(html).toContain('class="shell"');
  });
});

describe('the frame (src/popup/frame.css)', () => {
  it('styles the frame', () => {
    expect([...frame.keys()]).toEqual(expect.arrayContaining(['.shell .bar', '.shell .spinner']));
  });

  it('says what popup.css says for the same elements', () => {
    for (const [selector, decls] of frame) {
      const target = selector.replace(/^\.shell /, '');
      const sheet = popup.get(target);
      expect(sheet, `popup.css has no rule for ${target}`).toBeDefined();
      for (const [property, value] of decls)
        expect(resolve(sheet!.get(property) ?? ''), `${target} ${property}`).toBe(value);
    }
  });
});
