/**
 * Readable names of a cell for exports a journalist can pivot: the table's short name (表二/表三/表四), the row's
 * parent groups as printed in the national format ("三、本年度办理结果 / （四）无法提供"), the row and the column,
 * and the unit of the value (万元 for 表二's fees, 件 for every count). Pure: the template's labels, nothing else.
 */
import type { CellRef, Lang } from '../model';
import { columnName, rowName, T4_ROW_PATHS, TABLE_SHORT } from '../template/labels';
import { T2_BLOCKS, T3_GROUPS } from '../template';

/** A cell's place in its table, each level a label as printed. */
export interface CellPath {
  table: string;
  rowGroups: string[];
  row: string;
  columnGroups: string[];
  column: string;
}

const T3_RESULTS = { zh: '三、本年度办理结果', en: 'III. Results this year' } as const;
const T3_GROUP_EN: Record<string, string> = {
  '（三）不予公开': '(3) Not disclosed',
  '（四）无法提供': '(4) Cannot be provided',
  '（五）不予处理': '(5) Not processed',
  '（六）其他处理': '(6) Otherwise handled',
};
const T3_ROW_TO_GROUP = new Map(
  Object.entries(T3_GROUPS).flatMap(([group, keys]) => keys.map((key) => [key, group] as const)),
);
/** Rows of 三、本年度办理结果 (（一）…（七）总计) — the rows that are neither 一、二 nor 四. */
const T3_OUTSIDE_RESULTS = new Set(['newReceived', 'carriedOver', 'carriedForward']);
const T3_LEGAL_PERSONS = new Set(['commercial', 'research', 'social', 'legal', 'other']);
const LEGAL_PERSONS = { zh: '法人或其他组织', en: 'Legal persons or other organisations' } as const;

const T2_BLOCK_OF_ROW = new Map(
  T2_BLOCKS.flatMap((block) => block.rows.map((row) => [row.key, block.header] as const)),
);

/** The cell's path; unknown keys (older layouts) fall back to the labels the extractor gave, or the keys. */
export function cellPath(ref: CellRef, lang: Lang, fallback?: { rowLabel?: string; columnLabel?: string }): CellPath {
  const table = TABLE_SHORT[ref.table][lang];
  const row = known(rowName(ref.table, ref.row)[lang], ref.row, fallback?.rowLabel);
  const column = known(columnName(ref.table, ref.column)[lang], ref.column, fallback?.columnLabel);
  if (ref.table === 'T3') {
    const rowGroups: string[] = [];
    if (!T3_OUTSIDE_RESULTS.has(ref.row)) rowGroups.push(T3_RESULTS[lang]);
    const group = T3_ROW_TO_GROUP.get(ref.row) ?? (ref.row === 'other' ? '（六）其他处理' : undefined);
    // The 2019 format's single （六）其他处理 row is the group itself.
    if (group && ref.row !== 'other') rowGroups.push(lang === 'zh' ? group : (T3_GROUP_EN[group] ?? group));
    return {
      table,
      rowGroups,
      row,
      columnGroups: T3_LEGAL_PERSONS.has(ref.column) ? [LEGAL_PERSONS[lang]] : [],
      column,
    };
  }
  if (ref.table === 'T4') {
    const path = T4_ROW_PATHS[ref.row]?.[lang];
    if (!path) return { table, rowGroups: [], row, columnGroups: [], column };
    return { table, rowGroups: path.slice(0, -1), row: path[path.length - 1]!, columnGroups: [], column };
  }
  const block = T2_BLOCK_OF_ROW.get(ref.row);
  return {
    table,
    rowGroups: block ? [lang === 'zh' ? block : block.replace('第二十条第（', 'Art. 20 (').replace('）项', ')')] : [],
    row,
    columnGroups: [],
    column,
  };
}

/** "表三 / 三、本年度办理结果 / （四）无法提供 / 1.本机关不掌握相关政府信息 / 总计". */
export function cellPathLabel(
  ref: CellRef,
  lang: Lang,
  fallback?: { rowLabel?: string; columnLabel?: string },
): string {
  const p = cellPath(ref, lang, fallback);
  return [p.table, ...p.rowGroups, p.row, ...p.columnGroups, p.column].join(' / ');
}

/** The unit a value is counted in: 万元 for 表二's fees (第二十条第（八）项), 件 for every other count. */
export function templateUnit(ref: CellRef): string {
  return ref.table === 'T2' && ref.row === 'fees' ? '万元' : '件';
}

function known(name: string, key: string, fallback: string | undefined): string {
  return name === key && fallback ? fallback : name;
}
