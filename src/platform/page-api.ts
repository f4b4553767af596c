/**
 * The extension calls of the popup and the side panel, on the browser's own namespace rather than through
 * webextension-polyfill, which would be a tenth of their first render (docs/performance.md). They make only calls
 * that both browsers already give with promises — `browser.*` in Firefox, `chrome.*` in Chromium MV3 — and listen
 * for no message (the polyfill's main work: promise-returning onMessage listeners in Chromium). ./browser.ts runs
 * the same functions through the polyfill for the background worker and the other pages.
 */
import type { Browser } from 'webextension-polyfill';
import type { ToContent } from './messages';
import { ENGINE_SCRIPT_FILE } from './engine-script';
import { readSettings, type Settings } from './settings';

/** The browser's namespace: Firefox's `browser`, else Chromium's `chrome` (whose MV3 calls return promises too). */
export function pageApi(scope: object = globalThis): Browser {
  const { browser, chrome } = scope as { browser?: Browser; chrome?: Browser };
  const api = browser?.runtime ? browser : chrome;
  if (!api?.runtime) throw new Error('no extension API');
  return api;
}

/** The stored settings, with defaults. */
export async function loadSettings(api: Browser = pageApi()): Promise<Settings> {
  return readSettings(api.storage);
}

/** Stores some settings; every context listening with onSettingsChanged hears of it. */
export async function saveSettings(patch: Partial<Settings>, api: Browser = pageApi()): Promise<void> {
  await api.storage.local.set(patch);
}

/**
 * Popup: sends a request to the content script of the tab's top frame; rejects when none is listening. A listener
 * that answers nothing gives undefined, as through the polyfill: Chromium's own call rejects with this message then.
 */
export async function askContent(tabId: number, request: ToContent, api: Browser = pageApi()): Promise<unknown> {
  try {
    return await api.tabs.sendMessage(tabId, request, { frameId: 0 });
  } catch (error) {
    if ((error as { message?: unknown } | null)?.message === NO_RESPONSE) return undefined;
    throw error;
  }
}

/** Chromium's error for a message that listeners received but none answered (webextension-polyfill's constant). */
const NO_RESPONSE = 'The message port closed before a response was received.';

/** Popup: the tab the popup belongs to (its URL is known only where activeTab has been granted). */
export async function activeTab(api: Browser = pageApi()): Promise<{ id: number; url?: string } | null> {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** Popup: the URL of a tab, when the extension may know it (activeTab grant or a matching host). */
export async function tabUrl(tabId: number, api: Browser = pageApi()): Promise<string | undefined> {
  try {
    return (await api.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

/**
 * Popup: injects the full content script into a tab on demand (the activeTab grant of the user's click covers any
 * ordinary page) — outside the portals, and on a portal page where the loader found nothing to load it for (the
 * manifest declares only the loader, src/content/loader.ts). A page that already has it keeps it (it runs once).
 */
export async function injectContentScript(tabId: number, api: Browser = pageApi()): Promise<void> {
  await api.scripting.executeScript({ target: { tabId }, files: [ENGINE_SCRIPT_FILE] });
}
