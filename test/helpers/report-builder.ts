/**
 * Builds a `Report` directly, without extraction, for rule and front-end tests.
 *
 * `buildReport()` with no options gives a fully consistent 2021-format report for 2023 (every section, T2/T3/T4
 * complete and adding up, a narrative that agrees with the tables), so a test makes one targeted edit:
 *
 *   buildReport({ t4: [1, 0, 0, 0, 0, ...] })                 // 15 values, 复议×5, 直接起诉×5, 复议后起诉×5
 *   buildReport({ t3: { newReceived: [57, 0, 0, 0, 0, 0, 57] } })  // replace a T3 row (6 values: total computed)
 *   buildReport({ t3: 'blank' })  buildReport({ t3: null })   // whole table blank / table absent
 *   buildReport({ tables: { T3: { status: 'image', links: ['a.png'] } } })   // override table fields
 *   setCell(buildReport(), 'T4:review:review.total', '0')     // edit one cell by key, as printed on the page
 *   mapCells(buildReport(), 'T3', (c) => (c.column === 'total' ? '' : undefined))   // edit many cells
 *   buildReport({ year: 2023, period: 2022, sections: ['一', '二'], sentences: ['2022年我局收到申请1条。'] })
 *
 * Cell specs: a number is an integer cell; a string is the cell text as printed, parsed by the extractor's own
 * `parseCellText` ('' '/' '—' '无' blank, '3件' / '251000元' with a unit, '12.35' a decimal in the 万元 column and
 * invalid in a count column); null or undefined leaves the cell out (a partial table). T4 cells use row `review|direct|postReview` and column `review.total` etc. (CellRef docs).
 */
import { reportAgency } from '../../src/detect/agency';
import type {
  CellRef,
  CellValue,
  ExtractedTable,
  FormatVersion,
  Report,
  ReportPeriod,
  Section,
  Sentence,
  TableId,
  TableStatus,
} from '../../src/model';
import { SECTIONS, T2_BLOCKS, T3_COLUMNS, T3_ROWS, T3_ROWS_2019, T4_COLUMNS, T4_ROWS } from '../../src/template';
import { parseCellText } from '../../src/extract/number';

/** A cell as a test writes it (see the module comment). */
export type CellSpec = number | string | null | undefined;

/** Options of {@link buildReport}; everything is optional. */
export interface BuildOptions {
  source?: string;
  /** Default true. */
  detected?: boolean;
  /** Default '2021' (or '2019' for years 2019–2020, 'legacy' before). */
  format?: FormatVersion;
  /** Report year, default 2023; null for a report whose year is unknown (no year in title, period or heading). */
  year?: number | null;
  agency?: string;
  /** Default `${agency}${year}年政府信息公开工作年度报告`; null for none. */
  title?: string | null;
  /** A year (full calendar year), a full period, or null for none. Default: the report year. */
  period?: number | ReportPeriod | null;
  /** ISO date, or null for none. Default: 20 January of the next year. */
  published?: string | null;
  /** Default [year]. */
  headingYears?: number[];
  /** T3 rows by key (6 parts → total computed, or 7 values); 'consistent' (default), 'zero', 'blank', or null. */
  t3?: Partial<Record<string, CellSpec[]>> | 'consistent' | 'zero' | 'blank' | null;
  /** T4: 15 values, rows by key (5 values each), 'consistent' (default), 'zero', 'blank', or null. */
  t4?: CellSpec[] | Partial<Record<string, CellSpec[]>> | 'consistent' | 'zero' | 'blank' | null;
  /** T2 rows by key (rules/normative: 3 values; license/penalty/coercion/fees: 1), presets, or null. */
  t2?: Partial<Record<string, CellSpec[]>> | 'consistent' | 'zero' | 'blank' | null;
  /** Use the 2019 trial T2 layout (本年新制作数量 …) regardless of the format. */
  t2Layout2019?: boolean;
  /** Merged over each built table (status, links, missingRows …). */
  tables?: Partial<Record<TableId, Partial<ExtractedTable>>>;
  /** Section numbers present (default all six), or full sections. */
  sections?: Array<string | Section>;
  /** Narrative sentences (default: a narrative agreeing with the default tables); strings get `section` 一. */
  sentences?: Array<string | Sentence>;
  attachments?: string[];
}

