import { T2_BLOCKS } from '../template';
import { splitOrdinal } from '../text/normalise';
import { labelGrid, looksLikeValue, type MappedCell, type MappedTable } from './mapped';
import type { TableItem } from './stream';

/**
 * Stage 5, table 二 (第二十条 主动公开): block header rows "第二十条第（一）项", column header rows "信息内容 | 本年制发件数
 * | …", then rows 规章 / 行政规范性文件 / 行政许可 / 行政处罚 / 行政强制 / 行政事业性收费. Reads one table or several in
 * a row (portals that split the blocks into separate tables). The 2019 trial layout (本年新制作数量 …) is
 * recognised: its columns that have a 2021 meaning (处理决定数量) are kept and no 2021 key is invented for the rest;
 * such a table is `ok` when those cells are all read.
 * Undefined when no row of table 二 is found, or its rows hold no value at all.
 */
export function mapT2(items: readonly TableItem[]): MappedTable | undefined {
  const found = new Map<string, MappedCell>();
  /** Cells placed by the format's column order, not under a column header of their block. */
  const byOrder = new Set<string>();
  let layout2019 = false;
  const rowsFound = new Set<string>();

  for (const item of items) {
    const labels = labelGrid(item);
    let header: HeaderColumn[] | undefined;
    labels.forEach((row, r) => {
      const joined = row.join('|');
      if (/第二十条/.test(joined) || /第\([一二三四五六七八九十]+\)项/.test(joined)) {
        if (/第\(九\)项/.test(joined)) layout2019 = true;
        header = undefined;
        return;
      }
      const columns = headerColumns(row);
      if (columns !== undefined) {
        header = columns;
        if (columns.some((h) => h.legacy)) layout2019 = true;
        return;
      }
      const labelAt = row.findIndex((t) => t !== '' && !looksLikeValue(t));
      if (labelAt < 0) return;
      const rowDef = rowOf(splitOrdinal(row[labelAt] as string).rest);
      if (rowDef === undefined) return;
      rowsFound.add(rowDef.row.key);
      const expected = rowDef.block.columns;
      // A converter's space rows drop blank cells without a trace, and their header words do not line up with the
      // values: a row is read, in the format's order, only with exactly its block's number of values (and never
      // under a 2019 header, whose columns are others).
      if (item.form === 'space-rows') {
        const values = row.slice(labelAt + 1).filter((t) => t !== '');
        if (values.length !== expected.length || !values.every(looksLikeValue) || header?.some((h) => h.legacy)) return;
      }
      // Under a column header row, its columns; without one, the values after the label in the format's order.
      const positions: Array<{ c: number; key: string }> =
        item.form === 'space-rows'
          ? expected.map((e, i) => ({ c: labelAt + 1 + i, key: e.key }))
          : header
            ? header.flatMap((h) =>
                h.key !== undefined && expected.some((e) => e.key === h.key) ? [{ c: h.c, key: h.key }] : [],
              )
            : valuesAfter(row, labelAt)
                .slice(0, expected.length)
                .map((c, i) => ({ c, key: (expected[i] as { key: string }).key }));
      for (const { c, key } of positions) {
        const id = `${rowDef.row.key}/${key}`;
        if (found.has(id)) continue;
        if (item.form === 'space-rows' || !header) byOrder.add(id);
        const column = expected.find((e) => e.key === key);
        found.set(id, {
          row: rowDef.row.key,
          column: key,
          rowLabel: rowDef.row.label,
          columnLabel: column?.label ?? key,
          type: rowDef.block.type,
          item,
          r,
          c,
        });
      }
    });
  }
  // The 2019 trial layout's columns are not the 2021 ones (本年新制作/新公开/对外公开总数量, 上一年项目数量/本年增减/
  // 处理决定数量): where its header was not read (a converter broke "本年新" / "制作数量"), a row's values in the 2021
  // order would be put in the wrong columns (新公开 as 废止, 上一年项目数量 as 收费金额): only header-placed cells stay.
  if (layout2019) for (const id of byOrder) found.delete(id);
  // Row labels without a single value (a table printed one cell per line, its numbers elsewhere) is not a T2 read.
  if (rowsFound.size === 0 || found.size === 0) return undefined;

  const cells = [...found.values()];
  const missingRows: string[] = [];
  const missingColumns = new Set<string>();
  // A table is complete against its own layout: the 2019 trial 表二 has a 2021 meaning only for 处理决定数量, so its
  // 规章, 规范性文件 and 收费 rows (本年新制作/新公开/对外公开总数量, 上一年项目数量/本年增减) are not missing.
  for (const block of T2_BLOCKS) {
    const columns = layout2019 ? block.columns.filter((c) => KEYED_IN_2019.has(c.key)) : block.columns;
    if (columns.length === 0) continue;
    for (const row of block.rows) {
      const got = columns.filter((c) => found.has(`${row.key}/${c.key}`));
      if (got.length === 0) missingRows.push(row.key);
      for (const c of columns) if (!found.has(`${row.key}/${c.key}`)) missingColumns.add(c.key);
    }
  }
  // A column is missing only when no row has it.
  for (const cell of cells) missingColumns.delete(cell.column);
  const status = missingRows.length === 0 && missingColumns.size === 0 ? 'ok' : 'partial';
  return { status, layout: layout2019 ? '2019' : '2021', cells, missingRows, missingColumns: [...missingColumns] };
}

