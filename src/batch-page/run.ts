/**
 * One "audit all" of a listing, as the batch page runs it: read the listing and its pagination (bounded), audit
 * every report politely (src/portal runBatch), store each page the moment it is done — so closing the tab loses
 * nothing, and reopening it skips what is stored — then follow report pages' links to last year's reports that are
 * known neither from this batch nor from memory (one hop). Extension and DOM calls are injected, so this runs under
 * Node in the tests against a local portal.
 */
import type { AuditResult, Lang } from '../model';
import {
  crawlListing,
  findPreviousLink,
  PageRefused,
  reportKey,
  runBatch,
  type BatchEntry,
  type BatchProgress,
  type FetchedPage,
  type PageFetcher,
} from '../portal';
import type { PageStore } from '../platform/store';

/** What a run needs from its surroundings. */
export interface RunDeps {
  store: PageStore;
  fetchPage: PageFetcher;
  /** Fetched page → Document (undefined for plain text). */
  parse: (page: FetchedPage) => Document | undefined;
  /** Fetched page → audit result (and its Document when HTML). */
  audit: (page: FetchedPage) => { result: AuditResult; doc?: Document };
  /**
   * Whether pages at this address may be fetched: its origin is one the user granted (optional host permissions).
   * Asked before every request and again of the address a page ended at after redirects; a page refused is
   * neither read nor audited, and is listed as skipped with why.
   */
  allowed: (url: string) => boolean | Promise<boolean>;
}

/** Options of {@link runListing}. */
export interface RunOptions {
  /** The listing page's address. */
  listing: string;
  lang: Lang;
  /** Audit every page again, stored or not ("re-audit all"). */
  reaudit?: boolean;
  concurrency?: number;
  delayMs?: number;
  timeoutMs?: number;
  /** Most listing pages read (default 20). */
  maxPages?: number;
  /** Follow report pages' links to last year's reports (default true). */
  follow?: boolean;
  signal?: AbortSignal;
  onEvent?: (event: RunEvent) => void;
}

/** What the page hears while a run goes on. */
export type RunEvent =
  /** The listing has been read: its pages and the report links on them. */
  | { type: 'listing'; pages: number; links: number; truncated: boolean }
  /** Where the batch stands, and the pages being fetched right now. */
  | { type: 'progress'; progress: BatchProgress; fetching: string[] }
  /** A page is done and stored. */
  | { type: 'entry'; entry: BatchEntry };

/** How a run ended. */
export interface RunOutcome {
  /** The start page was a listing (false: it was audited as a single page). */
  listing: boolean;
  /** Report links found on the listing's pages. */
  links: number;
  /** Listing pages that could not be read, with why (Chinese, then English). */
  crawlErrors: Array<{ url: string; error: string }>;
  truncated: boolean;
  /** Pages audited in this run, and pages skipped because they were stored. */
  audited: number;
  skipped: number;
  /** Last year's reports reached by following a report page's link. */
  followed: number;
  /** Report links on the listing that were not followed because they are not http(s) (file:, javascript:…). */
  refused: number;
  cancelled: boolean;
  /** Why the run stopped early other than by cancelling (a result could not be stored). */
  error?: string;
}

