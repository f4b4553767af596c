/**
 * The batch CLI's Node side: fetching pages (http(s) with Node's fetch, or local files), turning a fetched page into
 * an audit result with the same engine and decoding as `gov-report-audit` (GBK by header or <meta>), and expanding
 * the command line's inputs (a listing URL, a file of URLs, a folder of saved pages).
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AuditResult, Lang } from '../model';
import { PageRefused, type FetchedPage } from '../portal/fetch';
import {
  auditFetched,
  fetchedPage,
  fetchFollowing,
  PAGE_ACCEPT,
  pageDocument as sharedPageDocument,
} from '../portal/page';
import { isWebUrl } from '../portal/url-policy';
import { parseHtml } from './dom';
import { USER_AGENT } from './input';
import { readLocalFile } from './local-file';

/**
 * Fetches an http(s) URL (redirects followed by hand, http(s) only, the body capped), or reads a local file (a path or
 * file: URL) — but only one in `localPaths`, the files the user named on the command line: an address taken from a
 * page (a link, a redirect) never reads a local file. Rejects on network errors, on abort, and with PageRefused.
 */
export async function fetchPage(
  url: string,
  signal: AbortSignal,
  fetcher: typeof fetch = fetch,
  localPaths: ReadonlySet<string> = new Set(),
): Promise<FetchedPage> {
  if (isWebUrl(url)) {
    const { response, url: finalUrl } = await fetchFollowing(fetcher, url, {
      headers: { 'User-Agent': USER_AGENT, Accept: PAGE_ACCEPT },
      signal,
    });
    return fetchedPage(url, response, { finalUrl });
  }
  const path = localPath(url);
  if (path === undefined || !localPaths.has(path)) {
    throw new PageRefused(
      'refused',
      `不读取页面中指向的本地文件或非 http(s) 地址：${url}`,
      `not read: ${url} is not http(s) and was not named on the command line`,
    );
  }
  return readLocalPage(url, path);
}

/** A path or file: URL as an absolute path; undefined for any other scheme. */
export function localPath(spec: string): string | undefined {
  if (/^file:/i.test(spec)) {
    try {
      return fileURLToPath(spec);
    } catch {
      return undefined;
    }
  }
  return /^[a-z][a-z\d+.-]*:/i.test(spec) && !/^[a-z]:[\\/]/i.test(spec) ? undefined : resolve(spec);
}

async function readLocalPage(spec: string, path: string): Promise<FetchedPage> {
  try {
    return { url: spec, bytes: await readLocalFile(path), contentType: TYPES[extname(path).toLowerCase()] ?? '' };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A missing file is a broken link, as a 404 is on a server.
    if (code === 'ENOENT') return { url: spec, status: 404 };
    throw error;
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.shtml': 'text/html',
  '.xhtml': 'text/html',
  '.jsp': 'text/html',
  '.txt': 'text/plain',
};

/** The page parsed into a Document, or undefined for plain text (crawlListing's `parse`). */
export function pageDocument(page: FetchedPage): Document | undefined {
  return sharedPageDocument(page, parseHtml);
}

/** Audits a fetched page; `source` is the address the batch knows it by. Also returns the Document, if HTML. */
export function auditPage(page: FetchedPage, lang: Lang): { result: AuditResult; doc?: Document } {
  return auditFetched(page, lang, parseHtml);
}

export { pageText } from '../portal/page';

/** One command-line input, expanded. */
export type Expanded =
  | { kind: 'pages'; pages: string[] }
  /** An http(s) page or a saved HTML file that may be a listing (decided once fetched). */
  | { kind: 'maybe-listing'; url: string }
  | { kind: 'error'; error: string };

/**
 * A listing or report URL; a folder (its saved pages, recursively); a text file of URLs or paths (one a line, #
 * comments); or a single saved page (HTML: maybe a listing).
 */
export async function expandInput(spec: string): Promise<Expanded> {
  if (/^https?:\/\//i.test(spec)) return { kind: 'maybe-listing', url: spec };
  let info;
  try {
    info = await stat(spec);
  } catch {
    return { kind: 'error', error: `找不到 ${spec}（no such file, folder or URL: ${spec}）` };
  }
  if (info.isDirectory()) {
    const pages = await savedPages(spec);
    if (pages.length === 0)
      return { kind: 'error', error: `文件夹 ${spec} 中没有网页或文本文件（no .html or .txt files in ${spec}）` };
    return { kind: 'pages', pages };
  }
  const ext = extname(spec).toLowerCase();
  if (ext === '.txt' || ext === '.lst' || ext === '.list' || ext === '') {
    const lines = new TextDecoder()
      .decode(await readLocalFile(spec))
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    // A plain-text report is a page, not a list: a list holds only addresses.
    if (lines.length > 0 && lines.every((l) => /^(?:https?|file):\/\//i.test(l) || /\.(?:s?html?|txt)$/i.test(l))) {
      const base = resolve(spec, '..');
      return { kind: 'pages', pages: lines.map((l) => (/^[a-z]+:\/\//i.test(l) ? l : resolve(base, l))) };
    }
    return { kind: 'pages', pages: [resolve(spec)] };
  }
  return { kind: 'maybe-listing', url: resolve(spec) };
}

/** Saved pages in a folder and its subfolders, in name order. */
async function savedPages(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await savedPages(path)));
    else if (/\.(?:s?html?|xhtml|txt|pdf|docx?|wps|ofd)$/i.test(entry.name)) out.push(resolve(path));
  }
  return out;
}

/** The address a local page's links resolve against (a file: URL), or the URL itself. */
export function baseUrlOf(spec: string): string {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(spec) ? spec : pathToFileURL(spec).href;
}

/** A link found on a page, back to a path when it points at a local file (links are http(s) only: ../portal/url-policy.ts). */
export function fromLink(url: string): string {
  return url.startsWith('file:') ? fileURLToPath(url) : url;
}
