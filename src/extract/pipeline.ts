import type {
  CellValue,
  ExtractedTable,
  FormatVersion,
  Report,
  ReportPeriod,
  Section,
  Sentence,
  SourceRef,
  TableId,
} from '../model';
import { reportAgency } from '../detect/agency';
import { detectFormat } from '../detect/format';
import { findPeriodFolded } from '../detect/period';
import { findPublishedFolded } from '../detect/published';
import { recogniseReport, selfNaming } from '../detect/recognise';
import { distinctYears, firstYear } from '../detect/year';
import { classifyTables, sectionAt, type Classified, type TableTrace, type Unmapped } from './classify';
import type { MappedCell, MappedTable } from './mapped';
import { collapseSpace, foldWidth } from '../text/normalise';
import { parseCellText } from './number';
import { findSections, type SectionHit } from './sections';
import { splitSentences } from './sentences';
import { sourceKey } from './source';
import { cellSource, MAX_SHOWN_ROWS, textSource, type StreamItem, type TableItem, type TextItem } from './stream';

/**
 * The stages after the stream, shared by the DOM, text and PDF paths, each a named function below: sections →
 * tables (classify and map) → values → narrative (sections' text, sentences) → document facts (title, year,
 * agency, period, publication date, format) → recognition. With `explain`, what each stage saw is kept on the
 * result (`stages`, for `npm run audit -- --explain`); without it nothing more is computed or kept.
 */
export function assemble(input: AssembleInput): Assembled {
  const { items } = input;
  const elements = new Map<string, Element>();
  const sectionHits = findSections(items);
  const inScope = input.scope?.(items, sectionHits) ?? (() => true);
  const classified = classifyTables(items, sectionHits, input.explain === true);
  const tables = readValues(classified, elements);
  const title = input.title === undefined ? undefined : collapseSpace(input.title);
  const { sections, sentences } = readNarrative(items, sectionHits, inScope, title, elements);
  const facts = documentFacts(items, inScope, title, tables, sections);
  const recognition = recognise(input, title, sectionHits, tables, facts);

  const report: Report = {
    source: input.source,
    detected: recognition.detected,
    format: facts.format,
    headingYears: [...new Set(input.headingTitles.flatMap(distinctYears))],
    sections,
    sentences,
    tables,
    attachments: facts.attachments,
  };
  if (title !== undefined && title !== '') report.title = title;
  if (facts.agency !== undefined) report.agency = facts.agency;
  if (facts.year !== undefined) report.year = facts.year;
  if (facts.period !== undefined) report.period = facts.period;
  if (facts.published !== undefined) report.published = facts.published;
  const assembled: Assembled = { report, elements, why: recognition.why };
  if (input.explain === true)
    assembled.stages = stagesOf(items, sectionHits, classified, tables, sentences, facts, recognition);
  return assembled;
}

/** Stage "values": each table's cells parsed (number, blank, unit, note) with their page elements; what is not there. */
function readValues(classified: Classified, elements: Map<string, Element>): Partial<Record<TableId, ExtractedTable>> {
  const tables: Partial<Record<TableId, ExtractedTable>> = {};
  for (const id of ['T2', 'T3', 'T4'] as const) {
    const mapped = classified.mapped[id];
    const unmapped = classified.unmapped[id] ?? { status: 'missing' };
    tables[id] = mapped ? fromMapped(id, mapped, elements) : fromUnmapped(id, unmapped);
  }
  return tables;
}

/** Stage "narrative": the sections' text and the sentences of the report body. */
function readNarrative(
  items: readonly StreamItem[],
  hits: readonly SectionHit[],
  inScope: (item: StreamItem) => boolean,
  title: string | undefined,
  elements: Map<string, Element>,
): { sections: Section[]; sentences: Sentence[] } {
  // Both read the text items with their whitespace collapsed: each is collapsed once, when first asked for.
  const collapsed = new Map<number, string>();
  const collapsedAt = (index: number): string => {
    let text = collapsed.get(index);
    if (text === undefined) collapsed.set(index, (text = collapseSpace((items[index] as TextItem).text)));
    return text;
  };
  return {
    sections: buildSections(items, hits, inScope, collapsedAt, elements),
    sentences: buildSentences(items, hits, inScope, title, collapsedAt, elements),
  };
}

