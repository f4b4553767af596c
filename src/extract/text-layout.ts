import type { GridCell } from './grid';
import { looksLikeValue } from './mapped';
import { collapseSpace } from '../text/normalise';
import { matchSectionHeading } from './sections';
import type { TableItem } from './stream';

/**
 * Space-aligned tables, as `pdftotext -layout` and similar converters print them: cells separated by two or more
 * spaces, blank cells left out, long labels wrapped over several lines. Read only where the reading is certain:
 * the value columns line up (a grid with blanks in place), or every row has the same number of values (read in the
 * format's order, as tab rows are). Anything else becomes a table no mapper reads, so it is reported as not
 * audited — never arithmetic on values that may have slid into the wrong column.
 */
export function layoutTable(lines: readonly string[], start: number, end: number): TableItem {
  const read = (metric: Metric): LayoutLine[] => {
    const rows: LayoutLine[] = [];
    for (let i = start; i < end; i++) {
      const text = lines[i] as string;
      if (text.trim() !== '') rows.push(layoutLine(text, i + 1, metric));
    }
    return joinFragments(rows);
  };
  // Converters place CJK characters one or two columns wide: the columns line up under one of the two measures.
  const display = read(charWidth);
  return alignedTable(display) ?? alignedTable(read(() => 1)) ?? uniformTable(display) ?? unreadTable(display);
}

/** Columns a character takes. */
type Metric = (ch: string) => number;

/** Whether a line may belong to a space-aligned table: no tab or pipe, not a sentence, not a section heading. */
export function isLayoutLine(line: string): boolean {
  if (line.includes('\t') || /^\s*\|/.test(line)) return false;
  const t = line.trim();
  if (t === '' || TERMINAL.test(t) || isSectionHeading(t)) return false;
  const segs = segmentsOf(line);
  if (segs.length >= 2) return segs.every((s) => width(s.text) <= MAX_CELL);
  return width(t) <= MAX_FRAGMENT;
}

/** The number of values of a data row (a label, or several values, followed by values separated by 2+ spaces); 0 for other lines. */
export function layoutValueCount(line: string): number {
  if (!isLayoutLine(line)) return 0;
  return layoutLine(line, 0).values.length;
}

const TERMINAL = /[。！？!?；;]$/;
/** A cell of a layout row is never a paragraph. */
const MAX_CELL = 80;
/** A single-segment line in a table is a wrapped piece of a label or a caption. */
const MAX_FRAGMENT = 40;

interface Segment {
  text: string;
  start: number;
  end: number;
}

interface LayoutLine {
  line: number;
  labels: Segment[];
  values: Segment[];
  /** A line without values: a header, a caption or a piece of a wrapped label. */
  header: boolean;
}

function isSectionHeading(t: string): boolean {
  const hit = matchSectionHeading(t);
  return hit !== undefined && hit.score >= 2;
}

/** Display width: CJK and full-width characters take two columns, as in a converter's fixed-pitch layout. */
function charWidth(ch: string): number {
  // General punctuation (“ ” ‘ ’ …) is East Asian "ambiguous": one column in a fixed-pitch copy.
  return /[\u1100-\uffff]/.test(ch) && !/[\u2000-\u206f]/.test(ch) ? 2 : 1;
}

function width(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/** Runs of text separated by two or more spaces (an ideographic space counts as two), with their columns. */
function segmentsOf(line: string, metric: Metric = charWidth): Segment[] {
  const out: Segment[] = [];
  let col = 0;
  let cur: Segment | undefined;
  let spaces = 0;
  for (const ch of line) {
    const w = metric(ch);
    if (ch === ' ' || ch === '\u3000' || ch === '\u00a0') {
      spaces += ch === '\u3000' ? 2 : 1;
    } else {
      if (cur !== undefined && spaces >= 2) {
        out.push(cur);
        cur = undefined;
      }
      if (cur === undefined) cur = { text: ch, start: col, end: col + w };
      else {
        cur.text += (spaces > 0 ? ' ' : '') + ch;
        cur.end = col + w;
      }
      spaces = 0;
    }
    col += w;
  }
  if (cur !== undefined) out.push(cur);
  return out;
}

function isValue(text: string): boolean {
  return looksLikeValue(text.replace(/\s+/g, ''));
}

/** A line's label segments and its trailing values. */
function layoutLine(text: string, line: number, metric: Metric = charWidth): LayoutLine {
  const segs = segmentsOf(text, metric);
  let v = segs.length;
  while (v > 0 && isValue((segs[v - 1] as Segment).text)) v--;
  const values = segs.slice(v);
  const labels = segs.slice(0, v);
  const data = values.some((s) => /\d/.test(s.text)) && (labels.length >= 1 || values.length >= 3);
  return data ? { line, labels, values, header: false } : { line, labels: segs, values: [], header: true };
}

const ORDINAL = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第二十条)/u;

