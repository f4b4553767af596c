/**
 * How the popup and the side panel get their tab's view: the extension calls `connect` needs, and the first view,
 * asked for by the entries before the views' code has loaded so that the round trip to the page overlaps the
 * loading (src/popup/main.tsx, src/panel/main.tsx). Small on purpose: the entries import it first.
 */
import { askContent, injectContentScript, loadSettings, tabUrl } from '../platform/page-api';
import type { Settings } from '../platform/settings';
import { connect, type Port, type View } from './connect';
import { loadLocale } from './i18n';

export const port: Port = {
  ask: askContent,
  inject: injectContentScript,
  url: tabUrl,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The tab's view, asked for at once; a failure to ask is a view too (the popup says what went wrong). */
export function askTab(tabId: number): Promise<View> {
  return connect(port, tabId).catch((error: unknown): View => ({
    kind: 'failed',
    error: error instanceof Error ? error.message : String(error),
  }));
}

/** The settings, once the strings of their language are loaded (what the entries draw with). */
export async function settingsWithStrings(): Promise<Settings> {
  const settings = await loadSettings();
  await loadLocale(settings.lang);
  return settings;
}

/**
 * How long an entry waits for the tab's first view before drawing the loading view: the page frame (a spinner) is
 * on screen meanwhile, and a view that arrives in time is drawn straight away, in one render instead of two.
 */
export const FIRST_VIEW_WAIT_MS = 250;

/**
 * The view if it arrives within `ms`, else undefined (the entry then gives the app the promise, and the loading view
 * is drawn until it settles). Not the promise itself: an async function returning a promise would wait for it.
 */
export async function viewWithin(view: Promise<View>, ms = FIRST_VIEW_WAIT_MS): Promise<View | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([view, late]);
  } finally {
    clearTimeout(timer);
  }
}
