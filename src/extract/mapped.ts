import type { FormatVersion, TableStatus } from '../model';
import { normaliseLabel } from './normalise';
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
  let labels = labelCache.get(item);
  if (labels === undefined) {
    const seen = new Map<string, string>();
    const label = (text: string): string => {
      let out = seen.get(text);
      if (out === undefined) seen.set(text, (out = normaliseLabel(text)));
      return out;
    };
    labels = item.grid.rows.map((row) => row.map((cell) => label(cell.text)));
    labelCache.set(item, labels);
  }
  return labels;
}

const labelCache = new WeakMap<TableItem, string[][]>();

/**
 * True for text that belongs in a value cell: a number (possibly invalid: "-3", "12.5", "1,2"), a blank mark, or
 * nothing. Labels ("1.属于国家秘密", "自然人") are not values.
 */
export function looksLikeValue(text: string): boolean {
  const parsed = parseCellText(text, 'decimal');
  if (parsed.kind !== 'invalid') return true;
  const t = normaliseLabel(text);
  return /^[-+−]?[\d,.]+(?:%|‰|万元|元|件|条|次|个|项)?$/.test(t) || /^[-+]?\d[\d,.]*[^\p{Script=Han}]{0,4}$/u.test(t);
}

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