/** The default report whose narrative is just these sentences: how the text rules' tests state a case. */
export function said(...sentences: string[]): Report {
  return buildReport({ sentences });
}

/** Builds a report; see the module comment for the defaults and the shorthand. */
export function buildReport(opts: BuildOptions = {}): Report {
  const yearless = opts.year === null;
  const year = opts.year ?? 2023;
  const format = opts.format ?? (year >= 2021 ? '2021' : year >= 2019 ? '2019' : 'legacy');
  const named = opts.agency ?? '示例县公安局';
  const defaultTitle = `${named}${yearless ? '' : `${year}年`}政府信息公开工作年度报告`;
  const title = opts.title === undefined ? defaultTitle : opts.title;
  // A title given without an agency names its own, as the extraction reads it (extract/pipeline.ts).
  const agency = typeof opts.title === 'string' && opts.agency === undefined ? reportAgency(opts.title) : named;
  const report: Report = {
    source: opts.source ?? 'https://www.example.gov.cn/xxgk/ndbg/report.html',
    detected: opts.detected ?? true,
    format,
    agency,
    headingYears: opts.headingYears ?? (yearless ? [] : [year]),
    sections: buildSections(opts.sections),
    sentences: buildSentences(opts.sentences, year),
    tables: {},
    attachments: opts.attachments ?? [],
  };
  if (!yearless) report.year = year;
  if (title !== null) report.title = title;
  const period = buildPeriod(opts.period === undefined ? (yearless ? null : year) : opts.period);
  if (period) report.period = period;
  const published = opts.published === undefined ? `${year + 1}-01-20` : opts.published;
  if (published !== null) report.published = { date: published, text: `发布日期：${published}` };

  const layout2019 = opts.t2Layout2019 ?? format === '2019';
  const built: Partial<Record<TableId, ExtractedTable | null>> = {
    T2: layout2019 ? buildT2in2019(opts.t2) : buildT2(opts.t2),
    T3: buildT3(opts.t3, format === '2019'),
    T4: buildT4(opts.t4),
  };
  for (const id of ['T2', 'T3', 'T4'] as const) {
    const table = built[id];
    const override = opts.tables?.[id];
    if (table) report.tables[id] = { ...table, ...override };
    else if (override)
      report.tables[id] = { id, status: 'missing', values: [], missingRows: [], missingColumns: [], ...override };
  }
  return report;
}

/** Returns a copy of the report with one cell's printed text replaced (key `T3:newReceived:total`). */
export function setCell(report: Report, key: string, text: CellSpec): Report {
  const [tableId, row, column] = key.split(':') as [TableId, string, string];
  const table = report.tables[tableId];
  if (!table) throw new Error(`setCell: the report has no ${tableId}`);
  const at = table.values.findIndex((v) => v.row === row && v.column === column);
  if (at < 0) throw new Error(`setCell: no cell ${key}`);
  const values = [...table.values];
  if (text === null || text === undefined) values.splice(at, 1);
  else values[at] = reparse(values[at] as CellValue, text);
  return { ...report, tables: { ...report.tables, [tableId]: { ...table, values } } };
}

/**
 * Returns a copy of the report with the cells of one table rewritten: `edit` returns the new printed text, undefined
 * to keep a cell, or null to drop it — e.g. `mapCells(r, 'T3', (c) => (c.column === 'total' ? '' : undefined))`.
 */
export function mapCells(report: Report, tableId: TableId, edit: (cell: CellValue) => CellSpec): Report {
  const table = report.tables[tableId];
  if (!table) throw new Error(`mapCells: the report has no ${tableId}`);
  const values: CellValue[] = [];
  for (const cell of table.values) {
    const spec = edit(cell);
    if (spec === undefined) values.push(cell);
    else if (spec !== null) values.push(reparse(cell, spec));
  }
  return { ...report, tables: { ...report.tables, [tableId]: { ...table, values } } };
}

