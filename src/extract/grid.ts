import { ELEMENT_NODE, firstChildOf, nextOutside, tagOf, TEXT_NODE } from './dom';
import { collapseSpace } from '../text/normalise';

/**
 * Stage 2 of extraction: an HTML <table> as a true, rectangular grid (model: axe-core's `table/to-grid`).
 * rowspan/colspan are expanded; every grid cell keeps its origin element and says whether it was copied in from a
 * span. Spans are clamped the way browsers do (rowspan=0 or too large → to the end of the row group) and colspan is
 * capped, so hostile markup (rowspan=65534, colspan=1000) cannot blow the grid up. Never throws. With `maxRows`,
 * only the first rows are read: they come out as in the whole table's grid, but the grid is only as wide as they are.
 */
export function tableToGrid(table: Element, maxRows = Number.POSITIVE_INFINITY): Grid {
  const groups = rowGroups(table, maxRows);
  const rows: GridCell[][] = [];
  // carry[c] = the span copy of a cell from an earlier row still covering column c, and the last grid row it covers.
  const carry: Array<Carried | undefined> = [];
  let width = 0;

  for (const group of groups) {
    const groupEnd = rows.length + group.length - 1;
    for (const tr of group) {
      const r = rows.length;
      const row: GridCell[] = [];
      let c = 0;
      for (let td = tr.firstChild; td !== null; td = td.nextSibling) {
        const t = tagOf(td);
        if (t !== 'td' && t !== 'th') continue;
        for (let k = carry[c]; k !== undefined && k.until >= r; k = carry[c]) row[c++] = k.copy;
        // Cells pushed beyond any sane width (a staircase of huge rowspans) are dropped, not laid out.
        if (c >= MAX_WIDTH) break;
        const el = td as Element;
        const rowspan = spanValue(el.getAttribute('rowspan'), 1, 0);
        const colspan = Math.min(spanValue(el.getAttribute('colspan'), 1, 1), MAX_WIDTH - c);
        // rowspan=0 and absurd rowspans both end at the end of the row group, as in browsers.
        const until = rowspan === 0 ? groupEnd : Math.min(r + rowspan - 1, groupEnd);
        const cell: GridCell = { text: cellText(el), el, fromSpan: false, row: r, col: c };
        row[c] = cell;
        if (colspan > 1 || until > r) {
          // One shared copy per origin: a 10,000-row rowspan must not allocate 10,000 objects per column.
          const copy: GridCell = { ...cell, fromSpan: true };
          const held = until > r ? { copy, until } : undefined;
          carry[c] = held;
          for (let k = 1; k < colspan; k++) {
            row[c + k] = copy;
            carry[c + k] = held;
          }
        } else {
          carry[c] = undefined;
        }
        c += colspan;
      }
      for (let k = carry[c]; k !== undefined && k.until >= r; k = carry[c]) row[c++] = k.copy;
      // Cells carried from above beyond the last cell of this row.
      for (let k = c; k < carry.length; k++) {
        const held = carry[k];
        if (held !== undefined && held.until >= r) row[k] = held.copy;
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
    for (let c = 0; c < width; c++)
      if (row[c] === undefined) row[c] = { text: '', fromSpan: false, row: r, col: c, padding: true };
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
  /** Page and box of a PDF cell. */
  box?: PageBox;
  /** A position no cell covers (a row shorter than the table): padding for rectangularity, not a cell of the page. */
  padding?: true;
}

/** Where a cell or line of a PDF is: page (1-based) and box in points from the page's top left. */
export interface PageBox {
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A rectangular grid: `rows[r][c]` exists for every r < rows.length, c < width. */
export interface Grid {
  rows: GridCell[][];
  width: number;
}

/** No real report table is this wide (T4, the widest, has 15 columns); anything beyond is markup noise. */
const MAX_WIDTH = 100;

/** A cell spanning down: its span copy, and the last grid row it covers. */
interface Carried {
  copy: GridCell;
  until: number;
}

function spanValue(attr: string | null, fallback: number, min: number): number {
  if (attr === null) return fallback;
  const n = Number.parseInt(attr.trim(), 10);
  if (!Number.isFinite(n) || n < min) return fallback;
  return Math.min(n, 65534);
}

/**
 * The table's own rows grouped by row group (thead/tbody/tfoot, or the implicit body), in document order; the
 * last group cut so that there are at most `maxRows` rows in all.
 */
function rowGroups(table: Element, maxRows: number): Element[][] {
  const groups: Element[][] = [];
  let loose: Element[] | undefined;
  let count = 0;
  for (let child = table.firstChild; child !== null && count < maxRows; child = child.nextSibling) {
    const t = tagOf(child);
    if (t === 'tr') {
      if (loose === undefined) groups.push((loose = []));
      loose.push(child as Element);
      count++;
    } else if (t === 'thead' || t === 'tbody' || t === 'tfoot') {
      loose = undefined;
      const rows: Element[] = [];
      for (let tr = child.firstChild; tr !== null && count < maxRows; tr = tr.nextSibling) {
        if (tagOf(tr) !== 'tr') continue;
        rows.push(tr as Element);
        count++;
      }
      groups.push(rows);
    }
  }
  return groups;
}

const SKIP = new Set(['script', 'style', 'template', 'noscript']);

/** Text of a cell without script/style; <br> and block boundaries count as spaces so that words stay apart. */
export function cellText(el: Element): string {
  const first = firstChildOf(el);
  // Most cells hold one text node: no walk needed.
  if (first !== null && first.nextSibling === null && first.nodeType === TEXT_NODE)
    return collapseSpace(first.nodeValue ?? '');
  let text = '';
  let node: Node | null = first;
  while (node !== null) {
    let down: Node | null = null;
    if (node.nodeType === TEXT_NODE) text += node.nodeValue ?? '';
    else if (node.nodeType === ELEMENT_NODE) {
      const t = tagOf(node);
      if (!SKIP.has(t)) {
        if (SPACED.has(t)) text += ' ';
        // <template>, whose firstChild happy-dom misreports (see firstChildOf), is skipped.
        down = node.firstChild;
      }
    }
    node = down ?? nextOutside(node, el);
  }
  return collapseSpace(text);
}

/** Elements that separate words: a line break or a block inside the cell. */
const SPACED = new Set(['br', 'p', 'div', 'li']);