/**
 * Wrapped labels back on their data row. A label-only line between data rows is the start of the next row's label
 * when it opens with an ordinal ("（二）部分公开（区分处理的，" above "只计这一情形…  3  0 …"), else the end of the
 * previous row's ("其他情形）" below it). A line that cannot be joined without giving one row another's label stays
 * a row of its own; lines above the first data row are the header.
 */
function joinFragments(rows: LayoutLine[]): LayoutLine[] {
  const firstData = rows.findIndex((r) => !r.header);
  if (firstData < 0) return rows;
  const out: LayoutLine[] = rows.slice(0, firstData);
  let pending: LayoutLine[] = [];
  const labelOf = (r: LayoutLine): string => r.labels.map((s) => s.text).join('');
  const boundary = (): number => Math.min(...rows.filter((r) => !r.header).map((r) => r.values[0]?.start ?? Infinity));
  const valueStart = boundary();
  const isFragment = (r: LayoutLine): boolean =>
    r.header && r.labels.length === 1 && (r.labels[0] as Segment).end <= valueStart && !/^第二十条/.test(labelOf(r));
  for (let i = firstData; i < rows.length; i++) {
    const r = rows[i] as LayoutLine;
    if (!r.header) {
      const opensRow = ORDINAL.test(labelOf(r));
      if (pending.length > 0 && !opensRow) {
        const text = pending.map(labelOf).join('') + labelOf(r);
        const first = (pending[0] as LayoutLine).labels[0] as Segment;
        out.push({ ...r, labels: [{ text, start: first.start, end: first.end }] });
      } else {
        out.push(...pending, r);
      }
      pending = [];
      continue;
    }
    const prev = out[out.length - 1];
    if (isFragment(r) && !ORDINAL.test(labelOf(r)) && pending.length === 0 && prev !== undefined && !prev.header) {
      const last = prev.labels[prev.labels.length - 1];
      if (last !== undefined) {
        prev.labels = [...prev.labels.slice(0, -1), { ...last, text: last.text + labelOf(r) }];
        continue;
      }
    }
    if (isFragment(r)) pending.push(r);
    else {
      out.push(...pending, r);
      pending = [];
    }
  }
  out.push(...pending);
  return out;
}

/**
 * The grid by column positions: every value of every data row falls in exactly one band of columns that no value
 * of another band touches. Blank cells (left out by the converter) are then empty cells in their column.
 */