/** The default consistent T3 (6 applicant columns per row; totals are computed): 50 + 2 = 49 + 3. */
export const CONSISTENT_T3: Readonly<Record<string, readonly number[]>> = {
  newReceived: [46, 2, 0, 0, 1, 1],
  carriedOver: [2, 0, 0, 0, 0, 0],
  granted: [20, 1, 0, 0, 1, 0],
  partialGrant: [5, 0, 0, 0, 0, 0],
  'denied.thirdParty': [2, 0, 0, 0, 0, 0],
  'unable.noInfo': [14, 1, 0, 0, 0, 1],
  'notProcessed.complaint': [3, 0, 0, 0, 0, 0],
  'other.overdueCorrection': [1, 0, 0, 0, 0, 0],
  totalProcessed: [45, 2, 0, 0, 1, 1],
  carriedForward: [3, 0, 0, 0, 0, 0],
};

/** The default consistent T4: one 复议 upheld, one direct lawsuit pending. */
export const CONSISTENT_T4: readonly number[] = [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0];

/** The default consistent T2 (2021 layout). */
export const CONSISTENT_T2: Readonly<Record<string, readonly CellSpec[]>> = {
  rules: [0, 0, 0],
  normative: [2, 1, 15],
  license: [120],
  penalty: [35],
  coercion: [3],
  fees: ['0'],
};

/** Builds one extracted cell from its printed text. */
export function makeCell(
  table: TableId,
  row: string,
  column: string,
  spec: Exclude<CellSpec, null | undefined>,
  type: 'int' | 'decimal' = 'int',
  src?: { row: number; col: number },
): CellValue {
  const cell: CellValue = {
    table,
    row,
    column,
    rowLabel: rowLabel(table, row),
    columnLabel: columnLabel(table, column),
    fromSpan: false,
    ...parseSpec(spec, type),
  };
  if (src) cell.src = { kind: 'cell', table: TABLE_POSITION[table], row: src.row, col: src.col };
  return cell;
}

const TABLE_POSITION: Record<TableId, number> = { T2: 0, T3: 1, T4: 2 };

type Parsed = Pick<CellValue, 'raw' | 'kind' | 'value' | 'blank'> & Partial<Pick<CellValue, 'exact' | 'unit' | 'note'>>;

/** The cell with new printed text: the parsed fields (kind, value, exact, unit, note) all come from the new text. */
function reparse(cell: CellValue, spec: Exclude<CellSpec, null | undefined>): CellValue {
  const { table, row, column, rowLabel, columnLabel, fromSpan, src } = cell;
  const out: CellValue = { table, row, column, rowLabel, columnLabel, fromSpan, ...parseSpec(spec, valueType(cell)) };
  if (src) out.src = src;
  return out;
}

/** Only Table 二's 收费金额 (万元) is a decimal column (template-2021.md §6). */
function valueType(cell: CellRef): 'int' | 'decimal' {
  return cell.table === 'T2' && cell.column === 'amount' ? 'decimal' : 'int';
}

/** Parses a spec with the extractor's own number parser, so built cells are exactly what extraction would give. */
function parseSpec(spec: Exclude<CellSpec, null | undefined>, type: 'int' | 'decimal'): Parsed {
  const raw = String(spec);
  return { raw, ...parseCellText(raw, type) };
}

function buildT3(spec: BuildOptions['t3'], is2019: boolean): ExtractedTable | null {
  if (spec === null) return null;
  const rows = is2019 ? T3_ROWS_2019 : T3_ROWS;
  const base: Record<string, readonly CellSpec[]> = {};
  for (const r of rows) {
    if (spec === 'blank') base[r.key] = Array(7).fill('');
    else if (spec === 'zero') base[r.key] = Array(7).fill(0);
    else base[r.key] = withTotal(consistentT3Row(r.key));
  }
  if (typeof spec === 'object' && spec) {
    for (const [key, cells] of Object.entries(spec))
      if (cells) base[key] = cells.length === 6 ? withTotal(cells) : cells;
  }
  const values: CellValue[] = [];
  const grid: string[][] = [['', ...T3_COLUMNS.map((c) => c.label)]];
  rows.forEach((r, i) => {
    const cells = base[r.key] ?? [];
    grid.push([r.label, ...T3_COLUMNS.map((_, j) => String(cells[j] ?? ''))]);
    T3_COLUMNS.forEach((c, j) => {
      const cell = cells[j];
      if (cell !== null && cell !== undefined)
        values.push(makeCell('T3', r.key, c.key, cell, 'int', { row: i + 3, col: j + 3 }));
    });
  });
  // Rows a spec named that this layout lacks (e.g. `other` in a 2021 table) are added, as an extractor would.
  if (typeof spec === 'object' && spec) {
    for (const [key, cells] of Object.entries(spec)) {
      if (rows.some((r) => r.key === key) || !cells) continue;
      const full = cells.length === 6 ? withTotal(cells) : cells;
      T3_COLUMNS.forEach((c, j) => {
        const cell = full[j];
        if (cell !== null && cell !== undefined) values.push(makeCell('T3', key, c.key, cell));
      });
    }
  }
  return table('T3', values, grid, is2019 ? '2019' : '2021');
}

