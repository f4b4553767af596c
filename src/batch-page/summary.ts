/**
 * What the batch page shows and exports: one row per page (the portal summary's columns) with the report's
 * findings after the cross-year rules — each report paired with last year's report of its agency, from this batch
 * or from memory — and the four downloads (summary CSV, data CSV, findings CSV, JSON). Pure.
 */
import { findingsToCsv, toJson, valuesToCsv } from '../export';
import type { ExportFile } from '../popup/download';
import type { AuditResult, Finding, Lang } from '../model';
import { auditAcrossYears, summaryRows, summaryToCsv, type BatchEntry, type ReportStore, type SummaryInput, type SummaryRow } from '../portal';

/** A summary row with the page's findings; `crossYear` are the year-* ones (they name and link last year's report). */
export interface BatchRow extends SummaryRow {
  findings: Finding[];
  crossYear: Finding[];
}

/** The rows (in batch order) and the results after the cross-year rules, for the exports. */
export interface BatchView {
  rows: BatchRow[];
  results: AuditResult[];
}

/** Builds the view of a batch's entries; last year's reports are looked up in the batch first, then in `store`. */
export async function batchView(entries: readonly BatchEntry[], store: ReportStore | undefined, lang: Lang): Promise<BatchView> {
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
    return { ...row, findings, crossYear: findings.filter(isCrossYear) };
  });
  return { rows, results: crossed.map((c) => c.result) };
}

/** True for a finding of the cross-year rules (rules.md G). */
export function isCrossYear(finding: Finding): boolean {
  return finding.rule.startsWith('year-');
}

/** The batch's downloads. CSVs carry a BOM (Excel and WPS read the Chinese as UTF-8); JSON has none (RFC 8259). */
export function batchExports(view: BatchView, listing: string, lang: Lang): Record<'summary' | 'data' | 'findings' | 'json', ExportFile> {
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
