/**
 * The batch summary: one row per page (agency, year, format, errors, warnings, published date, link), sortable, and
 * as CSV (Excel-ready) or JSON. Pure, shared by the CLI and the extension.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { reportYear } from '../engine/report-info';
import { guardValue } from '../export/guard';
import type { AuditResult, FormatVersion, Lang } from '../model';
import type { BatchEntry } from './batch';
import { oneLanguage } from './one-language';

/** One page of the batch. */
export interface SummaryRow {
  /**
   * 'report': audited; 'not-report': read but not an annual report; 'failed': could not be read (too large
   * included); 'skipped': not fetched or not read because the link policy refused it (not http(s), a site not granted).
   */
  status: 'report' | 'not-report' | 'failed' | 'skipped';
  agency: string | null;
  year: number | null;
  format: FormatVersion | null;
  title: string | null;
  errors: number;
  warnings: number;
  infos: number;
  /** On-page publication date (ISO). */
  published: string | null;
  url: string;
  /** Last year's report the cross-year rules compared with. */
  previous: string | null;
  /** Why the page failed (Chinese, then English). */
  error: string | null;
}

/** A page as the summary sees it: a batch entry, with last year's report when it was paired with one. */
export type SummaryInput = BatchEntry & { previous?: string };

/** Summary rows in batch order. */
export function summaryRows(entries: readonly SummaryInput[]): SummaryRow[] {
  return entries.map((e) =>
    e.ok
      ? resultRow(e.url, e.result, e.previous)
      : failedRow(e.url, e.error, e.kind === 'refused' ? 'skipped' : 'failed'),
  );
}

/** The row of one audited page. */
export function resultRow(url: string, result: AuditResult, previous?: string): SummaryRow {
  const { report, findings } = result;
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const year = report.detected ? (reportYear(report) ?? null) : null;
  return {
    status: report.detected ? 'report' : 'not-report',
    agency: report.agency ?? null,
    year,
    format: report.detected ? report.format : null,
    title: report.title ?? null,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    published: report.published?.date ?? null,
    url,
    previous: previous ?? null,
    error: null,
  };
}

function failedRow(url: string, error: string, status: 'failed' | 'skipped'): SummaryRow {
  return {
    status,
    agency: null,
    year: null,
    format: null,
    title: null,
    errors: 0,
    warnings: 0,
    infos: 0,
    published: null,
    url,
    previous: null,
    error,
  };
}

/** Columns a summary can be sorted by. */
export type SummaryKey = 'agency' | 'year' | 'format' | 'errors' | 'warnings' | 'published' | 'url' | 'status';

/**
 * Rows sorted by one column (ties: agency, then year, then address); empty values last in either direction.
 * Agencies sort in Chinese collation order.
 */
export function sortSummary(
  rows: readonly SummaryRow[],
  key: SummaryKey = 'agency',
  direction: 'asc' | 'desc' = 'asc',
): SummaryRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const primary = compareValues(a[key], b[key], sign);
    if (primary !== 0) return primary;
    return compareValues(a.agency, b.agency, 1) || compareValues(a.year, b.year, 1) || compareValues(a.url, b.url, 1);
  });
}

function compareValues(a: string | number | null, b: string | number | null, sign: number): number {
  if (a === b) return 0;
  if (a === null || a === '') return 1;
  if (b === null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return (a - b) * sign;
  return COLLATOR.compare(String(a), String(b)) * sign;
}

const COLLATOR = new Intl.Collator('zh-CN', { numeric: true });

const HEADERS: Record<Lang, string[]> = {
  zh: ['机关', '年度', '格式', '错误', '警告', '提示', '发布日期', '页面地址', '状态', '标题', '上年报告', '说明'],
  en: [
    'agency',
    'year',
    'format',
    'errors',
    'warnings',
    'infos',
    'published',
    'url',
    'status',
    'title',
    'previous_report',
    'note',
  ],
};

const STATUS: Record<Lang, Record<SummaryRow['status'], string>> = {
  zh: { report: '已核查', 'not-report': '不是年度报告', failed: '无法读取', skipped: '已跳过' },
  en: { report: 'audited', 'not-report': 'not an annual report', failed: 'failed', skipped: 'skipped' },
};

/** The summary as CSV (UTF-8 BOM by default so Excel reads the Chinese; CRLF line ends). */
export function summaryToCsv(rows: readonly SummaryRow[], opts: { lang?: Lang; bom?: boolean } = {}): string {
  const lang = opts.lang ?? 'zh';
  const records = rows.map((r) =>
    [
      r.agency,
      r.year,
      r.format,
      r.errors,
      r.warnings,
      r.infos,
      r.published,
      r.url,
      STATUS[lang][r.status],
      r.title,
      r.previous,
      r.error === null || r.error === undefined ? r.error : oneLanguage(r.error, lang),
    ].map(guardValue),
  );
  return stringify([HEADERS[lang], ...records], { bom: opts.bom ?? true, record_delimiter: 'windows' });
}