function consistentT3Row(key: string): number[] {
  if (key === 'other') {
    const sub = ['other.overdueCorrection', 'other.overdueFee', 'other.other'].map((k) => CONSISTENT_T3[k] ?? []);
    return Array.from({ length: 6 }, (_, i) => sub.reduce((s, r) => s + (r[i] ?? 0), 0));
  }
  return [...(CONSISTENT_T3[key] ?? [0, 0, 0, 0, 0, 0])];
}

function withTotal(parts: readonly CellSpec[]): CellSpec[] {
  if (parts.length !== 6) return [...parts];
  const numeric = parts.every((p) => typeof p === 'number');
  const total = numeric ? (parts as number[]).reduce((s, n) => s + n, 0) : '';
  return [...parts, total];
}

function buildT4(spec: BuildOptions['t4']): ExtractedTable | null {
  if (spec === null) return null;
  let flat: CellSpec[];
  if (spec === 'blank') flat = Array(15).fill('');
  else if (spec === 'zero') flat = Array(15).fill(0);
  else if (Array.isArray(spec)) flat = spec;
  else {
    flat = [...CONSISTENT_T4];
    if (typeof spec === 'object' && spec) {
      T4_ROWS.forEach((r, i) => {
        const cells = spec[r.key];
        if (cells) flat.splice(i * 5, 5, ...Array.from({ length: 5 }, (_, j) => cells[j]));
      });
    }
  }
  const values: CellValue[] = [];
  flat.forEach((cell, i) => {
    const row = T4_ROWS[Math.floor(i / 5)];
    const column = T4_COLUMNS[i % 5];
    if (!row || !column || cell === null || cell === undefined) return;
    values.push(makeCell('T4', row.key, `${row.key}.${column.key}`, cell, 'int', { row: 3, col: i }));
  });
  const header = T4_ROWS.flatMap((r) => T4_COLUMNS.map((c) => `${r.label}/${c.label}`));
  return table('T4', values, [header, flat.map((c) => String(c ?? ''))], '2021');
}

function buildT2(spec: BuildOptions['t2']): ExtractedTable | null {
  if (spec === null) return null;
  const values: CellValue[] = [];
  const grid: string[][] = [];
  let line = 0;
  for (const block of T2_BLOCKS) {
    grid.push([block.header]);
    grid.push(['信息内容', ...block.columns.map((c) => c.label)]);
    line += 2;
    for (const row of block.rows) {
      const cells =
        spec === 'blank'
          ? block.columns.map(() => '')
          : spec === 'zero'
            ? block.columns.map(() => (block.type === 'decimal' ? '0' : 0))
            : (typeof spec === 'object' && spec?.[row.key]) || CONSISTENT_T2[row.key] || [];
      grid.push([row.label, ...block.columns.map((_, j) => String(cells[j] ?? ''))]);
      block.columns.forEach((c, j) => {
        const cell = cells[j];
        if (cell !== null && cell !== undefined) {
          values.push(makeCell('T2', row.key, c.key, cell, block.type, { row: line, col: j + 1 }));
        }
      });
      line++;
    }
  }
  return table('T2', values, grid, '2021');
}

