/**
 * The CLI's human-readable report: what was recognised, then the findings grouped by severity (errors first), each
 * with its rule id, message and the cells or sentence it concerns.
 */
import { columnName, rowName, TABLE_SHORT } from '../template/labels';
import { stripBidi } from '../export';
import type { AuditResult, FindingCell, Lang, Severity, TableId } from '../model';
import { oneLanguage } from '../portal/one-language';

export interface TextOptions {
  lang: Lang;
  /** ANSI colours (only when stdout is a terminal and NO_COLOR is unset). */
  color: boolean;
}

/** Renders one audit result as terminal text (no trailing newline), without bidi controls (src/export/bidi.ts). */
export function renderText(result: AuditResult, opts: TextOptions): string {
  return stripBidi(renderLines(result, opts));
}

function renderLines(result: AuditResult, opts: TextOptions): string {
  const t = TEXT[opts.lang];
  const c = painter(opts.color);
  const { report, findings } = result;
  const lines: string[] = [c.bold(`━━ ${report.source}`)];
  if (report.notAudited !== undefined) {
    lines.push(c.cyan(t.notAudited[report.notAudited]));
    return lines.join('\n');
  }
  if (!report.detected) {
    lines.push(c.dim(t.notReport));
    if (report.limits) lines.push(c.dim(t.tooLarge));
    return lines.join('\n');
  }
  const field = (label: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') lines.push(`${c.dim(label.padEnd(t.pad))}${value}`);
  };
  field(t.title, report.title);
  field(t.agency, report.agency);
  field(t.year, report.year);
  field(t.format, t.formats[report.format]);
  field(t.published, report.published?.date);
  // A page beyond the size limits was not read: its tables are not "missing".
  if (report.limits) field(t.tables, t.tooLarge);
  else
    field(
      t.tables,
      (['T2', 'T3', 'T4'] as const)
        .map((id) => `${TABLE_SHORT[id][opts.lang]} ${t.status[report.tables[id]?.status ?? 'missing']}`)
        .join(' · '),
    );
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const summary = t.summary(count('error'), count('warning'), count('info'));
  lines.push(`${c.dim(t.result.padEnd(t.pad))}${findings.length === 0 ? c.green(t.clean) : summary}`);
  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    const paint = severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.cyan;
    lines.push('', paint(c.bold(`${t.severity[severity]} (${group.length})`)));
    for (const f of group) {
      lines.push(`  ${paint(MARK[severity])} ${c.bold(f.rule)}  ${f.message}`);
      if (f.cells.length > 0) lines.push(`      ${c.dim(cellsText(f.cells, result, opts.lang))}`);
      if (f.sentence) lines.push(`      ${c.dim(`“${clip(f.sentence.text, 80)}”`)}`);
    }
  }
  return lines.join('\n');
}

const MARK: Record<Severity, string> = { error: '✗', warning: '!', info: 'i' };
/** A whole blank column names 25 cells; the first few locate the problem, JSON/CSV carry them all. */
const MAX_CELLS = 5;

function cellsText(cells: readonly FindingCell[], result: AuditResult, lang: Lang): string {
  const shown = cells.slice(0, MAX_CELLS).map((cell) => cellText(cell, result, lang));
  const more = cells.length - shown.length;
  if (more > 0) shown.push(lang === 'zh' ? `…另 ${more} 个单元格` : `… ${more} more cells`);
  return shown.join(lang === 'zh' ? '；' : '; ');
}

/** "表四 行政复议/总计 = 0", labelled as on the page when the extractor kept the labels. */
function cellText(cell: FindingCell, result: AuditResult, lang: Lang): string {
  const value = result.report.tables[cell.table]?.values.find((v) => v.row === cell.row && v.column === cell.column);
  const row = lang === 'zh' && value ? value.rowLabel : rowName(cell.table as TableId, cell.row)[lang];
  const column = lang === 'zh' && value ? value.columnLabel : columnName(cell.table as TableId, cell.column)[lang];
  const text = cell.text === '' ? (lang === 'zh' ? '（空白）' : '(blank)') : cell.text;
  return `${TABLE_SHORT[cell.table][lang]} ${row}/${column} = ${text}`;
}

function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

type Paint = (s: string) => string;

function painter(on: boolean): Record<'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green', Paint> {
  const sgr =
    (open: number, close: number): Paint =>
    (s) =>
      on ? `\u001b[${open}m${s}\u001b[${close}m` : s;
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    green: sgr(32, 39),
  };
}

const TEXT = {
  zh: {
    pad: 6,
    notReport: '未识别为政府信息公开工作年度报告，未核查',
    title: '标题',
    agency: '机关',
    year: '年度',
    format: '格式',
    published: '发布',
    tables: '表格',
    tooLarge: '页面过大，未读取（见 doc-too-large）',
    notAudited: {
      scanned: '未核查：扫描件（PDF 页面是图片，没有可读文字）',
      ofd: '未核查：OFD 文件（暂不支持读取 OFD，请另存为 PDF 或 Word）',
      doc: '未核查：DOC/WPS 文件（旧版 Word 格式的表格无法可靠读取，请另存为 DOCX 或 PDF）',
    },
    result: '结果',
    clean: '未发现问题',
    summary: (e: number, w: number, i: number) => `${e} 个错误 · ${w} 个警告 · ${i} 条提示`,
    severity: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
    formats: {
      '2021': '2021 版（国办公开办函〔2021〕30号）',
      '2019': '2019 试行版（国办公开办函〔2019〕60号）',
      legacy: '2008–2018 旧版',
      unknown: '未能确定',
    } as Record<string, string>,
    status: {
      ok: '已读取',
      partial: '部分读取',
      positional: '按位置读取',
      'not-recognised': '未能识别',
      image: '图片',
      attachment: '附件',
      missing: '缺失',
    } as Record<string, string>,
  },
  en: {
    pad: 11,
    notReport: 'Not recognised as a government information disclosure annual report; not audited',
    title: 'Title',
    agency: 'Agency',
    year: 'Year',
    format: 'Format',
    published: 'Published',
    tables: 'Tables',
    tooLarge: 'not read: the page is too large (see doc-too-large)',
    notAudited: {
      scanned: 'not audited: scanned (the PDF pages are images without readable text)',
      ofd: 'not audited: OFD (OFD files are not read; save it as PDF or Word)',
      doc: 'not audited: DOC/WPS file (the tables of the old Word format cannot be read reliably; save it as DOCX or PDF)',
    },
    result: 'Result',
    clean: 'no problems found',
    summary: (e: number, w: number, i: number) =>
      `${e} error${e === 1 ? '' : 's'} · ${w} warning${w === 1 ? '' : 's'} · ${i} info`,
    severity: { error: 'Errors', warning: 'Warnings', info: 'Info' } as Record<Severity, string>,
    formats: {
      '2021': '2021 national format (国办公开办函〔2021〕30号)',
      '2019': '2019 trial format (国办公开办函〔2019〕60号)',
      legacy: 'pre-2019 format',
      unknown: 'unknown',
    } as Record<string, string>,
    status: {
      ok: 'read',
      partial: 'partly read',
      positional: 'read by position',
      'not-recognised': 'not recognised',
      image: 'image',
      attachment: 'attachment',
      missing: 'missing',
    } as Record<string, string>,
  },
} as const;

/** `io.stderr` in one language: each line of a bilingual failure text shown in `lang` only. */
export function sayIn(io: { stderr(text: string): void }, lang: Lang): (text: string) => void {
  return (text) =>
    io.stderr(
      text
        .split('\n')
        .map((line) => oneLanguage(line, lang))
        .join('\n'),
    );
}
