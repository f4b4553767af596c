/**
 * The engine as the background worker runs it for the content scripts: a page's audit, from the DOM snapshot the
 * content script took of it (src/dom/snapshot.ts), so that the page's main thread only walks its DOM once and draws
 * the marks — the engine's code is compiled and warm here, once for every tab, instead of cold in each page. The
 * worker also owns the memory of audited reports (./last-year.ts), so an audited report is remembered here and, when
 * last year's report of its agency is kept, the rules run again knowing it (rules.md G) before the one reply goes
 * back: the result crosses once, with its cross-year findings. Also the findings re-rendered in another language.
 * The worker (./index.ts) hands it the validated requests; it never rejects (a failure is the reply that says so).
 */
import { auditDocument } from '../audit';
import { fromSnapshot, type PageSnapshot } from '../dom/snapshot';
import type { AuditResult, Lang } from '../model';
import { engineFailed, type AuditedPage, type EngineReply, type EngineRequest } from '../platform/engine-messages';
import { withPreviousYear } from '../portal/cross-year';
import type { PreviousRef } from '../portal/memory';
import { localiseFindings } from '../rules/meta';

/**
 * The memory as the engine reaches it: remembers an audited report and resolves with last year's report of its
 * agency, or null. Must not reject.
 */
export type LastYearLookup = (result: AuditResult) => Promise<PreviousRef | null>;

/** How long an audit's reply waits for the memory before it goes without last year's findings. */
export const LAST_YEAR_WAIT_MS = 2000;

/** The answer to one engine request; `memory`, when given, is remembered in and asked for last year's report. */
export async function answerEngineRequest(request: EngineRequest, memory?: LastYearLookup): Promise<EngineReply> {
  try {
    switch (request.type) {
      case 'audit-page':
        return await auditPage(request, memory);
      case 'localise':
        return { type: 'localised', findings: localiseFindings(request.findings, request.lang) };
    }
  } catch (error) {
    return engineFailed(error);
  }
}

/**
 * The page's report: each snapshot audited, the one with the most tables read among those recognised (or forced)
 * chosen, and that one alone remembered and compared with last year's report.
 */
async function auditPage(
  { snapshots, lang, force }: Extract<EngineRequest, { type: 'audit-page' }>,
  memory: LastYearLookup | undefined,
): Promise<EngineReply> {
  let page: AuditedPage | null = null;
  for (const [index, snapshot] of snapshots.entries()) {
    const audited = auditSnapshot(snapshot, lang, force, index);
    if (!audited.result.report.detected) continue;
    // A report body beats a page that only repeats the title (a portal's shell around the report's frame).
    if (!page || readTables(audited.result) > readTables(page.result)) page = audited;
  }
  if (!page) return { type: 'audited', chosen: null };
  const previous = memory ? await withinWait(memory(page.result)) : null;
  if (!previous) return { type: 'audited', chosen: page };
  const result = withPreviousYear(page.result, previous, lang);
  return { type: 'audited', chosen: { ...page, result, previous: previous.source } };
}

/** One snapshot's audit, with the snapshot index of every element its findings can point at. */
function auditSnapshot(snapshot: PageSnapshot, lang: Lang, force: boolean, index: number): AuditedPage {
  const { doc, nodes } = fromSnapshot(snapshot);
  const { elements: found, ...result } = auditDocument(doc as unknown as Document, {
    source: snapshot.url,
    lang,
    force,
  });
  const indexOf = new Map<unknown, number>();
  nodes.forEach((node, i) => indexOf.set(node, i));
  const elements: [string, number][] = [];
  for (const [key, element] of found) {
    const at = indexOf.get(element);
    if (at !== undefined) elements.push([key, at]);
  }
  return { index, result, elements };
}

/** How many of the three tables were read. */
function readTables(result: AuditResult): number {
  return Object.values(result.report.tables).filter((t) => t && t.values.length > 0).length;
}

/** The memory's answer, or null when it fails or takes longer than LAST_YEAR_WAIT_MS (it still remembers). */
function withinWait(answer: Promise<PreviousRef | null>): Promise<PreviousRef | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), LAST_YEAR_WAIT_MS)));
  return Promise.race([answer.catch(() => null), late]).finally(() => clearTimeout(timer));
}