/** What stage "facts" found out about the document, and where the year came from. */
export interface DocumentFacts {
  year?: number;
  /** Where the year was read: the title, the 统计期限, the text naming itself ("本报告…2023年"), section 一's opening. */
  yearFrom?: 'title' | 'period' | 'self-naming' | 'section 一';
  period?: ReportPeriod;
  published?: { date: string; text: string };
  agency?: string;
  format: FormatVersion;
  attachments: string[];
  /** The whole text, read by the recognition. */
  documentText: string;
}

/** Stage "facts": year, period, publication date, agency (from the title), attachments and format. */
function documentFacts(
  items: readonly StreamItem[],
  inScope: (item: StreamItem) => boolean,
  title: string | undefined,
  tables: Partial<Record<TableId, ExtractedTable>>,
  sections: readonly Section[],
): DocumentFacts {
  const texts = items.map(itemText);
  const documentText = texts.join('\n');
  const tableText = texts.filter((_, i) => items[i]?.kind === 'table').join('\n');
  // NFKC once for both date scans (the whole page's text, the costliest string the extraction folds).
  const folded = foldWidth(documentText);
  const period = findPeriodFolded(folded);
  const fromTitle = title === undefined ? undefined : firstYear(title);
  const [year, yearFrom] = ((): [number | undefined, DocumentFacts['yearFrom']] => {
    if (fromTitle !== undefined) return [fromTitle, 'title'];
    if (period?.year !== undefined) return [period.year, 'period'];
    const named = selfNaming(documentText)?.year;
    if (named !== undefined) return [named, 'self-naming'];
    const opening = openingYear(sections);
    return opening === undefined ? [undefined, undefined] : [opening, 'section 一'];
  })();
  const attachments = [...new Set(items.flatMap((i) => (i.kind === 'link' && inScope(i) ? [i.url] : [])))];
  const format = detectFormat({
    year,
    t3Layout: tables.T3?.layout,
    t2Layout: tables.T2?.layout,
    tableText,
    text: documentText,
  });
  const facts: DocumentFacts = { format, attachments, documentText };
  if (year !== undefined) facts.year = year;
  if (yearFrom !== undefined) facts.yearFrom = yearFrom;
  if (period !== undefined) facts.period = period;
  const published = findPublishedFolded(folded);
  if (published !== undefined) facts.published = published;
  const agency = reportAgency(title);
  if (agency !== undefined) facts.agency = agency;
  return facts;
}

/** Stage "recognition": is this a report (title, headings, tables, links, self-naming text)? */
function recognise(
  input: AssembleInput,
  title: string | undefined,
  sectionHits: readonly SectionHit[],
  tables: Partial<Record<TableId, ExtractedTable>>,
  facts: DocumentFacts,
): RecognitionStage {
  const readable = Object.values(tables).filter((t) => READABLE.has(t.status));
  const inputs = {
    title,
    sections: sectionHits.length,
    tables: readable.length,
    reportLinks: input.reportLinks,
    attachments: facts.attachments.length,
    period: facts.period !== undefined,
  };
  return { ...recogniseReport({ ...inputs, text: facts.documentText.slice(0, RECOGNISE_TEXT) }), inputs };
}

/** The recognition's verdict and what it was judged on. */
export interface RecognitionStage {
  detected: boolean;
  why: string;
  inputs: {
    title?: string;
    sections: number;
    tables: number;
    reportLinks: number;
    attachments: number;
    period: boolean;
  };
}

/** What each stage saw (`explain`): the stream, the headings, every table's classification, values, facts, verdict. */
export interface Stages {
  stream: { items: number; texts: number; tables: number; links: number; images: number };
  sections: Array<{ no: string; heading: string; at: number; score: number }>;
  tables: TableTrace[];
  values: Partial<
    Record<
      TableId,
      {
        status: ExtractedTable['status'];
        values: number;
        blank: number;
        invalid: number;
        missingRows: string[];
        missingColumns: string[];
      }
    >
  >;
  sentences: number;
  facts: Omit<DocumentFacts, 'documentText'>;
  recognition: RecognitionStage;
}

