/**
 * The merged cells (rowspan/colspan) of the report's tables, read from the page, so the popup can draw each table
 * as it looks on the page instead of repeating a merged cell's text in every position it covers.
 */
import type { AuditResult, TableId } from '../model';
import { tableToGrid } from '../extract/grid';
import type { Merge } from '../platform/messages';

/**
 * The merged regions of each extracted table, in the coordinates of its `grid` (the extractor's grid of the same
 * <table>, found by its index among the document's tables). Tables whose grid does not match are left out.
 */
export function tableMerges(doc: Document, result: AuditResult): Partial<Record<TableId, Merge[]>> {
  const elements = doc.querySelectorAll('table');
  const out: Partial<Record<TableId, Merge[]>> = {};
  for (const table of Object.values(result.report.tables)) {
    if (!table || table.source?.kind !== 'cell' || !table.grid) continue;
    const element = elements[table.source.table];
    if (!element) continue;
    const grid = tableToGrid(element);
    if (grid.rows.length !== table.grid.length || grid.width !== (table.grid[0]?.length ?? 0)) continue;
    out[table.id] = mergesOf(grid.rows);
  }
  return out;
}

/** Span copies share their origin's row/col: the extent of each origin is the region it covers. */
function mergesOf(rows: ReadonlyArray<ReadonlyArray<{ row: number; col: number }>>): Merge[] {
  const extent = new Map<string, Merge>();
  rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      const key = `${cell.row}:${cell.col}`;
      const merge = extent.get(key);
      if (!merge) return void extent.set(key, [cell.row, cell.col, 1, 1]);
      merge[2] = Math.max(merge[2], r - merge[0] + 1);
      merge[3] = Math.max(merge[3], c - merge[1] + 1);
    }),
  );
  return [...extent.values()].filter(([row, col, rowspan, colspan]) => rowspan * colspan > 1 && row >= 0 && col >= 0);
}
