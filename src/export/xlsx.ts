/**
 * The .xlsx export: one workbook with a sheet 报告/Report (what was audited), a sheet per table present (表二, 表三,
 * 表四: the same wide grid as the per-table CSV, numbers stored as numbers) and 问题/Findings (the findings CSV's
 * columns and rows). The rows come from the CSV builders (csv.ts), so both exports say the same; cells here are typed
 * instead of formula-guarded (an xlsx text cell is never evaluated), and bidi controls are stripped as everywhere.
 * Not re-exported from index.ts: the writer (write-excel-file on fflate) loads only when the .xlsx button is clicked.
 */
import writeXlsxFile, { type Cell, type Sheet, type SheetData } from 'write-excel-file/browser';
import type { AuditResult, Lang, TableId } from '../model';
import { TABLE_SHORT } from '../template/labels';
import { stripBidi } from './bidi';
import { findingHeaders, findingRows, tableRows, type Row } from './csv';
import { localTime } from './time';

const TABLES: readonly TableId[] = ['T2', 'T3', 'T4'];

const SHEET: Record<Lang, { report: string; findings: string }> = {
  zh: { report: '报告', findings: '问题' },
  en: { report: 'Report', findings: 'Findings' },
};

const REPORT_LABELS: Record<Lang, [string, string, string, string, string, string]> = {
  zh: ['报告标题', '机关', '年度', '发布日期', '页面地址', '核查时间'],
  en: ['Title', 'Agency', 'Year', 'Published', 'Source', 'Audited at'],
};

/** A plain decimal numeral as a table prints one ("12", "0.5", "1,234"): stored as a number in a table sheet. */
const NUMERAL = /^[+-]?(?:0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d+)?$/;

/** The sheets of the workbook for one result, in `lang` (exported for tests; `xlsxBlob` writes them). */
export function xlsxSheets(result: AuditResult, lang: Lang): Sheet<never>[] {
  const { report } = result;
  const labels = REPORT_LABELS[lang];
  const about: Row[] = [
    [labels[0], report.title ?? ''],
    [labels[1], report.agency ?? ''],
    [labels[2], report.year ?? ''],
    [labels[3], report.published?.date ?? ''],
    [labels[4], report.source],
    [labels[5], localTime(result.auditedAt)],
  ];
  const sheets: Sheet<never>[] = [{ sheet: SHEET[lang].report, data: cells(about, false), columns: widths([14, 60]) }];
  for (const id of TABLES) {
    const rows = tableRows(result, id, lang);
    if (rows === null) continue;
    sheets.push({ sheet: TABLE_SHORT[id][lang], data: cells(rows, true), columns: widths([36]), stickyRowsCount: 1 });
  }
  sheets.push({
    sheet: SHEET[lang].findings,
    data: cells([findingHeaders(lang), ...findingRows([result], lang)], false),
    stickyRowsCount: 1,
  });
  return sheets;
}

/** The workbook as a Blob (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet). */
export function xlsxBlob(result: AuditResult, lang: Lang): Promise<Blob> {
  return writeXlsxFile(xlsxSheets(result, lang)).toBlob();
}

function cells(rows: readonly Row[], numerals: boolean): SheetData {
  return rows.map((row) => row.map((value) => cell(value, numerals)));
}

function cell(value: string | number, numerals: boolean): Cell {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = stripBidi(value);
  if (text === '') return null;
  if (numerals && NUMERAL.test(text)) return Number(text.replace(/,/g, ''));
  return text;
}

function widths(first: number[]): { width: number }[] {
  return first.map((width) => ({ width }));
}
