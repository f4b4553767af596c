/**
 * CSV/TSV serialisers for audit results: the extracted values with provenance, the findings, and the tables as TSV.
 * Pure (csv-stringify's browser build runs in Node, the popup and the content script alike).
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { AuditResult, CellRef, CellValue, Finding, Lang, TableId } from '../model';
import { guardValue } from './guard';

export interface CsvOptions {
  /** Prefix a UTF-8 byte-order mark so Excel opens Chinese text correctly. Default true (files, downloads). */
  bom?: boolean;
  /** Header language. Default 'zh'. */
  lang?: Lang;
}

type Row = Array<string | number>;

const TABLES: readonly TableId[] = ['T2', 'T3', 'T4'];

const VALUE_HEADERS: Record<Lang, string[]> = {
  zh: ['页面地址', '核查时间', '机关', '年度', '表', '行键', '行名称', '列键', '列名称', '数值', '原文', '空白', '合并单元格填充', '单位', '问题规则'],
  en: ['source', 'audited_at', 'agency', 'year', 'table', 'row', 'row_label', 'column', 'column_label', 'value', 'original_text', 'blank', 'from_span', 'unit', 'findings'],
};

const FINDING_HEADERS: Record<Lang, string[]> = {
  zh: ['页面地址', '核查时间', '机关', '年度', '规则', '级别', '说明', '单元格', '语句'],
  en: ['source', 'audited_at', 'agency', 'year', 'rule', 'severity', 'message', 'cells', 'sentence'],
};

/** One row per extracted value (T2, T3, T4 in order) with provenance and the ids of the findings on that cell. */
export function valuesToCsv(results: readonly AuditResult[], opts: CsvOptions = {}): string {
  const rows: Row[] = [];
  for (const result of results) {
    const { report } = result;
    const byCell = findingsByCell(result.findings);
    for (const id of TABLES) {
      for (const v of report.tables[id]?.values ?? []) {
        rows.push(
          [
            report.source,
            result.auditedAt,
            report.agency ?? '',
            report.year ?? '',
            v.table,
            v.row,
            v.rowLabel,
            v.column,
            v.columnLabel,
            numericValue(v),
            v.raw,
            v.blank ? 1 : 0,
            v.fromSpan ? 1 : 0,
            v.unit ?? '',
            (byCell.get(cellKey(v)) ?? []).join(';'),
          ].map(guardValue),
        );
      }
    }
  }
  return write(VALUE_HEADERS[opts.lang ?? 'zh'], rows, ',', opts.bom ?? true);
}

/** One row per finding; its cells as `table/row/column: text` joined by "; ". */
export function findingsToCsv(results: readonly AuditResult[], opts: CsvOptions = {}): string {
  const rows: Row[] = [];
  for (const result of results) {
    const { report } = result;
    for (const f of result.findings) {
      rows.push(
        [
          report.source,
          result.auditedAt,
          report.agency ?? '',
          report.year ?? '',
          f.rule,
          f.severity,
          f.message,
          f.cells.map((c) => `${cellKey(c)}: ${c.text}`).join('; '),
          f.sentence?.text ?? '',
        ].map(guardValue),
      );
    }
  }
  return write(FINDING_HEADERS[opts.lang ?? 'zh'], rows, ',', opts.bom ?? true);
}

/**
 * The extracted tables as tab-separated text for pasting into a spreadsheet: per table a title line, a header of
 * column labels, then one line per row label. Numbers are written as numbers; other cells as printed on the page.
 */
export function tablesToTsv(result: AuditResult, opts: Omit<CsvOptions, 'bom'> = {}): string {
  const lang = opts.lang ?? 'zh';
  const blocks: string[] = [];
  for (const id of TABLES) {
    const values = result.report.tables[id]?.values ?? [];
    if (values.length === 0) continue;
    const { rows, columns, cells } = pivot(values);
    const out: Row[] = [[id], [lang === 'zh' ? '项目' : 'item', ...columns.map((c) => guardValue(c.label))]];
    for (const row of rows) {
      out.push([row.label, ...columns.map((c) => cellOut(cells.get(`${row.key}\u0000${c.key}`)))].map(guardValue));
    }
    blocks.push(stringify(out, { delimiter: '\t', record_delimiter: '\n' }));
  }
  return blocks.join('\n');
}

/** `T3/newReceived/total` — the key a cell is known by in exports and tests. */
export function cellKey(c: CellRef): string {
  return `${c.table}/${c.row}/${c.column}`;
}

function findingsByCell(findings: readonly Finding[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const f of findings) {
    for (const c of f.cells) {
      const key = cellKey(c);
      const ids = map.get(key) ?? [];
      if (!ids.includes(f.rule)) ids.push(f.rule);
      map.set(key, ids);
    }
  }
  return map;
}

/** The value column holds only numbers (or nothing): exact decimal text for 万元 amounts, never binary-float noise. */
function numericValue(v: CellValue): string | number {
  if (v.kind === 'decimal') return v.exact ?? (v.value === null ? '' : v.value);
  if (v.kind === 'int' && v.value !== null) return v.value;
  return '';
}

function cellOut(v: CellValue | undefined): string | number {
  if (!v) return '';
  const n = numericValue(v);
  return n === '' ? v.raw : n;
}

interface Axis {
  key: string;
  label: string;
}

/** Rows and columns in order of first appearance: the extractor emits values in table order. */
function pivot(values: readonly CellValue[]): { rows: Axis[]; columns: Axis[]; cells: Map<string, CellValue> } {
  const rows = new Map<string, Axis>();
  const columns = new Map<string, Axis>();
  const cells = new Map<string, CellValue>();
  for (const v of values) {
    // T4's column keys repeat the row ("review.total"): strip it so the three rows share five columns.
    const column = v.column.startsWith(`${v.row}.`) ? v.column.slice(v.row.length + 1) : v.column;
    if (!rows.has(v.row)) rows.set(v.row, { key: v.row, label: v.rowLabel });
    if (!columns.has(column)) columns.set(column, { key: column, label: v.columnLabel });
    cells.set(`${v.row}\u0000${column}`, v);
  }
  return { rows: [...rows.values()], columns: [...columns.values()], cells };
}

function write(header: string[], rows: Row[], delimiter: string, bom: boolean): string {
  // csv-stringify quotes fields holding the delimiter, quotes or line breaks; CRLF is what Excel expects.
  return stringify([header, ...rows], { delimiter, bom, record_delimiter: 'windows' });
}
