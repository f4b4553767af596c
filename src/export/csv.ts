/**
 * CSV/TSV serialisers for audit results: the extracted values with provenance, the findings, and the tables as TSV.
 * Pure (csv-stringify's browser build runs in Node, the popup and the content script alike).
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { AuditResult, CellRef, CellValue, Finding, Lang, TableId } from '../model';
import { guardValue } from './guard';
import { cellPath, cellPathLabel, templateUnit } from './labels';
import { localTime } from './time';

export interface CsvOptions {
  /** Prefix a UTF-8 byte-order mark so Excel opens Chinese text correctly. Default true (files, downloads). */
  bom?: boolean;
  /** Header language. Default 'zh'. */
  lang?: Lang;
}

/** A row of plain cells: text, or a number where the cell holds one. */
export type Row = Array<string | number>;

const TABLES: readonly TableId[] = ['T2', 'T3', 'T4'];

/**
 * The first fifteen columns are the original ones, in their original order and with their original keys (the CLI's
 * `--format csv` and users' scripts read them); the readable columns a journalist pivots on come after them.
 */
const VALUE_HEADERS: Record<Lang, string[]> = {
  zh: [
    '页面地址',
    '核查时间',
    '机关',
    '年度',
    '表',
    '行键',
    '行名称',
    '列键',
    '列名称',
    '数值',
    '原文',
    '空白',
    '合并单元格填充',
    '单位',
    '问题规则',
    '表名',
    '行分组',
    '列分组',
    '单元格',
    '报告标题',
    '发布日期',
    '格式',
  ],
  en: [
    'source',
    'audited_at',
    'agency',
    'year',
    'table',
    'row',
    'row_label',
    'column',
    'column_label',
    'value',
    'original_text',
    'blank',
    'from_span',
    'unit',
    'findings',
    'table_name',
    'row_group',
    'column_group',
    'cell_label',
    'title',
    'published',
    'format',
  ],
};

const FINDING_HEADERS: Record<Lang, string[]> = {
  zh: [
    '页面地址',
    '核查时间',
    '机关',
    '年度',
    '规则',
    '级别',
    '说明',
    '单元格',
    '语句',
    '级别名称',
    '表名',
    '单元格名称',
    '报告标题',
    '发布日期',
    '格式',
  ],
  en: [
    'source',
    'audited_at',
    'agency',
    'year',
    'rule',
    'severity',
    'message',
    'cells',
    'sentence',
    'severity_label',
    'table_name',
    'cell_labels',
    'title',
    'published',
    'format',
  ],
};

/** Severity words a reader pivots on ("错误" rather than "error" in a Chinese spreadsheet). */
const SEVERITY_WORDS: Record<Lang, Record<Finding['severity'], string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** One row per extracted value (T2, T3, T4 in order) with provenance and the ids of the findings on that cell. */
export function valuesToCsv(results: readonly AuditResult[], opts: CsvOptions = {}): string {
  const rows: Row[] = [];
  const lang = opts.lang ?? 'zh';
  for (const result of results) {
    const { report } = result;
    const byCell = findingsByCell(result.findings);
    const about = reportColumns(result);
    for (const id of TABLES) {
      for (const v of report.tables[id]?.values ?? []) {
        const path = cellPath(v, lang, v);
        rows.push(
          [
            report.source,
            localTime(result.auditedAt),
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
            // The unit written in the cell when there is one ("元" where 万元 is due is a finding), else the template's.
            v.unit ?? templateUnit(v),
            (byCell.get(cellKey(v)) ?? []).join(';'),
            path.table,
            path.rowGroups.join(' / '),
            path.columnGroups.join(' / '),
            cellPathLabel(v, lang, v),
            ...about,
          ].map(guardValue),
        );
      }
    }
  }
  return write(VALUE_HEADERS[opts.lang ?? 'zh'], rows, ',', opts.bom ?? true);
}

/** One row per finding; its cells as `table/row/column: text` joined by "; ". */
export function findingsToCsv(results: readonly AuditResult[], opts: CsvOptions = {}): string {
  const lang = opts.lang ?? 'zh';
  return write(FINDING_HEADERS[lang], findingRows(results, lang).map(guardRow), ',', opts.bom ?? true);
}

/** The findings CSV's header in `lang` (the xlsx findings sheet has the same columns). */
export function findingHeaders(lang: Lang): string[] {
  return [...FINDING_HEADERS[lang]];
}

/**
 * The rows of the findings CSV (without its header), one per finding, as plain cells: the CSV writer guards them
 * against formula injection, the xlsx writer stores them as typed cells.
 */
export function findingRows(results: readonly AuditResult[], lang: Lang = 'zh'): Row[] {
  const rows: Row[] = [];
  for (const result of results) {
    const { report } = result;
    const about = reportColumns(result);
    for (const f of result.findings) {
      const tables = [...new Set(f.cells.map((c) => c.table))].sort();
      rows.push([
        report.source,
        localTime(result.auditedAt),
        report.agency ?? '',
        report.year ?? '',
        f.rule,
        f.severity,
        f.message,
        f.cells.map((c) => `${cellKey(c)}: ${c.text}`).join('; '),
        f.sentence?.text ?? '',
        SEVERITY_WORDS[lang][f.severity],
        tables.map((table) => cellPath({ table, row: '', column: '' }, lang).table).join('、'),
        f.cells.map((c) => `${cellPathLabel(c, lang)}${lang === 'zh' ? '：' : ': '}${c.text}`).join('; '),
        ...about,
      ]);
    }
  }
  return rows;
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

/**
 * One table alone "as on the page": the wide grid the report prints (its own text grid when the extractor kept one,
 * merged cells repeated into every position they cover so that no column shifts; else rows × columns pivoted from
 * its values), as CSV. Null when the table has nothing to write.
 */
export function tableToCsv(result: AuditResult, id: TableId, opts: CsvOptions = {}): string | null {
  const rows = tableRows(result, id, opts.lang ?? 'zh');
  if (rows === null) return null;
  return stringify(rows.map(guardRow), { bom: opts.bom ?? true, record_delimiter: 'windows' });
}

/**
 * The wide grid of one table as plain cells (the rows of `tableToCsv`, and of the xlsx export's table sheets):
 * the extractor's text grid when it kept one, else rows × columns pivoted from the values, numbers as numbers
 * (exact 万元 amounts as their decimal text). Null when the table has nothing to write.
 */
export function tableRows(result: AuditResult, id: TableId, lang: Lang = 'zh'): Row[] | null {
  const table = result.report.tables[id];
  if (!table) return null;
  if (table.grid && table.grid.length > 0) return table.grid.map((row) => [...row]);
  if (table.values.length === 0) return null;
  const { rows: labels, columns, cells } = pivot(table.values);
  const rows: Row[] = [[lang === 'zh' ? '项目' : 'item', ...columns.map((c) => c.label)]];
  for (const row of labels)
    rows.push([row.label, ...columns.map((c) => cellOut(cells.get(`${row.key}\u0000${c.key}`)))]);
  return rows;
}

/** The report's title, published date and format, repeated on every row so that any row can be read alone. */
function reportColumns(result: AuditResult): Row {
  const { report } = result;
  return [report.title ?? '', report.published?.date ?? '', report.format];
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

function guardRow(row: Row): Row {
  return row.map(guardValue);
}

function write(header: string[], rows: Row[], delimiter: string, bom: boolean): string {
  // csv-stringify quotes fields holding the delimiter, quotes or line breaks; CRLF is what Excel expects.
  return stringify([header, ...rows], { delimiter, bom, record_delimiter: 'windows' });
}
