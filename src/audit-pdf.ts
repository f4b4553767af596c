/**
 * The facade's door for PDFs: a PDF audited from its pages' text runs and ruling lines (src/pdf; the front end loads
 * them with pdf.js). A module of its own so the PDF geometry is loaded only where a PDF is read — the CLI and the
 * extension's attachment page, on use — and never by the pages that share src/audit.ts's chunk.
 */
import { auditExtraction, type AuditOptions, type ExplainedResult } from './audit';
import { extractFromPdf, type PdfPage } from './pdf';

/** Audits a PDF; a scan (pages of images without text) is reported as such (`notAudited: 'scanned'`), not audited. */
export function auditPdf(pages: readonly PdfPage[], opts: AuditOptions): ExplainedResult {
  return auditExtraction(opts, (explain) => extractFromPdf(pages, { source: opts.source, explain }));
}
