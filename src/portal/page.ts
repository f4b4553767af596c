/**
 * A fetched page, decoded and audited: shared by the CLI batch (Node, linkedom) and the extension's batch page
 * (DOMParser), which differ only in how markup becomes a Document.
 */
import { auditDocument, auditText } from '../audit';
import type { AuditResult, Lang } from '../model';
import { decodeHtml, decodeText, headerCharset } from './decode';
import type { FetchedPage } from './fetch';

/** What a fetched page holds once decoded. */
export interface PageText {
  kind: 'html' | 'text';
  text: string;
}

/** Markup → Document: linkedom in Node, the browser's DOMParser in the extension. */
export type ParseHtml = (html: string) => Document;

/** What a report fetch accepts: pages in HTML first, plain text next, anything else last. */
export const PAGE_ACCEPT = 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5';

/**
 * A fetch Response as a FetchedPage: the bytes kept for decoding, the final address after redirects. The body of an
 * error page is not needed (and may be large): only its status is recorded, and the body is cancelled.
 */
export async function fetchedPage(url: string, response: Response): Promise<FetchedPage> {
  const contentType = response.headers.get('content-type') ?? undefined;
  const bytes = response.ok ? new Uint8Array(await response.arrayBuffer()) : new Uint8Array();
  if (!response.ok) await response.body?.cancel().catch(() => undefined);
  return {
    url,
    ...(response.url && response.url !== url ? { finalUrl: response.url } : {}),
    status: response.status,
    ...(contentType ? { contentType } : {}),
    bytes,
  };
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
