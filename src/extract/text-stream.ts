import type { GridCell } from './grid';
import { collapseSpace, isBlankText } from '../text/normalise';
import { matchSectionHeading } from './sections';
import type { StreamItem, TableItem, TextItem } from './stream';
import { findTextTitle } from './text-title';
import { isLayoutLine, layoutValueCount, layoutTable, unreadLines } from './text-layout';
import { runTogetherT4, spaceRowsRegion } from './text-rows';

/**
 * A plain-text report (what PDF/Word converters give) as the same stream the DOM path produces. Tables come as
 * tab-separated rows, one cell per line (a tab, the cell, rows separated by blank lines; a long cell may continue
 * on the next line), or Markdown pipes; each becomes a grid (not aligned: spans are lost). Narrative lines that a
 * converter hard-wrapped — even across page-break blank lines — are joined back into paragraphs.
 */
export function textStream(text: string): TextStream {
  const lines = text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/\[bookmark:[^\]]*\]/g, ''));
  // Page furniture ("- 3 -", "第 3 页 共 5 页", form feeds) is not content: a blank line where it was, and a
  // page break a table may run across.
  const breaks = new Set<number>();
  lines.forEach((l, i) => {
    if (l.includes('\f')) breaks.add(i);
    const t = l.replace(/\f/g, '');
    if (PAGE_MARK.test(t.trim())) {
      breaks.add(i);
      lines[i] = '';
    } else lines[i] = t;
  });
  const regions = findTableRegions(lines, breaks);
  const title = findTextTitle(lines, (i) => regions.has(i));
  const items: StreamItem[] = [];
  const narrative: Array<{ line: number; text: string }> = [];
  const wrapWidth = wrapWidthOf(lines, regions);
  const flushNarrative = (): void => {
    for (const item of paragraphs(narrative, wrapWidth).flatMap(splitInlineHeadings)) {
      const line = item.origin.kind === 'lines' ? (item.origin.starts[0]?.line ?? 1) : 1;
      items.push(runTogetherT4(item.text, line) ?? item);
    }
    narrative.length = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const region = regions.get(i);
    if (region !== undefined) {
      flushNarrative();
      items.push(region.table);
      i = region.end - 1;
      continue;
    }
    if (title !== undefined && i >= title.first && i <= title.last) continue;
    narrative.push({ line: i + 1, text: lines[i] as string });
  }
  flushNarrative();
  return { items, title: title?.text };
}

/** The stream and the title read from the first lines (not part of the stream). */
export interface TextStream {
  items: StreamItem[];
  title?: string;
}

interface Region {
  /** First line index after the region. */
  end: number;
  table: TableItem;
}

/** A scan result: a table, or how far a run of table-like lines went without being one (not rescanned). */
type Scan = { end: number; table?: TableItem } | undefined;

const TERMINAL = /[。！？!?；;]$/;
/** A line that is only a page number: "- 3 -", "—3—", "第 3 页 共 5 页", "第3页/共5页", "共5页 第3页", "3 / 5", "Page 3 of 5". */
const PAGE_MARK =
  /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页|\d{1,4}\s*[/／]\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/iu;
