/**
 * One polite page fetch through an injected fetcher (Node's fetch in the CLI, the extension's fetch in a browser):
 * a per-page timeout, cancellation, and every failure turned into a bilingual error naming its kind. Never throws.
 */

/** A page as the injected fetcher returns it. */
export interface FetchedPage {
  /** The address asked for (the batch's key for the page). */
  url: string;
  /** Where the page was in the end, after redirects, when known. */
  finalUrl?: string;
  /** HTTP status; 400 and above is an error. Absent for local files. */
  status?: number;
  /** The Content-Type header (its charset decides how bytes decode). */
  contentType?: string;
  /** The page as text, when the fetcher already decoded it. */
  html?: string;
  /** The raw bytes, for the audit to decode (GBK pages declare their charset in a <meta>). */
  bytes?: Uint8Array;
}

/** Fetches one page; honours `signal` and must reject when it aborts. */
export type PageFetcher = (url: string, signal: AbortSignal) => Promise<FetchedPage>;

/**
 * Why a page could not be had: HTTP status, timeout, network, unreadable content, larger than the size cap, refused
 * by the link policy (not http(s), a host the user did not grant, a redirect to either), or the batch was cancelled.
 */
export type FailureKind = 'http' | 'timeout' | 'network' | 'unreadable' | 'too-large' | 'refused' | 'cancelled';

/** Every failure kind a stored or journalled entry may have (for validating records read back). */
export const FAILURE_KINDS: readonly FailureKind[] = [
  'http',
  'timeout',
  'network',
  'unreadable',
  'too-large',
  'refused',
  'cancelled',
];

/**
 * A page the fetcher would not read: too large, or an address (or redirect) the policy refuses. Thrown by fetchers
 * and fetchedPage; fetchPolitely turns it into a failure of its kind instead of a network error.
 */
export class PageRefused extends Error {
  readonly refusal = true;
  constructor(
    readonly kind: 'too-large' | 'refused',
    /** Why, in Chinese and in English (the message is both: "zh（en）"). */
    readonly zh: string,
    readonly en: string,
    /** A later run may succeed (the user may grant the host meanwhile). */
    readonly retryable = false,
  ) {
    super(`${zh}（${en}）`);
    this.name = 'PageRefused';
  }
}

/** True for a {@link PageRefused} (also across bundles, where `instanceof` may not hold). */
export function isPageRefused(error: unknown): error is PageRefused {
  return typeof error === 'object' && error !== null && (error as { refusal?: unknown }).refusal === true;
}

/** A failed fetch (or audit): its kind, a message in Chinese then English, and whether trying later may help. */
export interface PageFailure {
  kind: FailureKind;
  error: string;
  retryable: boolean;
  status?: number;
}

/** Fetches `url` within `timeoutMs`; resolves to the page or a failure, never rejects. */
export async function fetchPolitely(
  fetchPage: PageFetcher,
  url: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<{ page: FetchedPage } | { failure: PageFailure }> {
  if (signal?.aborted) return { failure: cancelled() };
  const ctrl = new AbortController();
  let timedOut = false;
  const onAbort = () => ctrl.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort(new Error('timeout'));
  }, timeoutMs);
  try {
    // A fetcher that ignores its signal must not hold the batch: the race settles on abort regardless.
    const page = await Promise.race([fetchPage(url, ctrl.signal), rejectOnAbort(ctrl.signal)]);
    const status = page.status;
    if (status !== undefined && status >= 400) return { failure: httpFailure(status) };
    return { page };
  } catch (error) {
    if (isPageRefused(error))
      return { failure: { kind: error.kind, retryable: error.retryable, error: error.message } };
    if (timedOut) {
      return {
        failure: {
          kind: 'timeout',
          retryable: true,
          error: `${seconds(timeoutMs)} 秒内未响应（no response within ${seconds(timeoutMs)} s）`,
        },
      };
    }
    if (signal?.aborted) return { failure: cancelled() };
    return { failure: networkFailure(error) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

function httpFailure(status: number): PageFailure {
  const zh =
    status === 404 || status === 410 ? '页面不存在（链接失效）' : status >= 500 ? '服务器出错' : '服务器拒绝访问';
  const en =
    status === 404 || status === 410
      ? 'page not found (broken link)'
      : status >= 500
        ? 'server error'
        : 'refused by the server';
  // 429 and 5xx are the server's passing trouble; 4xx is the link's.
  return {
    kind: 'http',
    status,
    retryable: status >= 500 || status === 429 || status === 408,
    error: `HTTP ${status}：${zh}（${en}）`,
  };
}

function networkFailure(error: unknown): PageFailure {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return { kind: 'network', retryable: true, error: `无法下载：${detail}（download failed: ${detail}）` };
}

function cancelled(): PageFailure {
  return { kind: 'cancelled', retryable: true, error: '已取消（cancelled）' };
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}
