import type { GridCell, PageBox } from '../extract/grid';
import type { StreamItem, TableItem, TextItem } from '../extract/stream';
import { boxSource } from '../extract/stream';
import { textStream } from '../extract/text-stream';
import {
  joinRuns,
  joinText,
  latticeTables,
  lineGroups,
  lineText,
  type LatticeCell,
  type LatticeTable,
} from './lattice';
import type { PdfPage, TextRun } from './types';

/**
 * PDF pages → the stream every later stage reads (the same intermediate the HTML and text paths produce). Tables
 * with drawn ruling lines are read as lattices: true grids with merged cells, aligned like HTML grids, so the
 * same header-based column mapping reads them. Everything else — narrative, and tables drawn without lines — is
 * laid out as text lines, space-aligned by x position, and read by the text path (paragraphs, page numbers,
 * space-aligned "stream" tables, whose columns are found by x alignment). Page numbers and running headers/footers
 * are dropped, and a lattice table continued on the next page (same columns) is joined into one grid.
 */
export function pdfStream(pages: readonly PdfPage[]): PdfStream {
  const chars = pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.text.replace(/\s/g, '').length, 0), 0);
  const images = pages.reduce((n, p) => n + p.images.length, 0);
  if (chars < SCANNED_CHARS) return { items: [], scanned: images > 0 || pages.length > 0, pages: pages.length };

  const furniture = furnitureOf(pages);
  const laid = pages.map((page) => {
    const tables = latticeTables(page.segments, page.runs);
    const used = new Set<number>();
    for (const t of tables) for (const i of t.used) used.add(i);
    const free = page.runs.filter((_, i) => !used.has(i));
    const lines = lineGroups(free)
      .map((runs) => pdfLine(page, runs))
      .filter((l) => l.text !== '' && !furniture(page, l));
    return { page, tables, lines };
  });
  // A row cut by the page break: its text printed under the last table of the page, its closing line drawn on the
  // next page, where the table goes on. It is the table's last row, not narrative between two tables.
  laid.forEach((p, i) => {
    const next = laid[i + 1];
    const last = p.tables[p.tables.length - 1];
    const first = next?.tables[0];
    if (last === undefined || first === undefined || !continues(last, first)) return;
    const bottom = last.box.y + last.box.h;
    const below = p.lines.filter((l) => l.box.y >= bottom - 2);
    const above = next?.lines.filter((l) => l.box.y + l.box.h <= first.box.y + 2) ?? [];
    if (
      below.length > 0 &&
      below.length <= 3 &&
      below.every((l) => l.box.y <= bottom + 3 * l.size && within(l, last))
    ) {
      absorbRow(
        last,
        below.flatMap((l) => l.runs),
        'below',
      );
      p.lines = p.lines.filter((l) => !below.includes(l));
    } else if (next !== undefined && below.length === 0 && above.length > 0 && above.length <= 4) {
      if (!above.every((l) => l.box.y + l.box.h >= first.box.y - 5 * l.size - 2 && within(l, first))) return;
      absorbRow(
        first,
        above.flatMap((l) => l.runs),
        'above',
      );
      next.lines = next.lines.filter((l) => !above.includes(l));
    }
  });
  // A row whose outer border is not drawn: a header line right on top of a table (its words over several columns),
  // a row of values right under it — or, when the table ends the page, the first line of the next page.
  laid.forEach((p, i) => {
    for (const table of p.tables) {
      const top = table.box.y;
      // The nearest line above, when it is close (a gap of at most 2.5 font sizes) and inside the table's width.
      const header = p.lines
        .filter((l) => l.box.y + l.box.h <= top + 2 && l.box.y + l.box.h >= top - 2.5 * l.size)
        .sort((a, b) => b.box.y - a.box.y)[0];
      if (
        header !== undefined &&
        within(header, table) &&
        columnsHit(table, header.runs) >= 2 &&
        !numericRow(header.runs)
      ) {
        absorbRow(table, header.runs, 'above');
        p.lines = p.lines.filter((l) => l !== header);
      }
      const bottom = table.box.y + table.box.h;
      let source = p;
      let values = p.lines.filter((l) => l.box.y >= bottom - 2 && l.box.y <= bottom + 2.5 * l.size && within(l, table));
      const next = laid[i + 1];
      if (
        values.length === 0 &&
        table === p.tables[p.tables.length - 1] &&
        bottom >= p.page.height * (1 - MARGIN) &&
        next !== undefined
      ) {
        const firstLine = [...next.lines].sort((a, b) => a.box.y - b.box.y)[0];
        const firstTable = next.tables[0];
        if (
          firstLine !== undefined &&
          (firstTable === undefined || firstLine.box.y < firstTable.box.y) &&
          within(firstLine, table)
        ) {
          values = [firstLine];
          source = next;
        }
      }
      const row = values[0];
      if (
        values.length === 1 &&
        row !== undefined &&
        numericRow(row.runs) &&
        columnsHit(table, row.runs) >= Math.ceil(table.cols / 2)
      ) {
        absorbRow(table, row.runs, 'below', source === p ? undefined : row.box.h + 4);
        source.lines = source.lines.filter((l) => l !== row);
      }
    }
  });
  // Document order: per page, top to bottom, the lattice tables and the lines between them.
  const blocks: Block[] = [];
  for (const { page, tables, lines } of laid) {
    const pageBlocks: Block[] = [
      ...tables.map((t): Block => ({ kind: 'table', page: page.number, y: t.box.y, table: t })),
      ...lines.map((l): Block => ({ kind: 'line', page: page.number, y: l.box.y, line: l })),
      // Pictures big enough to be a table (not a logo or an icon) stand in the stream where they are drawn.
      ...page.images
        .filter((b) => b.w >= page.width * 0.3 && b.h >= 60)
        .map((b): Block => ({ kind: 'image', page: page.number, y: b.y })),
    ].sort((a, b) => a.y - b.y);
    blocks.push(...pageBlocks);
  }

  const items: StreamItem[] = [];
  let title: string | undefined;
  let chunk: PdfLine[] = [];
  let lastTable: { item: TableItem; table: LatticeTable; page: number } | undefined;
  const flush = (): void => {
    if (chunk.length === 0) return;
    const read = readLines(chunk);
    if (items.length === 0 && title === undefined) title = read.title;
    items.push(...read.items);
    chunk = [];
    lastTable = undefined;
  };
  for (const block of blocks) {
    if (block.kind === 'line') {
      chunk.push(block.line);
      continue;
    }
    flush();
    if (block.kind === 'image') {
      items.push({ kind: 'image', url: `#page=${block.page}` });
      continue;
    }
    if (lastTable !== undefined && block.page === lastTable.page + 1 && continues(lastTable.table, block.table)) {
      appendRows(lastTable.item, block.table, block.page);
      lastTable = { ...lastTable, table: block.table, page: block.page };
      continue;
    }
    const item = tableItem(block.table, block.page);
    items.push(item);
    lastTable = { item, table: block.table, page: block.page };
  }
  flush();
  return { items, title: headingTitle(laid[0]?.lines ?? []) ?? title, scanned: false, pages: pages.length };
}