const MID_SENTENCE = /[，,、（(《“‘：:]$/;

/** Table regions keyed by their first line index. */
function findTableRegions(lines: string[], breaks: ReadonlySet<number>): Map<number, Region> {
  const regions = new Map<number, Region>();
  for (let i = 0; i < lines.length;) {
    const scans = [
      pipeRegion(lines, i, breaks),
      paragraphCellRegion(lines, i),
      tabRegion(lines, i, breaks),
      cellPerLineRegion(lines, i),
      layoutRegion(lines, i, breaks),
      spaceRowsRegion(lines, i, breaks),
      rawRegion(lines, i, breaks),
    ];
    const found = scans.find((s) => s?.table !== undefined);
    if (found?.table !== undefined) {
      regions.set(i, { end: found.end, table: found.table });
      i = found.end;
      continue;
    }
    // Lines scanned without making a table are prose; skipping them keeps the scan linear.
    i = Math.max(i + 1, ...scans.map((s) => s?.end ?? 0));
  }
  return regions;
}

/**
 * The end of a run of rows from `start`: rows go on across a page break (blank lines around a page number or a
 * form feed, never a plain blank line, which may separate two tables).
 */
function runOf(lines: string[], start: number, breaks: ReadonlySet<number>, isRow: (line: string) => boolean): number {
  let end = start;
  for (;;) {
    while (end < lines.length && isRow(lines[end] as string)) end++;
    let next = end;
    let paged = false;
    while (next < lines.length && (lines[next] as string).trim() === '') paged = breaks.has(next++) || paged;
    if (next > end && paged && next < lines.length && isRow(lines[next] as string)) end = next;
    else return end;
  }
}

function isPipeRow(line: string): boolean {
  return /^\s*\|.*\|\s*$/.test(line);
}

function pipeRegion(lines: string[], start: number, breaks: ReadonlySet<number>): Scan {
  if (!isPipeRow(lines[start] as string)) return undefined;
  const end = runOf(lines, start, breaks, isPipeRow);
  if (end - start < 2) return undefined;
  const rows: RawRow[] = [];
  for (let i = start; i < end; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    if (/^\|?[\s:|-]+\|?$/.test(line) && line.includes('-')) continue; // |---|:--:| separator
    rows.push({ line: i + 1, cells: line.replace(/^\||\|$/g, '').split('|') });
  }
  return { end, table: toTable(rows) };
}

/**
 * A browser's copy of a table whose cells hold paragraphs (Word markup: `<td><p>821</p></td>`): each cell's text
 * between blank lines, the cells of a row joined by a line holding only the tab between them ("821", "", "\t", "",
 * "35" …), a blank cell as a no-break space (its `&nbsp;`) or nothing between two tabs, a new row where two cells
 * follow with no tab between and more than one blank line. A cell's own lines (a `<br>`) and its paragraphs (one
 * blank line apart) are one cell. Read into rows of cells, blanks kept in
 * place, so the columns are those of the page. The region starts at a short cell followed by such a tab line and
 * ends before a section heading or a sentence.
 */
function paragraphCellRegion(lines: string[], start: number): Scan {
  const first = lines[start] as string;
  if (isBlankCopyLine(first) || first.includes('\t') || isProse(first) || isHeading(first)) return undefined;
  let next = start + 1;
  while (next < lines.length && next <= start + 3 && isBlankCopyLine(lines[next] as string)) next++;
  if (next === start + 1 || !(lines[next] ?? '').includes('\t')) return undefined;
  const rows: RawRow[] = [];
  let row: RawRow | undefined;
  let separated = false;
  let separators = 0;
  let end = start;
  const cell = (text: string, line: number): void => {
    const value = isBlankText(text) ? '' : text;
    if (row !== undefined && separated) {
      row.cells.push(value);
      row.lines?.push(line);
    } else rows.push((row = { line, cells: [value], lines: [line] }));
    separated = false;
  };
  // Blank lines since the last cell's text: one between two paragraphs of a cell, more between two rows.
  let blanks = 0;
  let afterText = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as string;
    if (isBlankCopyLine(line)) {
      blanks++;
      continue;
    }
    if (line.includes('\t')) {
      line.split('\t').forEach((piece, k) => {
        if (k > 0) {
          separated = true;
          separators++;
        }
        if (piece !== '') cell(piece.trim(), i + 1);
      });
      end = i + 1;
      blanks = 0;
      afterText = false;
      continue;
    }
    // A cell's own lines run on without a blank line between them.
    let last = i;
    while (
      last + 1 < lines.length &&
      !isBlankCopyLine(lines[last + 1] as string) &&
      !(lines[last + 1] as string).includes('\t')
    )
      last++;
    const text = lines
      .slice(i, last + 1)
      .map((l) => l.trim())
      .join('');
    if (!separated && (isProse(text) || isHeading(text))) break;
    const open = row?.cells.length ?? 0;
    if (row !== undefined && afterText && blanks === 1 && row.cells[open - 1] !== '') {
      // Another paragraph of the same cell ("商业" / "企业", "（六）其他处理" / "1.申请人…行政机关" / "不再处理…").
      row.cells[open - 1] += text;
    } else cell(text, i + 1);
    end = last + 1;
    i = last;
    blanks = 0;
    afterText = true;
  }
  const multi = rows.filter((r) => r.cells.filter((c) => c !== '').length >= 2);
  if (separators < 6 || multi.length < 3) return { end: start + 1 };
  return { end, table: { ...toTable(rows), form: 'cell-paragraphs' } };
}

