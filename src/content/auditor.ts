/**
 * The content script's core: finds the report among the page and its same-origin frames, audits it, keeps the
 * state the popup asks for, and keeps the marks layer in step. Takes its engine and documents as parameters
 * (no globals), so it is tested in happy-dom with the real engine. A size guard runs before any audit, and an audit
 * can run in steps that yield to the page in between (`runPaced`). The engine (the worker's) compares a report with
 * last year's report of its agency when the extension's memory holds it: the cross-year findings come with the
 * others, into the marks, the state and so the badge.
 */
import { MAX_SNAPSHOT_CHARS, SnapshotTooLarge } from '../dom/snapshot';
import type { AuditResult, Finding, Lang, SourceRef } from '../model';
import type { ContentState } from '../platform/messages';
import { findReportLinks, looksLikeListing } from '../portal/listing';
import { cellAtKey } from './cell-at';
import { candidateDocuments, headText, tableCount, type Candidate } from './frames';
import { marksFor, sentenceAt } from './marks';
import { tableMerges } from './merges';
import { Overlay, type SeverityLabels } from './overlay';
import { measurePage, PAGE_LIMITS, type PageSize } from './size-guard';

/**
 * The engine functions the auditor needs. The audit and what else needs the engine are asynchronous: they run in the
 * background worker (./engine.ts); the time an `audit` call takes before it first awaits is counted as the page's.
 */
export interface Engine {
  /**
   * The report among `docs` (the documents of the page that may be it): the one with the most tables read of those
   * recognised — or `docs[0]`, forced — with `index` its place in `docs`; null when none is a report.
   */
  audit(docs: readonly Document[], opts: { lang: Lang; force?: boolean }): Promise<AuditedDocument | null>;
  looksLikeReport(title: string, headText: string): boolean;
  keyOf(src: SourceRef): string;
  localise(findings: readonly Finding[], lang: Lang): Promise<Finding[]>;
}

/** A document's audit, as the engine answers it. */
export interface AuditedDocument {
  index: number;
  result: AuditResult;
  /** The page elements of the values and sentences read, by source key. */
  elements: Map<string, Element>;
  /** Where last year's report the cross-year rules ran with was read from, when the memory held one. */
  previous?: string;
}

interface Current {
  candidate: Candidate;
  result: AuditResult;
  elements: Map<string, Element>;
  /** Where last year's report the result was compared with was read from. */
  previous?: string;
}

/** What one audit arrived at: the state for the popup and the report it marks (null when nothing is marked). */
interface Outcome {
  state: ContentState;
  current: Current | null;
}

const LABELS: Record<Lang, SeverityLabels> = {
  zh: { error: '错误', warning: '警告' },
  en: { error: 'Error', warning: 'Warning' },
};

/** Audits one page (tab) and owns its marks. */
export class PageAuditor {
  private state: ContentState;
  private current: Current | null = null;
  private forced = false;
  private readonly overlays = new Map<Document, Overlay>();
  /** Bumped by every run, so a paced run that was overtaken knows to stop. */
  private generation = 0;
  private lastCost = 0;

  constructor(
    private readonly top: Document,
    private readonly engine: Engine,
    private settings: { lang: Lang; marks: boolean },
    /** The size guard's limits (tests lower them). */
    private readonly limits: Readonly<PageSize> = PAGE_LIMITS,
  ) {
    this.state = { status: 'pending', url: top.URL };
  }

  /** The latest state, for the popup. */
  get snapshot(): ContentState {
    return this.state;
  }

  /** Main-thread time (ms) the last completed run took, pauses excluded: the watcher spaces re-audits by it. */
  get cost(): number {
    return this.lastCost;
  }

  /** The overlays drawn so far (one per document with marks), for tests. */
  get layers(): ReadonlyMap<Document, Overlay> {
    return this.overlays;
  }

  /**
   * (Re-)audits the page now, without waiting for idle time. Unless the user forced an audit, a page is a report
   * only if the cheap check and the full detection both say so. Never rejects: a failure becomes the 'failed' state.
   */
  run(): Promise<ContentState> {
    return this.audit(async () => undefined);
  }

  /**
   * (Re-)audits the page in steps, awaiting `pause()` (an idle callback) before each one, so the page runs in
   * between: the size guard, each document's quick check, then the walk of those that passed, sent to the engine as
   * one request. A later run, or `force()`, supersedes
   * one in progress, which then stops at its next pause and resolves with the newer state. Never rejects.
   */
  runPaced(pause: () => Promise<void>): Promise<ContentState> {
    return this.audit(pause);
  }

  /** Audits the page's tables even though it was not recognised as a report (the popup's "audit anyway"). */
  force(): Promise<ContentState> {
    this.forced = true;
    return this.run();
  }

