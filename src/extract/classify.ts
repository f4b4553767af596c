import type { ExtractedTable, TableId } from '../model';
import { T4_COLUMNS, T4_ROWS } from '../template';
import { mapT2 } from './map-t2';
import { mapT3 } from './map-t3';
import { mapT4 } from './map-t4';
import { labelText, type MappedTable } from './mapped';
import { compact, matchForm, wordsOf } from '../text/normalise';
import type { SectionHit } from './sections';
import { ATTACHMENT_EXT, type StreamItem, type TableItem } from './stream';

/**
 * Stage 5: which table is T2, T3, T4 — by content (T3 has 本年新收/上年结转, T4 行政复议+行政诉讼, T2 第二十条/信息
 * 内容) and by the section heading it sits under — and what became of a table that is not there: an image or an
 * attachment in its section, a table whose layout was not understood, or nothing at all.
 */
export function classifyTables(
  items: readonly StreamItem[],
  sections: readonly SectionHit[],
  explain = false,
): Classified {
  const tables = items.flatMap((item, index) =>
    item.kind === 'table' ? [{ item, index, section: sectionAt(sections, index) }] : [],
  );
  const used = new Set<TableItem>();
  const mapped: Partial<Record<TableId, MappedTable>> = {};
  // Each mapping tried, in order, when the caller asks what the stage saw (nothing is recorded otherwise).
  const tried: Array<{ at: number; as: TableId; status?: ExtractedTable['status'] }> | undefined = explain
    ? []
    : undefined;
  const attempt =
    <A extends unknown[]>(as: TableId, map: (item: TableItem, ...rest: A) => MappedTable | undefined) =>
    (at: Located, item: TableItem, ...rest: A): MappedTable | undefined => {
      const result = map(item, ...rest);
      tried?.push({ at: at.index, as, ...(result ? { status: result.status } : {}) });
      return result;
    };
  const tryT3 = attempt('T3', mapT3);
  const tryT4 = attempt('T4', mapT4);

  const t3 = firstMapped(
    prefer(
      tables.filter((t) => scoreT3(t.item) >= 3),
      '三',
    ),
    (item, at) => tryT3(at, item, followingTables(items, tables, at)),
  );
  if (t3) {
    mapped.T3 = t3.mapped;
    // A T3 cut in two at a page break is read from both parts: neither is left over as "not recognised".
    for (const cell of t3.mapped.cells) used.add(cell.item);
    used.add(t3.item);
  }
  const t4 = firstMapped(
    prefer(
      tables.filter((t) => !used.has(t.item) && (isT4Like(t.item) || (t.section === '四' && mayBeT4(t.item)))),
      '四',
    ),
    (item, at) => tryT4(at, item),
  );
  if (t4) {
    mapped.T4 = t4.mapped;
    used.add(t4.item);
  }
  const t2Items = t2Candidates(tables.filter((t) => !used.has(t.item)));
  const t2 = t2Items.length > 0 ? mapT2(t2Items) : undefined;
  if (tried && t2Items.length > 0) {
    for (const t of tables)
      if (t2Items.includes(t.item)) tried.push({ at: t.index, as: 'T2', ...(t2 ? { status: t2.status } : {}) });
  }
  if (t2) {
    mapped.T2 = t2;
    for (const item of t2Items) used.add(item);
  }

  const result: Partial<Record<TableId, Unmapped>> = {};
  for (const [id, no] of [
    ['T2', '二'],
    ['T3', '三'],
    ['T4', '四'],
  ] as const) {
    if (mapped[id] === undefined) result[id] = unmapped(items, sections, no, used);
  }
  if (!tried) return { mapped, unmapped: result };
  const taken = new Map<TableItem, TableId>();
  for (const id of ['T2', 'T3', 'T4'] as const) for (const cell of mapped[id]?.cells ?? []) taken.set(cell.item, id);
  if (t3) taken.set(t3.item, 'T3');
  if (t4) taken.set(t4.item, 'T4');
  return { mapped, unmapped: result, trace: tables.map((t) => traceOf(t, taken.get(t.item), tried)) };
}

/** Mapped tables, and for the others what was found instead. */
export interface Classified {
  mapped: Partial<Record<TableId, MappedTable>>;
  unmapped: Partial<Record<TableId, Unmapped>>;
  /** What the stage saw of each table, when asked (`explain`). */
  trace?: TableTrace[];
}

/** One table of the stream as the classification saw it: the words it is judged by, the mappings tried, the outcome. */
export interface TableTrace {
  /** Position in the stream. */
  at: number;
  /** The section heading it sits under. */
  section?: string;
  rows: number;
  width: number;
  /** The start of its label text, to tell the tables apart. */
  head: string;
  /** T3's words found in it (three make a T3 candidate). */
  t3Words: string[];
  /** Has 复议 and 诉讼 (a T4 candidate), or could be read as T4 under section 四. */
  t4Like: boolean;
  /** Has 第二十条, or 信息内容 with a T2 row name (a T2 candidate). */
  t2Like: boolean;
  /** The mappings tried on it, in order, and the status each gave (none: it could not be read that way). */
  tried: Array<{ as: TableId; status?: ExtractedTable['status'] }>;
  /** The table it was taken for. */
  taken?: TableId;
}

