import type { LimitNote, SizeMeasure } from '../model';

/**
 * The first size limit a page exceeds, or undefined. The counts come from the page's one walk (scan.ts), which runs
 * before any stage that builds grids or a stream, so an absurd page is turned away in linear time instead of
 * freezing the tab.
 */
export function overLimit(counts: PageCounts, limits: Limits = LIMITS): LimitNote | undefined {
  for (const measure of MEASURES) {
    if (counts[measure] > limits[measure]) return { measure, count: counts[measure], limit: limits[measure] };
  }
  return undefined;
}

/**
 * What the limits are judged on, over the whole document: characters of text, <table>, <tr> and <td>/<th> elements,
 * none of them inside script, style, template or noscript (text that is code or not shown; extraction skips it too).
 */
export type PageCounts = Record<EngineMeasure, number>;

/** The measures the engine counts in its walk (the content script's guard counts elements instead of rows). */
export type EngineMeasure = Exclude<SizeMeasure, 'elements'>;

/** The same for a plain-text report (only its length can be out of bounds: its tables are lines of it). */
export function textOverLimit(text: string, limits: Limits = LIMITS): LimitNote | undefined {
  return text.length > limits.text ? { measure: 'text', count: text.length, limit: limits.text } : undefined;
}

/** The most the engine audits; beyond any of these a page is "too large to audit" (rule doc-too-large). */
export interface Limits {
  /** Characters of body text (scripts and styles excluded). */
  text: number;
  /** <table> elements, layout tables included. */
  tables: number;
  /** <tr> elements of all tables. */
  rows: number;
  /** <td>/<th> elements of all tables. */
  cells: number;
}

/**
 * Real reports are far below these: ~10–30 thousand characters of text, 3 data tables (plus a few layout tables) of
 * at most ~35 rows and ~300 cells. The limits are some 30–100 times that, and set where the engine still finishes
 * in about a second in Node (measured: 1 M characters of narrative ≈ 0.8 s; a 10,000-row staircase of rowspans,
 * the worst grid the rows allow, ≈ 0.5 s and 160 MB — the grid is at most 100 columns wide).
 */
export const LIMITS: Readonly<Limits> = Object.freeze({ text: 1_000_000, tables: 1_000, rows: 10_000, cells: 200_000 });

/**
 * The most bytes of a page (or file) the CLI, the batch and the extension's "audit all" read: 20 bytes per character
 * of the text limit (markup, scripts and GBK or UTF-8 encoding included), 20 MB. A real report page is 50 KB–2 MB;
 * beyond this the body is not read at all (a larger Content-Length) or reading stops at the cap, so an endless or
 * huge answer costs neither memory nor time, and the page is "too large", never a finding.
 */
export const MAX_PAGE_BYTES = 20 * LIMITS.text;

/** The order limits are reported in when several are exceeded: the one a reader understands best first. */
const MEASURES: readonly EngineMeasure[] = ['text', 'tables', 'rows', 'cells'];
