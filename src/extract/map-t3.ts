import { T3_COLUMNS, T3_ROWS, T3_ROWS_2019, type RowDef } from '../template';
import { splitOrdinal } from '../text/normalise';
import {
  headerChain,
  isNumeric,
  labelGrid,
  looksLikeValue,
  rowLabels,
  trailingValues,
  type MappedCell,
  type MappedTable,
} from './mapped';
import type { TableItem } from './stream';

/**
 * Stage 5, table 三: rows by label keywords (template `match`), with the context rules the keywords need — "3.其他"
 * is a row only inside （六）其他处理; "总计" is the row （七）总计 only below the header, where it is not the column
 * 总计. Columns by header keywords when the grid is aligned (DOM); a text copy, whose spans are lost, is read as
 * "the trailing 7 values of each row" in the format's column order. Returns undefined when the table is not T3.
 */
export function mapT3(item: TableItem, continuations: readonly TableItem[] = []): MappedTable | undefined {
  const labels = labelGrid(item);
  const first = firstDataRow(labels);
  if (first < 0) return undefined;

  const columns = item.aligned ? columnsFromHeader(labels, first, item.grid.width) : undefined;
  const found = new Map<string, Found>();
  const context: Context = {};
  if (!readable(item, labels, first)) return undefined;
  readRows(item, labels, first, columns, context, found);
  // A table cut in two at a page break (Word, PDF converters): the rest of its rows come in the next table(s), with
  // the header or without it. Each must bring rows not found yet, or it is something else and reading stops there.
  for (const next of continuations) {
    const nextLabels = labelGrid(next);
    const start = firstDataRow(nextLabels);
    if (start < 0 || !readable(next, nextLabels, start)) break;
    const own = next.aligned ? columnsFromHeader(nextLabels, start, next.grid.width) : undefined;
    // Without a header of its own, the rows sit in the columns of the first part when the grids are as wide.
    const nextColumns = own ?? (next.aligned && next.grid.width === item.grid.width ? columns : undefined);
    if (readRows(next, nextLabels, start, nextColumns, context, found) === 0) break;
  }
  if (found.size < MIN_ROWS) return undefined;

  const layout = found.has('other') && ![...found.keys()].some((k) => k.startsWith('other.')) ? '2019' : '2021';
  const template: readonly RowDef[] = layout === '2019' ? T3_ROWS_2019 : T3_ROWS;
  const keys = columns?.keys ?? ALL_KEYS;
  const cells: MappedCell[] = [];
  const missingRows: string[] = [];
  for (const def of template) {
    const hit = found.get(def.key);
    if (hit === undefined || hit.cols.length === 0) {
      missingRows.push(def.key);
      continue;
    }
    hit.cols.forEach((c, i) => {
      const column = T3_COLUMNS.find((col) => col.key === hit.keys[i]);
      if (column === undefined) return;
      const { key: row, label: rowLabel } = def;
      cells.push({
        row,
        column: column.key,
        rowLabel,
        columnLabel: column.label,
        type: 'int',
        item: hit.item,
        r: hit.r,
        c,
      });
    });
  }
  const missingColumns = T3_COLUMNS.map((c) => c.key).filter((k) => !keys.includes(k));
  const status = missingRows.length === 0 && missingColumns.length === 0 ? 'ok' : 'partial';
  return { status, layout, cells, missingRows, missingColumns };
}

/** Where a row of table 三 was found: its table, grid row, value columns and their column keys. */
interface Found {
  item: TableItem;
  r: number;
  cols: number[];
  keys: readonly string[];
}

/** The seven column keys in the format's order (what a row's trailing 7 values are read as). */
const ALL_KEYS = T3_COLUMNS.map((c) => c.key);

/** The data start at the first row with a row label and a value; everything above is header. -1 when none. */
function firstDataRow(labels: string[][]): number {
  return labels.findIndex(
    (row) => row.some((t) => t !== '' && looksLikeValue(t)) && rowKeyOf(labelsOnly(row), {}) !== undefined,
  );
}

