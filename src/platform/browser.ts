/**
 * The extension API through webextension-polyfill, so one code base serves Chrome, Edge and Firefox: the background
 * worker's calls, and the pages' (./page-api.ts) for the pages that load the polyfill anyway. Each context imports
 * the few functions it needs; messages are validated on arrival.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { parseToBackground, type ToBackground, type ToContent } from './messages';
import { parseEngineRequest, type EngineReply, type EngineRequest } from './engine-messages';
import * as page from './page-api';
import type { Settings } from './settings';

// The pages' calls, made through the polyfill here (the popup and the side panel make them without: ./page-api.ts).

/** The stored settings, with defaults. */
export const loadSettings = (): Promise<Settings> => page.loadSettings(browser);

/** Stores some settings; every context listening with onSettingsChanged hears of it. */
export const saveSettings = (patch: Partial<Settings>): Promise<void> => page.saveSettings(patch, browser);

/** Sends a request to the content script of the tab's top frame; rejects when none is listening. */
export const askContent = (tabId: number, request: ToContent): Promise<unknown> =>
  page.askContent(tabId, request, browser);

/** Background: calls `listener` with each valid summary and the tab it came from. */
export function onSummary(listener: (tabId: number, summary: ToBackground) => void): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const summary = parseToBackground(message);
    const tabId = sender.tab?.id;
    // Summaries come from our content script in a tab's top frame; anything else is not ours to draw.
    if (!summary || tabId === undefined || sender.id !== browser.runtime.id || sender.frameId !== 0) return undefined;
    listener(tabId, summary);
    return undefined;
  });
}

/**
 * Background: runs the engine for content scripts (src/background/engine.ts), on validated requests from our own
 * content scripts in tabs only.
 */
export function serveEngine(handler: (request: EngineRequest) => Promise<EngineReply>): void {
  serveContentScripts(parseEngineRequest, handler);
}

/** Background: answers the requests `parse` accepts, from our own content scripts in tabs; ignores everything else. */
function serveContentScripts<T, R>(parse: (message: unknown) => T | null, handler: (request: T) => Promise<R>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const request = parse(message);
    if (!request || sender.id !== browser.runtime.id || sender.tab?.id === undefined) return undefined;
    return handler(request);
  });
}

/** Background: calls `listener` when a tab starts loading ('loading') and when it has loaded ('complete'). */
export function onTabStatus(listener: (tabId: number, status: 'loading' | 'complete') => void): void {
  // `status` is reported without the "tabs" permission; the URL is not needed.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.status === 'complete') listener(tabId, change.status);
  });
}

/** How a tab's toolbar button looks. */
export interface ActionLook {
  text: string;
  background: string;
  textColor: string;
  /** Whether to show the "report found" icon. */
  found: boolean;
  /** The toolbar title (tooltip), saying in words what the badge shows. */
  title?: string;
}

/** Background: draws a tab's badge and icon. Errors (a closed tab) are swallowed: there is nothing left to draw. */
export async function drawTabAction(tabId: number, look: ActionLook): Promise<void> {
  const prefix = look.found ? 'icons/icon-found-' : 'icons/icon-';
  const path = Object.fromEntries([16, 32, 48, 128].map((size) => [String(size), `${prefix}${size}.png`]));
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: look.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: look.background }),
      // Older browsers have no setBadgeTextColor; the default white is fine on red.
      browser.action.setBadgeTextColor?.({ tabId, color: look.textColor }),
      browser.action.setIcon({ tabId, path }),
      look.title === undefined ? undefined : browser.action.setTitle({ tabId, title: look.title }),
    ]);
  } catch {
    // The tab was closed or navigated away in the meantime.
  }
}
