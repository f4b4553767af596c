/**
 * The report model: plain, serialisable data shared by every stage and every front end.
 * Types only — this module imports nothing, so it can be checked that everything depends on it and not the reverse.
 */

/** Which national format a page follows (rules.md "Older formats"). */
export type FormatVersion = '2021' | '2019' | 'legacy' | 'unknown';

export type Severity = 'error' | 'warning' | 'info';

export type Lang = 'zh' | 'en';

/** T2/T3/T4 = the statistical tables of sections 二/三/四 (template-2021.md). */
export type TableId = 'T2' | 'T3' | 'T4';

/**
 * Where a value or sentence came from, so a front end can point at it.
 * - `kind: 'cell'`: the `table`-th <table> of the document (document order, 0-based, iframes excluded), and the
 *   cell at (`row`, `col`) of its true grid (after rowspan/colspan expansion).
 * - `kind: 'line'`: a line of a plain-text report (1-based) and, for one-cell-per-line text, the same.
 * - `kind: 'text'`: a sentence: the `block`-th text block of the document and character offsets inside it.
 */
export type SourceRef =
  | { kind: 'cell'; table: number; row: number; col: number }
  | { kind: 'line'; line: number }
  | { kind: 'text'; block: number; start: number; end: number }
  /** A PDF: the page (1-based) and the box on it, in points from the top left (a cell, or the line a sentence starts on). */
  | { kind: 'box'; page: number; x: number; y: number; w: number; h: number };

/** Logical address of a value in the national format: table, row key and column key of template-2021.json. */
export interface CellRef {
  table: TableId;
  /** Row key, e.g. `newReceived`, `denied.stateSecret` (T3), `rules` (T2), `review` (T4). */
  row: string;
  /** Column key, e.g. `naturalPerson`, `total` (T3), `issued` (T2), `review.total` (T4). */
  column: string;
}

/** How a cell's text parsed. */
export type ValueKind = 'int' | 'decimal' | 'blank' | 'invalid';

/** One extracted value of a statistical table. */
export interface CellValue extends CellRef {
  /** Human-readable labels of the row and column, as in the template (for exports and messages). */
  rowLabel: string;
  columnLabel: string;
  /** The cell's text as printed on the page (whitespace collapsed, nothing else changed). */
  raw: string;
  kind: ValueKind;
  /** Parsed value: an integer for `int`, the number for `decimal` (display only), null for blank/invalid. */
  value: number | null;
  /** Exact canonical decimal text for `decimal` cells (e.g. "9486.7475"); arithmetic on money uses this. */
  exact?: string;
  /** Unit suffix that was written in the cell and stripped (件, 条, 万元, 元 …). */
  unit?: string;
  /** Footnote or other stray text stripped from a numeric cell ("12[注]" → "[注]"). */
  note?: string;
  /** True for "", "/", "—", "-", "无" and the like. */
  blank: boolean;
  /** True when the grid cell was filled from another cell's rowspan/colspan. */
  fromSpan: boolean;
  src?: SourceRef;
}

/** What became of one of the three tables. */
export type TableStatus =
  | 'ok' // found and every row and column mapped
  | 'partial' // found, some rows or columns could not be mapped (see missing*)
  | 'positional' // T4 read as a bare row of 15 numbers
  | 'not-recognised' // a table is there but its layout was not understood: not audited
  | 'image' // the section shows the table as an image: not audited
  | 'attachment' // the section links to a file instead: not audited
  | 'missing'; // no table at all

export interface ExtractedTable {
  id: TableId;
  status: TableStatus;
  /** Layout variant recognised, e.g. '2021', '2019'. */
  layout?: FormatVersion;
  values: CellValue[];
  /** Template row/column keys that could not be found. */
  missingRows: string[];
  missingColumns: string[];
  /** Index of the source <table> in the document, or first line of the table in a text report. */
  source?: SourceRef;
  /** The normalised text grid the values were read from (for the tables view and debugging). */
  grid?: string[][];
  /** For 'image' / 'attachment': the URLs found. */
  links?: string[];
}