/** Records the rows of `item` from `first` on that are not in `found` yet; returns how many it added. */
function readRows(
  item: TableItem,
  labels: string[][],
  first: number,
  columns: HeaderColumns | undefined,
  context: Context,
  found: Map<string, Found>,
): number {
  let added = 0;
  for (let r = first; r < labels.length; r++) {
    const row = labels[r] as string[];
    const cols = columnsOfRow(row, columns, item, r);
    const key = rowKeyOf(rowLabels(row, cols?.[0] ?? firstValue(row)), context);
    if (key === undefined || found.has(key)) continue;
    found.set(key, { item, r, cols: cols ?? [], keys: columns?.keys ?? ALL_KEYS });
    added++;
  }
  return added;
}

/**
 * Whether a text table (spans lost) can be read row by row with certainty. Not when a row of seven values has no
 * label (a converter split labels from their values, or lost one): which row it is cannot be told, and reading the
 * others would report it missing. Nor, for a converter's space rows, when a row of the table has other than seven
 * values: a blank cell left no trace, so the values cannot be put in their columns.
 */
function readable(item: TableItem, labels: string[][], first: number): boolean {
  if (item.aligned) return true;
  const context: Context = {};
  for (let r = first; r < labels.length; r++) {
    const row = (labels[r] as string[]).filter((t) => t !== '');
    const values = row.filter((t) => looksLikeValue(t));
    const start = firstValue(labels[r] as string[]);
    const key = rowKeyOf(labelsOnly(labels[r] as string[]), context);
    if (values.length === row.length && row.filter(isNumeric).length === T3_COLUMNS.length) return false;
    // A browser's copy of paragraph cells keeps every cell: a row of the table has its seven after its labels.
    if (item.form === 'cell-paragraphs' && key !== undefined) {
      const after = cellsAfterLabels(labels[r] as string[], item, r).length;
      if (after !== T3_COLUMNS.length) return false;
      continue;
    }
    if (item.form !== 'space-rows' || key === undefined) continue;
    const trailing = (labels[r] as string[]).slice(start).filter((t) => t !== '');
    // A group label ("（六）其他处理") is a row of no values; any other row of the table has its seven.
    if (trailing.length !== T3_COLUMNS.length && !(trailing.length === 0 && key === 'other')) return false;
  }
  return true;
}

/** Fewer matched rows than this and the table is something else that happens to share a word or two. */
const MIN_ROWS = 5;

interface Context {
  group?: 'denied' | 'unable' | 'notProcessed' | 'other';
}

interface HeaderColumns {
  /** Grid columns of the value columns, left to right, and their keys. */
  cols: number[];
  keys: string[];
}

/** Group cells of table 三 (rowspans in HTML; in a text copy the label appears on the group's first row only). */
const GROUPS: Array<[RegExp, NonNullable<Context['group']>]> = [
  [/不予公开/, 'denied'],
  [/无法提供/, 'unable'],
  [/不予处理/, 'notProcessed'],
  [/其他处理/, 'other'],
];

/** Sub-rows with their own keywords (everything under 三 except 3.其他), most specific first. */
const SUB_ROWS = T3_ROWS.filter((r) => r.key.includes('.') && r.match.length > 0);

/** Key of the T3 row whose labels these are; updates the group context. Undefined for header and unknown rows. */
function rowKeyOf(labels: string[], context: Context): string | undefined {
  const joined = labels.join('|');
  if (joined === '') return undefined;
  const group = GROUPS.find(([re]) => re.test(joined))?.[1];
  if (group !== undefined) context.group = group;

  for (const def of SUB_ROWS) if (def.match.some((m) => joined.includes(m))) return def.key;
  const last = splitOrdinal(labels[labels.length - 1] ?? '').rest;
  if (context.group === 'other' && /^其他(?:情形|情况)?$/.test(last)) return 'other.other';
  if (/本年新收/.test(joined)) return top(context, 'newReceived');
  if (/上年结转/.test(joined)) return top(context, 'carriedOver');
  if (/结转下一?年度?|继续办理/.test(joined)) return top(context, 'carriedForward');
  if (/部分公开/.test(joined)) return top(context, 'partialGrant');
  // "不予以公开" contains 予以公开; the group row 不予公开 must not be read as （一）予以公开.
  if (/予以公开/.test(joined) && !/不予以公开/.test(joined)) return top(context, 'granted');
  if (/^(?:总计|合计)$/.test(last) && !/自然人|申请人/.test(joined)) return top(context, 'totalProcessed');
  // 2019 layout: （六）其他处理 is a single row without sub-items.
  if (group === 'other' && /^其他处理$/.test(last)) return 'other';
  return undefined;
}

