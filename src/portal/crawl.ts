/**
 * Reading a portal's annual-report column: the first listing page, then its pagination, one page at a time with a
 * delay between requests, up to a bound. Fetching and parsing are injected (see batch.ts). Never rejects.
 */
import { sleep } from './batch';
import { fetchPolitely, type FetchedPage, type PageFetcher } from './fetch';
import { findReportLinks, looksLikeListing, type RefusedLink, type ReportLink } from './listing';

/** Options of {@link crawlListing}. */
export interface CrawlOptions {
  /** The listing page's address. */
  start: string;
  fetchPage: PageFetcher;
  /** Fetched page → Document (decoding its charset); undefined when it is not HTML. */
  parse: (page: FetchedPage) => Document | undefined;
  /** Most listing pages read, the first included (default 20). */
  maxPages?: number;
  /** Time between two requests in ms (default 1000). */
  delayMs?: number;
  /** Per-page timeout in ms (default 30 000). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called after each listing page with the number of report links found on it. */
  onPage?: (url: string, found: number) => void;
}

/** What the column holds. */
export interface CrawlResult {
  /** The start page is a listing (false: it is a single page, to be audited as such). */
  listing: boolean;
  /** Report links of every page read, in page order, each address once. */
  links: ReportLink[];
  /** Listing pages read. */
  pages: string[];
  /** Listing pages that could not be read (the start page included), with why. */
  errors: Array<{ url: string; error: string }>;
  /** Report links that were not followed because they are not http(s) (file:, javascript:, data:…), each once. */
  refused: RefusedLink[];
  /** More pages were announced than `maxPages` allowed. */
  truncated: boolean;
}

/** Reads the listing and its pagination (breadth-first, each page once, at most `maxPages`). */
export async function crawlListing(opts: CrawlOptions): Promise<CrawlResult> {
  const maxPages = Math.max(1, opts.maxPages ?? 20);
  const delayMs = Math.max(0, opts.delayMs ?? 1000);
  const timeoutMs = Math.max(1, opts.timeoutMs ?? 30_000);
  const result: CrawlResult = { listing: false, links: [], pages: [], errors: [], refused: [], truncated: false };
  const seen = new Set<string>([opts.start]);
  const queue = [opts.start];
  const found = new Set<string>();
  while (queue.length > 0 && !opts.signal?.aborted) {
    if (result.pages.length + result.errors.length >= maxPages) {
      result.truncated = true;
      break;
    }
    const url = queue.shift() as string;
    if (url !== opts.start) await sleep(delayMs, opts.signal);
    const fetched = await fetchPolitely(opts.fetchPage, url, timeoutMs, opts.signal);
    if ('failure' in fetched) {
      if (fetched.failure.kind !== 'cancelled') result.errors.push({ url, error: fetched.failure.error });
      continue;
    }
    const base = fetched.page.finalUrl ?? url;
    let doc: Document | undefined;
    try {
      doc = opts.parse(fetched.page);
    } catch {
      doc = undefined;
    }
    if (!doc) {
      result.errors.push({ url, error: `不是网页，无法读取链接（not an HTML page: ${url}）` });
      continue;
    }
    // Only the start page decides whether this is a listing; a later page of it may hold a single item.
    if (url === opts.start) {
      result.listing = looksLikeListing(doc, base);
      if (!result.listing) return result;
    }
    result.pages.push(url);
    const { links, nextPages, refused } = findReportLinks(doc, base);
    for (const link of refused) if (!result.refused.some((r) => r.href === link.href)) result.refused.push(link);
    for (const link of links) {
      if (found.has(link.url)) continue;
      found.add(link.url);
      result.links.push(link);
    }
    opts.onPage?.(url, links.length);
    for (const next of nextPages) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return result;
}
