/**
 * The page element at a position of a table's true grid (rowspan/colspan expanded, as the extractor counts them),
 * for "locate" on cells that hold no value (row and column labels), which the audit does not keep elements for.
 */

/** `c:table:row:col` → the cell element of the `table`-th <table> of `doc` at that grid position, or null. */
export function cellAtKey(doc: Document, key: string): Element | null {
  const match = /^c:(\d+):(\d+):(\d+)$/.exec(key);
  if (!match) return null;
  const [table, row, col] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const el = doc.querySelectorAll('table')[table];
  return el ? cellAt(el, row, col) : null;
}

/** The HTML table model's slot assignment, up to the wanted row (spans of 0 or junk count as 1; capped at 1000). */
export function cellAt(table: HTMLTableElement, row: number, col: number): Element | null {
  const taken: boolean[][] = [];
  const rows = table.rows;
  for (let r = 0; r < rows.length && r <= row; r++) {
    let c = 0;
    for (const cell of Array.from(rows[r]!.cells)) {
      while (taken[r]?.[c]) c++;
      const rs = span(cell.rowSpan);
      const cs = span(cell.colSpan);
      for (let i = 0; i < rs; i++) {
        for (let j = 0; j < cs; j++) {
          if (r + i === row && c + j === col) return cell;
          (taken[r + i] ??= [])[c + j] = true;
        }
      }
      c += cs;
    }
  }
  return null;
}

function span(n: number): number {
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 1000) : 1;
}
