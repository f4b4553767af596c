/**
 * The typed messages between the extension's contexts, and a validator for each: every message that crosses a
 * context boundary is checked with `parse*` before it is used (a message is untrusted data until then).
 *   popup → content script:   ToContent      → ContentState (get-state, audit-anyway, set-marks) | LocateReply
 *   content script → worker:  ToBackground   (the per-tab summary the badge is drawn from)
 *   content script → worker:  EngineRequest → EngineReply (the audit itself, run by the worker: ./engine-messages.ts)
 * Pure: no extension API here, so the validators are unit-tested in Node.
 */
import type { AuditResult, Lang, LimitNote, SizeMeasure, TableId } from '../model';
import { isAuditResult } from './result-shape';

/** What the popup asks the content script. */
export type ToContent =
  | { type: 'get-state' }
  | { type: 'audit-anyway' }
  | { type: 'set-marks'; on: boolean }
  | { type: 'locate'; key: string };

/** What the content script knows about its page. */
export type ContentState =
  /** The audit has not run yet (it waits for the page to be idle). */
  | { status: 'pending'; url: string }
  /** The page is not a 政府信息公开工作年度报告 (cheap check or full detection said no). */
  | { status: 'not-report'; url: string; title: string; tables: number }
  /**
   * An audit result; `forced` when the user asked to audit a page that was not recognised as a report; `frame` the
   * URL of the same-origin frame the report was found in; `merges` the merged cells of each table as on the page.
   */
  | {
      status: 'report';
      url: string;
      result: AuditResult;
      forced: boolean;
      marks: boolean;
      frame: string | null;
      merges: Partial<Record<TableId, Merge[]>>;
      /**
       * Where last year's report of the same agency was read from, when the extension's memory held it and the
       * cross-year rules (rules.md G) compared the two: their findings are among `result.findings`.
       */
      previous?: string;
    }
  /** The audit threw; `error` is the exception's message. */
  | { status: 'failed'; url: string; error: string }
  /**
   * The page is far larger than any report, so it was not audited (the engine is synchronous: auditing it would
   * freeze the tab); `over` says which count passed which limit (src/content/size-guard.ts).
   */
  | { status: 'too-large'; url: string; title: string; over: LimitNote }
  /**
   * The page lists annual reports (a portal's report column, src/portal/listing.ts): `count` report links on it,
   * `pages` further pages of its pagination known from it. The popup offers "audit all".
   */
  | { status: 'listing'; url: string; title: string; count: number; pages: number };

/** A merged region of a table's grid, as [row, col, rowspan, colspan]. */
export type Merge = [number, number, number, number];

/** The content script's answer to `locate`: whether the element was found and scrolled to. */
export interface LocateReply {
  type: 'located';
  found: boolean;
}

/** What the content script tells the background worker after every audit. */
export interface ToBackground {
  type: 'summary';
  detected: boolean;
  errors: number;
  warnings: number;
  /** On a listing page: the number of reports it lists (the badge shows it in a neutral colour). */
  listing?: number;
  /** On a report: how many of its three tables were read and checked (0 → the badge says "not audited"). */
  audited?: number;
  /** On a report: its agency and year, for the toolbar title ("青山县交通运输局 2023 年报"). */
  agency?: string;
  year?: number;
}

/** Longest address a content state or a reply may name as last year's report. */
export const SOURCE_CHARS = 4096;

/** Longest agency name a summary may carry (the toolbar title is short; longer names are cut). */
export const SUMMARY_AGENCY_CHARS = 60;

/** A popup request, or null when `value` is not one. */
export function parseToContent(value: unknown): ToContent | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'get-state':
    case 'audit-anyway':
      return { type: value.type };
    case 'set-marks':
      return typeof value.on === 'boolean' ? { type: 'set-marks', on: value.on } : null;
    case 'locate':
      return typeof value.key === 'string' && value.key.length > 0 && value.key.length < 200
        ? { type: 'locate', key: value.key }
        : null;
    default:
      return null;
  }
}

