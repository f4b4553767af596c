/**
 * Document files in the CLI: PDF (pdf.js → src/pdf geometry), DOCX (mammoth → HTML → the same engine as a portal
 * page; mammoth keeps Word's merged cells, vMerge as rowspan and gridSpan as colspan), binary DOC/WPS (their text
 * with word-extractor → the text path), OFD (recognised, not audited). A scanned PDF is "not audited: scanned".
 */
import { auditDocument, auditPdf, auditText } from '../audit';
import { emptyReport } from '../extract';
import type { AuditResult, Lang, NotAuditedReason } from '../model';
import { parseHtml } from './dom';
import type { DocumentKind } from './input';
import { loadPdfPages } from './pdf';

/** Audits a document file; rejects (with a message naming no internals) only when the file cannot be opened. */
export async function auditDocumentFile(source: string, kind: DocumentKind, bytes: Uint8Array, lang: Lang): Promise<AuditResult> {
  switch (kind) {
    case 'pdf':
      return auditPdf(await loadPdfPages(bytes), { source, lang });
    case 'docx': {
      const html = await docxToHtml(bytes);
      const { elements: _elements, ...result } = auditDocument(parseHtml(html), { source, lang });
      return result;
    }
    case 'doc': {
      const text = await docText(bytes);
      if (text === undefined || text.replace(/\s/g, '').length < 20) return notAudited(source, 'doc', lang);
      return auditText(text, { source, lang });
    }
    case 'ofd':
      return notAudited(source, 'ofd', lang);
  }
}

/** A Word document as an HTML page (tables with rowspan/colspan, paragraphs, headings), as mammoth converts it. */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${value}</body></html>`;
}

/**
 * The text of a binary Word 97–2003 / WPS file (word-extractor reads the OLE container): paragraphs, and table
 * rows as tab-separated cells — what the text path reads. Undefined when the file cannot be read.
 */
async function docText(bytes: Uint8Array): Promise<string | undefined> {
  try {
    const WordExtractor = (await import('word-extractor')).default;
    const doc = await new WordExtractor().extract(Buffer.from(bytes));
    return doc.getBody();
  } catch {
    return undefined;
  }
}

function notAudited(source: string, reason: NotAuditedReason, lang: Lang): AuditResult {
  void lang;
  return { report: { ...emptyReport(source), notAudited: reason }, findings: [], rulesRun: [], auditedAt: new Date().toISOString(), timings: {} };
}