function stagesOf(
  items: readonly StreamItem[],
  hits: readonly SectionHit[],
  classified: Classified,
  tables: Partial<Record<TableId, ExtractedTable>>,
  sentences: readonly Sentence[],
  facts: DocumentFacts,
  recognition: RecognitionStage,
): Stages {
  const count = (kind: StreamItem['kind']) => items.filter((i) => i.kind === kind).length;
  const values: Stages['values'] = {};
  for (const [id, t] of Object.entries(tables) as Array<[TableId, ExtractedTable]>) {
    values[id] = {
      status: t.status,
      values: t.values.length,
      blank: t.values.filter((v) => v.blank).length,
      invalid: t.values.filter((v) => v.kind === 'invalid').length,
      missingRows: t.missingRows,
      missingColumns: t.missingColumns,
    };
  }
  const { documentText: _text, ...shown } = facts;
  return {
    stream: {
      items: items.length,
      texts: count('text'),
      tables: count('table'),
      links: count('link'),
      images: count('image'),
    },
    sections: hits.map((h) => ({ no: h.no, heading: h.heading, at: h.index, score: h.score })),
    tables: classified.trace ?? [],
    values,
    sentences: sentences.length,
    facts: shown,
    recognition,
  };
}

/** What the front paths hand to `assemble`. */
export interface AssembleInput {
  source: string;
  items: StreamItem[];
  /** The report title as picked by the path (page heading, <title>, first lines of a text). */
  title?: string;
  /** Titles/headings whose years are the page's own heading years. */
  headingTitles: string[];
  /** Links naming annual reports (a listing page has many). */
  reportLinks: number;
  /** Limits narrative (sections' text, sentences) and attachments to the report body, given the headings found. */
  scope?: (items: readonly StreamItem[], sections: readonly SectionHit[]) => (item: StreamItem) => boolean;
  /** Keep what each stage saw on the result (`stages`). */
  explain?: boolean;
}

/** The report, the page elements behind its SourceRefs, and the recognition verdict. */
export interface Assembled {
  report: Report;
  elements: Map<string, Element>;
  /** Why the page was (not) recognised as a report, Chinese then English. */
  why: string;
  /** What each stage saw; only with `explain`. */
  stages?: Stages;
}

const RECOGNISE_TEXT = 20_000;

/**
 * The year section 一 opens with ("2025年，我办坚持…"): the report's year when neither a title, the 统计期限 nor the
 * foreword names one. Only a year at the very start of the section counts, not one met later in its narrative.
 */
function openingYear(sections: readonly Section[]): number | undefined {
  const first = sections.find((s) => s.no === '一');
  const m = first === undefined ? null : /^\s*((?:19|20)\d{2})\s*年(?!\d|\s*\d{1,2}\s*月)/.exec(foldWidth(first.text));
  return m === null ? undefined : Number(m[1]);
}
const READABLE = new Set<ExtractedTable['status']>(['ok', 'partial', 'positional']);
const CAPTION = /^[(（]?单位[:：][^，。,]{0,12}[)）]?$/;

function fromMapped(id: TableId, mapped: MappedTable, elements: Map<string, Element>): ExtractedTable {
  // A position of a short row that no cell covers is not on the page: its value is unknown, not a blank 0, and a
  // finding could not point at it.
  const onPage = mapped.cells.filter((cell) => cell.item.grid.rows[cell.r]?.[cell.c]?.padding !== true);
  const values = onPage.map((cell) => toValue(id, cell, elements));
  const items = [...new Set(mapped.cells.map((c) => c.item))];
  const table: ExtractedTable = {
    id,
    status: mapped.status,
    values,
    missingRows: mapped.missingRows,
    missingColumns: mapped.missingColumns,
    grid: items.flatMap(textGrid),
  };
  if (mapped.layout !== undefined) table.layout = mapped.layout;
  if (items[0] !== undefined) table.source = items[0].src;
  return table;
}

