/**
 * Where the content script's engine lives, and how the small loader reaches it. The loader (src/content/loader.ts)
 * is what the manifest injects into every *.gov.cn page; the full content script (src/content/index.ts, built to
 * ENGINE_SCRIPT by vite.config.ts) is loaded only when the loader's cheap checks pass, or by the popup on demand.
 *
 * The loader cannot use webextension-polyfill (it would triple the loader's size), so it reads the one call it needs,
 * `runtime.getURL`, from the browser's own namespace: `browser` in Firefox, `chrome` in Chromium browsers. Both are
 * synchronous and identical for this call.
 */

/** The built path of the full content script (relative to the extension's root). */
export const ENGINE_SCRIPT = 'src/content/index.js';

/**
 * The same file as `scripting.executeScript({ files })` must name it: root-absolute. Firefox resolves a relative
 * path against the calling page (the popup's own folder: moz-extension://…/src/popup/src/content/index.js, which
 * does not exist), Chrome against the extension's root; a leading slash means the root in both.
 */
export const ENGINE_SCRIPT_FILE = `/${ENGINE_SCRIPT}`;

interface RuntimeNamespace {
  runtime?: { getURL?(path: string): string };
}

/**
 * The address of the full content script as this content script's extension serves it. In Chromium the manifest
 * makes it web-accessible with `use_dynamic_url`, so this is a per-session random address that no page can guess.
 * Null without an extension runtime (the extension was reloaded under the page).
 */
export function engineScriptUrl(scope: object = globalThis): string | null {
  const { browser, chrome } = scope as { browser?: RuntimeNamespace; chrome?: RuntimeNamespace };
  const runtime = browser?.runtime?.getURL ? browser.runtime : chrome?.runtime;
  try {
    return runtime?.getURL?.(ENGINE_SCRIPT) ?? null;
  } catch {
    return null;
  }
}