  /**
   * Applies new settings: the language re-renders messages and tooltips (the worker renders them; until it has, or
   * if it cannot, they stay as they were), the switch shows or hides marks. Never rejects.
   */
  async configure(settings: { lang: Lang; marks: boolean }): Promise<ContentState> {
    const langChanged = settings.lang !== this.settings.lang;
    this.settings = settings;
    if (this.state.status === 'report') this.state = { ...this.state, marks: settings.marks };
    this.redraw();
    const current = this.current;
    if (!langChanged || !current) return this.state;
    let findings: Finding[];
    try {
      findings = await this.engine.localise(current.result.findings, settings.lang);
    } catch {
      return this.state;
    }
    // A newer audit (in the new language already) or another switch came first: this rendering is stale.
    if (this.current !== current || this.settings.lang !== settings.lang) return this.state;
    current.result = { ...current.result, findings };
    if (this.state.status === 'report') this.state = { ...this.state, result: current.result };
    this.redraw();
    return this.state;
  }

  /** Scrolls the cell or sentence a finding points at into view and flashes it; false when it is not on the page. */
  locate(key: string): boolean {
    if (!this.current) return false;
    const { frame, doc } = this.current.candidate;
    // A value's element is known from the audit; a label cell is found at its grid position in the page's table.
    const element = this.current.elements.get(key) ?? cellAtKey(doc, key);
    if (!element?.isConnected) return false;
    // A same-origin frame: bring the frame into view first, then the cell inside it.
    frame?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const text = sentenceAt(this.current.result.findings, key, this.engine.keyOf);
    this.overlayFor(doc).reveal(text ? { element, text } : { element });
    return true;
  }

  /**
   * A cheap fingerprint of what an audit reads (the documents, their size, their tables' text), so a late change to
   * the page triggers a new audit only when it could change the result (not for a ticking clock or a carousel).
   * Bounded like the audit: past the size guard's limits only the counts are read.
   */
  signature(): string {
    const candidates = candidateDocuments(this.top);
    const docs = candidates.map((c) => c.doc);
    const { size, over } = measurePage(docs, this.limits);
    const counts = `${size.elements}|${size.tables}|${size.cells}|${Math.round(size.text / 512)}`;
    if (over) return `too-large|${over.measure}|${counts}|${docs.map((d) => d.URL).join('|')}`;
    return docs
      .map((doc) => {
        const tables = Array.from(doc.querySelectorAll('table'));
        const tableText = tables.reduce((n, t) => n + (t.textContent?.length ?? 0), 0);
        return `${doc.URL}|${doc.title}|${tables.length}|${tableText}`;
      })
      .concat(counts)
      .join('\n');
  }

  /** Removes every mark (the content script is being torn down). */
  destroy(): void {
    for (const overlay of this.overlays.values()) overlay.destroy();
    this.overlays.clear();
  }

  /**
   * One audit: the outcome of its steps, committed unless a newer run started meanwhile. Only the page's own work is
   * counted as its cost — the steps between pauses, up to each engine call's first await — not the pauses, nor the
   * worker's time.
   */
  private async audit(pause: () => Promise<void>): Promise<ContentState> {
    const generation = ++this.generation;
    let cost = 0;
    const timed = <T>(step: () => T): T => {
      const started = performance.now();
      try {
        return step();
      } finally {
        cost += performance.now() - started;
      }
    };
    let outcome: Outcome | null;
    try {
      outcome = await this.outcome(generation, pause, timed);
    } catch (error) {
      return this.settle(generation, () => {
        // Past the size guard's counts, a page whose attributes alone make it far larger than any report.
        if (error instanceof SnapshotTooLarge) {
          const over = { measure: 'text' as const, count: error.count, limit: MAX_SNAPSHOT_CHARS };
          return { state: { status: 'too-large', url: this.top.URL, title: this.top.title, over }, current: null };
        }
        throw error;
      });
    }
    if (outcome === null || generation !== this.generation) return this.state;
    const found = outcome;
    const state = timed(() => this.settle(generation, () => found));
    if (generation === this.generation) this.lastCost = cost;
    return state;
  }

  /** Commits an outcome (unless a newer run has started) and redraws; a thrown error becomes the 'failed' state. */
  private settle(generation: number, outcome: () => Outcome): ContentState {
    if (generation !== this.generation) return this.state;
    try {
      ({ state: this.state, current: this.current } = outcome());
    } catch (error) {
      this.current = null;
      this.state = {
        status: 'failed',
        url: this.top.URL,
        error: error instanceof Error ? error.message : String(error),
      };
    }
    this.redraw();
    return this.state;
  }

