/**
 * Document files in the CLI: PDF (pdf.js → src/pdf geometry), DOCX (mammoth → HTML → the same engine as a portal
 * page; mammoth keeps Word's merged cells, vMerge as rowspan and gridSpan as colspan). Binary DOC/WPS and OFD files
 * are recognised and not audited: word-extractor reads a DOC's text, but its tables come out as one run of
 * tab-separated cells whose row ends cannot be told from merged (empty) cells, so any arithmetic on them could be
 * wrong (docs/pdf.md). A scanned PDF is "not audited: scanned".
 */
import { auditDocument, notAuditedResult as notAudited, type ExplainedResult } from '../audit';
import { auditPdf } from '../audit-pdf';
import type { Lang } from '../model';
import { parseHtml } from './dom';
import type { DocumentKind } from './input';
import { loadPdfPages } from './pdf';

/** Audits a document file; rejects (with a message naming no internals) only when the file cannot be opened. */
export async function auditDocumentFile(
  source: string,
  kind: DocumentKind,
  bytes: Uint8Array,
  lang: Lang,
  explain = false,
): Promise<ExplainedResult> {
  switch (kind) {
    case 'pdf':
      return auditPdf(await loadPdfPages(bytes), { source, lang, explain });
    case 'docx': {
      const html = await docxToHtml(bytes);
      const { elements: _elements, ...result } = auditDocument(parseHtml(html), { source, lang, explain });
      return result;
    }
    case 'doc':
      return notAudited(source, 'doc');
    case 'ofd':
      return notAudited(source, 'ofd');
  }
}

/** A Word document as an HTML page (tables with rowspan/colspan, paragraphs, headings), as mammoth converts it. */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${value}</body></html>`;
}
