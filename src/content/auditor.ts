/**
 * The content script's core: finds the report among the page and its same-origin frames, audits it, keeps the
 * state the popup asks for, and keeps the marks layer in step. Takes its engine and documents as parameters
 * (no globals), so it is tested in happy-dom with the real engine.
 */
import type { AuditResult, Finding, Lang, SourceRef } from '../model';
import type { ContentState } from '../platform/messages';
import { candidateDocuments, headText, tableCount, type Candidate } from './frames';
import { marksFor } from './marks';
import { tableMerges } from './merges';
import { Overlay, type SeverityLabels } from './overlay';

/** The engine functions the auditor needs (src/audit.ts, src/detect, src/extract, src/engine). */
export interface Engine {
  audit(doc: Document, opts: { source: string; lang: Lang; force?: boolean }): AuditResult & {
    elements: Map<string, Element>;
  };
  looksLikeReport(title: string, headText: string): boolean;
  keyOf(src: SourceRef): string;
  localise(findings: readonly Finding[], lang: Lang): Finding[];
}

interface Current {
  candidate: Candidate;
  result: AuditResult;
  elements: Map<string, Element>;
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

  constructor(
    private readonly top: Document,
    private readonly engine: Engine,
    private settings: { lang: Lang; marks: boolean },
  ) {
    this.state = { status: 'pending', url: top.URL };
  }

  /** The latest state, for the popup. */
  get snapshot(): ContentState {
    return this.state;
  }

  /** The overlays drawn so far (one per document with marks), for tests. */
  get layers(): ReadonlyMap<Document, Overlay> {
    return this.overlays;
  }

  /**
   * (Re-)audits the page. Unless the user forced an audit, a page is a report only if the cheap check and the full
   * detection both say so. Never throws: a failure becomes the 'failed' state.
   */
  run(): ContentState {
    try {
      this.state = this.forced ? this.auditForced() : this.auditDetected();
    } catch (error) {
      this.current = null;
      this.state = { status: 'failed', url: this.top.URL, error: error instanceof Error ? error.message : String(error) };
    }
    this.redraw();
    return this.state;
  }

  /** Audits the page's tables even though it was not recognised as a report (the popup's "audit anyway"). */
  force(): ContentState {
    this.forced = true;
    return this.run();
  }

  /** Applies new settings: the language re-renders messages and tooltips, the switch shows or hides marks. */
  configure(settings: { lang: Lang; marks: boolean }): ContentState {
    const langChanged = settings.lang !== this.settings.lang;
    this.settings = settings;
    if (langChanged && this.current) {
      this.current.result = { ...this.current.result, findings: this.engine.localise(this.current.result.findings, settings.lang) };
      if (this.state.status === 'report') this.state = { ...this.state, result: this.current.result };
    }
    if (this.state.status === 'report') this.state = { ...this.state, marks: settings.marks };
    this.redraw();
    return this.state;
  }

  /** Scrolls the element a finding points at into view and flashes it; false when it is not on the page. */
  locate(key: string): boolean {
    const element = this.current?.elements.get(key);
    if (!this.current || !element?.isConnected) return false;
    const { frame, doc } = this.current.candidate;
    // A same-origin frame: bring the frame into view first, then the cell inside it.
    frame?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    this.overlayFor(doc).flash(element);
    return true;
  }

  /**
   * A cheap fingerprint of what an audit reads (the documents, their tables and text size), so a late change to
   * the page triggers a new audit only when it could change the result (not for a ticking clock or a carousel).
   */
  signature(): string {
    return candidateDocuments(this.top)
      .map(({ doc }) => {
        const tables = Array.from(doc.querySelectorAll('table'));
        const tableText = tables.reduce((n, t) => n + (t.textContent?.length ?? 0), 0);
        const bodyText = Math.round((doc.body?.textContent?.length ?? 0) / 512);
        return `${doc.URL}|${doc.title}|${tables.length}|${tableText}|${bodyText}`;
      })
      .join('\n');
  }

  /** Removes every mark (the content script is being torn down). */
  destroy(): void {
    for (const overlay of this.overlays.values()) overlay.destroy();
    this.overlays.clear();
  }

  private auditDetected(): ContentState {
    const candidates = candidateDocuments(this.top);
    let best: Current | null = null;
    for (const candidate of candidates) {
      const { doc } = candidate;
      if (!this.engine.looksLikeReport(doc.title, headText(doc))) continue;
      const audited = this.engine.audit(doc, { source: doc.URL, lang: this.settings.lang });
      if (!audited.report.detected) continue;
      const current = { candidate, result: stripElements(audited), elements: audited.elements };
      if (!best || readTables(current.result) > readTables(best.result)) best = current;
    }
    this.current = best;
    if (!best) {
      return {
        status: 'not-report',
        url: this.top.URL,
        title: this.top.title,
        tables: candidates.reduce((n, c) => n + tableCount(c.doc), 0),
      };
    }
    return this.reportState(best, false);
  }

  private auditForced(): ContentState {
    // The document with the most tables is the one the user means (a report body in a frame, usually).
    const candidates = candidateDocuments(this.top);
    const candidate = candidates.reduce((a, b) => (tableCount(b.doc) > tableCount(a.doc) ? b : a));
    const { doc } = candidate;
    const audited = this.engine.audit(doc, { source: doc.URL, lang: this.settings.lang, force: true });
    this.current = { candidate, result: stripElements(audited), elements: audited.elements };
    return this.reportState(this.current, true);
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
    };
  }

  /** Draws the current marks in the document that holds the report; clears every other document's layer. */
  private redraw(): void {
    const target = this.current?.candidate.doc;
    for (const [doc, overlay] of this.overlays) {
      if (doc !== target) overlay.show([], LABELS[this.settings.lang]);
    }
    if (!this.current || !target) return;
    const marks = marksFor(this.current.result.findings, this.current.elements, this.engine.keyOf);
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

/** The result without the element map (elements cannot cross a message boundary). */
function stripElements(audited: AuditResult & { elements: Map<string, Element> }): AuditResult {
  const { elements: _elements, ...result } = audited;
  return result;
}

/** How many of the three tables were read (a report body beats a page that only repeats the title). */
function readTables(result: AuditResult): number {
  return Object.values(result.report.tables).filter((t) => t && t.values.length > 0).length;
}
