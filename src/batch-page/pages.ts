/**
 * Reading portal pages in the extension: the extension's own fetch (with the host permission the user granted, so
 * no CORS), bytes decoded by BOM > HTTP charset > <meta charset> > UTF-8 > GB18030 (old portals are GBK) with the same
 * decoder as the CLI, parsed with the page's DOMParser, audited with the shared facade (src/audit.ts).
 */
import type { AuditResult, Lang } from '../model';
import type { FetchedPage, PageFetcher } from '../portal';
import {
  auditFetched as sharedAudit,
  fetchedPage,
  PAGE_ACCEPT,
  pageDocument as sharedPageDocument,
} from '../portal/page';

/**
 * A PageFetcher over `fetch`: follows redirects, keeps the bytes for decoding (at most MAX_PAGE_BYTES); rejects on
 * network errors and abort, and with PageRefused for a page too large or whose final address, after redirects, is not
 * http(s) or not `allowed` (then its body is not read). An extension page cannot see a redirect's Location (an opaque
 * redirect), so the browser follows it and the address it ended at is checked before the body is read.
 */
export function extensionFetcher(
  fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args),
  opts: { allowed?: (url: string) => boolean | Promise<boolean> } = {},
): PageFetcher {
  return async (url, signal) => {
    const response = await fetchImpl(url, {
      signal,
      redirect: 'follow',
      // A portal's report pages are static; the user's cookies are not ours to send along.
      credentials: 'omit',
      headers: { Accept: PAGE_ACCEPT },
    });
    return fetchedPage(url, response, opts.allowed ? { allowed: opts.allowed } : {});
  };
}

/** The page as a Document, or undefined when it is plain text (crawlListing's `parse`). */
export function pageDocument(page: FetchedPage, parser: DOMParser): Document | undefined {
  return sharedPageDocument(page, (html) => parser.parseFromString(html, 'text/html'));
}

/** Audits a fetched page under the address the batch knows it by; also returns its Document when it is HTML. */
export function auditFetched(
  page: FetchedPage,
  lang: Lang,
  parser: DOMParser,
): { result: AuditResult; doc?: Document } {
  return sharedAudit(page, lang, (html) => parser.parseFromString(html, 'text/html'));
}

export { pageText, type PageText } from '../portal/page';
