/**
 * A report page whose report is only an attachment ("附件：2023年度报告.pdf", no table on the page): which file to
 * audit instead, and the file's audit as the page's. Shared by the CLI batch (src/cli/batch-attachments.ts) and the
 * extension's "核查附件" (src/popup/FileAudit.tsx). Pure.
 */
import type { AuditResult, Report } from '../model';

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
 * year, publication date) where the file does not say it; the rules run again on the combined report (`check`: the
 * caller's rule run, so that this module, which the popup imports for {@link reportAttachment}, holds no rule code).
 */
export function asPageResult(
  page: AuditResult,
  file: AuditResult,
  fileUrl: string,
  check: (report: Report) => Pick<AuditResult, 'findings' | 'rulesRun'>,
): AuditResult {
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
  const { findings, rulesRun } = check(report);
  return { ...file, report, findings, rulesRun };
}
