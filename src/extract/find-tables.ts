import { namesReportWords } from './classify';
import { textOf } from './dom';
import { tableToGrid, type Grid } from './grid';
import { scanDocument, type PageScan } from './scan';
import { MAX_SHOWN_ROWS } from './stream';

/**
 * Stage 1 of extraction: the data tables of a document, in document order. A table that wraps other tables (the
 * layout tables old portals put around the whole article) is not a data table, nor is a one-row or one-column
 * table, nor one whose cells hold whole paragraphs. `index` is the table's position in
 * `doc.querySelectorAll('table')`, so that SourceRefs stay stable whatever is skipped. A long table without any
 * word of the report tables gets only the top of its grid. `scan` is the page's one walk (scan.ts); a caller that
 * has none gets one.
 */
export function findTables(doc: Document, scan: PageScan = scanDocument(doc)): FoundTable[] {
  const out: FoundTable[] = [];
  for (const { el, index, wrapper, rows, textLength } of scan.tables) {
    if (wrapper) continue;
    if ((el.getAttribute('role') ?? '').toLowerCase() === 'presentation') continue;
    // A long table without any word of the report tables (a download list, a statistics dump) is read only as far
    // as it is ever shown: its grid would cost more than the rest of the page and could never be mapped.
    const plain = rows > MAX_PLAIN_ROWS && !namesReportWords(textOf(el));
    const grid = plain ? tableToGrid(el, MAX_PLAIN_ROWS) : tableToGrid(el);
    if (!looksLikeData(grid)) continue;
    out.push({ el, index, grid, textLength });
  }
  return out;
}

/** Rows read of a long table that names no report table: as many as are shown of it. T3, the longest, has ~40. */
const MAX_PLAIN_ROWS = MAX_SHOWN_ROWS;

/** A data table: its element, its index among all <table> elements, its grid and the length of its textContent. */
export interface FoundTable {
  el: Element;
  index: number;
  grid: Grid;
  textLength: number;
}

/** Longest cell text a data table has (T3's longest label is ~40 characters); longer means prose in a layout cell. */
const MAX_CELL_TEXT = 300;

function looksLikeData(grid: Grid): boolean {
  if (grid.rows.length === 0 || grid.width < 2) return false;
  for (const row of grid.rows) for (const cell of row) if (cell.text.length > MAX_CELL_TEXT) return false;
  if (grid.rows.length > 1) return true;
  // A single row is data only when it is a row of numbers (T4 whose header cells were images).
  const cells = grid.rows[0] ?? [];
  const numeric = cells.filter((c) => /^[\d\s,.，]+$/.test(c.text)).length;
  return grid.width >= 5 && numeric >= cells.length * 0.8;
}
