/**
 * The extension's reader of report files (issue 11): a PDF or Word attachment of a report page, or the PDF a tab
 * shows in the browser's viewer (where no content script runs), fetched by the extension and audited with the
 * engine the CLI uses for files. The popup and the side panel `import()` this module on the user's click only, so
 * pdf.js is never part of their first paint and never of the content script (docs/extension.md, docs/pdf.md).
 *
 * pdf.js runs as in the CLI (src/cli/pdf.ts) — its modern build here, with its own worker file bundled as an
 * asset of the extension, and its CJK CMaps and standard fonts copied into the build (`pdfjs/`, vite.config.ts):
 * nothing is loaded from the network but the file itself. The fetch is the batch page's (src/portal/page.ts):
 * http(s) only, a host the user granted, the user's cookies not sent, at most MAX_PAGE_BYTES read.
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { auditDocument, checkReport, notAuditedResult } from '../audit';
import { auditPdf } from '../audit-pdf';
import type { AuditResult, Lang } from '../model';
import { readPdfDocument, type OpCodes, type PdfDocumentLike } from '../pdf';
import { asPageResult } from '../portal/attachment';
import { documentKind, type DocumentKind } from '../portal/document-kind';
import { isPageRefused } from '../portal/fetch';
import { fetchedPage } from '../portal/page';
import { isWebUrl } from '../portal/url-policy';

/** What became of a file: its audit, or why there is none (a message in Chinese and in English). */
export type FileAudit =
  { ok: true; kind: DocumentKind; result: AuditResult } | { ok: false; reason: FileFailure; zh: string; en: string };

/** Why a file was not audited: refused by the policy, over the size cap, an HTTP error, no answer, not a report file, unreadable. */
export type FileFailure = 'refused' | 'too-large' | 'http' | 'network' | 'not-document' | 'unreadable';

export interface AuditFileOptions {
  lang: Lang;
  /** Whether the address the fetch ended at may be read (a host the user granted). */
  allowed: (url: string) => boolean | Promise<boolean>;
  /** The report page the file is attached to: its title, agency and date fill what the file does not say. */
  page?: AuditResult;
  /** Injected for tests. */
  fetchImpl?: typeof fetch;
  /** Give up after this long (default 60 s: a 20 MB file on a slow portal). */
  timeoutMs?: number;
}

/** What a report fetch accepts: the files reports are published as, anything else last. */
const FILE_ACCEPT =
  'application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword;q=0.9,*/*;q=0.5';

/** Fetches `url` and audits it as a PDF or Word report. Never throws. */
export async function auditFile(url: string, opts: AuditFileOptions): Promise<FileAudit> {
  if (!isWebUrl(url))
    return fail('refused', `不是 http(s) 地址，未下载：${url}`, `not an http(s) address; not fetched: ${url}`);
  let bytes: Uint8Array;
  try {
    const response = await (opts.fetchImpl ?? ((...args) => globalThis.fetch(...args)))(url, {
      redirect: 'follow',
      // The report is public; the user's cookies for the portal are not ours to send along.
      credentials: 'omit',
      headers: { Accept: FILE_ACCEPT },
      signal: AbortSignal.timeout(opts.timeoutMs ?? 60_000),
    });
    const page = await fetchedPage(url, response, { allowed: opts.allowed });
    if (page.status !== undefined && page.status >= 400) {
      return fail('http', `下载失败：HTTP ${page.status}`, `download failed: HTTP ${page.status}`);
    }
    bytes = page.bytes ?? new Uint8Array();
  } catch (error) {
    if (isPageRefused(error)) return fail(error.kind, error.zh, error.en);
    const message = error instanceof Error ? error.message : String(error);
    return fail('network', `无法下载文件（${message}）`, `could not download the file (${message})`);
  }
  const kind = documentKind(bytes);
  if (kind === undefined) {
    return fail('not-document', '不是 PDF 或 Word 文件，未核查', 'not a PDF or Word file; not audited');
  }
  let result: AuditResult;
  try {
    result = await auditBytes(url, kind, bytes, opts.lang);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail('unreadable', `无法读取此文件（${message}）`, `the file could not be read (${message})`);
  }
  return {
    ok: true,
    kind,
    result: opts.page ? asPageResult(opts.page, result, url, (r) => checkReport(r, { lang: opts.lang })) : result,
  };
}

/** A document file's audit; rejects only when the file cannot be opened. */
export async function auditBytes(
  source: string,
  kind: DocumentKind,
  bytes: Uint8Array,
  lang: Lang,
): Promise<AuditResult> {
  switch (kind) {
    case 'pdf':
      return auditPdf(await pdfPages(bytes), { source, lang });
    case 'docx': {
      // mammoth's browser build, in a chunk of its own: loaded only for a Word file.
      const { docxToHtml } = await import('./docx');
      const doc = new DOMParser().parseFromString(await docxToHtml(bytes), 'text/html');
      const { elements: _elements, ...result } = auditDocument(doc, { source, lang });
      return result;
    }
    case 'doc':
    case 'ofd':
      return notAuditedResult(source, kind);
  }
}

/** The pages of a PDF (text runs with positions, ruling lines), read by pdf.js in its worker. */
async function pdfPages(bytes: Uint8Array) {
  // pdf.js itself is imported when a PDF is to be read (its own chunk; a Word file or a failed download never loads it).
  const { getDocument, GlobalWorkerOptions, OPS } = await import('pdfjs-dist');
  GlobalWorkerOptions.workerSrc = workerUrl;
  const base = new URL('/pdfjs/', location.href).href;
  const task = getDocument({
    // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: `${base}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${base}standard_fonts/`,
    useSystemFonts: false,
    disableFontFace: true,
    // Nothing but the given bytes: no range requests, no autofetch.
    disableAutoFetch: true,
    disableStream: true,
    verbosity: 0,
  });
  try {
    const doc = (await task.promise) as unknown as PdfDocumentLike;
    return await readPdfDocument(doc, OPS as unknown as OpCodes);
  } finally {
    await task.destroy();
  }
}

function fail(reason: FileFailure, zh: string, en: string): FileAudit {
  return { ok: false, reason, zh, en };
}