/** The stream, the title read from the first lines, and whether the PDF is only images (a scan). */
export interface PdfStream {
  items: StreamItem[];
  title?: string;
  scanned: boolean;
  pages: number;
}

/** Fewer visible characters than this in the whole PDF: it is a scan (images of pages), not text. */
const SCANNED_CHARS = 20;

type Block =
  | { kind: 'table'; page: number; y: number; table: LatticeTable }
  | { kind: 'line'; page: number; y: number; line: PdfLine }
  | { kind: 'image'; page: number; y: number };

interface PdfLine {
  page: number;
  text: string;
  box: PageBox;
  runs: TextRun[];
  size: number;
}

function pdfLine(page: PdfPage, runs: TextRun[]): PdfLine {
  const x = Math.min(...runs.map((r) => r.box.x));
  const y = Math.min(...runs.map((r) => r.box.y));
  const right = Math.max(...runs.map((r) => r.box.x + r.box.w));
  const bottom = Math.max(...runs.map((r) => r.box.y + r.box.h));
  const sizes = runs
    .filter((r) => r.text.trim() !== '')
    .map((r) => r.size)
    .sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)] ?? runs[0]?.size ?? 10;
  return {
    page: page.number,
    text: lineText(runs),
    box: { page: page.number, x, y, w: right - x, h: bottom - y },
    runs,
    size,
  };
}