/** One of the six sections (template-2021.md §1). */
export interface Section {
  /** 一 … 六 */
  no: string;
  /** Heading text as found on the page. */
  heading: string;
  /** Plain text of the section body (without tables). */
  text: string;
  src?: SourceRef;
}

/** A sentence of the narrative, with a pointer back into the page. */
export interface Sentence {
  text: string;
  /** Section number (一 … 六) it belongs to, if known. */
  section?: string;
  src?: SourceRef;
}

export interface ReportPeriod {
  /** ISO dates. */
  start: string;
  end: string;
  year: number;
  /** The text it was read from. */
  text: string;
}

/** The model of one audited page or text. */
export interface Report {
  /** URL or file path. */
  source: string;
  /** True when the input looks like a 政府信息公开工作年度报告 (not a listing, guide or news page). */
  detected: boolean;
  format: FormatVersion;
  title?: string;
  agency?: string;
  /** Report year (the year reported on, not the publication year). */
  year?: number;
  period?: ReportPeriod;
  /** On-page publication date (发布日期/发布时间/成文日期), ISO date. */
  published?: { date: string; text: string };
  /** Years named in the page's own heading(s). */
  headingYears: number[];
  sections: Section[];
  sentences: Sentence[];
  tables: Partial<Record<TableId, ExtractedTable>>;
  /** Links to attachments (PDF, DOC…) found on the page. */
  attachments: string[];
  /**
   * Set when the page exceeded one of the engine's size limits: it was not read beyond its title and opening text,
   * and only the `doc-too-large` notice is reported (the audit gives up rather than freezing the page).
   */
  limits?: LimitNote;
  /**
   * Set when the input is in a form that cannot be read at all — a scanned PDF (pages of images), an OFD file, a
   * binary Word/WPS file without readable text: nothing is audited and no rule runs on it.
   */
  notAudited?: NotAuditedReason;
}

/** Why an input was not audited at all (Report.notAudited). */
export type NotAuditedReason = 'scanned' | 'ofd' | 'doc';

/**
 * What a size limit counts — one vocabulary for the engine's limits (src/extract/limits.ts: text, tables, rows,
 * cells) and the content script's page guard (src/content/size-guard.ts: elements, tables, cells, text): characters
 * of text, elements of every kind, <table> elements, table rows (<tr>), table cells (<td>/<th>).
 */
export type SizeMeasure = 'text' | 'elements' | 'tables' | 'rows' | 'cells';

/** Which size limit a page exceeded, and by how much. */
export interface LimitNote {
  /** What was counted. */
  measure: SizeMeasure;
  /** The count on the page, and the most the engine audits. */
  count: number;
  limit: number;
}

/** A message template reference plus its data; rendered by the engine in the user's language. */
export interface FindingCell extends CellRef {
  /** The cell's text on the page, for exports and messages. */
  text: string;
  src?: SourceRef;
}

export interface Finding {
  /** Rule id from rules.md, e.g. `t4-review-sum`. A contract: never renamed. */
  rule: string;
  severity: Severity;
  messageId: string;
  /** Rendered message (expected vs. actual) in the requested language. */
  message: string;
  data: Record<string, string | number>;
  cells: FindingCell[];
  /**
   * Set when no cell of the finding is known to be the wrong one (only an identity between them fails, and no other
   * equation pins the cause down): front ends mark its cells alike, none as the finding's subject. Absent otherwise:
   * the first cell is what the finding is about.
   */
  unpinned?: true;
  /** For text rules: the sentence concerned. */
  sentence?: Sentence;
}

/** Everything an audit returns. */
export interface AuditResult {
  report: Report;
  findings: Finding[];
  /** Rule ids that ran. */
  rulesRun: string[];
  /** ISO timestamp of the audit. */
  auditedAt: string;
  /** Time per stage in milliseconds (recognise, extract, rules). */
  timings?: Record<string, number>;
}

/** A user-facing text in both locales; templates use `{{placeholder}}`. */
export interface LocalText {
  zh: string;
  en: string;
}
