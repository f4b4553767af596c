/**
 * The engine as the content script uses it. The audit itself runs in the background worker: the page's DOM is
 * walked once into a snapshot (src/dom/snapshot.ts), the worker audits it (src/background/engine.ts) and answers with
 * the findings — already in the user's language — and the snapshot indexes of the elements they point at, which are
 * the page's nodes at those indexes. What stays here is cheap and needs the live page: the quick recognition and the
 * source keys the marks are looked up by. The worker also remembers the report and runs the cross-year rules when it
 * holds last year's; a re-rendering in another language is asked of it too.
 */
import { quickLooksLikeReport } from '../detect/recognise';
import { takeSnapshot } from '../dom/snapshot';
import { sourceKey } from '../extract/source';
import type { EngineAnswers, EngineRequest } from '../platform/engine-messages';
import { askEngine } from '../platform/content-api';
import type { Engine } from './auditor';

/** How a request reaches the worker's engine: resolves with its answer, rejects with why there is none. */
export type AskEngine = <R extends EngineRequest>(request: R) => Promise<EngineAnswers[R['type']]>;

/**
 * The engine for PageAuditor, over `ask`. `audit` takes the snapshot synchronously, before its first await, so the
 * auditor's timing of the call is the page's own main-thread cost (the worker's time is not the page's).
 */
export function workerEngine(ask: AskEngine): Engine {
  return {
    async audit(doc, { lang, force }) {
      const started = performance.now();
      const { snapshot, nodes } = takeSnapshot(doc);
      const walked = performance.now() - started;
      const { result, elements, previous } = await ask({ type: 'audit-page', snapshot, lang, force: force === true });
      const found = new Map<string, Element>();
      for (const [key, index] of elements) {
        const node = nodes[index];
        if (node?.nodeType === 1) found.set(key, node as Element);
      }
      // The page's own stage beside the engine's (which the worker timed): what `npm run bench:browser` reports.
      const timed = { ...result, timings: { ...result.timings, snapshot: walked }, elements: found };
      return previous === undefined ? timed : { ...timed, previous };
    },
    looksLikeReport: quickLooksLikeReport,
    keyOf: sourceKey,
    localise: async (findings, lang) => (await ask({ type: 'localise', findings: [...findings], lang })).findings,
  };
}

/** The real engine for PageAuditor: the worker's, over runtime messages. */
export const contentEngine: Engine = workerEngine((request) => askEngine(request));
