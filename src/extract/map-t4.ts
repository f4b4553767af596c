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
  // A converter's space row drops a blank cell without a trace: only exactly 15 values are the 15 cells.
  if (item.form === 'space-rows' && values.length !== COUNT) return undefined;
  const ordered = values.length === COUNT ? values : trailing(values);
  if (ordered === undefined) return undefined;
  const inOrder = ordered.map((c, i) => ({ c, key: CANONICAL[i] as Key }));
  if (headerInFormatOrder(headerText)) return build(item, dataRow, inOrder, 'ok');
  // Header words broken over lines: put back together they are the format's, yet the columns cannot be seen, so
  // the row is read by position and said so (t4-shape, info).
  const header = [
    ...labels.slice(0, dataRow),
    (labels[dataRow] ?? []).filter((t, c) => !isValue(dataRow, c) && t !== ''),
  ];
  if (brokenHeaderInFormatOrder(header)) return build(item, dataRow, inOrder, 'positional');
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
 * A text copy whose header words are broken over lines ("结果 结果 其他 尚未" above "维持 纠正 结果 审结"), or
 * spaced out character by character ("结 果 维 持"): each line is read into words and first parts of words ("结果",
 * "其他结", "尚未审"; a first part is preferred to a shorter whole word), and the first parts are completed in
 * order by the starts of the next lines ("维持", "果", "结"). The outcomes must then be the format's —
 * 维持, 纠正, 其他, 尚未审结 three times over, and three 总计 none before the first group's four (where a total
 * sits among lines broken this way cannot be told) — under 行政复议 … 诉讼 and 未经复议直接起诉 … 复议后起诉.
 */
function brokenHeaderInFormatOrder(rows: string[][]): boolean {
  const joined = rows.map((r) => r.join('')).join('|');
  const review = joined.indexOf('行政复议');
  const suit = joined.indexOf('诉讼', review + 1);
  const direct = joined.search(/未经复议|直接起诉/);
  const after = joined.indexOf('复议后起诉');
  if (review < 0 || suit < 0 || direct < 0 || after < direct) return false;
  const slots: Slot[] = [];
  let open: Slot[] = [];
  for (const row of rows) {
    const text = row.join('').replace(/未经复议直接起诉|复议后起诉|行政复议|行政诉讼/g, '|');
    const opened: Slot[] = [];
    let p = 0;
    while (p < text.length) {
      // The start of the line's text may complete words left open on earlier lines ("尚未" … "审结").
      const head = open[0]?.first;
      const k =
        head === undefined ? undefined : [1, 2, 3].find((n) => WHOLE[head + text.slice(p, p + n)] !== undefined);
      if (head !== undefined && k !== undefined && opened.length === 0) {
        (open.shift() as Slot).outcome = WHOLE[head + text.slice(p, p + k)];
        p += k;
        continue;
      }
      OUTCOME_AT.lastIndex = p;
      const word = OUTCOME_AT.exec(text)?.[0];
      const part = HEADS.find((h) => text.startsWith(h, p));
      if (part !== undefined && part.length >= (word?.length ?? 0)) {
        const slot = { first: part };
        slots.push(slot);
        opened.push(slot);
        p += part.length;
      } else if (word !== undefined) {
        slots.push({ outcome: outcomeKey(word) });
        p += word.length;
      } else p++;
    }
    open = [...open, ...opened];
  }
  // A lone 其他 is the outcome 其他; any other part left over is not a word of the header.
  const outcomes = slots.map((s) => s.outcome ?? (s.first === '其他' ? 'other' : undefined));
  const parts = outcomes.filter((o) => o !== 'total');
  const totals = outcomes.flatMap((o, i) => (o === 'total' ? [i] : []));
  const expected = CANONICAL.filter((k) => k.column !== 'total').map((k) => k.column);
  return (
    parts.join() === expected.join() &&
    totals.length === T4_ROWS.length &&
    (totals[0] as number) >= T4_COLUMNS.length - 1
  );
}

/** The outcomes a converter breaks over lines, and what each is. */
const WHOLE: Record<string, string> = {
  结果维持: 'maintain',
  结果纠正: 'correct',
  其他结果: 'other',
  尚未审结: 'pending',
};
/** First parts of those, longest first ("其他结" before "其他"). */
const HEADS = [...new Set(Object.keys(WHOLE).flatMap((w) => [...w].slice(1).map((_, i) => w.slice(0, i + 1))))].sort(
  (a, b) => b.length - a.length,
);
const OUTCOME_AT = /结果维持|结果纠正|其他结果|尚未审结|维持|纠正|其他|审结|未结|总计|合计/y;

interface Slot {
  /** The first part of a word broken over lines, until a later line completes it. */
  first?: string;
  outcome?: string;
}

function outcomeKey(word: string): string | undefined {
  if (word.includes('维持')) return 'maintain';
  if (word.includes('纠正')) return 'correct';
  if (word.includes('其他')) return 'other';
  if (/审结|未结/.test(word)) return 'pending';
  if (/总计|合计/.test(word)) return 'total';
  return undefined;
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

function build(
  item: TableItem,
  r: number,
  cols: Array<{ c: number; key: Key }>,
  status: 'ok' | 'positional',
): MappedTable {
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