/**
 * The report's title as printed on its first page: the line(s) in the largest type, clearly larger than the body
 * text, naming a report — a title set over two lines is joined. Undefined when no such line is there.
 */
function headingTitle(lines: readonly PdfLine[]): string | undefined {
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const big = lines.filter((l) => l.size >= body * 1.2 && l.text.length <= 60);
  const top = Math.max(0, ...big.map((l) => l.size));
  const at = big.findIndex((l) => l.size === top);
  if (at < 0) return undefined;
  let text = (big[at] as PdfLine).text;
  const next = big[at + 1];
  if (next !== undefined && Math.abs(next.size - top) < 0.5 && next.box.y - (big[at] as PdfLine).box.y < top * 2.5)
    text += next.text;
  return /年度报告|年报/.test(text) ? text : undefined;
}

/** A page number alone on its line: "- 3 -", "第 3 页 共 5 页", "3 / 5", "3", "Page 3 of 5". */
const PAGE_MARK =
  /^(?:[-—–－]?\s*\d{1,4}\s*[-—–－]?|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页|\d{1,4}\s*[/／]\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/iu;
/** The top and bottom share of a page where running headers, footers and page numbers sit. */
const MARGIN = 0.1;

/**
 * Page furniture: a page number in the top or bottom margin, and any margin line repeated on most pages (digits
 * aside) — a running header or footer, a print date and address. Not content, wherever it falls.
 */
function furnitureOf(pages: readonly PdfPage[]): (page: PdfPage, line: PdfLine) => boolean {
  const inMargin = (page: PdfPage, line: PdfLine) =>
    line.box.y + line.box.h <= page.height * MARGIN || line.box.y >= page.height * (1 - MARGIN);
  const key = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const seen = new Map<string, Set<number>>();
  for (const page of pages) {
    for (const runs of lineGroups(page.runs)) {
      const line = pdfLine(page, runs);
      if (line.text === '' || !inMargin(page, line)) continue;
      const k = key(line.text);
      let set = seen.get(k);
      if (set === undefined) seen.set(k, (set = new Set()));
      set.add(page.number);
    }
  }
  const repeated = Math.max(3, Math.ceil(pages.length / 2));
  return (page, line) => {
    if (!inMargin(page, line)) return false;
    if (PAGE_MARK.test(line.text.trim())) return true;
    return pages.length >= 3 && (seen.get(key(line.text))?.size ?? 0) >= repeated;
  };
}

/**
 * Lines not in a lattice table, laid out as text with spaces standing for x positions (one column = half the
 * font size, a Chinese character two columns), and read by the text path; its line numbers are mapped back to
 * the lines' boxes. A page break between lines is a form feed, as pdftotext prints one.
 */
function readLines(lines: readonly PdfLine[]): { items: StreamItem[]; title?: string } {
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const unit = (sizes[Math.floor(sizes.length / 2)] ?? 10) / 2;
  const left = Math.min(...lines.map((l) => l.box.x));
  const text: string[] = [];
  const boxes: PageBox[] = [];
  let page = lines[0]?.page;
  for (const line of lines) {
    if (line.page !== page) {
      text.push('\f');
      boxes.push(line.box);
      page = line.page;
    }
    text.push(layoutText(line.runs, left, unit));
    boxes.push(line.box);
  }
  const read = textStream(text.join('\n'));
  const boxOf = (n: number): PageBox => boxes[n - 1] ?? (boxes[0] as PageBox);
  const items = read.items.map((item): StreamItem => {
    if (item.kind === 'text' && item.origin.kind === 'lines') {
      const starts = item.origin.starts.map((s) => ({ offset: s.offset, box: boxOf(s.line) }));
      return { ...item, origin: { kind: 'boxes', starts } } satisfies TextItem;
    }
    if (item.kind === 'table') {
      for (const row of item.grid.rows) {
        for (const cell of row) if (cell.line !== undefined && cell.box === undefined) cell.box = boxOf(cell.line);
      }
      const first = item.src.kind === 'line' ? boxOf(item.src.line) : undefined;
      return first === undefined ? item : { ...item, src: boxSource(first) };
    }
    return item;
  });
  return { items, title: read.title };
}

/**
 * One line as fixed-pitch text: each run starts at the column of its x (never overlapping the previous run), so
 * columns of a table drawn without lines line up as in `pdftotext -layout`, and a visible gap of a font size or
 * more is at least two spaces (a column break), a smaller one at most one.
 */
function layoutText(runs: readonly TextRun[], left: number, unit: number): string {
  let out = '';
  let width = 0;
  let end: number | undefined;
  for (const run of runs) {
    const t = run.text;
    if (t.trim() === '') continue;
    const gap = end === undefined ? Infinity : run.box.x - end;
    let col = Math.max(0, Math.round((run.box.x - left) / unit));
    if (end !== undefined) {
      const min = width + (gap >= run.size * 0.9 ? 2 : gap > run.size * 0.25 ? 1 : 0);
      const max = gap >= run.size * 0.9 ? Infinity : width + (gap > run.size * 0.25 ? 1 : 0);
      col = Math.min(Math.max(col, min), max);
    }
    out += ' '.repeat(Math.max(0, col - width)) + t;
    width = Math.max(col, width) + displayWidth(t);
    end = run.box.x + run.box.w;
  }
  return out.replace(/\s+$/, '');
}

function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) && !/[\u2000-\u206f]/.test(ch) ? 2 : 1;
  return w;
}

