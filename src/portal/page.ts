/**
 * A fetched page, decoded and audited: shared by the CLI batch (Node, linkedom) and the extension's batch page
 * (DOMParser), which differ only in how markup becomes a Document.
 */
import { auditDocument, auditText } from '../audit';
import type { AuditResult, Lang } from '../model';
import { MAX_PAGE_BYTES } from '../extract/limits';
import { decodeHtml, decodeText, headerCharset } from './decode';
import { PageRefused, type FetchedPage } from './fetch';
import { isWebUrl, MAX_REDIRECTS, redirectTarget } from './url-policy';

/** What a fetched page holds once decoded. */
export interface PageText {
  kind: 'html' | 'text';
  text: string;
}

/** Markup → Document: linkedom in Node, the browser's DOMParser in the extension. */
export type ParseHtml = (html: string) => Document;

/** What a report fetch accepts: pages in HTML first, plain text next, anything else last. */
export const PAGE_ACCEPT = 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5';

/** Options of {@link fetchedPage}. */
export interface ReadOptions {
  /** Where the page was in the end, when the fetcher followed the redirects itself (else `response.url`). */
  finalUrl?: string;
  /** Whether the page's final address may be read (the extension: a host the user granted). */
  allowed?: (url: string) => boolean | Promise<boolean>;
  /** Most bytes read (default MAX_PAGE_BYTES). */
  maxBytes?: number;
}

/**
 * A fetch Response as a FetchedPage: the bytes kept for decoding, the final address after redirects. The body of an
 * error page is not needed (and may be large): only its status is recorded, and the body is cancelled. Throws
 * PageRefused, without reading the body, when the final address is not http(s) or not `allowed`, and when the
 * page is larger than the cap (a Content-Length over it, or reading stops at the cap).
 */
export async function fetchedPage(url: string, response: Response, opts: ReadOptions = {}): Promise<FetchedPage> {
  const final = opts.finalUrl ?? (response.url || url);
  if (!isWebUrl(final)) {
    await discard(response);
    throw new PageRefused(
      'refused',
      `转到了不允许的地址 ${final}，未读取`,
      `led to an address that may not be followed: ${final}; not read`,
    );
  }
  if (opts.allowed && !(await opts.allowed(final))) {
    await discard(response);
    const host = hostOf(final);
    const moved = final !== url && hostOf(url) !== host;
    throw new PageRefused(
      'refused',
      moved ? `重定向到未授权的网站 ${host}，未读取` : `未获准访问 ${host}，未下载`,
      moved ? `redirected to ${host}, a site not granted; not read` : `skipped: no access granted to ${host}`,
      true,
    );
  }
  const contentType = response.headers.get('content-type') ?? undefined;
  let bytes: Uint8Array = new Uint8Array();
  if (response.ok) bytes = await readBody(response, opts.maxBytes);
  else await discard(response);
  return {
    url,
    ...(final !== url ? { finalUrl: final } : {}),
    status: response.status,
    ...(contentType ? { contentType } : {}),
    bytes,
  };
}

/**
 * The body's bytes, streamed and stopped at `maxBytes`: a Content-Length over the cap is refused without reading,
 * and a body that grows past it (no length, a wrong one, or compressed) is cancelled there. Throws PageRefused.
 */
export async function readBody(response: Response, maxBytes = MAX_PAGE_BYTES): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > maxBytes) {
    await discard(response);
    throw tooLarge(maxBytes);
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The refusal of a page larger than `maxBytes`. */
export function tooLarge(maxBytes: number): PageRefused {
  const mb = `${Math.round(maxBytes / 1e5) / 10} MB`;
  return new PageRefused('too-large', `页面过大（超过 ${mb}），未读取`, `too large (over ${mb}); not read`);
}

/**
 * Fetches `url` following its redirects by hand (`redirect: 'manual'`), each Location judged by the link policy
 * before it is requested: only http(s), at most MAX_REDIRECTS. For Node's fetch, which exposes a redirect's
 * Location; a browser hides it (an opaque redirect), so the extension lets the browser follow and checks the final
 * address in fetchedPage instead. Resolves to the last response and its address; throws PageRefused.
 */
export async function fetchFollowing(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
): Promise<{ response: Response; url: string }> {
  let current = url;
  for (let hops = 0; ; hops++) {
    if (!isWebUrl(current))
      throw new PageRefused('refused', `不是 http(s) 地址：${current}`, `not an http(s) address: ${current}`);
    const response = await fetchImpl(current, { ...init, redirect: 'manual' });
    if (response.status < 300 || response.status >= 400 || response.status === 304) return { response, url: current };
    const location = response.headers.get('location');
    await discard(response);
    // A 3xx without a Location is the server's answer; the caller sees its status.
    if (!location) return { response, url: current };
    const next = redirectTarget(location, current);
    if (!next) {
      const to = location.trim().slice(0, 200);
      throw new PageRefused(
        'refused',
        `重定向到不允许的地址 ${to}，未跟随`,
        `redirected to an address that may not be followed: ${to}; not followed`,
      );
    }
    if (hops >= MAX_REDIRECTS) {
      throw new PageRefused(
        'refused',
        `重定向超过 ${MAX_REDIRECTS} 次，未跟随`,
        `more than ${MAX_REDIRECTS} redirects; not followed`,
      );
    }
    current = next;
  }
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Decodes a fetched page (BOM > HTTP charset > <meta charset> > UTF-8 > GB18030); throws on a binary file. */
export function pageText(page: FetchedPage): PageText {
  if (page.html !== undefined) return { kind: 'html', text: page.html };
  const bytes = page.bytes ?? new Uint8Array();
  const binary = binaryFormat(bytes);
  if (binary) throw new Error(`是 ${binary} 文件，无法核查（a ${binary} file, which cannot be audited）`);
  const type = page.contentType ?? '';
  if (/text\/plain/i.test(type)) return { kind: 'text', text: decodeText(bytes) };
  if (/html|xml/i.test(type)) return { kind: 'html', text: decodeHtml(bytes, headerCharset(type)) };
  const text = decodeText(bytes);
  // No telling type (or a wrong one): markup means HTML (saved pages are often named *.do or have no extension).
  return /^\s*</.test(text) ? { kind: 'html', text: decodeHtml(bytes, headerCharset(type)) } : { kind: 'text', text };
}

/** The page parsed into a Document, or undefined for plain text (crawlListing's `parse`). */
export function pageDocument(page: FetchedPage, parse: ParseHtml): Document | undefined {
  const { kind, text } = pageText(page);
  return kind === 'html' ? parse(text) : undefined;
}

/** Audits a fetched page under the address the batch knows it by; also returns its Document when it is HTML. */
export function auditFetched(page: FetchedPage, lang: Lang, parse: ParseHtml): { result: AuditResult; doc?: Document } {
  const { kind, text } = pageText(page);
  if (kind === 'text') return { result: auditText(text, { source: page.url, lang }) };
  const doc = parse(text);
  // The DOM elements are for highlighting in a browser; the batch keeps only the result.
  const { elements: _elements, ...result } = auditDocument(doc, { source: page.url, lang });
  return { result, doc };
}

/** PDF, Office/WPS (OLE), DOCX/OFD (zip) or images: formats reports are often published in, but not readable here. */
function binaryFormat(b: Uint8Array): string | undefined {
  const starts = (...sig: number[]) => sig.every((x, i) => b[i] === x);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'PDF';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'DOC/WPS';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'DOCX/OFD';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46)) return '图片 image';
  return undefined;
}
