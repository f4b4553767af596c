import { T4_COLUMNS, T4_ROWS } from '../template';
import { headerChain, isNumeric, labelGrid, looksLikeValue, type MappedCell, type MappedTable } from './mapped';
import type { TableItem } from './stream';

/**
 * Stage 5, table 四: one data row of 15 values under a header of 行政复议 / 行政诉讼 (未经复议直接起诉, 复议后起诉)
 * × 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计. An aligned grid is mapped column by column from its header; a
 * text copy (spans lost) is read in order when its header words come in the format's order; a bare row of 15
 * numbers without any header is read positionally (status 'positional', rules.md t4-shape); the table turned on
 * its side (three rows of five) is read by its row and column labels. Undefined otherwise.
 */
export function mapT4(item: TableItem): MappedTable | undefined {
  const labels = labelGrid(item);
  const isValue = valueTest(item, labels);
  const dataRow = pickDataRow(labels, isValue);
  if (dataRow === undefined) return mapByRows(item, labels, isValue);
  const values = valueColumns(labels, dataRow, isValue);
  const headerText = labels.slice(0, dataRow).flat().join('|');

  if (item.aligned) {
    const byColumns = mapByHeader(labels, dataRow, values);
    if (byColumns !== undefined) return build(item, dataRow, byColumns, 'ok');
  }
  const ordered = values.length === COUNT ? values : trailing(values);
  if (ordered === undefined) return undefined;
  const inOrder = ordered.map((c, i) => ({ c, key: CANONICAL[i] as Key }));
  if (headerInFormatOrder(headerText)) return build(item, dataRow, inOrder, 'ok');
  // No header words at all: the header cells were images; read positionally and say so.
  if (!/复议|诉讼|维持|纠正|审结/.test(headerText)) return build(item, dataRow, inOrder, 'positional');
  return undefined;
}

const COUNT = T4_ROWS.length * T4_COLUMNS.length;

interface Key {
  row: string;
  column: string;
}

/** Whether grid position (r, c) holds a value. */
type ValueTest = (r: number, c: number) => boolean;

/**
 * A value is a cell that looks like one — never padding (a position of a short row that no cell covers): a blank
 * value is a cell printed empty, and a row that is only short must not make up the 15 values with cells that are
 * not on the page.
 */
function valueTest(item: TableItem, labels: string[][]): ValueTest {
  return (r, c) => item.grid.rows[r]?.[c]?.padding !== true && looksLikeValue(labels[r]?.[c] ?? '');
}

function valueColumns(labels: string[][], r: number, isValue: ValueTest): number[] {
  return (labels[r] ?? []).flatMap((_, c) => (isValue(r, c) ? [c] : []));
}

/** The 15 cells in the format's order: 复议×5, 直接起诉×5, 复议后起诉×5. */
const CANONICAL: Key[] = T4_ROWS.flatMap((r) => T4_COLUMNS.map((c) => ({ row: r.key, column: c.key })));

/** The row holding the data: at least 15 value cells, the most numbers; the lowest such row on a tie. */
function pickDataRow(labels: string[][], isValue: ValueTest): number | undefined {
  let best: number | undefined;
  let bestNumbers = -1;
  labels.forEach((row, r) => {
    if (valueColumns(labels, r, isValue).length < COUNT) return;
    const numbers = row.filter(isNumeric).length;
    if (numbers >= bestNumbers) {
      best = r;
      bestNumbers = numbers;
    }
  });
  return best;
}

/** The last 15 of more than 15 value cells (a leading label such as "数量" is not a value anyway). */
function trailing(values: number[]): number[] | undefined {
  return values.length > COUNT ? values.slice(values.length - COUNT) : undefined;
}

/** Every value column keyed from the headers above it; undefined unless all 15 are found, each once. */
function mapByHeader(
  labels: string[][],
  dataRow: number,
  values: number[],
): Array<{ c: number; key: Key }> | undefined {
  const out: Array<{ c: number; key: Key }> = [];
  const seen = new Set<string>();
  for (const c of values) {
    const chain = headerChain(labels, c, dataRow).join('|');
    const row = groupOf(chain);
    const column = outcomeOf(chain);
    if (row === undefined || column === undefined) continue;
    const id = `${row}.${column}`;
    if (seen.has(id)) return undefined;
    seen.add(id);
    out.push({ c, key: { row, column } });
  }
  return out.length === COUNT ? out : undefined;
}

