import type { Box, Segment, TextRun } from './types';

/**
 * "Lattice" tables (Tabula/Camelot): where ruling lines are drawn, the table's rows and columns are the distinct
 * positions of its horizontal and vertical lines, and two neighbouring grid boxes belong to one (merged) cell when
 * no line is drawn between them. Text runs go to the cell their centre falls in. Pure geometry, one page at a time.
 */
export function latticeTables(segments: readonly Segment[], runs: readonly TextRun[]): LatticeTable[] {
  const h = mergeSegments(segments.filter((s) => s.dir === 'h'));
  const v = mergeSegments(segments.filter((s) => s.dir === 'v'));
  const tables: LatticeTable[] = [];
  for (const group of connected(h, v)) {
    const table = buildTable(group.h, group.v, runs);
    if (table !== undefined) tables.push(table);
  }
  return tables.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
}

/** A table read from ruling lines. */
export interface LatticeTable {
  box: Box;
  /** Row and column boundaries (y down; x left to right). */
  ys: number[];
  xs: number[];
  /** The cells, each once, with its grid span; `runs` in reading order. */
  cells: LatticeCell[];
  rows: number;
  cols: number;
  /** Indexes (into the page's runs) of the runs inside the table. */
  used: Set<number>;
}

export interface LatticeCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
  text: string;
}

/** Lines closer than this (points) are one line: double borders, anti-aliased rectangles. */
const SAME_LINE = 2.5;
/** How far a line may stop short of another and still meet it. */
const REACH = 3;
/** Thinnest row or column kept (points); thinner gaps come from doubled borders. */
const MIN_SIZE = 3;

/** Collinear overlapping (or touching) segments as one. */
function mergeSegments(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Segment[] = [];
  const rows: Segment[][] = [];
  for (const s of sorted) {
    const row = rows[rows.length - 1];
    if (row !== undefined && Math.abs((row[0] as Segment).at - s.at) <= SAME_LINE) row.push(s);
    else rows.push([s]);
  }
  for (const row of rows) {
    const at = row.reduce((n, s) => n + s.at, 0) / row.length;
    const spans = row.map((s) => [s.from, s.to] as [number, number]).sort((a, b) => a[0] - b[0]);
    let cur = spans[0] as [number, number];
    for (const span of spans.slice(1)) {
      if (span[0] <= cur[1] + REACH) cur[1] = Math.max(cur[1], span[1]);
      else {
        out.push({ dir: (row[0] as Segment).dir, at, from: cur[0], to: cur[1] });
        cur = span;
      }
    }
    out.push({ dir: (row[0] as Segment).dir, at, from: cur[0], to: cur[1] });
  }
  return out;
}

function meets(h: Segment, v: Segment): boolean {
  return v.at >= h.from - REACH && v.at <= h.to + REACH && h.at >= v.from - REACH && h.at <= v.to + REACH;
}

/** Groups of lines that cross or touch one another: each group is a table's lattice. */
function connected(h: Segment[], v: Segment[]): Array<{ h: Segment[]; v: Segment[] }> {
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) {
      if (meets(h[i] as Segment, v[j] as Segment)) parent[find(i)] = find(h.length + j);
    }
  }
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  const group = (i: number) => {
    const root = find(i);
    let g = groups.get(root);
    if (g === undefined) groups.set(root, (g = { h: [], v: [] }));
    return g;
  };
  h.forEach((s, i) => group(i).h.push(s));
  v.forEach((s, j) => group(h.length + j).v.push(s));
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

/** Distinct positions, closer ones merged, too-thin gaps dropped. */
function positions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || x - last > MIN_SIZE) out.push(x);
  }
  return out;
}

function covered(lines: readonly Segment[], at: number, point: number): boolean {
  return lines.some((s) => Math.abs(s.at - at) <= SAME_LINE && s.from - REACH <= point && s.to + REACH >= point);
}

