/**
 * Background worker: draws each tab's badge, icon and toolbar title from what its content script reports, and keeps
 * them true to the page: cleared when the tab starts loading (per-tab state must never outlive its page), then asked
 * for again once it has loaded — a frame of the page loading also sets the tab "loading", and the page's own content
 * script, still there, then answers with its unchanged result. The title is worded in the language of the settings.
 * It also runs the content scripts' audits: a content script sends a snapshot of its page's DOM, the engine here
 * audits it, remembers the report in the memory of audited reports (./last-year.ts) and, when last year's report of
 * its agency is kept there, runs the cross-year rules with it, then answers with the findings and the elements they
 * point at (./engine.ts). Holds no state of its own besides that IndexedDB memory, and makes no
 * network requests.
 */
import { askContent, drawTabAction, loadSettings, onSummary, onTabStatus, serveEngine } from '../platform/browser';
import { parseContentState, summarise, type ToBackground } from '../platform/messages';
import { openPageStore } from '../platform/store';
import { lookFor } from './badge';
import { answerEngineRequest } from './engine';
import { lastYearFor } from './last-year';

/** The memory of audited reports, shared with the popup and the batch page (opened on first use). */
const memory = openPageStore();

async function draw(tabId: number, summary: ToBackground | null): Promise<void> {
  const { lang } = await loadSettings();
  await drawTabAction(tabId, lookFor(summary, lang));
}

onSummary((tabId, summary) => void draw(tabId, summary));

onTabStatus((tabId, status) => {
  if (status === 'loading') return void draw(tabId, null);
  void askContent(tabId, { type: 'get-state' })
    .then((reply) => {
      const state = parseContentState(reply);
      // A page without our content script (not a portal, not audited on demand) keeps the resting look.
      if (state && state.status !== 'pending') void draw(tabId, summarise(state));
    })
    .catch(() => undefined);
});

// The audits themselves: content scripts send their page's DOM snapshot and mark what comes back (./engine.ts); each
// audited report is remembered, and compared with last year's report of its agency when the memory holds it.
serveEngine((request) => answerEngineRequest(request, (result) => lastYearFor(memory, result)));
