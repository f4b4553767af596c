/**
 * The national format (国办公开办函〔2021〕30号) as typed constants, read from ./template-2021.json
 * (described in docs/template-2021.md). Keys here are the row/column keys of every CellRef.
 */
import { legacyMarkers2019, legacyMarkersPre2019, sections, table2, table3 } from './template-2021.json';

export interface RowDef {
  key: string;
  label: string;
  /** Keywords that identify the row's label (any one suffices; see matchT3Row for context rules). */
  match: string[];
}

export interface ColumnDef {
  key: string;
  label: string;
}

/** The six sections with their heading aliases. */
export const SECTIONS: ReadonlyArray<{ no: string; title: string; aliases: string[] }> = sections;

/** T3 columns in table order: 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计. */
export const T3_COLUMNS: readonly ColumnDef[] = table3.columns.map(({ key, label }) => ({ key, label }));

/** T3's 25 data rows (2021 format) in table order. */
export const T3_ROWS: readonly RowDef[] = table3.rows.map(({ key, label, match }) => ({ key, label, match }));

/** T3 row groups （三）…（六）: group label → row keys. */
export const T3_GROUPS: Readonly<Record<string, string[]>> = table3.groups;

/**
 * 2019 trial format: （六）其他处理 is a single row (template-2021.md §5a), so T3 has 23 data rows.
 */
export const T3_ROWS_2019: readonly RowDef[] = [
  ...T3_ROWS.filter((r) => !r.key.startsWith('other.') && r.key !== 'totalProcessed' && r.key !== 'carriedForward'),
  { key: 'other', label: '（六）其他处理', match: ['其他处理'] },
  ...T3_ROWS.filter((r) => r.key === 'totalProcessed' || r.key === 'carriedForward'),
];

/** T3 row keys summed into （七）总计 (rules.md t3-result-sum). */
export const T3_RESULT_PARTS: readonly string[] = T3_ROWS.slice(2, 23).map((r) => r.key);

/** T4: three row groups of five columns each. */
export const T4_ROWS: readonly ColumnDef[] = [
  { key: 'review', label: '行政复议' },
  { key: 'direct', label: '行政诉讼·未经复议直接起诉' },
  { key: 'postReview', label: '行政诉讼·复议后起诉' },
];
export const T4_COLUMNS: readonly ColumnDef[] = [
  { key: 'maintain', label: '结果维持' },
  { key: 'correct', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
];

/** T2 (2021 format): blocks of 第二十条, their rows and value columns. */
export interface T2Block {
  id: string;
  header: string;
  type: 'int' | 'decimal';
  columns: ColumnDef[];
  rows: Array<ColumnDef & { aliases: string[] }>;
}
const T2_COLUMN_KEYS: Record<string, string> = {
  本年制发件数: 'issued',
  本年废止件数: 'repealed',
  现行有效件数: 'valid',
  本年处理决定数量: 'decisions',
  '本年收费金额（单位：万元）': 'amount',
};
export const T2_BLOCKS: readonly T2Block[] = table2.blocks.map((b) => ({
  id: b.id,
  header: b.header,
  type: b.type as 'int' | 'decimal',
  columns: b.columns.map((label) => ({ key: T2_COLUMN_KEYS[label] ?? label, label })),
  rows: b.rows.map((r) => ({ key: r.key, label: r.label, aliases: 'aliases' in r ? (r.aliases as string[]) : [] })),
}));

/** Words that only the 2019 trial layout uses (template-2021.md §5a). */
export const LEGACY_MARKERS_2019: readonly string[] = legacyMarkers2019;
/** Words of the 2008–2018 reports (template-2021.md §5b). */
export const LEGACY_MARKERS_PRE2019: readonly string[] = legacyMarkersPre2019;
