/**
 * The storage form of a report. A report's size is almost all table values, and each of Table 三's 175 values repeats
 * its row and column labels as text; stored as tuples over a per-report string table, a report takes about a third
 * of its JSON size. Lossless for the values (unknown fields included) — only the tables' display grids are dropped.
 */
import type { CellValue, ExtractedTable, Report, SourceRef, TableId, ValueKind } from '../model';

/** A report as stored (`packReport`); `unpackReport` gives the Report back. */
export interface PackedReport extends Omit<Report, 'tables'> {
  packed: 1;
  /** Strings the tuples point into (keys and labels). */
  strings: string[];
  tables: Partial<Record<TableId, PackedTable>>;
}

/** A table without its grid, its values as tuples. */
export interface PackedTable extends Omit<ExtractedTable, 'values' | 'grid'> {
  values: PackedCell[];
}

/**
 * [table, row, column, rowLabel, columnLabel] as indices into `strings`, then raw, kind, value, flags (1 = blank,
 * 2 = fromSpan), src (a cell reference as [table, row, col], another reference as is, or 0), and 0 or an object of
 * the remaining fields (exact, unit, note, and any field this version does not know).
 */
export type PackedCell = [
  number,
  number,
  number,
  number,
  number,
  string,
  ValueKind,
  number | null,
  number,
  number[] | SourceRef | 0,
  Record<string, unknown> | 0,
];

/** Packs a report for storage (see the module comment). */
export function packReport(report: Report): PackedReport {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const s = (text: string): number => {
    let i = index.get(text);
    if (i === undefined) {
      i = strings.length;
      strings.push(text);
      index.set(text, i);
    }
    return i;
  };
  const tables: Partial<Record<TableId, PackedTable>> = {};
  for (const [id, table] of Object.entries(report.tables ?? {}) as Array<[TableId, ExtractedTable]>) {
    const { grid: _grid, values, ...rest } = table;
    tables[id] = { ...rest, values: (values ?? []).map((v) => packCell(v, s)) };
  }
  return { ...report, packed: 1, strings, tables };
}

/** The report a packed one was made from (without the tables' grids). */
export function unpackReport(packed: PackedReport): Report {
  const { packed: _packed, strings, tables: packedTables, ...rest } = packed;
  // A stored record is untrusted (an older version, a crash): a wrong shape is one clear error, not a TypeError deep in.
  if (
    !Array.isArray(strings) ||
    (packedTables !== undefined && (typeof packedTables !== 'object' || packedTables === null))
  ) {
    throw new Error(NOT_PACKED);
  }
  const s = (i: number): string => strings[i] ?? '';
  const tables: Partial<Record<TableId, ExtractedTable>> = {};
  for (const [id, table] of Object.entries(packedTables ?? {}) as Array<[TableId, PackedTable]>) {
    if (
      typeof table !== 'object' ||
      table === null ||
      !Array.isArray(table.values) ||
      !table.values.every(Array.isArray)
    ) {
      throw new Error(NOT_PACKED);
    }
    tables[id] = { ...table, values: table.values.map((t) => unpackCell(t, s)) };
  }
  return { ...rest, tables };
}

const NOT_PACKED = '记录已损坏（not a packed report）';

/** True for a packed report (as opposed to a plain Report). */
export function isPacked(report: Report | PackedReport): report is PackedReport {
  return (report as PackedReport).packed === 1 && Array.isArray((report as PackedReport).strings);
}

const KNOWN = new Set([
  'table',
  'row',
  'column',
  'rowLabel',
  'columnLabel',
  'raw',
  'kind',
  'value',
  'blank',
  'fromSpan',
  'src',
]);

function packCell(v: CellValue, s: (text: string) => number): PackedCell {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(v)) if (!KNOWN.has(key) && value !== undefined) extra[key] = value;
  const src = v.src?.kind === 'cell' ? [v.src.table, v.src.row, v.src.col] : (v.src ?? 0);
  return [
    s(v.table),
    s(v.row),
    s(v.column),
    s(v.rowLabel),
    s(v.columnLabel),
    v.raw,
    v.kind,
    v.value,
    (v.blank ? 1 : 0) | (v.fromSpan ? 2 : 0),
    src,
    Object.keys(extra).length > 0 ? extra : 0,
  ];
}

function unpackCell(t: PackedCell, s: (i: number) => string): CellValue {
  const [table, row, column, rowLabel, columnLabel, raw, kind, value, flags, src, extra] = t;
  const cell: CellValue = {
    table: s(table) as TableId,
    row: s(row),
    column: s(column),
    rowLabel: s(rowLabel),
    columnLabel: s(columnLabel),
    raw,
    kind,
    value,
    blank: (flags & 1) !== 0,
    fromSpan: (flags & 2) !== 0,
    ...(extra === 0 ? {} : extra),
  };
  if (Array.isArray(src)) cell.src = { kind: 'cell', table: src[0] ?? 0, row: src[1] ?? 0, col: src[2] ?? 0 };
  else if (src !== 0) cell.src = src;
  return cell;
}
