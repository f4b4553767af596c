/**
 * The engine as the content script uses it. The audit itself runs in the background worker: each document of the page
 * that may be the report (the page, its same-origin frames) is walked once into a snapshot (src/dom/snapshot.ts), the
 * worker audits them and chooses the report among them (src/background/engine.ts) and answers with its findings — already in the user's language — and the snapshot indexes of the elements they point at, which are
 * the page's nodes at those indexes. What stays here is cheap and needs the live page: the quick recognition and the
 * source keys the marks are looked up by. The worker also remembers the report and runs the cross-year rules when it
 * holds last year's; a re-rendering in another language is asked of it too.
 */
import { quickLooksLikeReport } from '../detect/recognise';
import { MAX_SNAPSHOT_CHARS, takeSnapshot } from '../dom/snapshot';
import { sourceKey } from '../extract/source';
import type { EngineAnswers, EngineRequest } from '../platform/engine-messages';
import { askEngine } from '../platform/content-api';
import type { Engine } from './auditor';

/** How a request reaches the worker's engine: resolves with its answer, rejects with why there is none. */
export type AskEngine = <R extends EngineRequest>(request: R) => Promise<EngineAnswers[R['type']]>;

/**
 * The engine for PageAuditor, over `ask`. `audit` takes the snapshots synchronously, before its first await, so the
 * auditor's timing of the call is the page's own main-thread cost (the worker's time is not the page's).
 */
export function workerEngine(ask: AskEngine): Engine {
  return {
    async audit(docs, { lang, force }) {
      const started = performance.now();
      let budget = MAX_SNAPSHOT_CHARS;
      const taken = docs.map((doc) => {
        const snapshot = takeSnapshot(doc, budget);
        budget -= snapshot.chars;
        return snapshot;
      });
      const walked = performance.now() - started;
      const snapshots = taken.map((t) => t.snapshot);
      const { chosen } = await ask({ type: 'audit-page', snapshots, lang, force: force === true });
      const nodes = chosen ? taken[chosen.index]?.nodes : undefined;
      if (!chosen || !nodes) return null;
      const elements = new Map<string, Element>();
      for (const [key, index] of chosen.elements) {
        const node = nodes[index];
        if (node?.nodeType === 1) elements.set(key, node as Element);
      }
      // The page's own stage beside the engine's (which the worker timed): what `npm run bench:browser` reports.
      const result = { ...chosen.result, timings: { ...chosen.result.timings, snapshot: walked } };
      const audited = { index: chosen.index, result, elements };
      return chosen.previous === undefined ? audited : { ...audited, previous: chosen.previous };
    },
    looksLikeReport: quickLooksLikeReport,
    keyOf: sourceKey,
    localise: async (findings, lang) => (await ask({ type: 'localise', findings: [...findings], lang })).findings,
  };
}

/** The real engine for PageAuditor: the worker's, over runtime messages. */
export const contentEngine: Engine = workerEngine((request) => askEngine(request));
