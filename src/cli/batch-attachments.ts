/**
 * Reports published as attachments, in the batch: a fetched PDF/Word/OFD file is audited as a document, and a report
 * page whose report is only a linked file ("附件：2023年度报告.pdf", no table of its own) is audited through that
 * file — fetched with the batch's fetcher, read by the same document readers as `gov-report-audit report.pdf` —
 * under the page's address, with the page's title, agency and publication date where the file lacks them.
 */
import { checkReport } from '../audit';
import type { AuditResult, Lang, Report } from '../model';
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

/** Files a report can be published as. */
const REPORT_FILE = /\.(?:pdf|docx?|wps|ofd)(?:$|[?#])/i;

/**
 * The attachment to audit instead of the page: when the page is a report (or reads as one by its title) and none of
 * its three tables is on the page itself, its first linked report file (PDF before Word before the rest).
 */
export function reportAttachment(result: AuditResult): string | undefined {
  const { report } = result;
  const tables = Object.values(report.tables);
  const onPage = tables.some((t) => t.status !== 'attachment' && t.status !== 'missing');
  if (onPage || !/报告|年报/.test(report.title ?? '')) return undefined;
  const files = report.attachments.filter((u) => REPORT_FILE.test(u));
  const rank = (u: string) => (/\.pdf/i.test(u) ? 0 : /\.docx/i.test(u) ? 1 : 2);
  return [...files].sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * The attachment's audit as the page's: the page's address, and what the page says of the report (title, agency,
 * year, publication date) where the file does not say it; the rules run again on the combined report.
 */
export function asPageResult(page: AuditResult, file: AuditResult, fileUrl: string, lang: Lang): AuditResult {
  if (file.report.notAudited !== undefined || !file.report.detected) {
    return { ...file, report: { ...file.report, source: page.report.source, attachments: [fileUrl] } };
  }
  const from = page.report;
  const report: Report = { ...file.report, source: from.source, attachments: [fileUrl] };
  if (report.title === undefined && from.title !== undefined) report.title = from.title;
  if (report.agency === undefined && from.agency !== undefined) report.agency = from.agency;
  if (report.year === undefined && from.year !== undefined) report.year = from.year;
  if (report.published === undefined && from.published !== undefined) report.published = from.published;
  if (report.headingYears.length === 0) report.headingYears = from.headingYears;
  const { findings, rulesRun } = checkReport(report, { lang });
  return { ...file, report, findings, rulesRun };
}