/** Runs "audit all" for a listing (see the module comment). Never rejects. */
export async function runListing(opts: RunOptions, deps: RunDeps): Promise<RunOutcome> {
  const polite = {
    ...(opts.delayMs !== undefined ? { delayMs: opts.delayMs } : {}),
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
  const emit = (event: RunEvent) => {
    try {
      opts.onEvent?.(event);
    } catch {
      // A view that failed to draw must not stop the batch.
    }
  };
  const fetching = new Set<string>();
  const fetchPage: PageFetcher = async (url, signal) => {
    if (!(await allowed(deps, url))) throw notGranted(url);
    fetching.add(url);
    try {
      const page = await deps.fetchPage(url, signal);
      // The fetcher checks the final address before reading (pages.ts); checked again here before anything is kept.
      if (page.finalUrl && page.finalUrl !== url && !(await allowed(deps, page.finalUrl)))
        throw notGranted(page.finalUrl, true);
      return page;
    } finally {
      fetching.delete(url);
    }
  };

  const crawl = await crawlListing({
    start: opts.listing,
    fetchPage,
    parse: deps.parse,
    maxPages: opts.maxPages ?? 20,
    ...polite,
  });
  const outcome: RunOutcome = {
    listing: crawl.listing,
    links: crawl.links.length,
    crawlErrors: crawl.errors,
    truncated: crawl.truncated,
    audited: 0,
    skipped: 0,
    followed: 0,
    refused: crawl.refused.length,
    cancelled: !!opts.signal?.aborted,
  };
  if (outcome.cancelled || (crawl.errors.length > 0 && crawl.pages.length === 0)) return outcome;
  emit({ type: 'listing', pages: crawl.pages.length, links: crawl.links.length, truncated: crawl.truncated });
  // Report links that are not http(s) are never fetched; they are listed (and exported) as skipped, with why.
  for (const link of crawl.refused) {
    const entry: BatchEntry = {
      url: link.href,
      ok: false,
      kind: 'refused',
      retryable: false,
      error: notWeb(link.href),
      ms: 0,
    };
    try {
      await deps.store.putEntry(entry, opts.listing);
    } catch {
      // Shown even when it cannot be kept.
    }
    emit({ type: 'entry', entry });
  }

  const previousLinks = new Map<string, string>();
  const audit = (page: FetchedPage): AuditResult => {
    const { result, doc } = deps.audit(page);
    if (doc && result.report.detected) {
      const link = findPreviousLink(doc, result.report, page.finalUrl ?? page.url);
      if (link) previousLinks.set(page.url, link.url);
    }
    return result;
  };
  const run = (urls: string[]) =>
    runBatch({
      urls,
      fetchPage,
      audit,
      ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
      ...polite,
      isDone: opts.reaudit ? undefined : (url) => deps.store.isSettled(url),
      // Stored before the batch moves on: a closed tab has lost nothing that was reported done.
      onResult: async (entry) => {
        await deps.store.putEntry(entry, opts.listing);
        emit({ type: 'entry', entry });
      },
      onProgress: (progress) => emit({ type: 'progress', progress, fetching: [...fetching] }),
    });

  // A start page that is not a listing is the one page to audit.
  const urls = crawl.listing ? crawl.links.map((l) => l.url) : [opts.listing];
  let summary = await run(urls);
  outcome.audited += summary.entries.length;
  outcome.skipped += summary.skipped.length;

  if (opts.follow !== false && !summary.cancelled && !summary.error) {
    const extra = await previousToFollow(deps.store, previousLinks, new Set(urls));
    if (extra.length > 0) {
      summary = await run(extra);
      outcome.audited += summary.entries.length;
      outcome.skipped += summary.skipped.length;
      outcome.followed = extra.length;
    }
  }
  outcome.cancelled = summary.cancelled;
  if (summary.error) outcome.error = summary.error;
  return outcome;
}

async function allowed(deps: RunDeps, url: string): Promise<boolean> {
  try {
    return await deps.allowed(url);
  } catch {
    return false;
  }
}

/** The refusal of an address whose site the user did not grant (retryable: the user may grant it later). */
function notGranted(url: string, redirected = false): PageRefused {
  const host = hostOf(url);
  return redirected
    ? new PageRefused(
        'refused',
        `重定向到未授权的网站 ${host}，未读取`,
        `redirected to ${host}, a site not granted; not read`,
        true,
      )
    : new PageRefused('refused', `未获准访问 ${host}，未下载`, `skipped: no access granted to ${host}`, true);
}

function notWeb(href: string): string {
  const shown = href.length > 80 ? `${href.slice(0, 79)}…` : href;
  return `不是 http(s) 链接，未下载（skipped: not an http(s) link: ${shown}）`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/**
 * Links to last year's reports (found on the pages audited in this run) whose report is known neither from the
 * listing nor from memory. Pages a resumed run skipped had theirs followed by the run that audited them, unless that
 * run was interrupted first (then "re-audit all" follows them).
 */
async function previousToFollow(
  store: PageStore,
  found: ReadonlyMap<string, string>,
  queued: ReadonlySet<string>,
): Promise<string[]> {
  const out = new Set<string>();
  for (const [url, link] of found) {
    if (queued.has(link) || out.has(link)) continue;
    const entry = await store.getEntry(url);
    const key = entry?.ok ? reportKey(entry.result.report) : undefined;
    if (!key || (await store.get(key.agencyKey, key.year - 1))) continue;
    out.add(link);
  }
  return [...out];
}
