/**
 * Table views for the arithmetic rules: which tables may be audited, value lookup with blank = 0, and Table 三's
 * effective 总计 (a blank 总计 derived from its row, so one blank raises one finding, not three).
 */
import type { CellValue, ExtractedTable, Report, TableId, TableStatus } from '../../model';
import { T3_COLUMNS, T3_ROWS, T3_ROWS_2019, type RowDef } from '../../template';
import { bareT4Column } from '../../engine/cells';

/** Statuses whose values are real enough for arithmetic (rules.md: never audit a layout we did not understand). */
export const AUDITABLE_STATUSES: ReadonlySet<TableStatus> = new Set<TableStatus>(['ok', 'partial', 'positional']);

/** Lookups over one extracted table. */
export interface TableView {
  readonly table: ExtractedTable;
  /** The extracted cell at (row, column), if the table has it. */
  cell(row: string, column: string): CellValue | undefined;
  /** The cell's value for arithmetic: blank = 0; undefined when the cell is missing or not a valid count. */
  num(row: string, column: string): number | undefined;
}

/** The table if it exists and its status allows arithmetic; undefined otherwise (the rule then returns early). */
export function auditableTable(report: Report, id: TableId): TableView | undefined {
  const table = report.tables?.[id];
  if (!table || !AUDITABLE_STATUSES.has(table.status) || !Array.isArray(table.values)) return undefined;
  return tableView(table);
}

/** Lookups over any extracted table, whatever its status (cached per table: several rules read each table). */
export function tableView(table: ExtractedTable): TableView {
  return cached(VIEWS, table, () => buildView(table));
}

function buildView(table: ExtractedTable): TableView {
  // Row, then column: rules look cells up thousands of times per report, and a key string built per lookup cost
  // more than the lookups.
  const index = new Map<string, Map<string, CellValue>>();
  const t4 = table.id === 'T4';
  for (const v of table.values) {
    let columns = index.get(v.row);
    if (columns === undefined) index.set(v.row, (columns = new Map()));
    const column = t4 ? bareT4Column(v.column) : v.column;
    if (!columns.has(column)) columns.set(column, v);
  }
  const cell = (row: string, column: string): CellValue | undefined =>
    index.get(row)?.get(t4 ? bareT4Column(column) : column);
  return { table, cell, num: (row, column) => countValue(cell(row, column)) };
}

/** A count for arithmetic: integers as they are, blanks as 0, anything else (missing, invalid, decimal) unknown. */
export function countValue(cell: CellValue | undefined): number | undefined {
  if (!cell) return undefined;
  if (cell.blank || cell.kind === 'blank') return 0;
  if (cell.kind === 'int' && typeof cell.value === 'number' && Number.isSafeInteger(cell.value) && cell.value >= 0) {
    return cell.value;
  }
  // "12.0" in a count cell is the whole number 12 (cell-not-number agrees).
  if (cell.kind === 'decimal' && cell.exact !== undefined && /^\d+$/.test(cell.exact)) return Number(cell.exact);
  return undefined;
}

