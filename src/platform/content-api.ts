/**
 * The extension API as the full content script (src/content/index.ts) uses it: the browser's own namespace, not
 * webextension-polyfill. The script needs five calls, which both browsers already give with promises — `chrome.*` in
 * Chromium MV3, `browser.*` in Firefox — and answers the popup with `sendResponse`, which both support; the polyfill
 * would add a tenth of the script's size to every report page for nothing (docs/performance.md). The extension's
 * pages and worker keep the polyfill (./browser.ts). Messages are validated on arrival, as there.
 */
import { parseEngineReply, type EngineAnswers, type EngineFailed, type EngineRequest } from './engine-messages';
import { parseToContent, type ContentState, type LocateReply, type ToBackground, type ToContent } from './messages';
import { readSettings, watchSettings, type Settings, type SettingsStorage } from './settings';

/** A message listener: it answers through `sendResponse` and returns true while the answer is on its way. */
type MessageListener = (
  message: unknown,
  sender: { id?: string },
  sendResponse: (reply: unknown) => void,
) => true | undefined;

/** The calls of the browser's own namespace the content script makes. */
export interface ContentApi {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: MessageListener): void };
  };
  storage: SettingsStorage;
}

/** The browser's namespace: Firefox's `browser`, else Chromium's `chrome` (whose MV3 calls return promises too). */
export function contentApi(scope: object = globalThis): ContentApi {
  const { browser, chrome } = scope as { browser?: ContentApi; chrome?: ContentApi };
  const api = browser?.runtime ? browser : chrome;
  if (!api?.runtime) throw new Error('no extension API');
  return api;
}

/** The stored settings, with defaults. */
export function loadSettings(api: ContentApi = contentApi()): Promise<Settings> {
  return readSettings(api.storage);
}

/** Stores some settings; every context listening for them hears of it. */
export async function saveSettings(patch: Partial<Settings>, api: ContentApi = contentApi()): Promise<void> {
  await api.storage.local.set(patch);
}

/** Calls `listener` with the new settings whenever one of ours changes. */
export function onSettingsChanged(listener: (settings: Settings) => void, api: ContentApi = contentApi()): void {
  watchSettings(api.storage, listener);
}

/**
 * Answers the popup's requests (invalid messages are ignored, so other listeners may answer). `handler` must not
 * reject (src/content/index.ts turns every error into a 'failed' state); if it did, the popup would get no answer.
 */
export function serveContentRequests(
  handler: (request: ToContent) => Promise<ContentState | LocateReply>,
  api: ContentApi = contentApi(),
): void {
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our extension's pages can message a content script (tabs.sendMessage); check the id all the same.
    if (sender.id !== api.runtime.id) return undefined;
    const request = parseToContent(message);
    if (!request) return undefined;
    handler(request).then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}

/** Tells the background worker what to show on this tab's badge. Never throws. */
export function sendSummary(summary: ToBackground, api: ContentApi = contentApi()): void {
  api.runtime.sendMessage(summary).catch(() => {
    // The worker may be restarting; the next audit sends a fresh summary.
  });
}

/**
 * Sends a request to the worker's engine (src/background/engine.ts) and resolves with its validated answer;
 * rejects, saying why, when the engine failed or no valid answer came (the worker is restarting, or the extension
 * was reloaded under the page).
 */
export async function askEngine<R extends EngineRequest>(
  request: R,
  api: ContentApi = contentApi(),
): Promise<EngineAnswers[R['type']]> {
  const reply: EngineAnswers[R['type']] | EngineFailed | null = parseEngineReply<R['type']>(
    await api.runtime.sendMessage(request),
    request.type,
  );
  if (!reply) throw new Error('the extension did not answer the audit request');
  if ('error' in reply) throw new Error(reply.error);
  return reply;
}