/** A lattice table as an aligned grid (spans expanded as tableToGrid does: copies share the origin's position). */
function tableItem(table: LatticeTable, page: number): TableItem {
  const rows = gridRows(table, page, 0);
  return {
    kind: 'table',
    grid: { rows, width: table.cols },
    aligned: true,
    src: boxSource({ page, ...table.box }),
  };
}

function gridRows(table: LatticeTable, page: number, offset: number): GridCell[][] {
  const rows: GridCell[][] = Array.from({ length: table.rows }, () => new Array<GridCell>(table.cols));
  for (const cell of table.cells) {
    const origin: GridCell = {
      text: cell.text,
      fromSpan: false,
      row: cell.row + offset,
      col: cell.col,
      box: { page, ...cell.box },
    };
    const copy: GridCell = { ...origin, fromSpan: true };
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
      for (let c = cell.col; c < cell.col + cell.colSpan; c++)
        (rows[r] as GridCell[])[c] = r === cell.row && c === cell.col ? origin : copy;
    }
  }
  return rows;
}

/** The next page's first table continues this one: as many columns, at the same x (within 3 points). */
function continues(a: LatticeTable, b: LatticeTable): boolean {
  if (a.cols !== b.cols) return false;
  return a.xs.every((x, i) => Math.abs(x - (b.xs[i] as number)) <= 3);
}

/**
 * Appends the rows of `next` (the part on the next page) to a table item, without the header rows the PDF
 * repeated at the top of the page (rows whose texts equal the first rows of the table).
 */
function appendRows(item: TableItem, next: LatticeTable, page: number): void {
  const textOf = (row: readonly GridCell[]) => row.map((c) => c.text).join('|');
  const fresh = gridRows(next, page, 0);
  let skip = 0;
  while (
    skip < fresh.length &&
    skip < item.grid.rows.length &&
    textOf(fresh[skip] as GridCell[]) === textOf(item.grid.rows[skip] as GridCell[])
  )
    skip++;
  let rows = gridRows(next, page, item.grid.rows.length - skip).slice(skip);
  // A row broken across the page break (Word and LibreOffice let a row run onto the next page): the first row of
  // the next part holds only the rest of its labels, its value cells blank. Its texts end the row above's cells.
  const last = item.grid.rows[item.grid.rows.length - 1];
  const head = rows[0];
  if (last !== undefined && head !== undefined && brokenRowRest(last, head)) {
    for (let c = 0; c < head.length; c++) {
      const rest = head[c] as GridCell;
      if (rest.fromSpan || rest.text === '') continue;
      const above = last[c] as GridCell;
      const text = joinText(above.text, rest.text);
      for (const row of item.grid.rows)
        for (const cell of row) if (cell.row === above.row && cell.col === above.col) cell.text = text;
    }
    rows = gridRows(next, page, item.grid.rows.length - skip - 1).slice(skip + 1);
  }
  // A label cell spanning down across the break is drawn again, empty, at the top of the next part: there it is the
  // same cell (a span copy), as one HTML rowspan would give.
  const above = item.grid.rows[item.grid.rows.length - 1];
  const top = rows[0];
  if (above !== undefined && top !== undefined) {
    for (let c = 0; c < top.length; c++) {
      const blank = top[c] as GridCell;
      const carried = above[c] as GridCell | undefined;
      if (
        blank.fromSpan ||
        blank.text !== '' ||
        carried === undefined ||
        carried.text === '' ||
        looksNumeric(carried.text)
      )
        continue;
      const copy: GridCell = { ...carried, fromSpan: true };
      for (const row of rows)
        for (let k = 0; k < row.length; k++)
          if (row[k] === blank || (row[k]?.fromSpan && row[k]?.row === blank.row && row[k]?.col === blank.col))
            row[k] = copy;
    }
  }
  item.grid.rows.push(...rows);
}