function traceOf(
  t: Located,
  taken: TableId | undefined,
  tried: ReadonlyArray<{ at: number; as: TableId; status?: ExtractedTable['status'] }>,
): TableTrace {
  const text = labelText(t.item);
  const trace: TableTrace = {
    at: t.index,
    rows: t.item.grid.rows.length,
    width: t.item.grid.width,
    // Merged cells repeat their label: each once.
    head: text
      .split('|')
      .filter((label, i, all) => label !== '' && label !== all[i - 1])
      .join('|')
      .slice(0, TRACE_HEAD),
    t3Words: T3_WORDS.filter((w) => text.includes(w)),
    t4Like: isT4Like(t.item) || (t.section === '四' && mayBeT4(t.item)),
    t2Like: isT2Like(t.item),
    tried: tried.filter((x) => x.at === t.index).map(({ as, status }) => (status ? { as, status } : { as })),
  };
  if (t.section !== undefined) trace.section = t.section;
  if (taken !== undefined) trace.taken = taken;
  return trace;
}

const TRACE_HEAD = 40;

/** A table that could not be read: why, and what is there instead. */
export interface Unmapped {
  status: Extract<ExtractedTable['status'], 'not-recognised' | 'image' | 'attachment' | 'missing'>;
  /** The table that was not understood ('not-recognised'). */
  table?: TableItem;
  links?: string[];
}

interface Located {
  item: TableItem;
  index: number;
  section?: string;
}

/** The section a stream position belongs to (the last heading before it). */
export function sectionAt(sections: readonly SectionHit[], index: number): string | undefined {
  let no: string | undefined;
  for (const s of sections) {
    if (s.index > index) break;
    no = s.no;
  }
  return no;
}

/** Tables under section `no` first, then the rest in document order. */
function prefer(tables: Located[], no: string): Located[] {
  return [...tables.filter((t) => t.section === no), ...tables.filter((t) => t.section !== no)];
}

function firstMapped(
  tables: readonly Located[],
  map: (item: TableItem, at: Located) => MappedTable | undefined,
): { item: TableItem; mapped: MappedTable } | undefined {
  for (const t of tables) {
    const mapped = map(t.item, t);
    if (mapped) return { item: t.item, mapped };
  }
  return undefined;
}

/**
 * The tables that may continue `at` (a table cut at a page break): those right after it in the same section, with
 * nothing but short lines between them ("续表", a page number, a repeated caption). At most a few.
 */
function followingTables(items: readonly StreamItem[], tables: readonly Located[], at: Located): TableItem[] {
  const out: TableItem[] = [];
  let previous = at;
  for (const t of tables) {
    if (t.index <= at.index) continue;
    if (out.length === MAX_CONTINUATIONS || t.section !== at.section || !adjacent(items, previous, t)) break;
    out.push(t.item);
    previous = t;
  }
  return out;
}

const MAX_CONTINUATIONS = 3;
/** Longest line allowed between the parts of a cut table. */
const MAX_BETWEEN = 20;

function adjacent(items: readonly StreamItem[], a: Located, b: Located): boolean {
  for (let i = a.index + 1; i < b.index; i++) {
    const item = items[i];
    if (item?.kind === 'table') return false;
    if (item?.kind === 'text' && compact(item.text).length > MAX_BETWEEN) return false;
  }
  return true;
}

/**
 * Whether a table's text (its textContent) has any word the classification or a mapper reads a table by. One with
 * none of them can be T4 only as a bare row of 15 values, and never T2 or T3. Tried on the text as is first; only
 * when that fails, on the NFKC form without whitespace, as labels are matched.
 */
export function namesReportWords(text: string): boolean {
  return REPORT_WORDS.test(text) || REPORT_WORDS.test(matchForm(text));
}

const T3_WORDS = [
  '本年新收',
  '上年结转',
  '予以公开',
  '部分公开',
  '不予公开',
  '无法提供',
  '不予处理',
  '其他处理',
  '结转下年度',
  '申请人情况',
  '自然人',
];

/** How many T3 words there are (three make a T3 candidate). */
export const T3_WORD_COUNT = T3_WORDS.length;

/** Every word below that a table is recognised by: T3's, T4's (复议, 诉讼, 起诉) and T2's (第二十条, 信息内容). */
const REPORT_WORDS = new RegExp([...T3_WORDS, '复议', '诉讼', '起诉', '第二十条', '信息内容'].join('|'));

function scoreT3(item: TableItem): number {
  const text = labelText(item);
  return T3_WORDS.filter((w) => text.includes(w)).length;
}

