/**
 * How the popup reaches its tab: ask the content script; if none answers (a page outside *.gov.cn), inject it on
 * demand under the activeTab grant of the user's click; if the browser refuses (chrome://, the store, the PDF
 * viewer), say the page cannot be audited. Extension calls are parameters, so this logic is unit-tested.
 */
import { parseContentState, type ContentState, type ToContent } from '../platform/messages';

/** What the popup shows. */
export type View =
  | { kind: 'loading' }
  | { kind: 'restricted'; reason: RestrictedReason; url?: string }
  | { kind: 'page'; state: ContentState }
  | { kind: 'failed'; error: string };

/**
 * Why the popup cannot read the tab: a browser page, a local file without the opt-in, a PDF in the browser's viewer
 * (its address ends in .pdf), or a web address the browser would not let the script into — on a portal that is
 * almost always a file shown in the viewer, served from an address without ".pdf" (`download.jsp?id=…`).
 */
export type RestrictedReason = 'browser' | 'file' | 'pdf' | 'viewer';

/** The extension calls `connect` needs (src/platform/browser.ts in the popup). */
export interface Port {
  ask(tabId: number, request: ToContent): Promise<unknown>;
  inject(tabId: number): Promise<void>;
  url(tabId: number): Promise<string | undefined>;
  sleep(ms: number): Promise<void>;
}

/** Asks the tab's content script for its state (injecting it first if needed) and returns what to show. */
export async function connect(port: Port, tabId: number, request: ToContent = { type: 'get-state' }): Promise<View> {
  // The tab's address and its content script are asked at once (two round trips in the time of one): the answer is
  // used only when the address allows it, and asking a tab where no script of ours listens does nothing.
  const asking = tryAsk(port, tabId, request);
  const url = await port.url(tabId);
  const restricted = restrictedReason(url);
  if (restricted) return { kind: 'restricted', reason: restricted, url };
  // A PDF opens in the browser's viewer, where no content script runs: the popup offers to audit the file itself.
  if (url !== undefined && isPdfUrl(url)) return { kind: 'restricted', reason: 'pdf', url };
  const first = await asking;
  if (first.answered) return first.view;
  try {
    await port.inject(tabId);
  } catch {
    return { kind: 'restricted', reason: restrictedReason(url, true) ?? 'browser', url };
  }
  // The injected script registers its listener after reading the settings: give it a moment.
  for (let attempt = 0; attempt < 20; attempt++) {
    const next = await tryAsk(port, tabId, request);
    if (next.answered) return next.view;
    await port.sleep(100);
  }
  return { kind: 'failed', error: 'The content script did not answer after injection.' };
}

/** Sends a request and turns the answer into a view; `answered: false` when no content script is listening. */
async function tryAsk(port: Port, tabId: number, request: ToContent): Promise<{ answered: boolean; view: View }> {
  let reply: unknown;
  try {
    reply = await port.ask(tabId, request);
  } catch {
    return { answered: false, view: { kind: 'loading' } };
  }
  // `undefined` means some listener ran but none of ours answered (another build of us, or a stale script).
  if (reply === undefined) return { answered: false, view: { kind: 'loading' } };
  const state = parseContentState(reply);
  return state
    ? { answered: true, view: { kind: 'page', state } }
    : { answered: true, view: { kind: 'failed', error: 'The page answered with a malformed message.' } };
}

/**
 * Why a URL cannot be audited, if we can tell from the URL alone: browser pages and stores refuse extensions, local
 * files need a separate opt-in, PDFs open in a viewer we cannot read. With `failed` (the injection was refused), any
 * URL is restricted, and a web address the browser kept us out of is a file in its viewer (`viewer`): the popup
 * offers to download and audit it, and the attachment page tells by the file's first bytes whether it is a report
 * file at all (src/portal/document-kind.ts) — a page that is not one is "not audited", never read as one.
 */
export function restrictedReason(url: string | undefined, failed = false): RestrictedReason | null {
  if (!url) return failed ? 'browser' : null;
  const lower = url.toLowerCase();
  if (lower.startsWith('file:')) return failed ? 'file' : null;
  if (isPdfUrl(lower)) return failed ? 'pdf' : null;
  if (BROWSER_PAGES.some((prefix) => lower.startsWith(prefix))) return 'browser';
  if (!failed) return null;
  return /^https?:\/\//.test(lower) ? 'viewer' : 'browser';
}

/** An http(s) address naming a PDF file (what the browser shows in its PDF viewer). */
export function isPdfUrl(url: string): boolean {
  return /^https?:/i.test(url) && /\.pdf(?:[?#]|$)/i.test(url);
}

const BROWSER_PAGES = [
  'chrome:',
  'edge:',
  'about:',
  'brave:',
  'opera:',
  'vivaldi:',
  'devtools:',
  'view-source:',
  'chrome-extension:',
  'moz-extension:',
  'extension:',
  'https://chrome.google.com/webstore',
  'https://chromewebstore.google.com',
  'https://microsoftedge.microsoft.com/addons',
  'https://addons.mozilla.org',
];