interface HeaderColumn {
  c: number;
  /** 2021 column key, when the header has one. */
  key?: string;
  /** A column only the 2019 trial layout has. */
  legacy: boolean;
}

/** The 2021 columns a 2019 trial 表二 has too (its 处理决定数量); its other columns have no 2021 key. */
const KEYED_IN_2019: ReadonlySet<string> = new Set(['decisions']);

/** 2021 column keys by header keyword; 2019-only columns are recognised but get no 2021 key. */
const COLUMN_WORDS: Array<[RegExp, string | undefined, boolean]> = [
  [/制发/, 'issued', false],
  [/废止/, 'repealed', false],
  [/现行有效/, 'valid', false],
  [/处理决定/, 'decisions', false],
  [/收费金额|收费数额/, 'amount', false],
  [/新制作|新公开|对外公开总数|上一年项目|增\/?减|采购项目|采购总金额/, undefined, true],
];

/** The column header row of a block ("信息内容 | 本年制发件数 | …"), or undefined for other rows. */
function headerColumns(row: string[]): HeaderColumn[] | undefined {
  const out: HeaderColumn[] = [];
  row.forEach((text, c) => {
    if (text === '' || (c > 0 && row[c - 1] === text)) return;
    const hit = COLUMN_WORDS.find(([re]) => re.test(text));
    if (hit) out.push({ c, key: hit[1], legacy: hit[2] });
  });
  const named = row.some((t) => /信息内容/.test(t));
  return out.length > 0 && (named || out.length >= 2) ? out : undefined;
}

/** Positions of the value cells after the label (span repeats of one value count once). */
function valuesAfter(row: string[], labelAt: number): number[] {
  const out: number[] = [];
  for (let c = labelAt + 1; c < row.length; c++) {
    const text = row[c] as string;
    if (text !== '' && looksLikeValue(text) && row[c - 1] !== text) out.push(c);
  }
  return out;
}

type Block = (typeof T2_BLOCKS)[number];

/** The T2 row a label names (规章, 行政规范性文件 or its alias 规范性文件, 行政许可 …). */
function rowOf(label: string): { block: Block; row: Block['rows'][number] } | undefined {
  for (const block of T2_BLOCKS) {
    for (const row of block.rows) {
      const names = [row.label, ...row.aliases];
      if (names.some((n) => label === n || label.startsWith(n))) return { block, row };
    }
  }
  if (/事业性收费/.test(label)) {
    const block = T2_BLOCKS.find((b) => b.rows.some((r) => r.key === 'fees'));
    const row = block?.rows.find((r) => r.key === 'fees');
    if (block && row) return { block, row };
  }
  return undefined;
}