function alignedTable(rows: LayoutLine[]): TableItem | undefined {
  const data = rows.filter((r) => !r.header);
  const spans = data
    .flatMap((r) => r.values.map((v) => [v.start, v.end] as [number, number]))
    .sort((a, b) => a[0] - b[0]);
  const bands: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    const last = bands[bands.length - 1];
    if (last !== undefined && s < last[1]) last[1] = Math.max(last[1], e);
    else bands.push([s, e]);
  }
  const bandOf = (seg: Segment): number | undefined => {
    const hits = bands.flatMap(([s, e], i) => (seg.start < e && seg.end > s ? [i] : []));
    return hits.length === 1 ? hits[0] : undefined;
  };
  /** The band a header segment starts over: the first it overlaps, else the next one to its right. */
  const nearestBand = (seg: Segment): number => {
    const i = bands.findIndex(([s, e]) => seg.start < e && seg.end > s);
    if (i >= 0) return i;
    const right = bands.findIndex(([s]) => s >= seg.end);
    return right >= 0 ? right : bands.length - 1;
  };
  // A data row with two values in one band, or a label reaching into the values, is not aligned; nor is a grid
  // whose columns no row fills (values that slid sideways make extra bands).
  if (!data.some((r) => r.values.length === bands.length)) return undefined;
  const valueStart = bands[0]?.[0] ?? 0;
  for (const r of data) {
    const used = r.values.map(bandOf);
    if (used.some((b) => b === undefined) || new Set(used).size !== used.length) return undefined;
    if (r.labels.some((l) => l.end > valueStart)) return undefined;
  }
  const labelCols = Math.min(3, Math.max(1, ...rows.map((r) => r.labels.filter((l) => l.end <= valueStart).length)));
  const w = labelCols + bands.length;
  const grid: GridCell[][] = rows.map((r, ri) => {
    const texts: string[] = Array.from({ length: w }, () => '');
    const labelTexts = r.labels.filter((l) => l.end <= valueStart).map((l) => l.text);
    // More label pieces than label columns: the last column takes the rest.
    labelTexts.forEach((t, i) => {
      const c = Math.min(i, labelCols - 1);
      texts[c] = texts[c] ? `${texts[c]} ${t}` : t;
    });
    const spanned = new Set<number>();
    if (r.header) {
      // A header over several columns covers them up to the next header of its row, as a colspan does.
      const heads = r.labels.filter((l) => l.end > valueStart);
      const firstBands = heads.map(nearestBand);
      heads.forEach((seg, k) => {
        const from = firstBands[k] as number;
        // Only a sparse row is a row of group headers; in a row of column headers each names its own column.
        const last = k + 1 < heads.length ? Math.max(from, (firstBands[k + 1] as number) - 1) : bands.length - 1;
        const to = heads.length * 2 <= bands.length ? last : from;
        for (let b = from; b <= to; b++) {
          const c = labelCols + b;
          if (texts[c]) continue;
          texts[c] = seg.text;
          if (b !== from) spanned.add(c);
        }
      });
    } else {
      for (const seg of r.values) {
        const c = labelCols + (bandOf(seg) as number);
        texts[c] = seg.text;
      }
    }
    return texts.map((t, c) => ({ ...cellOf(t, ri, c, r.line), fromSpan: spanned.has(c) }));
  });
  return tableOf(grid, w, true, rows);
}

/** Without aligned columns: rows read like tab rows (labels, then values) only when no row can be missing a value. */
function uniformTable(rows: LayoutLine[]): TableItem | undefined {
  const counts = new Set(rows.filter((r) => !r.header && r.values.length >= 2).map((r) => r.values.length));
  if (counts.size > 1) return undefined;
  const texts = rows.map((r) => [...r.labels, ...r.values].map((s) => s.text));
  const w = Math.max(1, ...texts.map((t) => t.length));
  const grid = texts.map((t, ri) =>
    Array.from({ length: w }, (_, c) => cellOf(t[c] ?? '', ri, c, (rows[ri] as LayoutLine).line, t[c] === undefined)),
  );
  return tableOf(grid, w, false, rows);
}

/** Each line as one cell: no mapper reads a row of values from it, so the table is reported as not audited. */
function unreadTable(rows: LayoutLine[]): TableItem {
  const grid = rows.map((r, ri) => [cellOf([...r.labels, ...r.values].map((s) => s.text).join(' '), ri, 0, r.line)]);
  return tableOf(grid, 1, false, rows);
}

/** One column of short lines, as `pdftotext` without -layout prints a table: never read, only noted. */
export function unreadLines(lines: readonly string[], start: number, end: number): TableItem {
  const rows: LayoutLine[] = [];
  for (let i = start; i < end; i++) {
    const t = (lines[i] as string).trim();
    if (t === '') continue;
    rows.push({ line: i + 1, labels: [{ text: t, start: 0, end: width(t) }], values: [], header: true });
  }
  return unreadTable(rows);
}

function cellOf(text: string, row: number, col: number, line: number, padding = false): GridCell {
  const cell: GridCell = { text: collapseSpace(text), fromSpan: false, row, col, line };
  if (padding) cell.padding = true;
  return cell;
}

function tableOf(rows: GridCell[][], width: number, aligned: boolean, lines: LayoutLine[]): TableItem {
  return { kind: 'table', grid: { rows, width }, aligned, src: { kind: 'line', line: lines[0]?.line ?? 1 } };
}
