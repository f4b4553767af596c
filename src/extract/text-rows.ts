import type { GridCell } from './grid';
import { collapseSpace } from '../text/normalise';
import { matchSectionHeading } from './sections';
import type { TableItem } from './stream';

/**
 * Tables as PDF text extractors print them when they keep no columns (pdfplumber `extract_text`, `pdftotext`
 * without -layout, a copy from a PDF viewer): each row is its label followed by its values, one space apart
 * ("一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21", "规章 0 0 0"); header words broken over several lines
 * ("结果 结果 其他 尚未" / "维持 纠正 结果 审结"); 表四's data as one bare row of 15 numbers. A blank cell leaves
 * no trace in such a row, so the table is marked `form: 'space-rows'` and the mappers read a row only when it has
 * exactly as many values as its row of the format.
 */

/** A row's trailing values (one space apart) and the label before them; undefined for a line that has none. */
export function spaceRow(line: string): { label: string; values: string[] } | undefined {
  return spaceRowOf(line, MAX_LABEL);
}

function spaceRowOf(line: string, maxLabel: number): { label: string; values: string[] } | undefined {
  const t = line.trim();
  if (t === '' || /[\t|]/.test(t)) return undefined;
  const values: string[] = [];
  let rest = t;
  for (;;) {
    const m = TRAILING_VALUE.exec(rest);
    if (m === null) break;
    values.unshift(m[2] as string);
    rest = rest.slice(0, m.index);
    // Values are one space apart: a wider gap ends them (a label before it; in a space-aligned -layout table,
    // other values, which the label test below refuses).
    if (m[1] === '' || !/^[ \u3000\u00a0]$/.test(m[1] as string)) break;
  }
  if (values.length === 0 || !values.some((v) => /[\d０-９]/.test(v))) return undefined;
  const label = rest.trim();
  if (label !== '' && (label.length > maxLabel || TERMINAL.test(label) || /[ \u3000\u00a0]{2}/.test(label)))
    return undefined;
  // A sentence cut at a line end after a number ("地址：光明路 2") is not a row: a row's label never ends mid-clause.
  if (label !== '' && /[，,：:（(]$/.test(label)) return undefined;
  return { label, values };
}

/** A value at the end of `rest`, with the separator before it ('' at the start of the line). */
const TRAILING_VALUE = /(^|\s+)([0-9０-９]+(?:[.．][0-9０-９]+)?|\d{1,3}(?:,\d{3})+|[-—－/／])$/u;
const TERMINAL = /[。！？!?；;]$/;
const MAX_LABEL = 70;
/** A header line, or a piece of a wrapped label. */
const MAX_HEADER = 60;
/** Lines of header above the first row at most; a longer run of short lines before it is prose. */
const MAX_HEAD_LINES = 40;
/** A table's lines at most (表三 has 25 rows; wrapped labels and page breaks add some). */
const MAX_LINES = 800;

function isHeaderLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || /[\t|]/.test(t) || /[ \u3000\u00a0]{2}/.test(t)) return false;
  if (t.length > MAX_HEADER || TERMINAL.test(t)) return false;
  const hit = matchSectionHeading(t);
  return hit === undefined || hit.score < 2;
}

function isProse(line: string): boolean {
  const t = line.trim();
  return t.length > 30 && /[，,]/.test(t) && !/勾稽|申请人|复议|诉讼|第二十条|信息内容/.test(t);
}

/** Words that only the format's statistical tables print (a run of rows without them is something else). */
const TABLE_WORDS =
  /本年新收|上年结转|予以公开|结转下年度|结果维持|尚未审结|复议后起诉|直接起诉|第二十条|信息内容|本年制发件数|现行有效件数|处理决定数量|行政事业性收费/u;

/**
 * A table of space rows starting at `start`, or undefined. The run goes on across page breaks and single blank
 * lines (`pdftotext` puts one after every line) and ends at its last row; once rows are joined (see `rowsOf`) it
 * needs three labelled rows, or one row of at least ten values under a header, and words of the format's tables.
 * A run that fails these checks is skipped whole (`end` without a table): no later start in it can pass them.
 */
export function spaceRowsRegion(
  lines: readonly string[],
  start: number,
  breaks: ReadonlySet<number>,
): { end: number; table?: TableItem } | undefined {
  const first = lines[start] as string;
  if (spaceRow(first) === undefined && !isHeaderLine(first)) return undefined;
  const kept: number[] = [];
  let lastRow = -1;
  let end = start;
  for (let i = start; i < lines.length && i - start < MAX_LINES; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      // A page break or one blank line continues a table; two plain blank lines end it.
      let next = i;
      let paged = false;
      while (next < lines.length && (lines[next] as string).trim() === '') paged = breaks.has(next++) || paged;
      if ((!paged && next - i > 1) || next >= lines.length) break;
      i = next - 1;
      continue;
    }
    const row = spaceRow(line);
    if (row === undefined && !isHeaderLine(line)) break;
    // The table starts after the prose before it: a long line with a comma is a sentence, not a header.
    if (row === undefined && lastRow < 0 && (kept.length >= MAX_HEAD_LINES || isProse(line))) return undefined;
    kept.push(i);
    end = i + 1;
    if (row !== undefined) lastRow = i;
  }
  if (lastRow < 0) return { end };
  const used = kept.filter((i) => i <= lastRow);
  const rows = rowsOf(lines, used);
  const data = rows.filter((r) => !r.header);
  const labelled = data.filter((r) => r.label).length;
  const longest = Math.max(0, ...data.map((r) => r.cells.length - (r.label ? 1 : 0)));
  if (labelled < MIN_ROWS && !(longest >= MIN_BARE && rows[0]?.header === true)) return { end };
  if (!TABLE_WORDS.test(used.map((i) => (lines[i] as string).replace(/\s+/g, '')).join('|'))) return { end };
  return { end: lastRow + 1, table: tableOf(rows) };
}