/** A top-level row ends any group context (text copies carry the group from row to row). */
function top(context: Context, key: string): string {
  delete context.group;
  return key;
}

/**
 * Value columns from the header rows above the data: for every column, the header nearest the data that names one
 * of the seven columns. When fewer than 7 are named but every data row has its 7 values in the same columns, the
 * format's column order is used (a header lost to an image, or worded differently).
 */
function columnsFromHeader(labels: string[][], first: number, width: number): HeaderColumns | undefined {
  const byKey = new Map<string, number>();
  for (let c = 0; c < width; c++) {
    for (const text of headerChain(labels, c, first)) {
      const key = columnKeyOf(text);
      if (key === undefined) continue;
      if (!byKey.has(key)) byKey.set(key, c);
      break;
    }
  }
  const named = [...byKey.entries()].sort((a, b) => a[1] - b[1]);
  if (named.length === T3_COLUMNS.length) return { cols: named.map(([, c]) => c), keys: named.map(([k]) => k) };

  const positions = consistentTrailing(labels, first);
  if (positions !== undefined && named.every(([k, c]) => positions[T3_COLUMNS.findIndex((col) => col.key === k)] === c))
    return { cols: positions, keys: T3_COLUMNS.map((c) => c.key) };
  if (named.length === 0) return undefined;
  return { cols: named.map(([, c]) => c), keys: named.map(([k]) => k) };
}

/** Column key named by one header cell. "法人或其他组织" is a group, not the column 其他. */
function columnKeyOf(text: string): string | undefined {
  if (/自然人/.test(text)) return 'naturalPerson';
  if (/商业企业|^企业$/.test(text)) return 'commercial';
  if (/科研/.test(text)) return 'research';
  if (/公益/.test(text)) return 'social';
  if (/法律服务/.test(text)) return 'legal';
  if (/^其他(?:组织)?$/.test(text)) return 'other';
  if (/^(?:总计|合计)$/.test(text)) return 'total';
  return undefined;
}

/** The 7 trailing value positions shared by every numeric data row, if they are the same for all. */
function consistentTrailing(labels: string[][], first: number): number[] | undefined {
  let shared: number[] | undefined;
  for (let r = first; r < labels.length; r++) {
    const row = labels[r] as string[];
    if (!row.some(isNumeric)) continue;
    const cols = trailingValues(row, T3_COLUMNS.length);
    if (cols === undefined) return undefined;
    if (shared === undefined) shared = cols;
    else if (shared.join() !== cols.join()) return undefined;
  }
  return shared;
}

/** Value positions of one data row: the header's columns if known, else its trailing 7 values. */
function columnsOfRow(
  row: string[],
  columns: HeaderColumns | undefined,
  item: TableItem,
  r: number,
): number[] | undefined {
  if (columns !== undefined) return columns.cols;
  if (item.form === 'cell-paragraphs') {
    const cols = cellsAfterLabels(row, item, r);
    return cols.length === T3_COLUMNS.length ? cols : undefined;
  }
  return trailingValues(row, T3_COLUMNS.length);
}

/** In a browser's copy of paragraph cells: the columns of every cell the row has after its last label, blanks too. */
function cellsAfterLabels(row: string[], item: TableItem, r: number): number[] {
  const length = (item.grid.rows[r] ?? []).filter((cell) => cell.padding !== true).length;
  let last = -1;
  for (let c = 0; c < length; c++) if (row[c] !== '' && !looksLikeValue(row[c] ?? '')) last = c;
  const out: number[] = [];
  for (let c = last + 1; c < length; c++) out.push(c);
  return out;
}

/** The non-empty, non-value cells of a row, span repeats once. */
function labelsOnly(row: string[]): string[] {
  return rowLabels(
    row.map((t) => (looksLikeValue(t) ? '' : t)),
    row.length,
  );
}

/** Where the values of a row without known columns start: after its last label-like cell. */
function firstValue(row: string[]): number {
  let c = row.length;
  while (c > 0 && looksLikeValue(row[c - 1] ?? '')) c--;
  return c;
}
