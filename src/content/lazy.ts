/**
 * The small loader's logic (./loader.ts is its entry): the manifest injects the loader, not the engine, into every
 * *.gov.cn page. It runs the same cheap checks the full content script starts with — the quick report recognition on
 * the page and its same-origin frames, and whether the page links to any annual report (every listing page the full
 * script recognises does) — and loads the full content script (./index.ts) only when one passes. Until then it
 * watches for late content the way the full script does (./watch.ts: debounced, at most a few checks a minute), so
 * a report filled in by a script after load is still audited. Imports only small, pure modules: nothing of the
 * engine, the marks or webextension-polyfill.
 */
import { quickLooksLikeReport } from '../detect/recognise';
import { ANNUAL_REPORT_TARGET, reportLinkText } from '../portal/report-link';
import { candidateDocuments, headText } from './frames';
import { ENGINE_LOADED, LOADER_LOADED } from './markers';
import { watchDocuments, whenIdle, type WatchOptions } from './watch';

/** Why the engine is needed: a document that looks like a report, or a page that may list reports. */
export type EngineNeed = 'report' | 'listing' | null;

/**
 * Links read at most by the listing check; a page with more is left to the full content script (its size guard
 * decides what such a page gets), so no listing is ever missed.
 */
export const MAX_LINKS = 5000;

/** What the full content script would look at first: does the page need it? */
export function engineNeed(top: Document): EngineNeed {
  for (const { doc } of candidateDocuments(top)) {
    if (quickLooksLikeReport(doc.title, headText(doc))) return 'report';
  }
  return mayListReports(top) ? 'listing' : null;
}

/**
 * True when the page has at least one link to an annual report (or more links than we read): every page that
 * src/portal/listing.ts `looksLikeListing` accepts has one, so this never misses a listing the badge would count.
 */
export function mayListReports(doc: Document): boolean {
  const links = doc.querySelectorAll('a[href]');
  if (links.length > MAX_LINKS) return true;
  for (const a of Array.from(links)) {
    const href = a.getAttribute('href') ?? '';
    const words = (a.textContent ?? '') + (a.getAttribute('title') ?? '');
    // Every report link's words name 报告/年报 or its address is a form-generated report: skip the rest unread.
    if (!words.includes('报') && !ANNUAL_REPORT_TARGET.test(href)) continue;
    const resolved = (a as HTMLAnchorElement).href ?? href;
    if (reportLinkText(a, href) !== undefined || reportLinkText(a, resolved) !== undefined) return true;
  }
  return false;
}

/** What the loader needs from its surroundings (the real ones in ./loader.ts, fakes in tests). */
export interface LoaderEnv {
  top: Document;
  win: Window;
  /** The content scripts' global, where the markers live. */
  scope: Record<symbol, unknown>;
  /** Loads and runs the full content script. */
  load(): Promise<unknown>;
  /** The watcher's timings (tests shorten them). */
  watch?: WatchOptions;
}

/**
 * Starts the loader: at the page's next idle moment, then after each late change, checks the page; the first time
 * a check passes it stops watching and loads the full content script, once. Does nothing when the loader already ran
 * in this page; stops when the full script is already there (the popup injected it). Never throws into the page.
 */
export function startLoader(env: LoaderEnv): { stop(): void } | null {
  if (env.scope[LOADER_LOADED]) return null;
  env.scope[LOADER_LOADED] = true;
  let watcher: { sync(): void; stop(): void } | null = null;
  let done = false;
  const stop = () => {
    done = true;
    watcher?.stop();
  };
  const check = () => {
    if (done) return;
    if (env.scope[ENGINE_LOADED]) return stop();
    let need: EngineNeed = null;
    try {
      need = engineNeed(env.top);
    } catch {
      // A frame torn down while we read it: the next change checks again.
    }
    if (need) {
      stop();
      void env.load().catch(() => undefined);
      return;
    }
    if (watcher) watcher.sync();
    else watcher = watchDocuments(() => candidateDocuments(env.top).map((c) => c.doc), check, env.watch);
  };
  whenIdle(env.win, check);
  return { stop };
}
