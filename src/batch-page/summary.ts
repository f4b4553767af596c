/**
 * What the batch page shows and exports: one row per page (the portal summary's columns) with the report's
 * findings after the cross-year rules — each report paired with last year's report of its agency, from this batch
 * or from memory — and the four downloads (summary CSV, data CSV, findings CSV, JSON). Pure.
 */
import { findingsToCsv, toJson, valuesToCsv } from '../export';
import type { ExportFile } from '../ui/download';
import type { AuditResult, Finding, Lang } from '../model';
import {
  auditAcrossYears,
  summaryRows,
  summaryToCsv,
  type BatchEntry,
  type ReportStore,
  type SummaryInput,
  type SummaryRow,
} from '../portal';

/** A summary row with the page's findings; `crossYear` are the year-* ones (they name and link last year's report). */
export interface BatchRow extends SummaryRow {
  findings: Finding[];
  crossYear: Finding[];
  /** How many of the report's three tables were read and checked (0 for pages that are not reports). */
  audited: number;
}

/** The rows (in batch order) and the results after the cross-year rules, for the exports. */
export interface BatchView {
  rows: BatchRow[];
  results: AuditResult[];
}

/** Builds the view of a batch's entries; last year's reports are looked up in the batch first, then in `store`. */
export async function batchView(
  entries: readonly BatchEntry[],
  store: ReportStore | undefined,
  lang: Lang,
): Promise<BatchView> {
  const audited = entries.filter((e): e is Extract<BatchEntry, { ok: true }> => e.ok);
  const crossed = await auditAcrossYears(
    audited.map((e) => e.result),
    { ...(store ? { store } : {}), lang },
  );
  const byUrl = new Map(audited.map((e, i) => [e.url, crossed[i]]));
  const inputs: SummaryInput[] = entries.map((e) => {
    const c = e.ok ? byUrl.get(e.url) : undefined;
    if (!e.ok || !c) return e;
    return { ...e, result: c.result, ...(c.previous ? { previous: c.previous.source } : {}) };
  });
  const rows = summaryRows(inputs).map((row, i) => {
    const input = inputs[i];
    const findings = input?.ok ? input.result.findings : [];
    const tables = (input?.ok ? input.result.report.tables : undefined) ?? {};
    const audited = (['T2', 'T3', 'T4'] as const).filter((id) => AUDITED.has(tables[id]?.status ?? 'missing')).length;
    return { ...row, findings, crossYear: findings.filter(isCrossYear), audited };
  });
  return { rows, results: crossed.map((c) => c.result) };
}

const AUDITED: ReadonlySet<string> = new Set(['ok', 'partial', 'positional']);

/** The totals line: every page in one bucket (not audited: not reports, unread tables, pages skipped for any reason). */
export interface BatchTotals {
  pages: number;
  withErrors: number;
  warningsOnly: number;
  clean: number;
  notAudited: number;
  failed: number;
}

export function batchTotals(rows: readonly BatchRow[]): BatchTotals {
  const totals: BatchTotals = {
    pages: rows.length,
    withErrors: 0,
    warningsOnly: 0,
    clean: 0,
    notAudited: 0,
    failed: 0,
  };
  for (const row of rows) {
    if (row.status === 'failed') totals.failed++;
    else if (row.status !== 'report') totals.notAudited++;
    else if (row.errors > 0) totals.withErrors++;
    else if (row.warnings > 0) totals.warningsOnly++;
    else if (row.audited < 3) totals.notAudited++;
    else totals.clean++;
  }
  return totals;
}

/** A row the "only problems" filter keeps: a report with an error or a warning. */
export function hasProblems(row: BatchRow): boolean {
  return row.status === 'report' && (row.errors > 0 || row.warnings > 0);
}

/** The first error, else the first warning, of a report: what the summary shows of it. */
export function firstProblem(row: BatchRow): Finding | undefined {
  return row.findings.find((f) => f.severity === 'error') ?? row.findings.find((f) => f.severity === 'warning');
}

/** Findings (errors and warnings) per rule and per body, most first, for the batch page's chart. */
export function findingCounts(rows: readonly BatchRow[]): {
  byRule: Array<[string, number]>;
  byBody: Array<[string, number]>;
} {
  const byRule = new Map<string, number>();
  const byBody = new Map<string, number>();
  for (const row of rows) {
    const problems = row.findings.filter((f) => f.severity !== 'info');
    if (problems.length === 0) continue;
    for (const f of problems) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    const body = row.agency ?? row.title ?? row.url;
    byBody.set(body, (byBody.get(body) ?? 0) + problems.length);
  }
  const order = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1] || COLLATOR.compare(a[0], b[0]));
  return { byRule: order(byRule), byBody: order(byBody) };
}

const COLLATOR = new Intl.Collator('zh-CN', { numeric: true });

/** True for a finding of the cross-year rules (rules.md G). */
export function isCrossYear(finding: Finding): boolean {
  return finding.rule.startsWith('year-');
}

/** The batch's downloads. CSVs carry a BOM (Excel and WPS read the Chinese as UTF-8); JSON has none (RFC 8259). */
export function batchExports(
  view: BatchView,
  listing: string,
  lang: Lang,
): Record<'summary' | 'data' | 'findings' | 'json', ExportFile> {
  const stem = siteName(listing);
  const csv = 'text/csv;charset=utf-8';
  const summary: SummaryRow[] = view.rows.map(({ findings: _f, crossYear: _c, ...row }) => row);
  return {
    summary: { name: `${stem}-年报汇总.csv`, text: summaryToCsv(summary, { lang, bom: true }), type: csv },
    data: { name: `${stem}-年报数据.csv`, text: valuesToCsv(view.results, { lang, bom: true }), type: csv },
    findings: { name: `${stem}-核查结果.csv`, text: findingsToCsv(view.results, { lang, bom: true }), type: csv },
    json: {
      name: `${stem}-年报核查.json`,
      text: `${JSON.stringify({ listing, summary, ...toJson(view.results) }, null, 2)}\n`,
      type: 'application/json;charset=utf-8',
    },
  };
}

/** The listing's host name, safe in a file name on every system ("www.example.gov.cn"; no port, no colon). */
function siteName(listing: string): string {
  try {
    return new URL(listing).hostname.replace(/[^\w.-]+/g, '_') || '年报';
  } catch {
    return '年报';
  }
}
