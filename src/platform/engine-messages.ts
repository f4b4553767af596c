/**
 * The messages of the audit the background worker runs for a content script (src/background/engine.ts): the page
 * goes over as a DOM snapshot (src/dom/snapshot.ts) and comes back as the result, with the snapshot's indexes of the
 * elements the findings point at. Also the two follow-ups that need the engine: the rules run again knowing last
 * year's report, and the findings re-rendered in another language. As with every message (./messages.ts), both
 * ends validate what arrives: a snapshot is the page's data and is bounded here before the worker rebuilds it.
 *   content script → worker:  EngineRequest → EngineReply
 * Pure: no extension API here.
 */
import { MAX_SNAPSHOT_CHARS, MAX_TITLE_CHARS, type PageSnapshot, type SnapshotNode } from '../dom/snapshot';
import type { AuditResult, Finding, Lang } from '../model';
import { isCount, isLang, SOURCE_CHARS } from './messages';
import { isAuditResult, isFinding } from './result-shape';

/** What a content script asks of the worker's engine. */
export type EngineRequest =
  /** Audit this page (a report by the quick check, or forced by the user's "audit anyway"). */
  /**
   * Audit this page: the snapshots of its documents that look like a report (the page and its same-origin frames),
   * or the one the user forced an audit of ("audit anyway").
   */
  | { type: 'audit-page'; snapshots: PageSnapshot[]; lang: Lang; force: boolean }
  /** The findings with their messages in `lang`. */
  | { type: 'localise'; findings: Finding[]; lang: Lang };

/** The worker's answer to each kind of request. */
export interface EngineAnswers {
  /** The report among the snapshots (the one with the most tables read), or null when none is one. */
  'audit-page': { type: 'audited'; chosen: AuditedPage | null };
  localise: { type: 'localised'; findings: Finding[] };
}

/** The report a page's audit chose: which snapshot it is, its result, and where its findings point. */
export interface AuditedPage {
  /** The snapshot's index in the request. */
  index: number;
  result: AuditResult;
  /** [source key, index of the page node in the snapshot] for every value and sentence read. */
  elements: [string, number][];
  /** Where last year's report the rules were run with was read from, when the worker's memory held one. */
  previous?: string;
}

/** Why the engine could not answer. */
export interface EngineFailed {
  type: 'engine-failed';
  error: string;
}

/** Any reply of the worker's engine. */
export type EngineReply = EngineAnswers[EngineRequest['type']] | EngineFailed;

/**
 * Bounds on a snapshot, far above what the content script's size guard lets through (50,000 elements, 1,000,000
 * characters of text: src/content/size-guard.ts) and far below what would hold the worker for long.
 */
export const SNAPSHOT_LIMITS = {
  /** Nodes: elements and text nodes together. */
  nodes: 400_000,
  /** Characters of text, element and attribute names and values together, over all the page's snapshots (the content script stops at half). */
  chars: 2 * MAX_SNAPSHOT_CHARS,
  /** Characters of the page's title (the content script cuts it there). */
  title: MAX_TITLE_CHARS,
  /** Attributes of one element (names and values, so twice the kept attribute names). */
  attributes: 30,
  /** Documents of one page (the content script reads the page and at most 20 frames: src/content/frames.ts). */
  documents: 32,
};

/** Longest error message a failed reply carries. */
const ERROR_CHARS = 500;

/** A content script's engine request, or null when it is not one (or a snapshot past SNAPSHOT_LIMITS). */
export function parseEngineRequest(value: unknown): EngineRequest | null {
  if (!isRecord(value) || !isLang(value.lang)) return null;
  const lang = value.lang;
  switch (value.type) {
    case 'audit-page': {
      const snapshots = value.snapshots;
      if (!Array.isArray(snapshots) || snapshots.length > SNAPSHOT_LIMITS.documents) return null;
      let chars = 0;
      for (const snapshot of snapshots) {
        const counted = snapshotChars(snapshot);
        if (counted === null || (chars += counted) > SNAPSHOT_LIMITS.chars) return null;
      }
      return typeof value.force === 'boolean'
        ? { type: 'audit-page', snapshots: snapshots as PageSnapshot[], lang, force: value.force }
        : null;
    }
    case 'localise':
      return Array.isArray(value.findings) && value.findings.every(isFinding)
        ? { type: 'localise', findings: value.findings as Finding[], lang }
        : null;
    default:
      return null;
  }
}