function within(l: PdfLine, t: LatticeTable): boolean {
  return l.box.x >= t.box.x - 2 && l.box.x + l.box.w <= t.box.x + t.box.w + 2;
}

/** How many columns of the table the runs' centres fall in. */
function columnsHit(table: LatticeTable, runs: readonly TextRun[]): number {
  const cols = new Set<number>();
  for (const run of runs) {
    if (run.text.trim() === '') continue;
    const cx = run.box.x + run.box.w / 2;
    let c = 0;
    while (c < table.cols - 1 && cx >= (table.xs[c + 1] as number)) c++;
    cols.add(c);
  }
  return cols.size;
}

/** Most of the line's runs are numbers (a row of values). */
function numericRow(runs: readonly TextRun[]): boolean {
  const texts = runs.map((r) => r.text.trim()).filter((t) => t !== '');
  return texts.length > 0 && texts.filter(looksNumeric).length >= texts.length * 0.6;
}

/**
 * `rest` (the first row of a table's next part) is the rest of `last` (the last row before the break): a cell of
 * its own only where `last` has a label, blank under every value of `last`, and no cell of it spanning further down.
 */
function brokenRowRest(last: readonly GridCell[], rest: readonly GridCell[]): boolean {
  let labels = 0;
  for (let c = 0; c < rest.length; c++) {
    const cell = rest[c] as GridCell;
    const above = last[c] as GridCell | undefined;
    if (above === undefined) return false;
    if (cell.text === '') continue;
    if (cell.fromSpan || looksNumeric(cell.text) || above.text === '' || looksNumeric(above.text)) return false;
    if (cell.row === rest[0]?.row && cell.col === c) labels++;
  }
  const hasValues = last.some((cell) => looksNumeric(cell.text));
  const spansDown = (cell: GridCell) =>
    cell.box !== undefined && rest.some((r) => r !== cell && r.row === cell.row && r.col === cell.col && r.fromSpan);
  return labels > 0 && hasValues && !rest.some(spansDown);
}

function looksNumeric(text: string): boolean {
  return /^[\d０-９.,，．%\s-]+$/u.test(text);
}

/**
 * A header row on top of the table whose top border is not drawn: header words are centred over the columns they
 * head, so, left to right, each word's cell starts where the previous one ended and ends at the column boundary
 * that puts the word in its middle (the last word's reaches the table's right edge).
 */