const MIN_ROWS = 3;
const MIN_BARE = 10;

/** An ordinal opening a row label ("（二）", "3.", "四、"). */
const ORDINAL = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第二十条)/u;

/** A line of header words ("信息内容 本年处理决定数量", "第二十条第（五）项", "结果 结果 其他 尚未"), not a piece of a row label. */
function isHeaderWords(text: string): boolean {
  return HEADER_WORDS.test(text.replace(/\s+/g, ''));
}

const HEADER_WORDS =
  /信息内容|第二十条|件数|决定数量|收费金额|单位|申请人情况|自然人|法人|行政复议|行政诉讼|起诉|维持|纠正|审结/u;

interface Row {
  line: number;
  cells: string[];
  /** A data row with a label (its first cell). */
  label: boolean;
  /** A line without values: header, caption or a piece of a wrapped label. */
  header: boolean;
}

/**
 * The rows: a header line as its words, a row as [label, ...values] (or the values alone). Values on lines of
 * their own (`pdftotext` prints a cell a line) are one row with the values of the lines before them. A label
 * wrapped over several lines is joined back: label-only lines (each after the first opening without an ordinal)
 * start the next row's label when that row opens without an ordinal ("（二）部分公开（区分处理的，只计这一情" above
 * "形，不计其他情形） 447 7 0 0 0 0 454") or has no label at all ("1、申请人无正当理由逾期不补" / "正、行政机关…" /
 * "67 3 0 0 1 0 71", "规章" / "1" / "0" / "11"); otherwise they stay a row of their own (a group label such as
 * "（六）其" / "他处理" above "1.申请人…"). Values never take a label from further away: values after a row's
 * values are a row without a label.
 */
function rowsOf(lines: readonly string[], used: number[]): Row[] {
  const rows: Row[] = [];
  let pending: { line: number; parts: string[] } | undefined;
  const flush = (): void => {
    if (pending !== undefined)
      rows.push({ line: pending.line, cells: [pending.parts.join(' ')], header: true, label: false });
    pending = undefined;
  };
  let last: Row | undefined;
  for (const i of used) {
    const text = collapseSpace(lines[i] as string);
    const row = spaceRow(text);
    if (row === undefined) {
      last = undefined;
      if (isHeaderWords(text)) {
        flush();
        rows.push({ line: i + 1, cells: text.split(' '), header: true, label: false });
      } else if (pending !== undefined && !ORDINAL.test(text)) pending.parts.push(text);
      else {
        flush();
        pending = { line: i + 1, parts: [text] };
      }
      continue;
    }
    // Values alone right after a row's values (a cell a line): more values of that row.
    if (row.label === '' && last !== undefined && pending === undefined) {
      last.cells.push(...row.values);
      continue;
    }
    let label = row.label;
    if (pending !== undefined) {
      if (label !== '' ? !ORDINAL.test(label) : true) {
        label = [...pending.parts, label].join(' ').trim();
        pending = undefined;
      } else flush();
    }
    last = {
      line: i + 1,
      cells: label === '' ? row.values : [label, ...row.values],
      header: false,
      label: label !== '',
    };
    rows.push(last);
  }
  flush();
  return rows;
}

/**
 * A paragraph that is all of 表四 in one run, as a page's saved text prints it: its header words and then its 15
 * numbers one space apart ("行政复议 行政诉讼 结果维持结果纠正…总计 0 1 1 0 2 1 0 0 0 1 0 0 0 0 0"). A table of
 * that one row (the header words are its label), else undefined.
 */
export function runTogetherT4(text: string, line: number): TableItem | undefined {
  const row = spaceRowOf(text, RUN_LABEL);
  if (row === undefined || row.values.length !== T4_CELLS || !/复议/.test(row.label) || !/诉讼/.test(row.label))
    return undefined;
  return tableOf([{ line, cells: [row.label, ...row.values], header: false, label: true }]);
}

const T4_CELLS = 15;
/** The longest header of 表四 run together. */
const RUN_LABEL = 160;

function tableOf(rows: Row[]): TableItem {
  const width = Math.max(1, ...rows.map((r) => r.cells.length));
  const grid: GridCell[][] = rows.map((r, ri) =>
    Array.from({ length: width }, (_, c) => {
      const text = r.cells[c];
      const cell: GridCell = { text: text ?? '', fromSpan: false, row: ri, col: c, line: r.line };
      if (text === undefined) cell.padding = true;
      return cell;
    }),
  );
  return {
    kind: 'table',
    grid: { rows: grid, width },
    aligned: false,
    form: 'space-rows',
    src: { kind: 'line', line: rows[0]?.line ?? 1 },
  };
}