/**
 * The worker's reply to a request of `type`, or null when it is not one. A failure is a reply: its message says
 * what went wrong.
 */
export function parseEngineReply<T extends EngineRequest['type']>(
  value: unknown,
  type: T,
): EngineAnswers[T] | EngineFailed | null {
  if (!isRecord(value)) return null;
  if (value.type === 'engine-failed')
    return typeof value.error === 'string' ? { type: 'engine-failed', error: value.error.slice(0, ERROR_CHARS) } : null;
  const answer = parseAnswer(value);
  return answer !== null && answer.type === REPLY_TYPE[type] ? (answer as EngineAnswers[T]) : null;
}

function parseAnswer(value: Record<string, unknown>): EngineAnswers[EngineRequest['type']] | null {
  switch (value.type) {
    case 'audited':
      if (value.chosen === null) return { type: 'audited', chosen: null };
      return isAuditedPage(value.chosen) ? { type: 'audited', chosen: value.chosen } : null;
    case 'localised':
      return Array.isArray(value.findings) && value.findings.every(isFinding)
        ? { type: 'localised', findings: value.findings as Finding[] }
        : null;
    default:
      return null;
  }
}

/** A failed reply for `error`. */
export function engineFailed(error: unknown): EngineFailed {
  return {
    type: 'engine-failed',
    error: (error instanceof Error ? error.message : String(error)).slice(0, ERROR_CHARS),
  };
}

const REPLY_TYPE: { [T in EngineRequest['type']]: EngineAnswers[T]['type'] } = {
  'audit-page': 'audited',
  localise: 'localised',
};

function isAuditedPage(value: unknown): value is AuditedPage {
  if (!isRecord(value) || !isCount(value.index) || value.index >= SNAPSHOT_LIMITS.documents) return false;
  if (!isAuditResult(value.result) || !isElementIndex(value.elements)) return false;
  return value.previous === undefined || (typeof value.previous === 'string' && value.previous.length <= SOURCE_CHARS);
}

function isElementIndex(value: unknown): value is [string, number][] {
  return (
    Array.isArray(value) &&
    value.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && isCount(e[1]))
  );
}

/**
 * The characters a snapshot holds (text, element and attribute names and values), or null when it is not one: each
 * node an element `[parent, name, attributes]` or text `[parent, text]` / `[parent, text, 4]`, parents before their
 * children (fromSnapshot checks that they are elements), within SNAPSHOT_LIMITS — it stops counting past them.
 */
function snapshotChars(value: unknown): number | null {
  if (!isRecord(value) || typeof value.url !== 'string' || value.url.length > SOURCE_CHARS) return null;
  if (typeof value.title !== 'string' || value.title.length > SNAPSHOT_LIMITS.title) return null;
  const nodes = value.nodes;
  if (!Array.isArray(nodes) || nodes.length > SNAPSHOT_LIMITS.nodes) return null;
  let chars = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node: unknown = nodes[i];
    if (!Array.isArray(node) || node.length < 2 || node.length > 3) return null;
    const [parent, text, third] = node as SnapshotNode;
    if (!Number.isSafeInteger(parent) || parent < -1 || parent >= i || typeof text !== 'string') return null;
    chars += text.length;
    if (Array.isArray(third)) {
      if (third.length > SNAPSHOT_LIMITS.attributes || third.length % 2 !== 0) return null;
      for (const part of third) {
        if (typeof part !== 'string') return null;
        chars += part.length;
      }
    } else if (node.length === 3 && third !== 4) return null;
    if (chars > SNAPSHOT_LIMITS.chars) return null;
  }
  return chars;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
