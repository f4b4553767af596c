/**
 * Background worker: draws each tab's badge, icon and toolbar title from what its content script reports, and keeps
 * them true to the page: cleared when the tab starts loading (per-tab state must never outlive its page), then asked
 * for again once it has loaded — a frame of the page loading also sets the tab "loading", and the page's own content
 * script, still there, then answers with its unchanged result. The title is worded in the language of the settings.
 * It also keeps the memory of audited reports for the content scripts (./last-year.ts: each audited report is
 * remembered, and last year's report of its agency handed back for the cross-year rules), and hands them the rules'
 * messages in the language they do not bundle (a file of the extension's own). Holds no state of its own besides
 * that IndexedDB memory, and makes no network requests.
 */
import { askContent, drawTabAction, loadSettings, onSummary, onTabStatus, serveLastYear } from '../platform/browser';
import { parseContentState, summarise, type ToBackground } from '../platform/messages';
import { serveRuleTexts } from '../platform/rule-texts';
import { openPageStore } from '../platform/store';
import { lookFor } from './badge';
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

serveLastYear((result) => lastYearFor(memory, result));

// The rules' messages in the language the content script does not bundle (src/content/locale.ts).
serveRuleTexts();
