/**
 * The engine as the background worker runs it for the content scripts: a page's audit, from the DOM snapshot the
 * content script took of it (src/dom/snapshot.ts), so that the page's main thread only walks its DOM once and draws
 * the marks — the engine's code is compiled and warm here, once for every tab, instead of cold in each page. Also
 * the rules run again knowing last year's report, and the findings re-rendered in another language. Pure: the worker
 * (./index.ts) hands it the validated requests; it never throws (a failure is the reply that says so).
 */
import { auditDocument } from '../audit';
import { fromSnapshot } from '../dom/snapshot';
import { engineFailed, type EngineReply, type EngineRequest } from '../platform/engine-messages';
import { withPreviousYear } from '../portal/cross-year';
import { localiseFindings } from '../rules/meta';

/** The answer to one engine request. */
export function answerEngineRequest(request: EngineRequest): EngineReply {
  try {
    switch (request.type) {
      case 'audit-page':
        return auditPage(request);
      case 'cross-year':
        return { type: 'cross-year', result: withPreviousYear(request.result, request.previous, request.lang) };
      case 'localise':
        return { type: 'localised', findings: localiseFindings(request.findings, request.lang) };
    }
  } catch (error) {
    return engineFailed(error);
  }
}

function auditPage({ snapshot, lang, force }: Extract<EngineRequest, { type: 'audit-page' }>): EngineReply {
  const { doc, nodes } = fromSnapshot(snapshot);
  const audited = auditDocument(doc as unknown as Document, { source: snapshot.url, lang, force });
  const { elements: found, ...result } = audited;
  const index = new Map<unknown, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const elements: [string, number][] = [];
  for (const [key, element] of found) {
    const at = index.get(element);
    if (at !== undefined) elements.push([key, at]);
  }
  return { type: 'audited', result, elements };
}
