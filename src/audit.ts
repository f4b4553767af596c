/**
 * The audit facade every front end calls (content script, popup, CLI, tests): document or text in, the report model
 * and its findings out, with the time each stage took. Pure: takes a Document, touches no global DOM or Node API.
 */
import { quickLooksLikeReport } from './detect/recognise';
import { runRules } from './engine/run-rules';
import { extractFromDocument, extractFromText } from './extract';
import type { AuditResult, Lang, Report } from './model';

export interface AuditOptions {
  /** URL or file path of the page, recorded in the report and every export. */
  source: string;
  /** Language of the finding messages (default zh). */
  lang?: Lang;
  /** Clock for `auditedAt` (tests pin it). */
  now?: Date;
  /**
   * Stop after the quick recognition when it says "not a report" (the content script runs on every page of a
   * portal). Off by default: the CLI and the popup are asked about one page and want the full recognition.
   */
  quick?: boolean;
}

/** Audits a parsed page; `elements` maps `sourceKey(ref)` to the page element a value or sentence came from. */
export function auditDocument(doc: Document, opts: AuditOptions): AuditResult & { elements: Map<string, Element> } {
  const timings: Record<string, number> = {};
  const looksLikeReport = timed(timings, 'recognise', () => quickLooksLikeReport(doc.title ?? '', headText(doc)));
  if (opts.quick && !looksLikeReport) {
    return { ...finish(notAReport(opts.source), opts, timings), elements: new Map() };
  }
  const { report, elements } = timed(timings, 'extract', () => extractFromDocument(doc, { source: opts.source }));
  return { ...finish(report, opts, timings), elements };
}

/** Audits a plain-text report (what a PDF or Word converter gives). */
export function auditText(text: string, opts: AuditOptions): AuditResult {
  const timings: Record<string, number> = {};
  const looksLikeReport = timed(timings, 'recognise', () => quickLooksLikeReport(firstLine(text), text));
  if (opts.quick && !looksLikeReport) return finish(notAReport(opts.source), opts, timings);
  const { report } = timed(timings, 'extract', () => extractFromText(text, { source: opts.source }));
  return finish(report, opts, timings);
}

function finish(report: Report, opts: AuditOptions, timings: Record<string, number>): AuditResult {
  const { findings, rulesRun } = timed(timings, 'rules', () => runRules(report, { lang: opts.lang ?? 'zh' }));
  return { report, findings, rulesRun, auditedAt: (opts.now ?? new Date()).toISOString(), timings };
}

function timed<T>(timings: Record<string, number>, stage: string, run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    timings[stage] = performance.now() - start;
  }
}

const HEAD_TEXT = 8192;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The first 8 KB of the body's text, as the quick recognition reads it. Walks the tree and stops early rather than
 * taking `textContent`, which would serialise a whole page (and its scripts) to look at its start.
 */
export function headText(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  const parts: string[] = [];
  let length = 0;
  // firstChild/nextSibling rather than childNodes: O(1) steps in linkedom, whose childNodes builds a new array.
  let node: Node | null = body.firstChild;
  while (node && length < HEAD_TEXT) {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      parts.push(text);
      length += text.length;
    }
    const descend = node.nodeType === 1 && !SKIP.has((node as Element).tagName.toUpperCase()) ? node.firstChild : null;
    if (descend) {
      node = descend;
      continue;
    }
    while (node && node !== body && !node.nextSibling) node = node.parentNode;
    node = node && node !== body ? node.nextSibling : null;
  }
  return parts.join('').slice(0, HEAD_TEXT);
}

function firstLine(text: string): string {
  return text.trimStart().split('\n', 1)[0] ?? '';
}

function notAReport(source: string): Report {
  return {
    source,
    detected: false,
    format: 'unknown',
    headingYears: [],
    sections: [],
    sentences: [],
    tables: {},
    attachments: [],
  };
}
