/**
 * The batch's result files — summary, every report's values and findings, as CSV (Excel-ready) or JSON — and the
 * counts the CLI prints at the end. Written from the whole journal, after the cross-year rules. Each file is written
 * to a temporary file in the same folder and renamed over the old one: a reader (Excel, a script, a killed run) sees
 * the old file or the new one, never half of one.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { reportYear } from '../engine/report-info';
import { findingsToCsv, toJson, valuesToCsv } from '../export';
import type { Lang } from '../model';
import { sortSummary, summaryRows, summaryToCsv, type CrossYearResult, type SummaryInput } from '../portal';
import type { JournalRecord } from './batch-journal';

/** Writes the result files into `out`; returns their paths. */
export function writeOutputs(
  opts: { out: string; format: 'csv' | 'json'; lang: Lang },
  records: readonly JournalRecord[],
  crossed: readonly CrossYearResult[],
): string[] {
  const bySource = new Map(crossed.map((c) => [c.result.report.source, c]));
  const inputs: SummaryInput[] = records.map((r) => {
    if (!r.ok) return r;
    const c = bySource.get(r.result.report.source);
    return { ...r, result: c?.result ?? r.result, ...(c?.previous ? { previous: c.previous.source } : {}) };
  });
  const rows = sortSummary(summaryRows(inputs), 'agency');
  const results = crossed.map((c) => c.result);
  const files: Array<[string, string]> =
    opts.format === 'json'
      ? [
          ['summary.json', `${JSON.stringify({ rows }, null, 2)}\n`],
          ['data.json', `${JSON.stringify(toJson(results), null, 2)}\n`],
        ]
      : [
          ['summary.csv', summaryToCsv(rows, { lang: opts.lang })],
          ['data.csv', valuesToCsv(results, { lang: opts.lang })],
          ['findings.csv', findingsToCsv(results, { lang: opts.lang })],
        ];
  return files.map(([name, text]) => {
    const path = join(opts.out, name);
    writeAtomically(path, text);
    return path;
  });
}

/** Writes `text` to `path` through a temporary file in the same folder and a rename (atomic on one file system). */
export function writeAtomically(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Counts over the whole batch, for the closing line. */
export function tally(records: readonly JournalRecord[], crossed: readonly CrossYearResult[]) {
  const reports = crossed.filter((c) => c.result.report.detected);
  const count = (severity: string) =>
    reports.reduce((n, c) => n + c.result.findings.filter((f) => f.severity === severity).length, 0);
  return {
    reports: reports.length,
    notReports: crossed.length - reports.length,
    failed: records.filter((r) => !r.ok).length,
    paired: crossed.filter((c) => c.previous).length,
    years: new Set(reports.map((c) => reportYear(c.result.report))).size,
    errors: count('error'),
    warnings: count('warning'),
  };
}

/** What tally counts. */
export type Tally = ReturnType<typeof tally>;