function isT4Like(item: TableItem): boolean {
  const text = labelText(item);
  return text.includes('复议') && text.includes('诉讼');
}

/**
 * Whether mapT4 could read a table that is not T4-like but sits in section 四: every way it reads a table needs 复议
 * or 起诉 in it, except a bare row of 15 values, which needs a grid at least 15 wide.
 */
function mayBeT4(item: TableItem): boolean {
  return item.grid.width >= T4_VALUES || /复议|起诉/.test(labelText(item));
}

/** The 15 values of T4: 3 groups × 5 outcomes. */
const T4_VALUES = T4_ROWS.length * T4_COLUMNS.length;

function isT2Like(item: TableItem): boolean {
  const text = labelText(item);
  return (
    /第二十条/.test(text) || (/信息内容/.test(text) && /规章|规范性文件|行政许可|行政处罚|行政强制|收费/.test(text))
  );
}

/** T2 tables: those under section 二 if any are, else every T2-like table (a split T2 comes as several). */
function t2Candidates(tables: Located[]): TableItem[] {
  const like = tables.filter((t) => isT2Like(t.item));
  const inSection = like.filter((t) => t.section === '二');
  return (inSection.length > 0 ? inSection : like).map((t) => t.item);
}

/** What section `no` holds instead of a readable table. */
function unmapped(
  items: readonly StreamItem[],
  sections: readonly SectionHit[],
  no: string,
  used: Set<TableItem>,
): Unmapped {
  const at = sections.findIndex((s) => s.no === no);
  if (at < 0) {
    // No heading at all: a page whose whole report is a linked file is "attachment", not "missing".
    const links = linksIn(items, 0, items.length, 'link');
    return sections.length === 0 && links.length > 0 ? { status: 'attachment', links } : { status: 'missing' };
  }
  const start = (sections[at] as SectionHit).index + 1;
  const end = sections[at + 1]?.index ?? items.length;
  for (let i = start; i < end; i++) {
    const item = items[i] as StreamItem;
    if (item.kind === 'table' && !used.has(item)) return { status: 'not-recognised', table: item };
  }
  const images = linksIn(items, start, end, 'image');
  if (images.length > 0) return { status: 'image', links: images };
  const files = linksIn(items, start, end, 'link');
  if (files.length > 0) return { status: 'attachment', links: files };
  // Figures under the heading that no table reader could put in rows (a converter's columns printed one after
  // another): the table is there but was not read — not audited, never "missing".
  if (hasFigures(items, start, end)) return { status: 'not-recognised' };
  return { status: 'missing' };
}

/**
 * Whether the text between `start` and `end` holds a table's figures: at least three numbers that stand alone —
 * lines of bare numbers, or three or more numbers in a row separated by spaces ("0 0 0") — not counts in
 * sentences ("收到申请 21 件"); or two of the tables' column headers in text with figures.
 */
export function hasFigures(items: readonly StreamItem[], start: number, end: number): boolean {
  let figures = 0;
  const words = new Set<string>();
  for (let i = start; i < end && figures < MIN_FIGURES; i++) {
    const item = items[i] as StreamItem;
    if (item.kind !== 'text') continue;
    figures += figuresIn(item.text);
    // A table's cells run together ("规章000行政规范性文件8855698"): its column headers, which prose does not use,
    // with figures.
    if (/\d/.test(item.text)) for (const m of compact(item.text).matchAll(HEADER_WORDS)) words.add(m[0]);
  }
  return figures >= MIN_FIGURES || words.size >= 2;
}

/** Column headers of the three tables (2021 format and 2019 trial format). */
const HEADER_WORDS =
  /本年制发件数|本年废止件数|现行有效件数|处理决定数量|本年收费金额|本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|采购项目数量|申请人情况|法人或其他组织|社会公益组织|法律服务机构|结果维持|结果纠正|尚未审结|未经复议直接起诉|复议后起诉/gu;

const MIN_FIGURES = 3;
const FIGURE = /^[\d０-９]+(?:[.．][\d０-９]+)?$/u;

/** Bare numbers of a text: all its words when every one is a number, else those in runs of three or more. */
export function figuresIn(text: string): number {
  const words = wordsOf(text);
  if (words.length > 0 && words.every((w) => FIGURE.test(w))) return words.length;
  let run = 0;
  let count = 0;
  for (const w of [...words, '']) {
    if (FIGURE.test(w)) run++;
    else {
      if (run >= MIN_FIGURES) count += run;
      run = 0;
    }
  }
  return count;
}

function linksIn(items: readonly StreamItem[], start: number, end: number, kind: 'image' | 'link'): string[] {
  const out = new Set<string>();
  for (let i = start; i < end; i++) {
    const item = items[i] as StreamItem;
    if (item.kind === kind && (kind === 'image' || ATTACHMENT_EXT.test(item.url))) out.add(item.url);
  }
  return [...out];
}
