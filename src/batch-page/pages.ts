/**
 * Reading portal pages in the extension: the extension's own fetch (with the host permission the user granted, so
 * no CORS), bytes decoded by BOM > HTTP charset > <meta charset> > UTF-8 > GB18030 (old portals are GBK) with the same
 * decoder as the CLI, parsed with the page's DOMParser, audited with the shared facade (src/audit.ts).
 */
import { auditDocument, auditText } from '../audit';
import { decodeHtml, decodeText, headerCharset } from '../cli/decode';
import type { AuditResult, Lang } from '../model';
import type { FetchedPage, PageFetcher } from '../portal';

/** What a fetched page holds once decoded. */
export interface PageText {
  kind: 'html' | 'text';
  text: string;
}

/** A PageFetcher over `fetch`: follows redirects, keeps the bytes for decoding; rejects on network errors and abort. */
export function extensionFetcher(fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args)): PageFetcher {
  return async (url, signal) => {
    const response = await fetchImpl(url, {
      signal,
      redirect: 'follow',
      // A portal's report pages are static; the user's cookies are not ours to send along.
      credentials: 'omit',
      headers: { Accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' },
    });
    const contentType = response.headers.get('content-type') ?? undefined;
    // The body of an error page is not needed: only its status is recorded.
    const bytes = response.ok ? new Uint8Array(await response.arrayBuffer()) : new Uint8Array();
    if (!response.ok) await response.body?.cancel().catch(() => undefined);
    return {
      url,
      ...(response.url && response.url !== url ? { finalUrl: response.url } : {}),
      status: response.status,
      ...(contentType ? { contentType } : {}),
      bytes,
    };
  };
}

/** Decodes a fetched page; throws (a bilingual message) on PDF, Office, zip or image bytes, which cannot be audited. */
export function pageText(page: FetchedPage): PageText {
  if (page.html !== undefined) return { kind: 'html', text: page.html };
  const bytes = page.bytes ?? new Uint8Array();
  const binary = binaryFormat(bytes);
  if (binary) throw new Error(`是 ${binary} 文件，无法核查（a ${binary} file, which cannot be audited）`);
  const type = page.contentType ?? '';
  if (/text\/plain/i.test(type)) return { kind: 'text', text: decodeText(bytes) };
  const html = decodeHtml(bytes, headerCharset(type));
  // A server that names no type (or a wrong one) still serves markup: read it as HTML when it looks like some.
  return /html|xml/i.test(type) || /^\s*</.test(html) ? { kind: 'html', text: html } : { kind: 'text', text: decodeText(bytes) };
}

/** The page as a Document, or undefined when it is plain text (crawlListing's `parse`). */
export function pageDocument(page: FetchedPage, parser: DOMParser): Document | undefined {
  const { kind, text } = pageText(page);
  return kind === 'html' ? parser.parseFromString(text, 'text/html') : undefined;
}

/** Audits a fetched page under the address the batch knows it by; also returns its Document when it is HTML. */
export function auditFetched(page: FetchedPage, lang: Lang, parser: DOMParser): { result: AuditResult; doc?: Document } {
  const { kind, text } = pageText(page);
  if (kind === 'text') return { result: auditText(text, { source: page.url, lang }) };
  const doc = parser.parseFromString(text, 'text/html');
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
