/**
 * A table of the report as the popup's tables view draws it: the grid as read from the page, each cell annotated
 * with the worst finding on it and whether its value was copied in from a merged cell.
 */
import type { CellValue, ExtractedTable, Finding, Severity, SourceRef } from '../model';
import type { Merge } from '../platform/messages';

/** One cell of the drawn grid. */
export interface GridCellView {
  text: string;
  /** Worst severity of the findings on this cell. */
  severity?: Severity;
  /** 'primary' when some finding is about this cell (its first cell), 'related' when it only takes part in one. */
  role?: 'primary' | 'related';
  /** The value was filled in from a rowspan/colspan. */
  fromSpan: boolean;
  /** True for a cell that was read as one of the table's values (not a label). */
  value: boolean;
  /** The page element's key, for "locate". */
  key?: string;
  /** A header cell (first row / first column of a pivoted table). */
  header?: boolean;
  /** Merged cells as on the page: the positions a merge covers are left out of their rows (as in HTML). */
  rowspan?: number;
  colspan?: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The grid to draw for a table: its own text grid when the extractor kept one (with the page's merged cells put
 * back), otherwise a grid pivoted from its values (row labels × column labels). Null when there is nothing to draw.
 */
export function tableGrid(
  table: ExtractedTable,
  findings: readonly Finding[],
  keyOf: (src: SourceRef) => string,
  merges: readonly Merge[] = [],
): GridCellView[][] | null {
  const worst = worstByKey(findings, keyOf);
  if (table.grid && table.grid.length > 0) return merge(fromGrid(table, table.grid, worst, keyOf), merges);
  if (table.values.length > 0) return pivot(table.values, worst, keyOf);
  return null;
}

/**
 * Applies merged regions: the top-left cell spans the region and carries the worst severity (and span flag) of the
 * positions it covers; the other positions are dropped. Overlapping or out-of-range merges (broken markup) are
 * ignored rather than allowed to hide cells.
 */
function merge(view: GridCellView[][], merges: readonly Merge[]): GridCellView[][] {
  const height = view.length;
  const width = view[0]?.length ?? 0;
  const covered = new Set<string>();
  const sorted = [...merges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [row, col, rowspan, colspan] of sorted) {
    if (row + rowspan > height || col + colspan > width) continue;
    const positions: Array<[number, number]> = [];
    for (let r = row; r < row + rowspan; r++) for (let c = col; c < col + colspan; c++) positions.push([r, c]);
    if (positions.some(([r, c]) => covered.has(`${r}:${c}`))) continue;
    const top = view[row]![col]!;
    for (const [r, c] of positions) {
      covered.add(`${r}:${c}`);
      if (r === row && c === col) continue;
      const cell = view[r]![c]!;
      top.severity = worse(top.severity, cell.severity);
      top.role = strongerRole(top.role, cell.role);
      top.fromSpan ||= cell.fromSpan;
      top.value ||= cell.value;
      top.key ??= cell.key;
    }
    top.rowspan = rowspan;
    top.colspan = colspan;
    covered.delete(`${row}:${col}`);
  }
  return view.map((cells, r) => cells.filter((_, c) => !covered.has(`${r}:${c}`)));
}

function fromGrid(
  table: ExtractedTable,
  grid: string[][],
  worst: Map<string, Mark>,
  keyOf: (src: SourceRef) => string,
): GridCellView[][] {
  // Every cell of a table read from the page can be located, labels too (the page's own cell at that grid position).
  const source = table.source?.kind === 'cell' ? table.source.table : undefined;
  const view: GridCellView[][] = grid.map((row, r) =>
    row.map((text, c) => {
      const cell: GridCellView = { text, fromSpan: false, value: false };
      if (source !== undefined) cell.key = keyOf({ kind: 'cell', table: source, row: r, col: c });
      return cell;
    }),
  );
  for (const v of table.values) {
    const src = v.src;
    if (src?.kind !== 'cell') continue;
    const cell = view[src.row]?.[src.col];
    if (!cell) continue;
    const key = keyOf(src);
    cell.value = true;
    cell.fromSpan ||= v.fromSpan;
    cell.key = key;
    cell.severity = worse(cell.severity, worst.get(key)?.severity);
    cell.role = strongerRole(cell.role, worst.get(key)?.role);
  }
  return view;
}

function pivot(values: readonly CellValue[], worst: Map<string, Mark>, keyOf: (src: SourceRef) => string) {
  const rows = unique(values.map((v) => [v.row, v.rowLabel] as const));
  const columns = unique(values.map((v) => [v.column, v.columnLabel] as const));
  const byCell = new Map(values.map((v) => [`${v.row}\u0000${v.column}`, v]));
  const header: GridCellView[] = [
    { text: '', fromSpan: false, value: false, header: true },
    ...columns.map(([, label]) => ({ text: label, fromSpan: false, value: false, header: true })),
  ];
  return [
    header,
    ...rows.map(([row, label]) => [
      { text: label, fromSpan: false, value: false, header: true },
      ...columns.map(([column]): GridCellView => {
        const v = byCell.get(`${row}\u0000${column}`);
        if (!v) return { text: '', fromSpan: false, value: false };
        const key = v.src ? keyOf(v.src) : undefined;
        const mark = key ? worst.get(key) : undefined;
        return { text: v.raw, fromSpan: v.fromSpan, value: true, key, severity: mark?.severity, role: mark?.role };
      }),
    ]),
  ];
}

interface Mark {
  severity: Severity;
  role: 'primary' | 'related';
}

/** The worst severity on each cell, and whether any finding is about it (its first cell) or only uses it. */
function worstByKey(findings: readonly Finding[], keyOf: (src: SourceRef) => string): Map<string, Mark> {
  const worst = new Map<string, Mark>();
  for (const finding of findings) {
    finding.cells.forEach((cell, i) => {
      if (!cell.src) return;
      const key = keyOf(cell.src);
      const seen = worst.get(key);
      worst.set(key, {
        severity: worse(seen?.severity, finding.severity) ?? finding.severity,
        role: strongerRole(seen?.role, i === 0 && !finding.unpinned ? 'primary' : 'related') ?? 'related',
      });
    });
  }
  return worst;
}

function strongerRole(
  a: 'primary' | 'related' | undefined,
  b: 'primary' | 'related' | undefined,
): 'primary' | 'related' | undefined {
  return a === 'primary' || b === 'primary' ? 'primary' : (a ?? b);
}

function worse(a: Severity | undefined, b: Severity | undefined): Severity | undefined {
  if (!a) return b;
  if (!b) return a;
  return RANK[a] <= RANK[b] ? a : b;
}

function unique(pairs: ReadonlyArray<readonly [string, string]>): Array<readonly [string, string]> {
  const seen = new Map<string, readonly [string, string]>();
  for (const pair of pairs) if (!seen.has(pair[0])) seen.set(pair[0], pair);
  return [...seen.values()];
}
