/**
 * Reports published as attachments, in the batch: a fetched PDF/Word/OFD file is audited as a document, and a report
 * page whose report is only a linked file ("附件：2023年度报告.pdf", no table of its own) is audited through that
 * file — fetched with the batch's fetcher, read by the same document readers as `gov-report-audit report.pdf` —
 * under the page's address, with the page's title, agency and publication date where the file lacks them.
 */
import type { AuditResult, Lang } from '../model';
import type { FetchedPage } from '../portal';
import { auditDocumentFile } from './documents';
import { documentKind } from './input';

/** The audit of a fetched file that is a document (PDF, DOCX, DOC/WPS, OFD); undefined for a page. */
export async function auditFetchedDocument(page: FetchedPage, lang: Lang): Promise<AuditResult | undefined> {
  const bytes = page.bytes;
  if (bytes === undefined || bytes.length === 0) return undefined;
  const kind = documentKind(bytes);
  if (kind === undefined) return undefined;
  return auditDocumentFile(page.url, kind, bytes, lang);
}

export { asPageResult, reportAttachment } from '../portal/attachment';