/** A blank line of a browser's copy: nothing but spaces (a no-break space alone is a blank cell, not a blank line). */
function isBlankCopyLine(line: string): boolean {
  return /^[ \u3000]*$/u.test(line);
}

/** A one-cell line: a tab, then the cell, no other tab. */
function isCellLine(line: string): boolean {
  return /^\t[^\t]*$/.test(line);
}

function isTabRow(line: string): boolean {
  return line.includes('\t') && !isCellLine(line) && line.split('\t').filter((c) => c.trim() !== '').length >= 1;
}

function tabRegion(lines: string[], start: number, breaks: ReadonlySet<number>): Scan {
  if (!isTabRow(lines[start] as string)) return undefined;
  const end = runOf(lines, start, breaks, isTabRow);
  if (end - start < 2) return undefined;
  const rows: RawRow[] = [];
  for (let i = start; i < end; i++) {
    if ((lines[i] as string).trim() !== '') rows.push({ line: i + 1, cells: (lines[i] as string).split('\t') });
  }
  if (!rows.some((r) => r.cells.filter((c) => c.trim() !== '').length >= 2)) return { end };
  return { end, table: toTable(rows) };
}

function cellPerLineRegion(lines: string[], start: number): Scan {
  if (!isCellLine(lines[start] as string)) return undefined;
  if (isProse(lines[start] as string)) return { end: start + 1 };
  const rows: RawRow[] = [];
  let row: RawRow | undefined;
  let lastCellEnd = start;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '' && !isCellLine(line)) {
      row = undefined;
      continue;
    }
    if (isCellLine(line)) {
      // A tab-indented paragraph is where the table ends, even without a blank line or heading before it.
      if (isProse(line)) break;
      if (row === undefined) rows.push((row = { line: i + 1, cells: [], lines: [] }));
      row.cells.push(line.slice(1));
      row.lines?.push(i + 1);
      lastCellEnd = i + 1;
      continue;
    }
    // A line without a tab right after a cell continues that cell ("\t商业" + "企业"), unless it reads as prose.
    const prev = row?.cells[row.cells.length - 1];
    if (row !== undefined && prev !== undefined && lastCellEnd === i && isContinuation(line, prev)) {
      row.cells[row.cells.length - 1] = prev + line.trim();
      lastCellEnd = i + 1;
      continue;
    }
    break;
  }
  const end = lastCellEnd;
  const multi = rows.filter((r) => r.cells.filter((c) => c.trim() !== '').length >= 2);
  const lengths = rows.flatMap((r) => r.cells.map((c) => c.trim().length)).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  // Tab-indented prose paragraphs also start with a tab: a table has several multi-cell rows of short cells.
  if (multi.length < 2 || median > 40) return { end };
  return { end, table: toTable(rows) };
}

/** A sentence rather than a cell: long, or finished with 。！？； (no label of the format is either). */
function isProse(line: string): boolean {
  const t = line.trim();
  return t.length > 60 || TERMINAL.test(t);
}

function isContinuation(line: string, prev: string): boolean {
  const t = line.trim();
  if (line.includes('\t') || t.length > 20 || TERMINAL.test(t)) return false;
  return !/^\d[\d,.]*$/.test(prev.trim()) && matchSectionHeading(t) === undefined;
}

/**
 * A space-aligned table (`pdftotext -layout`): a run of layout lines, across page breaks, with at least three data
 * rows of values separated by two or more spaces. See text-layout.ts for how it is read (or left unread).
 */
function layoutRegion(lines: string[], start: number, breaks: ReadonlySet<number>): Scan {
  if (!isLayoutLine(lines[start] as string)) return undefined;
  const end = runOf(lines, start, breaks, isLayoutLine);
  let data = 0;
  let values = 0;
  for (let i = start; i < end; i++) {
    const n = layoutValueCount(lines[i] as string);
    if (n > 0) data++;
    values += n;
  }
  // Three data rows, or one long row of values under a header (table 四: 15 values in one row).
  if (data < MIN_LAYOUT_ROWS && !(values >= MIN_LAYOUT_VALUES && end - start > data)) return undefined;
  return { end, table: layoutTable(lines, start, end) };
}