function headerRow(table: LatticeTable, runs: readonly TextRun[], start: number): void {
  const words = lineGroups(runs.filter((r) => r.text.trim() !== ''))
    .flat()
    .sort((a, b) => a.box.x - b.box.x);
  const owner: number[] = [];
  let from = 0;
  words.forEach((word, k) => {
    let to = table.cols;
    if (k < words.length - 1) {
      const centre = word.box.x + word.box.w / 2;
      const want = 2 * centre - (table.xs[from] as number);
      const edge = word.box.x + word.box.w;
      to = from + 1;
      for (let b = from + 1; b < table.cols; b++) {
        if ((table.xs[b] as number) < edge - 1) continue;
        if (
          Math.abs((table.xs[b] as number) - want) < Math.abs((table.xs[to] as number) - want) ||
          (table.xs[to] as number) < edge - 1
        )
          to = b;
      }
    }
    for (let c = from; c < to; c++) owner[c] = k;
    from = Math.max(from, to);
  });
  for (let c = 0; c < table.cols; c++) owner[c] ??= words.length - 1;
  for (const cell of table.cells) cell.row++;
  const top = table.box.y;
  for (let c = 0; c < table.cols;) {
    let e = c;
    while (e + 1 < table.cols && owner[e + 1] === owner[c]) e++;
    const word = words[owner[c] as number] as TextRun;
    table.cells.push({
      row: 0,
      col: c,
      rowSpan: 1,
      colSpan: e - c + 1,
      box: {
        x: table.xs[c] as number,
        y: start,
        w: (table.xs[e + 1] as number) - (table.xs[c] as number),
        h: top - start,
      },
      text: word.text.trim(),
    });
    c = e + 1;
  }
  table.cells.sort((a, b) => a.row - b.row || a.col - b.col);
  table.ys.unshift(start);
  table.rows++;
  table.box = { ...table.box, y: start, h: table.box.y + table.box.h - start };
}

/**
 * Adds a row made of runs printed just under the table's last line or just above its first (a row cut by a page
 * break) to the table: each run goes to the column its centre falls in. Where nothing was printed, the row belongs
 * to the cell next to it — a label cell spanning rows (below the table: the cell above, when it is a label; above
 * the table: the blank cell below, which goes on from the previous page) — or is a blank cell.
 */
function absorbRow(table: LatticeTable, runs: readonly TextRun[], where: 'below' | 'above', height?: number): void {
  const top = table.box.y;
  const bottom = top + table.box.h;
  const start = where === 'below' ? bottom : Math.min(top - 1, ...runs.map((r) => r.box.y)) - 2;
  const end =
    height !== undefined
      ? bottom + height
      : where === 'below'
        ? Math.max(bottom + 1, ...runs.map((r) => r.box.y + r.box.h)) + 2
        : top;
  if (where === 'above' && !numericRow(runs)) {
    headerRow(table, runs, start);
    return;
  }
  if (where === 'above') for (const cell of table.cells) cell.row++;
  const row = where === 'below' ? table.rows : 0;
  const byCol = new Map<number, TextRun[]>();
  for (const run of runs) {
    if (run.text.trim() === '') continue;
    const cx = run.box.x + run.box.w / 2;
    let c = 0;
    while (c < table.cols - 1 && cx >= (table.xs[c + 1] as number)) c++;
    const list = byCol.get(c) ?? [];
    list.push(run);
    byCol.set(c, list);
  }
  const added: LatticeCell[] = [];
  for (let c = 0; c < table.cols; c++) {
    const list = byCol.get(c);
    if (list === undefined) {
      const neighbour =
        where === 'below'
          ? table.cells.find(
              (cell) =>
                cell.col === c && cell.row + cell.rowSpan === row && cell.text !== '' && !looksNumeric(cell.text),
            )
          : table.cells.find((cell) => cell.col === c && cell.row === 1 && cell.text === '');
      if (neighbour !== undefined) {
        neighbour.rowSpan++;
        if (where === 'above') neighbour.row = 0;
        neighbour.box =
          where === 'below'
            ? { ...neighbour.box, h: end - neighbour.box.y }
            : { ...neighbour.box, y: start, h: neighbour.box.y + neighbour.box.h - start };
        c += neighbour.colSpan - 1;
        continue;
      }
    }
    added.push({
      row,
      col: c,
      rowSpan: 1,
      colSpan: 1,
      box: {
        x: table.xs[c] as number,
        y: start,
        w: (table.xs[c + 1] as number) - (table.xs[c] as number),
        h: end - start,
      },
      text: list === undefined ? '' : joinRuns(list),
    });
  }
  table.cells.push(...added);
  table.cells.sort((a, b) => a.row - b.row || a.col - b.col);
  if (where === 'below') table.ys.push(end);
  else table.ys.unshift(start);
  table.rows++;
  table.box = { ...table.box, y: Math.min(top, start), h: Math.max(bottom, end) - Math.min(top, start) };
}