function buildTable(h: Segment[], v: Segment[], runs: readonly TextRun[]): LatticeTable | undefined {
  const ys = positions(h.map((s) => s.at));
  const xs = positions(v.map((s) => s.at));
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  // A frame around a page or a paragraph (one box) is not a table.
  if (rows < 2 || cols < 2) return undefined;
  // Union of neighbouring boxes with no line between them.
  const id = (r: number, c: number) => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (let r = 0; r < rows; r++) {
    const midY = ((ys[r] as number) + (ys[r + 1] as number)) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = ((xs[c] as number) + (xs[c + 1] as number)) / 2;
      if (c + 1 < cols && !covered(v, xs[c + 1] as number, midY)) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < rows && !covered(h, ys[r + 1] as number, midX)) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const spans = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(id(r, c));
      const s = spans.get(root);
      if (s === undefined) spans.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        s.r0 = Math.min(s.r0, r);
        s.r1 = Math.max(s.r1, r);
        s.c0 = Math.min(s.c0, c);
        s.c1 = Math.max(s.c1, c);
      }
    }
  }
  const box: Box = {
    x: xs[0] as number,
    y: ys[0] as number,
    w: (xs[cols] as number) - (xs[0] as number),
    h: (ys[rows] as number) - (ys[0] as number),
  };
  const cells: LatticeCell[] = [];
  const owner = new Map<number, LatticeCell>();
  for (const s of spans.values()) {
    const cell: LatticeCell = {
      row: s.r0,
      col: s.c0,
      rowSpan: s.r1 - s.r0 + 1,
      colSpan: s.c1 - s.c0 + 1,
      box: {
        x: xs[s.c0] as number,
        y: ys[s.r0] as number,
        w: (xs[s.c1 + 1] as number) - (xs[s.c0] as number),
        h: (ys[s.r1 + 1] as number) - (ys[s.r0] as number),
      },
      text: '',
    };
    cells.push(cell);
    for (let r = s.r0; r <= s.r1; r++) for (let c = s.c0; c <= s.c1; c++) owner.set(id(r, c), cell);
  }
  const used = new Set<number>();
  const inCell = new Map<LatticeCell, TextRun[]>();
  runs.forEach((run, i) => {
    const cx = run.box.x + run.box.w / 2;
    const cy = run.box.y + run.box.h / 2;
    if (cx < box.x || cx > box.x + box.w || cy < box.y || cy > box.y + box.h) return;
    used.add(i);
    if (run.text.trim() === '') return;
    const c = indexIn(xs, cx);
    const r = indexIn(ys, cy);
    const cell = owner.get(id(r, c));
    if (cell === undefined) return;
    let list = inCell.get(cell);
    if (list === undefined) inCell.set(cell, (list = []));
    list.push(run);
  });
  for (const [cell, list] of inCell) {
    // Separate numbers in one cell: the lattice missed a column line (borders not drawn everywhere), and no
    // reading of this grid is safe. The table's text is left to the stream reader.
    if (separateNumbers(list)) return undefined;
    cell.text = joinRuns(list);
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { box, ys, xs, cells, rows, cols, used };
}

/** Two or more numbers on one line of a cell, apart by a visible gap. */
function separateNumbers(runs: readonly TextRun[]): boolean {
  for (const line of lineGroups(runs.filter((r) => r.upright))) {
    const words = lineText(line).split(' ');
    if (words.filter((w) => /^[\d０-９][\d０-９,.]*$/u.test(w)).length >= 2) return true;
  }
  return false;
}

/** The interval of `bounds` that `value` falls in (clamped). */
function indexIn(bounds: readonly number[], value: number): number {
  let i = 0;
  while (i < bounds.length - 2 && value >= (bounds[i + 1] as number)) i++;
  return i;
}

/**
 * The text of runs that make one block (a cell): lines by baseline, top to bottom, runs left to right. Chinese
 * lines join without a space (a header word broken over two lines is one word); Latin words keep one. Rotated runs
 * (vertical header text) are read in the order they were drawn.
 */
export function joinRuns(runs: readonly TextRun[]): string {
  const upright = runs.filter((r) => r.upright);
  const rotated = runs.filter((r) => !r.upright);
  const lines = lineGroups(upright);
  let text = '';
  for (const line of lines) {
    const t = lineText(line);
    if (t === '') continue;
    text = joinText(text, t);
  }
  for (const r of rotated) text = joinText(text, r.text.trim());
  return text.trim();
}

/** Two pieces of text with a space between them only where Latin letters or digits meet. */
export function joinText(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return /[A-Za-z0-9.,%]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/** Runs grouped into lines (baselines within half a font size), top to bottom, each left to right. */
export function lineGroups<T extends TextRun>(runs: readonly T[]): T[][] {
  const sorted = [...runs].sort((a, b) => bottom(a) - bottom(b) || a.box.x - b.box.x);
  const lines: T[][] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (
      line !== undefined &&
      first !== undefined &&
      Math.abs(bottom(first) - bottom(run)) <= Math.max(first.size, run.size) * 0.5
    )
      line.push(run);
    else lines.push([run]);
  }
  for (const line of lines) line.sort((a, b) => a.box.x - b.box.x);
  return lines;
}

function bottom(run: TextRun): number {
  return run.box.y + run.box.h;
}

/** A line's text: runs in x order, a space where a visible gap separates Latin words or numbers. */
export function lineText(line: readonly TextRun[]): string {
  let text = '';
  let end: number | undefined;
  for (const run of line) {
    if (run.text === '') continue;
    const gap = end === undefined ? 0 : run.box.x - end;
    if (end !== undefined && gap > run.size * 0.5 && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    text += run.text;
    end = Math.max(end ?? -Infinity, run.box.x + run.box.w);
  }
  return text.replace(/\s+/g, ' ').trim();
}