const MIN_LAYOUT_ROWS = 3;
const MIN_LAYOUT_VALUES = 10;

/**
 * A table printed one cell per line without any separator (`pdftotext` without -layout): many short lines, a good
 * share of them bare numbers, with words only the format's tables print. Rows cannot be told apart, so it is kept
 * as a table that no mapper reads — "not audited" rather than "missing", and not prose either.
 */
function rawRegion(lines: string[], start: number, breaks: ReadonlySet<number>): Scan {
  const isShort = (line: string): boolean => {
    const t = line.trim();
    return t !== '' && !line.includes('\t') && t.length <= 40 && !TERMINAL.test(t) && !isHeading(t);
  };
  if (!isShort(lines[start] as string)) return undefined;
  const end = runOf(lines, start, breaks, isShort);
  const cells = lines.slice(start, end).filter((l) => l.trim() !== '');
  const numbers = cells.filter((l) => /^[\d０-９][\d０-９,.．]*$/u.test(l.trim())).length;
  if (cells.length < 8 || numbers < cells.length * 0.3 || !RAW_TABLE_WORDS.test(cells.join('|'))) return undefined;
  return { end, table: unreadLines(lines, start, end) };
}

/** Words that only the format's statistical tables print. */
const RAW_TABLE_WORDS =
  /本年新收|上年结转|结果维持|结果纠正|尚未审结|本年制发件数|现行有效件数|本年处理决定数量|申请人情况/u;

interface RawRow {
  line: number;
  cells: string[];
  /** Line of each cell, for one-cell-per-line tables. */
  lines?: number[];
}

function toTable(raw: RawRow[]): TableItem {
  const width = Math.max(0, ...raw.map((r) => r.cells.length));
  const rows: GridCell[][] = raw.map((r, ri) => {
    const cells: GridCell[] = [];
    for (let c = 0; c < width; c++) {
      const line = r.lines?.[c] ?? r.line;
      const text = r.cells[c];
      const cell: GridCell = { text: collapseSpace(text ?? ''), fromSpan: false, row: ri, col: c, line };
      if (text === undefined) cell.padding = true;
      cells.push(cell);
    }
    return cells;
  });
  return { kind: 'table', grid: { rows, width }, aligned: false, src: { kind: 'line', line: raw[0]?.line ?? 1 } };
}