/** A content state, or null when `value` is not one (including a result of the wrong shape). */
export function parseContentState(value: unknown): ContentState | null {
  if (!isRecord(value) || typeof value.url !== 'string') return null;
  const url = value.url;
  switch (value.status) {
    case 'pending':
      return { status: 'pending', url };
    case 'not-report':
      return typeof value.title === 'string' && isCount(value.tables)
        ? { status: 'not-report', url, title: value.title, tables: value.tables }
        : null;
    case 'report':
      if (!isAuditResult(value.result) || typeof value.forced !== 'boolean' || typeof value.marks !== 'boolean') {
        return null;
      }
      if (value.frame !== null && typeof value.frame !== 'string') return null;
      if (!isMerges(value.merges)) return null;
      if (value.previous !== undefined && !isSource(value.previous)) return null;
      return {
        status: 'report',
        url,
        result: value.result,
        forced: value.forced,
        marks: value.marks,
        frame: value.frame,
        merges: value.merges,
        ...(value.previous !== undefined ? { previous: value.previous } : {}),
      };
    case 'failed':
      return typeof value.error === 'string' ? { status: 'failed', url, error: value.error } : null;
    case 'listing':
      return typeof value.title === 'string' && isCount(value.count) && isCount(value.pages)
        ? { status: 'listing', url, title: value.title, count: value.count, pages: value.pages }
        : null;
    case 'too-large': {
      const over = parseSizeOver(value.over);
      return typeof value.title === 'string' && over ? { status: 'too-large', url, title: value.title, over } : null;
    }
    default:
      return null;
  }
}

const SIZE_MEASURES: ReadonlySet<string> = new Set<SizeMeasure>(['text', 'elements', 'tables', 'rows', 'cells']);

function parseSizeOver(value: unknown): LimitNote | null {
  if (!isRecord(value) || typeof value.measure !== 'string' || !SIZE_MEASURES.has(value.measure)) return null;
  if (!isCount(value.count) || !isCount(value.limit)) return null;
  return { measure: value.measure as SizeMeasure, count: value.count, limit: value.limit };
}

/** A locate reply, or null. */
export function parseLocateReply(value: unknown): LocateReply | null {
  return isRecord(value) && value.type === 'located' && typeof value.found === 'boolean'
    ? { type: 'located', found: value.found }
    : null;
}

function isSource(value: unknown): value is string {
  return typeof value === 'string' && value.length <= SOURCE_CHARS;
}

/** A summary for the background worker, or null. */
export function parseToBackground(value: unknown): ToBackground | null {
  if (!isRecord(value) || value.type !== 'summary') return null;
  if (typeof value.detected !== 'boolean' || !isCount(value.errors) || !isCount(value.warnings)) return null;
  if (value.listing !== undefined && !isCount(value.listing)) return null;
  if (value.audited !== undefined && !(isCount(value.audited) && value.audited <= 3)) return null;
  if (value.agency !== undefined && (typeof value.agency !== 'string' || value.agency.length > SUMMARY_AGENCY_CHARS))
    return null;
  if (value.year !== undefined && !(isCount(value.year) && value.year >= 1990 && value.year <= 2200)) return null;
  const summary: ToBackground = {
    type: 'summary',
    detected: value.detected,
    errors: value.errors,
    warnings: value.warnings,
  };
  if (value.listing !== undefined) summary.listing = value.listing;
  if (value.audited !== undefined) summary.audited = value.audited;
  if (value.agency !== undefined) summary.agency = value.agency;
  if (value.year !== undefined) summary.year = value.year;
  return summary;
}

/** The summary of a content state that the badge shows. */
export function summarise(state: ContentState): ToBackground {
  if (state.status === 'listing')
    return { type: 'summary', detected: false, errors: 0, warnings: 0, listing: state.count };
  if (state.status !== 'report') return { type: 'summary', detected: false, errors: 0, warnings: 0 };
  const { report, findings } = state.result;
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const audited = (['T2', 'T3', 'T4'] as const).filter((id) =>
    AUDITED_STATUS.has(report.tables[id]?.status ?? 'missing'),
  ).length;
  const summary: ToBackground = {
    type: 'summary',
    detected: report.detected,
    errors: count('error'),
    warnings: count('warning'),
    audited,
  };
  const agency = report.agency?.trim();
  if (agency) summary.agency = agency.slice(0, SUMMARY_AGENCY_CHARS);
  if (report.year !== undefined && Number.isInteger(report.year) && report.year >= 1990 && report.year <= 2200)
    summary.year = report.year;
  return summary;
}

/** Table statuses whose values were read and checked (the others are "not audited"). */
const AUDITED_STATUS: ReadonlySet<string> = new Set(['ok', 'partial', 'positional']);

/** True for the languages the UI speaks. */
export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

function isMerges(value: unknown): value is Partial<Record<TableId, Merge[]>> {
  if (!isRecord(value)) return false;
  return Object.entries(value).every(
    ([id, merges]) =>
      (id === 'T2' || id === 'T3' || id === 'T4') &&
      Array.isArray(merges) &&
      merges.every((m) => Array.isArray(m) && m.length === 4 && m.every((n) => isCount(n))),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A count or an index: a non-negative safe integer no larger than MAX_COUNT. Without the bound a forged 1e300 (an
 * integer to Number.isInteger) would reach the badge text and the popup's arithmetic.
 */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_COUNT;
}

/** Far above anything a page holds (the size guard stops at 1,000,000 characters), far below float trouble. */
export const MAX_COUNT = 1_000_000_000;