function fromUnmapped(id: TableId, unmapped: Unmapped): ExtractedTable {
  const table: ExtractedTable = { id, status: unmapped.status, values: [], missingRows: [], missingColumns: [] };
  if (unmapped.table !== undefined) {
    table.source = unmapped.table.src;
    // Shown to say "this is what we could not read": the top of it is enough, and keeps messages small.
    table.grid = textGrid(unmapped.table).slice(0, MAX_SHOWN_ROWS);
  }
  if (unmapped.links !== undefined) table.links = unmapped.links;
  return table;
}

function toValue(id: TableId, cell: MappedCell, elements: Map<string, Element>): CellValue {
  const grid = cell.item.grid.rows[cell.r]?.[cell.c];
  const raw = grid?.text ?? '';
  const parsed = parseCellText(raw, cell.type);
  const src = cellSource(cell.item, cell.r, cell.c);
  const value: CellValue = {
    table: id,
    row: cell.row,
    column: cell.column,
    rowLabel: cell.rowLabel,
    columnLabel: cell.columnLabel,
    raw,
    kind: parsed.kind,
    value: parsed.value,
    blank: parsed.blank,
    fromSpan: grid?.fromSpan ?? false,
    src,
  };
  if (parsed.exact !== undefined) value.exact = parsed.exact;
  if (parsed.unit !== undefined) value.unit = parsed.unit;
  if (parsed.note !== undefined) value.note = parsed.note;
  if (grid?.el !== undefined) elements.set(sourceKey(src), grid.el);
  return value;
}

function textGrid(item: TableItem): string[][] {
  return item.grid.rows.map((row) => row.map((cell) => cell.text));
}

function itemText(item: StreamItem): string {
  if (item.kind === 'text') return item.text;
  if (item.kind === 'table') return item.grid.rows.map((row) => row.map((c) => c.text).join(' ')).join('\n');
  return '';
}

function remember(elements: Map<string, Element>, src: SourceRef, item: TextItem): void {
  if (item.origin.kind === 'block') elements.set(sourceKey(src), item.origin.el);
}

/** Sentences of the narrative: text in scope that is not a heading, the title or a table caption. */
function buildSentences(
  items: readonly StreamItem[],
  hits: readonly SectionHit[],
  inScope: (item: StreamItem) => boolean,
  title: string | undefined,
  collapsedAt: (index: number) => string,
  elements: Map<string, Element>,
): Sentence[] {
  const headings = new Set(hits.map((s) => s.index));
  const sentences: Sentence[] = [];
  items.forEach((item, index) => {
    if (item.kind !== 'text' || headings.has(index) || !inScope(item)) return;
    // The title (possibly split by <br> into pieces) and table captions ("单位：件") are not narrative.
    const whole = collapsedAt(index);
    if (title !== undefined && whole.length >= 2 && title.includes(whole)) return;
    if (CAPTION.test(whole)) return;
    const section = sectionAt(hits, index);
    for (const { start, end } of splitSentences(item.text)) {
      const src = textSource(item, start, end);
      remember(elements, src, item);
      const sentence: Sentence = { text: collapseSpace(item.text.slice(start, end)), src };
      if (section !== undefined) sentence.section = section;
      sentences.push(sentence);
    }
  });
  return sentences;
}

function buildSections(
  items: readonly StreamItem[],
  hits: readonly SectionHit[],
  inScope: (item: StreamItem) => boolean,
  collapsedAt: (index: number) => string,
  elements: Map<string, Element>,
): Section[] {
  return hits.map((hit, i) => {
    const end = hits[i + 1]?.index ?? items.length;
    const body: string[] = [];
    for (let k = hit.index + 1; k < end; k++) {
      const item = items[k] as StreamItem;
      if (item.kind === 'text' && inScope(item)) body.push(collapsedAt(k));
    }
    const heading = items[hit.index] as TextItem;
    const src = textSource(heading, 0, heading.text.length);
    remember(elements, src, heading);
    return { no: hit.no, heading: hit.heading, text: body.join('\n'), src };
  });
}
