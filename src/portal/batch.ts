/**
 * The batch runner: audits many report pages politely — a few at a time, spaced by a delay, each with a timeout —
 * and streams every result to the caller as it arrives, so it can be persisted at once (a batch that is killed loses
 * nothing already done). Fetching and auditing are injected: the CLI passes Node's fetch and linkedom, the extension
 * its own fetch and DOMParser. Pure: no Node or browser API beyond timers and AbortController.
 */
import type { AuditResult } from '../model';
import { fetchPolitely, type FailureKind, type FetchedPage, type PageFetcher } from './fetch';

/** Options of {@link runBatch}. */
export interface BatchOptions {
  /** Pages to audit (duplicates are audited once). */
  urls: readonly string[];
  fetchPage: PageFetcher;
  /** Turns a fetched page into an audit result (decode, parse, audit); a throw is recorded as an unreadable page. */
  audit: (page: FetchedPage) => AuditResult | Promise<AuditResult>;
  /** Pages fetched at once (default 2, at most 16). */
  concurrency?: number;
  /** Least time between the starts of two requests, in ms (default 1000). */
  delayMs?: number;
  /** Per-page timeout for the fetch, in ms (default 30 000). */
  timeoutMs?: number;
  /** Cancels the batch: no new page starts, pages in flight are abandoned and not reported. */
  signal?: AbortSignal;
  onProgress?: (progress: BatchProgress) => void;
  /** Pages already done (a resumed batch): skipped without a fetch. */
  isDone?: (url: string) => boolean | Promise<boolean>;
  /**
   * Called once per finished page, in completion order, before the batch moves on from it. If it throws (the result
   * could not be saved), the batch stops rather than go on doing work that would be lost.
   */
  onResult?: (entry: BatchEntry) => void | Promise<void>;
}

/** One finished page: its audit result, or why there is none. */
export type BatchEntry = BatchSuccess | BatchFailure;

export interface BatchSuccess {
  url: string;
  ok: true;
  /** Where the page was after redirects, when it differs. */
  finalUrl?: string;
  result: AuditResult;
  /** Fetch and audit time. */
  ms: number;
}

export interface BatchFailure {
  url: string;
  ok: false;
  kind: Exclude<FailureKind, 'cancelled'>;
  /** Chinese, then English. */
  error: string;
  /** A later run may succeed (timeout, network, server error); a broken link or an unreadable page will not. */
  retryable: boolean;
  status?: number;
  ms: number;
}

/** Where the batch stands. */
export interface BatchProgress {
  total: number;
  /** Finished pages, failures included (skipped ones excluded). */
  done: number;
  failed: number;
  skipped: number;
  /** Pages being fetched or audited. */
  active: number;
  /** The page that just finished, if any. */
  last?: BatchEntry;
}

/** What a batch did. */
export interface BatchSummary {
  entries: BatchEntry[];
  /** Pages skipped because `isDone` said so. */
  skipped: string[];
  /** The batch was cancelled before every page was done. */
  cancelled: boolean;
  /** Why the batch stopped early other than by cancelling: `onResult` failed (Chinese, then English). */
  error?: string;
  ms: number;
}

/** Runs the batch (see the module comment); never rejects, whatever the pages or the callbacks do. */
export async function runBatch(opts: BatchOptions): Promise<BatchSummary> {
  const started = Date.now();
  const concurrency = clamp(Math.floor(opts.concurrency ?? 2), 1, 16);
  const delayMs = Math.max(0, opts.delayMs ?? 1000);
  const timeoutMs = Math.max(1, opts.timeoutMs ?? 30_000);
  const signal = opts.signal;

  const urls = [...new Set(opts.urls.filter((u) => typeof u === 'string' && u.trim() !== ''))];
  const skipped: string[] = [];
  const todo: string[] = [];
  for (const url of urls) ((await safe(() => opts.isDone?.(url), false)) ? skipped : todo).push(url);

  const entries: BatchEntry[] = [];
  const progress: BatchProgress = { total: urls.length, done: 0, failed: 0, skipped: skipped.length, active: 0 };
  const report = (last?: BatchEntry) =>
    void safe(() => opts.onProgress?.({ ...progress, ...(last ? { last } : {}) }), undefined);
  report();

  const gate = spacing(delayMs);
  let next = 0;
  let error: string | undefined;
  const worker = async (): Promise<void> => {
    while (next < todo.length && !signal?.aborted && error === undefined) {
      const url = todo[next++] as string;
      if (!(await gate(signal))) break;
      progress.active++;
      const entry = await auditOne(url, opts, timeoutMs, signal);
      progress.active--;
      // A page abandoned by cancelling is not done: a resumed batch must fetch it again.
      if (!entry) break;
      entries.push(entry);
      progress.done++;
      if (!entry.ok) progress.failed++;
      try {
        await opts.onResult?.(entry);
      } catch (failure) {
        const why = failure instanceof Error ? failure.message : String(failure);
        error ??= `无法保存结果，批量核查已停止：${why}（could not save a result, the batch stopped: ${why}）`;
      }
      report(entry);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, worker));
  const cancelled = !!signal?.aborted && entries.length < todo.length;
  return { entries, skipped, cancelled, ...(error !== undefined ? { error } : {}), ms: Date.now() - started };
}

async function auditOne(
  url: string,
  opts: BatchOptions,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<BatchEntry | undefined> {
  const started = Date.now();
  const fetched = await fetchPolitely(opts.fetchPage, url, timeoutMs, signal);
  const ms = () => Date.now() - started;
  if ('failure' in fetched) {
    const { kind, ...failure } = fetched.failure;
    if (kind === 'cancelled') return undefined;
    return { url, ok: false, kind, ...failure, ms: ms() };
  }
  const { page } = fetched;
  try {
    const result = await opts.audit(page);
    if (signal?.aborted) return undefined;
    const finalUrl = page.finalUrl && page.finalUrl !== url ? { finalUrl: page.finalUrl } : {};
    return { url, ok: true, ...finalUrl, result, ms: ms() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { url, ok: false, kind: 'unreadable', retryable: false, error: message, ms: ms() };
  }
}

/**
 * Spaces request starts at least `delayMs` apart across all workers (a portal sees one polite client, not N).
 * Resolves false when the batch is cancelled while waiting.
 */
function spacing(delayMs: number): (signal?: AbortSignal) => Promise<boolean> {
  let nextStart = 0;
  return async (signal) => {
    const now = Date.now();
    const at = Math.max(now, nextStart);
    nextStart = at + delayMs;
    if (at > now) await sleep(at - now, signal);
    return !signal?.aborted;
  };
}

/** Waits `ms`, or less when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Runs a caller's callback; a throw or rejection there must not stop the batch. */
async function safe<T>(run: () => T | Promise<T> | undefined, fallback: T): Promise<T> {
  try {
    return (await run()) ?? fallback;
  } catch {
    return fallback;
  }
}

function clamp(n: number, min: number, max: number): number {
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : min;
}
