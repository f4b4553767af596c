/**
 * The content script the manifest injects into every *.gov.cn page at document_idle: a few kilobytes that decide
 * whether the page needs the full content script (./index.ts, with the engine) and load it only then (./lazy.ts).
 * On most portal pages — news, guides, notices — nothing more is loaded or compiled.
 *
 * How the engine is loaded: `import()` of the extension's own file. Chrome refuses `scripting.executeScript` from
 * the background on a page that only a content script's match pattern covers (it needs a host permission, which we
 * do not ask for), so the manifest makes that one file web-accessible to *.gov.cn pages, with `use_dynamic_url` in
 * Chromium: its address is random for each browser session and known only to this isolated world, so a page can
 * neither probe for it nor see it load (docs/extension.md, SECURITY.md §5). The module runs in this same isolated
 * world, exactly as if the manifest had injected it.
 *
 * Trust: the loader reads the DOM and nothing else; it listens to no messages or events of the page.
 */
import { engineScriptUrl } from '../platform/engine-script';
import { startLoader } from './lazy';

try {
  startLoader({
    top: document,
    win: window,
    scope: globalThis as unknown as Record<symbol, unknown>,
    load: async () => {
      const url = engineScriptUrl();
      if (url) await import(/* @vite-ignore */ url);
    },
  });
} catch {
  // Nothing we do may throw into the page.
}