  /**
   * The audit's steps, with a pause before each (where the page may run): the size guard first — nothing past it is
   * audited, even when forced — then each candidate document's quick check, then one engine call for the documents
   * that passed it, which chooses the report among them. Null when a newer run started during a pause.
   */
  private async outcome(
    generation: number,
    pause: () => Promise<void>,
    timed: <T>(step: () => T) => T,
  ): Promise<Outcome | null> {
    const candidates = timed(() => candidateDocuments(this.top));
    const { over } = timed(() =>
      measurePage(
        candidates.map((c) => c.doc),
        this.limits,
      ),
    );
    if (over) {
      return { state: { status: 'too-large', url: this.top.URL, title: this.top.title, over }, current: null };
    }
    const stale = async () => {
      await pause();
      return generation !== this.generation;
    };
    if (this.forced) {
      if (await stale()) return null;
      // The document with the most tables is the one the user means (a report body in a frame, usually).
      const candidate = timed(() => candidates.reduce((a, b) => (tableCount(b.doc) > tableCount(a.doc) ? b : a)));
      const current = await this.audited([candidate], true, timed);
      if (!current) throw new Error('the forced audit gave no result');
      return { state: this.reportState(current, true), current };
    }
    const likely: Candidate[] = [];
    for (const candidate of candidates) {
      const { doc } = candidate;
      if (!timed(() => this.engine.looksLikeReport(doc.title, headText(doc)))) continue;
      if (await stale()) return null;
      // A frame may have been removed while we waited for the page to be idle.
      if (doc.documentElement?.isConnected) likely.push(candidate);
    }
    const best = likely.length > 0 ? await this.audited(likely, false, timed) : null;
    if (!best) {
      return timed(() => {
        // Not a report, but perhaps the column that lists them: the popup offers "audit all".
        const listing = listingState(this.top);
        if (listing) return { state: listing, current: null };
        const state: ContentState = {
          status: 'not-report',
          url: this.top.URL,
          title: this.top.title,
          tables: candidates.reduce((n, c) => n + tableCount(c.doc), 0),
        };
        return { state, current: null };
      });
    }
    const found = best;
    return timed(() => ({ state: this.reportState(found, false), current: found }));
  }

  /** The report among `candidates`, audited by the engine (the snapshots are the page's cost; the worker's time is not). */
  private async audited(
    candidates: Candidate[],
    force: boolean,
    timed: <T>(step: () => T) => T,
  ): Promise<Current | null> {
    const docs = candidates.map((c) => c.doc);
    const audited = await timed(() => this.engine.audit(docs, { lang: this.settings.lang, force }));
    const candidate = audited ? candidates[audited.index] : undefined;
    if (!audited || !candidate) return null;
    const { result, elements, previous } = audited;
    return previous === undefined ? { candidate, result, elements } : { candidate, result, elements, previous };
  }

  private reportState(current: Current, forced: boolean): ContentState {
    return {
      status: 'report',
      url: this.top.URL,
      result: current.result,
      forced,
      marks: this.settings.marks,
      frame: current.candidate.frame ? current.candidate.doc.URL : null,
      merges: tableMerges(current.candidate.doc, current.result),
      ...(current.previous === undefined ? {} : { previous: current.previous }),
    };
  }

  /**
   * Draws the current marks in the document that holds the report; clears every other document's layer. Never
   * throws: a page that broke our layer (it defined our host's tag itself, say) keeps its result, without marks.
   */
  private redraw(): void {
    try {
      this.draw();
    } catch {
      // Nothing to draw into; the popup still has the result.
    }
  }

  private draw(): void {
    const target = this.current?.candidate.doc;
    for (const [doc, overlay] of this.overlays) {
      if (doc !== target) overlay.show([], LABELS[this.settings.lang]);
    }
    if (!this.current || !target) return;
    const marks = marksFor(this.current.result.findings, this.current.elements, this.engine.keyOf, this.settings.lang);
    if (marks.length === 0 && !this.overlays.has(target)) return;
    const overlay = this.overlayFor(target);
    overlay.setVisible(this.settings.marks);
    overlay.show(marks, LABELS[this.settings.lang]);
  }

  private overlayFor(doc: Document): Overlay {
    let overlay = this.overlays.get(doc);
    if (!overlay || !overlay.host.isConnected || overlay.host.ownerDocument !== doc) {
      overlay?.destroy();
      overlay = new Overlay(doc);
      this.overlays.set(doc, overlay);
    }
    return overlay;
  }
}

/** The listing state of a page that lists annual reports, or null. */
function listingState(doc: Document): ContentState | null {
  if (!looksLikeListing(doc, doc.URL)) return null;
  const { links, nextPages } = findReportLinks(doc, doc.URL);
  return { status: 'listing', url: doc.URL, title: doc.title, count: links.length, pages: nextPages.length };
}