/** Sum of operands, or undefined when any operand is unknown (a partial table only checks complete sums). */
export function sumOf(values: ReadonlyArray<number | undefined>): number | undefined {
  let total = 0;
  for (const v of values) {
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

/** Table 三's six applicant columns (everything but 总计), in table order. */
export const T3_PART_COLUMNS: readonly string[] = T3_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);
/** Table 三's seven columns, in table order. */
export const T3_ALL_COLUMNS: readonly string[] = T3_COLUMNS.map((c) => c.key);

/** A 总计 cell of Table 三 that is blank although its row has non-zero parts. */
export interface BlankTotal {
  row: string;
  cell: CellValue;
  /** The total derived from the row's parts. */
  derived: number;
  parts: CellValue[];
}

/** Table 三 with its layout resolved and its blank 总计 cells derived from their rows. */
export interface T3View extends TableView {
  /** The rows this layout should have (25 for 2021, 23 for the 2019 single 其他处理 row). */
  readonly rows: readonly RowDef[];
  /** Row keys summed into （七）总计 for this layout. */
  readonly resultParts: readonly string[];
  /** Blank 总计 cells whose rows have non-zero parts (derived, so sums use the derived value). */
  readonly blankTotals: readonly BlankTotal[];
  /** True when every 总计 cell present is blank and some row has non-zero parts (one cause: the column). */
  readonly totalColumnBlank: boolean;
  /** Value for arithmetic at (row, column), using the derived total for a blank 总计. */
  effective(row: string, column: string): number | undefined;
  /** Σ of the row's six applicant columns (what t3-row-total expects its 总计 to be). */
  rowSum(row: string): number | undefined;
  /** Σ of the result rows （一）…（六） in a column (what t3-result-sum expects （七）总计 to be). */
  resultSum(column: string): number | undefined;
  /**
   * The values a cell may have once another rule's finding is fixed: as printed, a 总计 as its row sum, a （七）总计 as
   * its column's result sum, a pinned part cell as its balancing value. Sum rules use them to stay silent on
   * knock-on effects of a mismatch reported elsewhere.
   */
  candidates(row: string, column: string): number[];
  /**
   * A part cell (applicant column) pinned down as the one wrong cell: its row's 总计 disagrees with the row's sum, and
   * changing this cell alone by that difference also balances its column's own equation (（七）总计 for a result row,
   * 一 + 二 = 三 + 四 for 一, 二 and 四), which no other cell of the row does. Returns the value that balances both;
   * undefined for any other cell.
   */
  pinned(row: string, column: string): number | undefined;
}

/** Table 三 ready for arithmetic, or undefined when it is absent or not auditable. */
export function t3View(report: Report): T3View | undefined {
  const base = auditableTable(report, 'T3');
  return base && cached(T3_VIEWS, base.table, () => buildT3View(base));
}

function buildT3View(base: TableView): T3View {
  const rows = uses2019Rows(base) ? T3_ROWS_2019 : T3_ROWS;
  const keys = rows.map((r) => r.key);
  const resultParts = keys.slice(keys.indexOf('carriedOver') + 1, keys.indexOf('totalProcessed'));
  const derived = new Map<string, number>();
  const blankTotals: BlankTotal[] = [];
  let totalsPresent = 0;
  let totalsBlank = 0;
  for (const row of keys) {
    const total = base.cell(row, 'total');
    if (!total) continue;
    totalsPresent++;
    if (!isBlank(total)) continue;
    totalsBlank++;
    const parts = T3_PART_COLUMNS.map((c) => base.cell(row, c));
    const sum = sumOf(parts.map(countValue));
    if (sum === undefined || sum === 0) continue;
    derived.set(row, sum);
    blankTotals.push({ row, cell: total, derived: sum, parts: parts.filter((p): p is CellValue => !!p) });
  }
  const effective = (row: string, column: string): number | undefined =>
    column === 'total' && derived.has(row) ? derived.get(row) : base.num(row, column);
  const rowSum = (row: string): number | undefined => sumOf(T3_PART_COLUMNS.map((c) => base.num(row, c)));
  const resultSum = (column: string): number | undefined => sumOf(resultParts.map((r) => effective(r, column)));
  const pinnedCells = pinParts(base, keys, resultParts, effective, rowSum, resultSum);
  const pinned = (row: string, column: string): number | undefined => pinnedCells.get(`${row}\u0000${column}`);
  const candidates = (row: string, column: string): number[] => {
    const values = [
      effective(row, column),
      column === 'total' ? rowSum(row) : undefined,
      row === 'totalProcessed' ? resultSum(column) : undefined,
      pinned(row, column),
    ];
    return [...new Set(values.filter((v) => v !== undefined))];
  };
  return {
    ...base,
    rows,
    resultParts,
    blankTotals,
    totalColumnBlank: blankTotals.length > 0 && totalsBlank === totalsPresent,
    effective,
    rowSum,
    resultSum,
    candidates,
    pinned,
  };
}

/** See T3View.pinned: for each row whose printed 总计 is off, the one part cell whose column is off by as much. */
function pinParts(
  base: TableView,
  keys: readonly string[],
  resultParts: readonly string[],
  effective: (row: string, column: string) => number | undefined,
  rowSum: (row: string) => number | undefined,
  resultSum: (column: string) => number | undefined,
): Map<string, number> {
  const out = new Map<string, number>();
  const identity = (column: string) => {
    const [a, b, c, d] = ['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'].map((r) =>
      effective(r, column),
    );
    return a === undefined || b === undefined || c === undefined || d === undefined
      ? undefined
      : { left: a + b, right: c + d };
  };
  for (const row of keys) {
    const total = base.cell(row, 'total');
    if (row === 'totalProcessed' || !total || isBlank(total)) continue;
    const printed = base.num(row, 'total');
    const sum = rowSum(row);
    if (printed === undefined || sum === undefined || printed === sum) continue;
    const delta = printed - sum;
    const fits = T3_PART_COLUMNS.filter((column) => {
      const value = base.num(row, column);
      if (value === undefined || value + delta < 0) return false;
      if (resultParts.includes(row)) {
        const parts = resultSum(column);
        const handled = effective('totalProcessed', column);
        return parts !== undefined && handled !== undefined && parts + delta === handled;
      }
      const sides = identity(column);
      if (!sides) return false;
      if (row === 'newReceived' || row === 'carriedOver') return sides.left + delta === sides.right;
      if (row === 'carriedForward') return sides.left === sides.right + delta;
      return false;
    });
    const [column] = fits;
    if (fits.length === 1 && column !== undefined)
      out.set(`${row}\u0000${column}`, (base.num(row, column) ?? 0) + delta);
  }
  return out;
}

/** True for a blank cell ("", "/", "—", "无" …). */
export function isBlank(cell: CellValue): boolean {
  return cell.blank || cell.kind === 'blank';
}

/** The 2019 trial layout has one （六）其他处理 row instead of three sub-rows (template-2021.md §5a). */
function uses2019Rows(view: TableView): boolean {
  const hasSplit = view.table.values.some((v) => v.row.startsWith('other.'));
  const hasSingle = view.table.values.some((v) => v.row === 'other');
  return hasSingle && !hasSplit ? true : !hasSplit && !hasSingle && view.table.layout === '2019';
}

const VIEWS = new WeakMap<ExtractedTable, { values: readonly CellValue[]; length: number; view: TableView }>();
const T3_VIEWS = new WeakMap<ExtractedTable, { values: readonly CellValue[]; length: number; view: T3View }>();

/** Reports are plain data, but a caller may still edit a table's values in place: then the view is rebuilt. */
function cached<V>(
  cache: WeakMap<ExtractedTable, { values: readonly CellValue[]; length: number; view: V }>,
  table: ExtractedTable,
  build: () => V,
): V {
  const hit = cache.get(table);
  if (hit && hit.values === table.values && hit.length === table.values.length) return hit.view;
  const view = build();
  cache.set(table, { values: table.values, length: table.values.length, view });
  return view;
}
