/**
 * The JSON shape of audit results, shared by the CLI's `--format json` and the popup's JSON download.
 * Every key is always present (null when unknown) so consumers need no existence checks.
 */
import type {
  AuditResult,
  CellValue,
  ExtractedTable,
  Finding,
  FormatVersion,
  ReportPeriod,
  Severity,
  TableId,
  TableStatus,
} from '../model';
import { stripBidiDeep } from './bidi';

export interface ReportsJson {
  reports: ReportJson[];
}

export interface ReportJson {
  source: string;
  detected: boolean;
  format: FormatVersion;
  title: string | null;
  agency: string | null;
  year: number | null;
  period: ReportPeriod | null;
  published: { date: string; text: string } | null;
  tables: Partial<Record<TableId, TableJson>>;
  findings: FindingJson[];
  auditedAt: string;
  rulesRun: string[];
}

export interface TableJson {
  status: TableStatus;
  layout: FormatVersion | null;
  /** row key → column key → number (int or decimal), null for a blank cell, the printed text for an invalid one. */
  values: Record<string, Record<string, number | string | null>>;
  missingRows: string[];
  missingColumns: string[];
  /** Image or attachment URLs for tables that could not be audited. */
  links: string[];
}

export interface FindingJson {
  rule: string;
  severity: Severity;
  message: string;
  messageId: string;
  cells: Array<{ table: TableId; row: string; column: string; text: string }>;
  sentence: string | null;
  data: Record<string, string | number>;
}

const TABLES: readonly TableId[] = ['T2', 'T3', 'T4'];

/** Audit results as `{ reports: [...] }`, ready for JSON.stringify; no string in it holds a bidi control (bidi.ts). */
export function toJson(results: readonly AuditResult[]): ReportsJson {
  return { reports: results.map((r) => stripBidiDeep(reportJson(r))) };
}

function reportJson({ report, findings, auditedAt, rulesRun }: AuditResult): ReportJson {
  const tables: Partial<Record<TableId, TableJson>> = {};
  for (const id of TABLES) {
    const table = report.tables[id];
    if (table) tables[id] = tableJson(table);
  }
  return {
    source: report.source,
    detected: report.detected,
    format: report.format,
    title: report.title ?? null,
    agency: report.agency ?? null,
    year: report.year ?? null,
    period: report.period ?? null,
    published: report.published ?? null,
    tables,
    findings: findings.map(findingJson),
    auditedAt,
    rulesRun,
  };
}

function tableJson(table: ExtractedTable): TableJson {
  const values: TableJson['values'] = {};
  for (const v of table.values) (values[v.row] ??= {})[v.column] = jsonValue(v);
  return {
    status: table.status,
    layout: table.layout ?? null,
    values,
    missingRows: table.missingRows,
    missingColumns: table.missingColumns,
    links: table.links ?? [],
  };
}

function jsonValue(v: CellValue): number | string | null {
  if (v.kind === 'blank') return null;
  if (v.kind === 'invalid' || v.value === null) return v.raw;
  // Decimal 万元 amounts: the exact text parsed as a JSON number keeps every printed digit (9486.7475).
  return v.kind === 'decimal' && v.exact !== undefined ? Number(v.exact) : v.value;
}

function findingJson(f: Finding): FindingJson {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    messageId: f.messageId,
    cells: f.cells.map(({ table, row, column, text }) => ({ table, row, column, text })),
    sentence: f.sentence?.text ?? null,
    data: f.data,
  };
}