function groupOf(chain: string): string | undefined {
  if (/复议后起诉|复议后/.test(chain)) return 'postReview';
  if (/未经复议|直接起诉/.test(chain)) return 'direct';
  if (/行政复议/.test(chain) && !/诉讼/.test(chain)) return 'review';
  return undefined;
}

/** The outcome named nearest the data (chains are bottom first). */
function outcomeOf(chain: string): string | undefined {
  for (const text of chain.split('|')) {
    if (/维持/.test(text)) return 'maintain';
    if (/纠正/.test(text)) return 'correct';
    if (/其他/.test(text)) return 'other';
    if (/审结|未结/.test(text)) return 'pending';
    if (/总计|合计|小计/.test(text)) return 'total';
  }
  return undefined;
}

/** A text copy's header words, read in order, follow the format: 复议, 诉讼, 直接起诉, 复议后起诉, outcomes in order. */
function headerInFormatOrder(header: string): boolean {
  const review = header.indexOf('行政复议');
  const suit = header.indexOf('行政诉讼');
  const direct = header.search(/未经复议|直接起诉/);
  const after = header.indexOf('复议后起诉');
  if (review < 0 || suit < review || direct < 0 || after < direct) return false;
  return outcomesInOrder(header, T4_ROWS.length);
}

/** Each outcome named at least `times` times, and first named in the format's order. */
function outcomesInOrder(header: string, times: number): boolean {
  const outcomes = [/维持/g, /纠正/g, /其他/g, /审结|未结/g, /总计|合计/g];
  if (outcomes.some((re) => (header.match(re) ?? []).length < times)) return false;
  const firsts = outcomes.map((re) => header.search(new RegExp(re.source)));
  return firsts.every((at, i) => i === 0 || at > (firsts[i - 1] as number));
}

/**
 * T4 turned on its side, as some portals lay it out: three rows (行政复议 / 未经复议直接起诉 / 复议后起诉) of five
 * values under one header of outcomes. Undefined unless all three rows and all five outcomes are found.
 */
function mapByRows(item: TableItem, labels: string[][], isValue: ValueTest): MappedTable | undefined {
  const cells: Array<{ r: number; c: number; key: Key }> = [];
  const groups = new Set<string>();
  let headerEnd: number | undefined;
  for (let r = 0; r < labels.length; r++) {
    const row = labels[r] as string[];
    const group = groupOf(row.filter((t) => t !== '' && !looksLikeValue(t)).join('|'));
    const values = valueColumns(labels, r, isValue);
    if (group === undefined || groups.has(group) || values.length !== T4_COLUMNS.length) continue;
    headerEnd ??= r;
    const outcomes = item.aligned
      ? values.map((c) => outcomeOf(headerChain(labels, c, headerEnd as number).join('|')))
      : T4_COLUMNS.map((col) => col.key);
    if (new Set(outcomes).size !== T4_COLUMNS.length || outcomes.includes(undefined)) return undefined;
    groups.add(group);
    values.forEach((c, i) => cells.push({ r, c, key: { row: group, column: outcomes[i] as string } }));
  }
  if (groups.size !== T4_ROWS.length || headerEnd === undefined) return undefined;
  if (!item.aligned && !outcomesInOrder(labels.slice(0, headerEnd).flat().join('|'), 1)) return undefined;
  return {
    status: 'ok',
    layout: '2021',
    cells: cells.map(({ r, c, key }) => cellOf(item, r, c, key)),
    missingRows: [],
    missingColumns: [],
  };
}

function build(item: TableItem, r: number, cols: Array<{ c: number; key: Key }>, status: 'ok' | 'positional'): MappedTable {
  const cells = cols.map(({ c, key }) => cellOf(item, r, c, key));
  return { status, layout: '2021', cells, missingRows: [], missingColumns: [] };
}

function cellOf(item: TableItem, r: number, c: number, key: Key): MappedCell {
  const row = T4_ROWS.find((x) => x.key === key.row);
  const column = T4_COLUMNS.find((x) => x.key === key.column);
  return {
    row: key.row,
    // The model's T4 column key names the group too ("review.total"), as in template-2021.json.
    column: `${key.row}.${key.column}`,
    rowLabel: row?.label ?? key.row,
    columnLabel: column?.label ?? key.column,
    type: 'int',
    item,
    r,
    c,
  };
}
