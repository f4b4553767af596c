/**
 * The audit facade every front end calls (content script, popup, CLI, tests): document or text in, the report model
 * and its findings out, with the time each stage took. Pure: takes a Document, touches no global DOM or Node API.
 */
import { headText } from './detect/head-text';
import { quickLooksLikeReport } from './detect/recognise';
import { runRules, type RunOptions, type RunResult } from './engine/run-rules';
import { emptyReport, extractFromDocument, extractFromText, type Stages } from './extract';
import type { AuditResult, Lang, NotAuditedReason, Report } from './model';
import { rules } from './rules';
import { knockOns } from './rules/attribution';

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
  /**
   * Audit even when the page or text is not recognised as a report (the popup's "audit anyway" on a copy whose
   * title and headings were changed): it is treated as one, in the 2021 format unless another format was seen, and
   * the rules run on whatever tables were extracted. Overrides `quick`.
   */
  force?: boolean;
  /**
   * Keep what each stage of the extraction saw on the result (`stages`: the tables found and which was taken for
   * 表二/表三/表四 and why, the sections, the facts, the recognition's verdict), for `npm run audit -- --explain`
   * (src/explain.ts). Off by default: the audit then computes and keeps nothing more.
   */
  explain?: boolean;
}

/** An audit's result, with what each stage saw when `explain` was asked. */
export type ExplainedResult = AuditResult & { stages?: Stages };

/** Audits a parsed page; `elements` maps `sourceKey(ref)` to the page element a value or sentence came from. */
export function auditDocument(doc: Document, opts: AuditOptions): ExplainedResult & { elements: Map<string, Element> } {
  const timings: Record<string, number> = {};
  const looksLikeReport = timed(timings, 'recognise', () => quickLooksLikeReport(doc.title ?? '', headText(doc)));
  if (opts.quick && !opts.force && !looksLikeReport) {
    return { ...finish(emptyReport(opts.source), opts, timings), elements: new Map() };
  }
  const { report, elements, stages } = timed(timings, 'extract', () =>
    extractFromDocument(doc, { source: opts.source, explain: opts.explain === true }),
  );
  return { ...finish(opts.force ? asReport(report) : report, opts, timings), elements, ...(stages ? { stages } : {}) };
}

/** Audits a plain-text report (what a PDF or Word converter gives). */
export function auditText(text: string, opts: AuditOptions): ExplainedResult {
  const timings: Record<string, number> = {};
  const looksLikeReport = timed(timings, 'recognise', () => quickLooksLikeReport(firstLine(text), text));
  if (opts.quick && !opts.force && !looksLikeReport) return finish(emptyReport(opts.source), opts, timings);
  const { report, stages } = timed(timings, 'extract', () =>
    extractFromText(text, { source: opts.source, explain: opts.explain === true }),
  );
  return { ...finish(opts.force ? asReport(report) : report, opts, timings), ...(stages ? { stages } : {}) };
}

/** What a document reader hands to {@link auditExtraction}: its report, the stages when asked, whether it is a scan. */
export interface Extraction {
  report: Report;
  stages?: Stages;
  /** Pages of images without text: reported as such (`notAudited: 'scanned'`), not audited. */
  scanned?: boolean;
}

/**
 * The audit of a report a document reader extracted (a PDF's: src/audit-pdf.ts), timed, forced and ruled like the
 * others. The reader is passed in so that its code (the PDF geometry) stays where a document is read — the CLI, the
 * attachment page's lazy reader — and out of the chunk every engine page shares with this module.
 */
export function auditExtraction(opts: AuditOptions, extract: (explain: boolean) => Extraction): ExplainedResult {
  const timings: Record<string, number> = {};
  const extraction = timed(timings, 'extract', () => extract(opts.explain === true));
  if (extraction.scanned) return finish({ ...extraction.report, notAudited: 'scanned' }, opts, timings);
  const { report, stages } = extraction;
  return { ...finish(opts.force ? asReport(report) : report, opts, timings), ...(stages ? { stages } : {}) };
}

/** The result for a file that is recognised and not audited (a DOC/WPS or OFD file, a file that is not a report). */
export function notAuditedResult(source: string, reason: NotAuditedReason): AuditResult {
  return {
    report: { ...emptyReport(source), notAudited: reason },
    findings: [],
    rulesRun: [],
    auditedAt: new Date().toISOString(),
    timings: {},
  };
}

/**
 * The registered rules (src/rules/index.ts) over a report already extracted: an attachment's report combined with its
 * page's, or a report audited again with last year's (`previous`). The one place besides `finish` that hands the
 * registry (and its "one cause, one finding" policies, src/rules/attribution.ts) to the engine, which imports no rule.
 */
export function checkReport(report: Report, opts: Omit<RunOptions, 'rules'> = {}): RunResult {
  return runRules(report, { ...opts, rules, knockOns });
}

/** The quick recognition's reading of a page's text; shared with the content script (see detect/head-text). */
export { headText } from './detect/head-text';

function finish(report: Report, opts: AuditOptions, timings: Record<string, number>): AuditResult {
  const { findings, rulesRun } = timed(timings, 'rules', () => checkReport(report, { lang: opts.lang ?? 'zh' }));
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

/** A report the user says is one: recognised, in the current national format unless another one was seen. */
function asReport(report: Report): Report {
  if (report.detected) return report;
  return { ...report, detected: true, format: report.format === 'unknown' ? '2021' : report.format };
}

function firstLine(text: string): string {
  return text.trimStart().split('\n', 1)[0] ?? '';
}
