import type { FormatVersion, TableStatus } from '../model';
import { normaliseLabel } from '../text/normalise';
import { parseCellText } from './number';
import type { TableItem } from './stream';

/**
 * What a table mapper returns: which grid positions hold which template cell. Values are parsed later, in one place
 * (`assemble` in pipeline.ts), so every mapper yields CellValues the same way.
 */
export interface MappedTable {
  status: TableStatus;
  layout?: FormatVersion;
  cells: MappedCell[];
  missingRows: string[];
  missingColumns: string[];
}

/** One template cell found in a grid. */
export interface MappedCell {
  row: string;
  column: string;
  rowLabel: string;
  columnLabel: string;
  type: 'int' | 'decimal';
  item: TableItem;
  r: number;
  c: number;
}

/** Normalised label of every grid cell, computed once per table (several stages read it). */
export function labelGrid(item: TableItem): string[][] {
  return labelsOf(item).grid;
}

/** The labels of all cells, row by row, joined by '|' (what classification looks for words in). */
export function labelText(item: TableItem): string {
  return labelsOf(item).text;
}

interface Labels {
  grid: string[][];
  text: string;
}

const labelCache = new WeakMap<TableItem, Labels>();

/**
 * One normalisation of the whole table's text instead of one per cell: normalising cells joined by '|' gives the
 * labels joined by '|' (NFKC never merges across that separator, and the other rewrites work within a cell). Split
 * back, it is the label grid — unless some label holds a '|' of its own (a '｜' in the cell, say), which shows as
 * one piece too many; then each cell is normalised on its own.
 */
function labelsOf(item: TableItem): Labels {
  let labels = labelCache.get(item);
  if (labels !== undefined) return labels;
  const rows = item.grid.rows;
  const text = normaliseLabel(rows.map((row) => row.map((cell) => cell.text).join('|')).join('|'));
  const pieces = text.split('|');
  const cells = rows.reduce((n, row) => n + row.length, 0);
  let grid: string[][];
  if (pieces.length === Math.max(cells, 1)) {
    let at = 0;
    grid = rows.map((row) => row.map(() => pieces[at++] as string));
  } else {
    const seen = new Map<string, string>();
    grid = rows.map((row) =>
      row.map((cell) => {
        let out = seen.get(cell.text);
        if (out === undefined) seen.set(cell.text, (out = normaliseLabel(cell.text)));
        return out;
      }),
    );
  }
  labels = { grid, text };
  labelCache.set(item, labels);
  return labels;
}

/**
 * True for text that belongs in a value cell: a number (possibly invalid: "-3", "12.5", "1,2"), a blank mark, or
 * nothing. Labels ("1.属于国家秘密", "自然人") are not values.
 */
export function looksLikeValue(text: string): boolean {
  // Shortcuts for the two commonest cells, with the answer the full test gives: plain digits are a number, and a
  // text that starts with a CJK ideograph (NFKC leaves those alone) is a label unless it is a blank mark (无, 空, 暂无).
  if (DIGITS.test(text)) return true;
  const first = text.charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fff && !BLANK_START.has(first)) return false;
  const parsed = parseCellText(text, 'decimal');
  if (parsed.kind !== 'invalid') return true;
  const t = normaliseLabel(text);
  return /^[-+−]?[\d,.]+(?:%|‰|万元|元|件|条|次|个|项)?$/.test(t) || /^[-+]?\d[\d,.]*[^\p{Script=Han}]{0,4}$/u.test(t);
}

const DIGITS = /^\d+$/;
/** 无, 空, 暂: the CJK characters a blank mark starts with (number.ts BLANK). */
const BLANK_START = new Set([0x65e0, 0x7a7a, 0x6682]);

/** True for a value cell that holds a number (not blank). */
export function isNumeric(text: string): boolean {
  return looksLikeValue(text) && /\d/.test(text);
}

/**
 * Distinct header labels above the data in column `c` (rows [0, end)), bottom first: the most specific header is
 * the one nearest the data. Span copies repeat their origin's label and are listed once.
 */
export function headerChain(labels: string[][], c: number, end: number): string[] {
  const out: string[] = [];
  for (let r = end - 1; r >= 0; r--) {
    const text = labels[r]?.[c] ?? '';
    if (text !== '' && out[out.length - 1] !== text) out.push(text);
  }
  return out;
}

/**
 * The trailing `n` value cells of a row (positions), after dropping empty cells at the end: how rows of a text
 * table are read, since a text copy loses the spans that would line its columns up. Undefined when fewer.
 */
export function trailingValues(labels: string[], n: number): number[] | undefined {
  let end = labels.length;
  while (end > 0 && labels[end - 1] === '') end--;
  const out: number[] = [];
  for (let c = end - 1; c >= 0 && out.length < n; c--) {
    if (!looksLikeValue(labels[c] ?? '')) return undefined;
    out.unshift(c);
  }
  return out.length === n ? out : undefined;
}

/** Labels of a row left of `valueStart`, without empties and without span repeats. */
export function rowLabels(labels: string[], valueStart: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < valueStart; c++) {
    const text = labels[c] ?? '';
    if (text !== '' && out[out.length - 1] !== text) out.push(text);
  }
  return out;
}
