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
  | { type: 'audit-page'; snapshot: PageSnapshot; lang: Lang; force: boolean }
  /** The findings with their messages in `lang`. */
  | { type: 'localise'; findings: Finding[]; lang: Lang };

/** The worker's answer to each kind of request. */
export interface EngineAnswers {
  /**
   * `elements`: [source key, index of the page node in the snapshot] for every value and sentence read; `previous`:
   * where last year's report the rules were run with was read from, when the memory held one.
   */
  'audit-page': { type: 'audited'; result: AuditResult; elements: [string, number][]; previous?: string };
  localise: { type: 'localised'; findings: Finding[] };
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
  /** Characters of text, element and attribute names and values together (the content script stops at half). */
  chars: 2 * MAX_SNAPSHOT_CHARS,
  /** Characters of the page's title (the content script cuts it there). */
  title: MAX_TITLE_CHARS,
  /** Attributes of one element (names and values, so twice the kept attribute names). */
  attributes: 30,
};

/** Longest error message a failed reply carries. */
const ERROR_CHARS = 500;

/** A content script's engine request, or null when it is not one (or a snapshot past SNAPSHOT_LIMITS). */
export function parseEngineRequest(value: unknown): EngineRequest | null {
  if (!isRecord(value) || !isLang(value.lang)) return null;
  const lang = value.lang;
  switch (value.type) {
    case 'audit-page':
      return isSnapshot(value.snapshot) && typeof value.force === 'boolean'
        ? { type: 'audit-page', snapshot: value.snapshot, lang, force: value.force }
        : null;
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
    case 'audited': {
      if (!isAuditResult(value.result) || !isElementIndex(value.elements)) return null;
      const audited = { type: 'audited' as const, result: value.result, elements: value.elements };
      if (value.previous === undefined) return audited;
      return typeof value.previous === 'string' && value.previous.length <= SOURCE_CHARS
        ? { ...audited, previous: value.previous }
        : null;
    }
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

function isElementIndex(value: unknown): value is [string, number][] {
  return (
    Array.isArray(value) &&
    value.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && isCount(e[1]))
  );
}

/**
 * A snapshot's shape and size: each node an element `[parent, name, attributes]` or text `[parent, text]` /
 * `[parent, text, 4]`, parents before their children (fromSnapshot checks that they are elements), everything
 * within SNAPSHOT_LIMITS.
 */
function isSnapshot(value: unknown): value is PageSnapshot {
  if (!isRecord(value) || typeof value.url !== 'string' || value.url.length > SOURCE_CHARS) return false;
  if (typeof value.title !== 'string' || value.title.length > SNAPSHOT_LIMITS.title) return false;
  const nodes = value.nodes;
  if (!Array.isArray(nodes) || nodes.length > SNAPSHOT_LIMITS.nodes) return false;
  let chars = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node: unknown = nodes[i];
    if (!Array.isArray(node) || node.length < 2 || node.length > 3) return false;
    const [parent, text, third] = node as SnapshotNode;
    if (!Number.isSafeInteger(parent) || parent < -1 || parent >= i || typeof text !== 'string') return false;
    chars += text.length;
    if (Array.isArray(third)) {
      if (third.length > SNAPSHOT_LIMITS.attributes || third.length % 2 !== 0) return false;
      for (const part of third) {
        if (typeof part !== 'string') return false;
        chars += part.length;
      }
    } else if (node.length === 3 && third !== 4) return false;
    if (chars > SNAPSHOT_LIMITS.chars) return false;
  }
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
