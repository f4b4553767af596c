import type { SourceRef } from '../model';
import type { Grid, PageBox } from './grid';

/**
 * The page (or text report) as one flat, ordered stream of text pieces, tables, images and file links. Both the DOM
 * path and the plain-text path produce it, and every later stage (sections, sentences, table mapping) reads only
 * this, so the two paths yield the same model.
 */
export type StreamItem = TextItem | TableItem | ImageItem | LinkItem;

/** A run of text: a DOM text block's segment (between block boundaries and <br>) or a paragraph of a text report. */
export interface TextItem {
  kind: 'text';
  /** The text as in the source (not collapsed); offsets below index into it. */
  text: string;
  origin: TextOrigin;
}

/** Where a text item's characters come from. */
export type TextOrigin =
  | { kind: 'block'; block: number; start: number; el: Element }
  /** Text report: the line each character range starts on (ascending offsets). */
  | { kind: 'lines'; starts: Array<{ offset: number; line: number }> }
  /** PDF: the page and box of the line each character range starts on (ascending offsets). */
  | { kind: 'boxes'; starts: Array<{ offset: number; box: PageBox }> };

/** A table as a grid, with where it is. */
export interface TableItem {
  kind: 'table';
  grid: Grid;
  /** True when columns line up (DOM grids); false for text tables, whose spans were lost. */
  aligned: boolean;
  /**
   * 'space-rows': a converter's rows of a label and its values separated by single spaces (pdfplumber, pdftotext
   * without -layout, a PDF viewer's copy). A blank cell leaves no trace in such a row, so mappers read a row only
   * when it holds exactly the values its table row has.
   */
  /**
   * 'cell-paragraphs': a browser's copy of a table whose cells hold paragraphs — every cell kept, blanks included,
   * in the page's order, a rowspan label on its group's first row only: a row's values are all its cells after its
   * labels, trailing blanks too.
   */
  form?: 'space-rows' | 'cell-paragraphs';
  /** Where the table is: {kind:'cell'} source of its position for DOM, first line for text. */
  src: SourceRef;
  /** Index in `document.querySelectorAll('table')` (DOM only). */
  table?: number;
  el?: Element;
}

/** An <img> (a table pasted as an image shows up as one). */
export interface ImageItem {
  kind: 'image';
  url: string;
  el?: Element;
}

/** A link to a file (PDF, DOC, WPS, OFD, XLS …). */
export interface LinkItem {
  kind: 'link';
  url: string;
  text: string;
  el?: Element;
}

/** SourceRef of the characters [start, end) of a text item. */
export function textSource(item: TextItem, start: number, end: number): SourceRef {
  const origin = item.origin;
  if (origin.kind === 'block') {
    return { kind: 'text', block: origin.block, start: origin.start + start, end: origin.start + end };
  }
  if (origin.kind === 'boxes') {
    let box = origin.starts[0]?.box;
    for (const s of origin.starts) {
      if (s.offset > start) break;
      box = s.box;
    }
    return box === undefined ? { kind: 'box', page: 1, x: 0, y: 0, w: 0, h: 0 } : boxSource(box);
  }
  let line = origin.starts[0]?.line ?? 1;
  for (const s of origin.starts) {
    if (s.offset > start) break;
    line = s.line;
  }
  return { kind: 'line', line };
}

/** Source of a grid cell of a table item. */
export function cellSource(table: TableItem, row: number, col: number): SourceRef {
  if (table.table !== undefined) return { kind: 'cell', table: table.table, row, col };
  const cell = table.grid.rows[row]?.[col];
  if (cell?.box !== undefined) return boxSource(cell.box);
  return { kind: 'line', line: cell?.line ?? (table.src.kind === 'line' ? table.src.line : 1) };
}

/** The SourceRef of a PDF box, rounded to 0.1 point (stable keys, small JSON). */
export function boxSource(box: PageBox): SourceRef {
  const r = (n: number) => Math.round(n * 10) / 10;
  return { kind: 'box', page: box.page, x: r(box.x), y: r(box.y), w: r(box.w), h: r(box.h) };
}

/** File links that mean "the report (or its table) is in an attachment". */
export const ATTACHMENT_EXT = /\.(?:pdf|docx?|wps|ofd|xlsx?|et|zip|rar)(?:$|[?#])/i;

/**
 * Rows shown of a table that could not be read ("this is what we could not read": the top is enough and keeps
 * messages small); also all that is read of a long table that names no report table (find-tables.ts).
 */
export const MAX_SHOWN_ROWS = 200;
