import { tableToGrid, type Grid } from './grid';

/**
 * Stage 1 of extraction: the data tables of a document, in document order. A table that wraps other tables (the
 * layout tables old portals put around the whole article) is not a data table, nor is a one-row or one-column
 * table, nor one whose cells hold whole paragraphs. `index` is the table's position in
 * `doc.querySelectorAll('table')`, so that SourceRefs stay stable whatever is skipped.
 */
export function findTables(doc: Document): FoundTable[] {
  const out: FoundTable[] = [];
  const all = Array.from(doc.querySelectorAll('table'));
  all.forEach((el, index) => {
    if (el.querySelector('table') !== null) return;
    if ((el.getAttribute('role') ?? '').toLowerCase() === 'presentation') return;
    const grid = tableToGrid(el);
    if (!looksLikeData(grid)) return;
    out.push({ el, index, grid });
  });
  return out;
}

/** A data table: its element, its index among all <table> elements, and its grid. */
export interface FoundTable {
  el: Element;
  index: number;
  grid: Grid;
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