/** The 2019 trial T2 (template-2021.md §5a). Its keys are this builder's own: the template defines none. */
function buildT2in2019(spec: BuildOptions['t2']): ExtractedTable | null {
  if (spec === null) return null;
  const grid = [
    ['第二十条第（一）项'],
    ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
    ['规章', '0', '0', '0'],
    ['规范性文件', '2', '2', '15'],
    ['第二十条第（五）项'],
    ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
    ['行政许可', '30', '-2', '120'],
    ['其他对外管理服务事项', '0', '0', '0'],
    ['第二十条第（九）项'],
    ['信息内容', '采购项目数量', '采购总金额'],
    ['政府集中采购', '3', '251000元'],
  ];
  const values = [
    makeCell('T2', 'rules', 'made', 0),
    makeCell('T2', 'normative', 'made', 2),
    makeCell('T2', 'license', 'change', '-2'),
    makeCell('T2', 'procurement', 'amount', '251000元', 'decimal'),
  ];
  return table('T2', values, grid, '2019');
}

function table(id: TableId, values: CellValue[], grid: string[][], layout: FormatVersion): ExtractedTable {
  const status: TableStatus = 'ok';
  return {
    id,
    status,
    layout,
    values,
    missingRows: [],
    missingColumns: [],
    source: { kind: 'cell', table: TABLE_POSITION[id], row: 0, col: 0 },
    grid,
  };
}

function buildPeriod(spec: number | ReportPeriod | null): ReportPeriod | undefined {
  if (spec === null) return undefined;
  if (typeof spec === 'object') return spec;
  return { start: `${spec}-01-01`, end: `${spec}-12-31`, year: spec, text: `${spec}年1月1日至${spec}年12月31日` };
}

function buildSections(spec: BuildOptions['sections']): Section[] {
  const wanted = spec ?? SECTIONS.map((s) => s.no);
  return wanted.map((s, i) => {
    if (typeof s === 'object') return s;
    const def = SECTIONS.find((d) => d.no === s);
    return {
      no: s,
      heading: `${s}、${def?.title ?? ''}`,
      text:
        s === '五'
          ? '存在的主要问题是信息更新不够及时。下一步将加强培训，完善审核机制。'
          : `${def?.title ?? ''}相关内容。`,
      src: { kind: 'text', block: 100 + i, start: 0, end: 10 },
    };
  });
}

function buildSentences(spec: BuildOptions['sentences'], year: number): Sentence[] {
  const texts = spec ?? defaultNarrative(year);
  return texts.map((s, i) => {
    if (typeof s === 'object') return s;
    const text = typeof s === 'string' ? s : '';
    const section = spec ? '一' : (DEFAULT_SECTIONS[i] ?? '一');
    return { text, section, src: { kind: 'text', block: i, start: 0, end: text.length } };
  });
}

/** A narrative that agrees with the default tables (so text rules stay silent on a default report). */
function defaultNarrative(year: number): string[] {
  return [
    `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    `${year}年，本机关共收到政府信息公开申请50件，上年结转2件。`,
    '全年办结49件，结转下年度继续办理3件。',
    '因政府信息公开工作被申请行政复议1件，结果维持1件；被提起行政诉讼1件，尚未审结。',
    '本年度未收取信息处理费。',
  ];
}
const DEFAULT_SECTIONS = ['一', '一', '三', '四', '六'];

function rowLabel(table: TableId, key: string): string {
  if (table === 'T3') return [...T3_ROWS, ...T3_ROWS_2019].find((r) => r.key === key)?.label ?? key;
  if (table === 'T4') return T4_ROWS.find((r) => r.key === key)?.label ?? key;
  return T2_BLOCKS.flatMap((b) => b.rows).find((r) => r.key === key)?.label ?? key;
}

function columnLabel(table: TableId, key: string): string {
  if (table === 'T3') return T3_COLUMNS.find((c) => c.key === key)?.label ?? key;
  if (table === 'T4') {
    const [row, column] = key.split('.');
    const r = T4_ROWS.find((x) => x.key === row)?.label;
    const c = T4_COLUMNS.find((x) => x.key === column)?.label;
    return r && c ? `${r}/${c}` : key;
  }
  return T2_BLOCKS.flatMap((b) => b.columns).find((c) => c.key === key)?.label ?? key;
}
