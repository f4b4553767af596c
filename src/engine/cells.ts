/**
 * Cell addressing shared by the engine, the rules and the tests: finding cells, flat keys and table order.
 */
import type { CellRef, CellValue, FindingCell, TableId } from '../model';
import { T2_BLOCKS, T3_COLUMNS, T3_ROWS, T3_ROWS_2019, T4_COLUMNS, T4_ROWS } from '../template';

/** The cell as a finding carries it: address, the text on the page and the pointer back into the page. */
export function toFindingCell(cell: CellValue | FindingCell): FindingCell {
  const text = 'raw' in cell ? cell.raw : cell.text;
  const out: FindingCell = { table: cell.table, row: cell.row, column: cell.column, text };
  if (cell.src) out.src = cell.src;
  return out;
}

/** Flat key of a cell, e.g. `T3:newReceived:total` (used by tests and exports). */
export function cellKey(cell: CellRef): string {
  return `${cell.table}:${cell.row}:${cell.column}`;
}

/** Sort key placing cells in table order: T2, T3, T4 (section order), then template row, then column. */
export function cellOrder(cell: CellRef): number {
  const table = TABLE_INDEX[cell.table] ?? 9;
  const row = ROW_INDEX[cell.table]?.get(cell.row) ?? 99;
  const column = COLUMN_INDEX[cell.table]?.get(cell.table === 'T4' ? bareT4Column(cell.column) : cell.column) ?? 99;
  return table * 1_000_000 + row * 1_000 + column;
}

/** The T4 column key without its row prefix (`review.total` → `total`); other tables' keys unchanged. */
export function bareT4Column(column: string): string {
  const dot = column.lastIndexOf('.');
  return dot < 0 ? column : column.slice(dot + 1);
}

const TABLE_INDEX: Record<TableId, number> = { T2: 0, T3: 1, T4: 2 };

const indexMap = (keys: readonly string[]): Map<string, number> => new Map(keys.map((k, i) => [k, i]));

const ROW_INDEX: Record<TableId, Map<string, number>> = {
  T2: indexMap(T2_BLOCKS.flatMap((b) => b.rows.map((r) => r.key))),
  // The 2019 single 其他处理 row sorts where its 2021 sub-rows would.
  T3: indexMap([...T3_ROWS.map((r) => r.key)]).set('other', T3_ROWS_2019.findIndex((r) => r.key === 'other') + 0.5),
  T4: indexMap(T4_ROWS.map((r) => r.key)),
};

const COLUMN_INDEX: Record<TableId, Map<string, number>> = {
  T2: indexMap(['issued', 'repealed', 'valid', 'decisions', 'amount']),
  T3: indexMap(T3_COLUMNS.map((c) => c.key)),
  T4: indexMap(T4_COLUMNS.map((c) => c.key)),
};
