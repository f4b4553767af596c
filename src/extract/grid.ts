import { collapseSpace } from './normalise';

/**
 * Stage 2 of extraction: an HTML <table> as a true, rectangular grid (model: axe-core's `table/to-grid`).
 * rowspan/colspan are expanded; every grid cell keeps its origin element and says whether it was copied in from a
 * span. Spans are clamped the way browsers do (rowspan=0 or too large → to the end of the row group) and colspan is
 * capped, so hostile markup (rowspan=65534, colspan=1000) cannot blow the grid up. Never throws.
 */
export function tableToGrid(table: Element): Grid {
  const groups = rowGroups(table);
  const rows: GridCell[][] = [];
  // carry[c] = a cell from an earlier row still covering column c, and the last grid row it covers.
  const carry: Array<{ cell: GridCell; until: number } | undefined> = [];
  let width = 0;

  for (const group of groups) {
    const groupEnd = rows.length + group.length - 1;
    for (const tr of group) {
      const r = rows.length;
      const row: GridCell[] = [];
      let c = 0;
      const fillCarried = (): void => {
        for (let k = carry[c]; k !== undefined && k.until >= r; k = carry[c]) row[c++] = spanCopy(k.cell);
      };
      for (const td of cellElements(tr)) {
        fillCarried();
        // Cells pushed beyond any sane width (a staircase of huge rowspans) are dropped, not laid out.
        if (c >= MAX_WIDTH) break;
        const rowspan = spanValue(td.getAttribute('rowspan'), 1, 0);
        const colspan = Math.min(spanValue(td.getAttribute('colspan'), 1, 1), MAX_WIDTH - c);
        // rowspan=0 and absurd rowspans both end at the end of the row group, as in browsers.
        const until = rowspan === 0 ? groupEnd : Math.min(r + rowspan - 1, groupEnd);
        const cell: GridCell = { text: cellText(td), el: td, fromSpan: false, row: r, col: c };
        for (let k = 0; k < colspan; k++) {
          const target = c + k;
          row[target] = k === 0 ? cell : spanCopy(cell);
          carry[target] = until > r ? { cell, until } : undefined;
        }
        c += colspan;
      }
      fillCarried();
      // Cells carried from above beyond the last cell of this row.
      for (let k = c; k < carry.length; k++) {
        const held = carry[k];
        if (held !== undefined && held.until >= r) row[k] = spanCopy(held.cell);
      }
      rows.push(row);
    }
    carry.length = 0;
  }

  // The grid is as wide as the rightmost column where some cell starts: columns made only of span copies
  // (colspan=1000 on one cell) carry nothing.
  for (const row of rows) {
    for (const cell of row) if (cell !== undefined && !cell.fromSpan) width = Math.max(width, cell.col + 1);
  }
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as GridCell[];
    row.length = Math.min(row.length, width);
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = { text: '', fromSpan: false, row: r, col: c };
  }
  return { rows, width };
}

/** One position of the grid. Span copies share `row`/`col` (the origin position) and `el` with their origin. */
export interface GridCell {
  /** The cell's text as printed, whitespace collapsed. */
  text: string;
  /** The origin <td>/<th> (absent for padding and for text-report cells). */
  el?: Element;
  fromSpan: boolean;
  /** Origin position in the grid. */
  row: number;
  col: number;
  /** Line of a plain-text report the cell came from (1-based). */
  line?: number;
}

/** A rectangular grid: `rows[r][c]` exists for every r < rows.length, c < width. */
export interface Grid {
  rows: GridCell[][];
  width: number;
}

/** No real report table is this wide (T4, the widest, has 15 columns); anything beyond is markup noise. */
const MAX_WIDTH = 100;

const copies = new WeakMap<GridCell, GridCell>();

/** The (shared) span copy of an origin cell: a 10,000-row rowspan must not allocate 10,000 objects per column. */
function spanCopy(cell: GridCell): GridCell {
  if (cell.fromSpan) return cell;
  let copy = copies.get(cell);
  if (copy === undefined) {
    copy = { ...cell, fromSpan: true };
    copies.set(cell, copy);
  }
  return copy;
}

function spanValue(attr: string | null, fallback: number, min: number): number {
  if (attr === null) return fallback;
  const n = Number.parseInt(attr.trim(), 10);
  if (!Number.isFinite(n) || n < min) return fallback;
  return Math.min(n, 65534);
}

function tag(node: Node): string {
  return node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : '';
}

function elementChildren(node: Node): Element[] {
  const out: Element[] = [];
  for (const child of Array.from(node.childNodes)) if (child.nodeType === 1) out.push(child as Element);
  return out;
}

/** The table's own rows grouped by row group (thead/tbody/tfoot, or the implicit body), in document order. */
function rowGroups(table: Element): Element[][] {
  const groups: Element[][] = [];
  let loose: Element[] | undefined;
  for (const child of elementChildren(table)) {
    const t = tag(child);
    if (t === 'tr') {
      if (loose === undefined) groups.push((loose = []));
      loose.push(child);
    } else if (t === 'thead' || t === 'tbody' || t === 'tfoot') {
      loose = undefined;
      groups.push(elementChildren(child).filter((el) => tag(el) === 'tr'));
    }
  }
  return groups;
}

function cellElements(tr: Element): Element[] {
  return elementChildren(tr).filter((el) => {
    const t = tag(el);
    return t === 'td' || t === 'th';
  });
}

const SKIP = new Set(['script', 'style', 'template', 'noscript']);

/** Text of a cell without script/style; <br> and block boundaries count as spaces so that words stay apart. */
export function cellText(el: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const t = tag(node);
    if (SKIP.has(t)) continue;
    if (t === 'br' || t === 'p' || t === 'div' || t === 'li') parts.push(' ');
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return collapseSpace(parts.join(''));
}
