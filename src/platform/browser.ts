/**
 * The only module that touches the extension API (through webextension-polyfill, so one code base serves Chrome,
 * Edge and Firefox). Each context imports the few functions it needs; messages are validated on arrival.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { AuditResult } from '../model';
import {
  parseLastYearRequest,
  parseToBackground,
  type LastYearReply,
  type ToBackground,
  type ToContent,
} from './messages';
import { parseEngineRequest, type EngineReply, type EngineRequest } from './engine-messages';
import { ENGINE_SCRIPT_FILE } from './engine-script';
import { readSettings, type Settings } from './settings';

/** The stored settings, with defaults. */
export async function loadSettings(): Promise<Settings> {
  return readSettings(browser.storage);
}

/** Stores some settings; every context listening with onSettingsChanged hears of it. */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await browser.storage.local.set(patch);
}

/** Popup: sends a request to the content script of the tab's top frame; rejects when none is listening. */
export async function askContent(tabId: number, request: ToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request, { frameId: 0 });
}

/** Popup: the tab the popup belongs to (its URL is known only where activeTab has been granted). */
export async function activeTab(): Promise<{ id: number; url?: string } | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** Popup: the URL of a tab, when the extension may know it (activeTab grant or a matching host). */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

/**
 * Popup: injects the full content script into a tab on demand (the activeTab grant of the user's click covers any
 * ordinary page) — outside the portals, and on a portal page where the loader found nothing to load it for (the
 * manifest declares only the loader, src/content/loader.ts). A page that already has it keeps it (it runs once).
 */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [ENGINE_SCRIPT_FILE] });
}

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
 * Background: answers content scripts' last-year requests (validated; a request from anything but our own content
 * script in a tab is ignored).
 */
export function serveLastYear(handler: (result: AuditResult) => Promise<LastYearReply>): void {
  serveContentScripts(parseLastYearRequest, (request) => handler(request.result));
}

/**
 * Background: runs the engine for content scripts (src/background/engine.ts), on validated requests from our own
 * content scripts in tabs only.
 */
export function serveEngine(handler: (request: EngineRequest) => EngineReply): void {
  serveContentScripts(parseEngineRequest, async (request) => handler(request));
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