/** Display width of a line (CJK and full-width characters count 2): wrapped lines share it. */
function widthOf(text: string): number {
  let w = 0;
  for (const ch of text.trim()) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * The width at which a converter hard-wrapped the narrative, if it did: most long unfinished lines are about the
 * same width. Undefined for reports whose paragraphs are whole lines.
 */
function wrapWidthOf(lines: string[], regions: Map<number, Region>): number | undefined {
  const inTable = new Set<number>();
  for (const [start, r] of regions) for (let i = start; i < r.end; i++) inTable.add(i);
  const widths = lines
    .filter((l, i) => !inTable.has(i) && l.trim() !== '' && !TERMINAL.test(l.trim()))
    .map(widthOf)
    .filter((w) => w >= 30)
    .sort((a, b) => a - b);
  if (widths.length < 3) return undefined;
  const median = widths[Math.floor(widths.length / 2)] as number;
  const near = widths.filter((w) => w >= median * 0.85 && w <= median * 1.1).length;
  return near >= widths.length * 0.5 ? median : undefined;
}

/** Narrative lines → paragraphs: a line joins the next when it was cut mid-sentence. */
function paragraphs(lines: Array<{ line: number; text: string }>, wrapWidth: number | undefined): TextItem[] {
  const out: TextItem[] = [];
  let current: { text: string; starts: Array<{ offset: number; line: number }> } | undefined;
  let previous = '';
  for (const { line, text } of lines) {
    // Markdown heading marks are layout, not text.
    const t = text.trim().replace(/^#{1,6}\s+/, '');
    if (t === '') continue;
    if (current !== undefined && continues(previous, t, wrapWidth)) {
      // Latin words cut at a line end keep their space; Chinese joins without one.
      if (/[A-Za-z0-9]$/.test(previous) && /^[A-Za-z]/.test(t)) current.text += ' ';
      current.starts.push({ offset: current.text.length, line });
      current.text += t;
    } else {
      if (current !== undefined) out.push(paragraphItem(current));
      current = { text: t, starts: [{ offset: 0, line }] };
    }
    previous = t;
  }
  if (current !== undefined) out.push(paragraphItem(current));
  return out;
}

/**
 * A paragraph with section headings inside it, as a page's text saved in one run prints them ("…的情况。 二、主动公开
 * 政府信息情况第二十条…", "一、总体情况2021年，…"): split before and after each heading, so the heading is an item
 * of its own. A heading inside is a top-level ordinal (一、 … 六、) — not after "：", "；" or "，" — with the words
 * of its own section (the longest such run of up to 32 characters without spaces, commas or brackets); an ordinal
 * after "：" or "；" is a list in a sentence ("包括：一、总体情况；二、…"), not a heading.
 */
function splitInlineHeadings(item: TextItem): TextItem[] {
  const text = item.text;
  if (text.length < 12 || item.origin.kind !== 'lines') return [item];
  const cuts: number[] = [];
  for (const m of text.matchAll(INLINE_ORDINAL)) {
    const at = (m.index as number) + (m[1] as string).length;
    const end = inlineHeadingEnd(text, at);
    if (end === undefined) continue;
    if (at > 0) cuts.push(at);
    if (text.slice(end).trim() !== '') cuts.push(end);
  }
  if (cuts.length === 0) return [item];
  const starts = item.origin.starts;
  const bounds = [0, ...new Set(cuts)].sort((a, b) => a - b);
  return bounds.flatMap((from, k) => {
    const to = bounds[k + 1] ?? text.length;
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (body === '') return [];
    const start = from + lead;
    const lineAt = [...starts].reverse().find((s) => s.offset <= start)?.line ?? starts[0]?.line ?? 1;
    const inside = starts.filter((s) => s.offset > start && s.offset < start + body.length);
    return [
      {
        kind: 'text' as const,
        text: body,
        origin: {
          kind: 'lines' as const,
          starts: [{ offset: 0, line: lineAt }, ...inside.map((s) => ({ offset: s.offset - start, line: s.line }))],
        },
      },
    ];
  });
}

/**
 * A top-level ordinal at the start of the text or after anything but a list's separator or 第 ("包括：一、…；二、…",
 * "第三、四季度"): after a space, a sentence's end, a figure or a unit of a table run together ("…2895.90元三、").
 */
const INLINE_ORDINAL = /(^|[^：:；;，,、第一二三四五六七八九十])[一二三四五六][、.．]/gu;

/** Where the section heading starting at `at` ends, if one does. */
function inlineHeadingEnd(text: string, at: number): number | undefined {
  for (let end = Math.min(text.length, at + 32); end >= at + 4; end--) {
    const heading = text.slice(at, end);
    if (/[\s，,。；;：:（(）)]/.test(heading.slice(2))) continue;
    const hit = matchSectionHeading(heading);
    if (hit !== undefined && hit.score >= 2.9) return end;
  }
  return undefined;
}

function paragraphItem(p: { text: string; starts: Array<{ offset: number; line: number }> }): TextItem {
  return { kind: 'text', text: p.text, origin: { kind: 'lines', starts: p.starts } };
}

function continues(previous: string, next: string, wrapWidth: number | undefined): boolean {
  if (TERMINAL.test(previous)) return false;
  if (isHeading(previous) || isHeading(next)) return false;
  if (MID_SENTENCE.test(previous) && !/[：:]$/.test(previous)) return true;
  return wrapWidth !== undefined && widthOf(previous) >= wrapWidth * 0.8;
}

/** A section heading with a top-level ordinal, or any section heading line. */
function isHeading(line: string): boolean {
  const hit = matchSectionHeading(line);
  return hit !== undefined && hit.score >= 2;
}
