/**
 * Batch page entry: `index.html?listing=URL` (opened by the popup's "audit all"). Wires the page to the extension:
 * the IndexedDB store, the extension's fetch, the page's DOMParser, the host permission and the language setting.
 */
import { render } from 'preact';
import { hasHostAccess, requestHostAccess } from '../platform/batch';
import { loadSettings, saveSettings } from '../platform/browser';
import { openPageStore } from '../platform/store';
import { BatchApp } from './App';
import { auditFetched, extensionFetcher, pageDocument } from './pages';
import '../ui/palette.css';
import './batch.css';

void main();

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const settings = await loadSettings();
  const listing = listingOf(location.search);
  const parser = new DOMParser();
  const deps = {
    store: openPageStore(),
    // Only sites the user granted (optional host permissions): checked before each request and after redirects.
    fetchPage: extensionFetcher(undefined, { allowed: hasHostAccess }),
    allowed: hasHostAccess,
    parse: (page: Parameters<typeof pageDocument>[0]) => pageDocument(page, parser),
    // Findings are written in the language of the moment; the view re-renders them when it changes.
    audit: (page: Parameters<typeof auditFetched>[0]) => auditFetched(page, settings.lang, parser),
  };
  const access = {
    has: () => (listing ? hasHostAccess(listing) : Promise.resolve(false)),
    request: () => (listing ? requestHostAccess(listing) : Promise.resolve(false)),
  };
  render(
    <BatchApp
      listing={listing}
      initialLang={settings.lang}
      deps={deps}
      access={access}
      onLang={(lang) => void saveSettings({ lang })}
      polite={politeness(location.search)}
    />,
    root,
  );
}

/** The listing address from `?listing=`, when it is an http(s) URL. */
function listingOf(search: string): string | null {
  const value = new URLSearchParams(search).get('listing');
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Politeness: 2 pages at a time, 1 s between request starts, 30 s per page. `?delay=MS` may only slow it down further
 * or, for the tests' local server, shorten the delay to no less than 100 ms.
 */
function politeness(search: string): { concurrency: number; delayMs: number; timeoutMs: number } {
  const delay = Number(new URLSearchParams(search).get('delay'));
  return { concurrency: 2, delayMs: Number.isFinite(delay) && delay >= 100 ? delay : 1000, timeoutMs: 30_000 };
}
