/**
 * Background worker: draws each tab's badge and icon from what its content script reports, and keeps them true to
 * the page: cleared when the tab starts loading (per-tab state must never outlive its page), then asked for again
 * once it has loaded — a frame of the page loading also sets the tab "loading", and the page's own content script,
 * still there, then answers with its unchanged result. Holds no state of its own and makes no requests.
 */
import { askContent, drawTabAction, onSummary, onTabStatus } from '../platform/browser';
import { parseContentState, summarise } from '../platform/messages';
import { lookFor } from './badge';

onSummary((tabId, summary) => void drawTabAction(tabId, lookFor(summary)));

onTabStatus((tabId, status) => {
  if (status === 'loading') return void drawTabAction(tabId, lookFor(null));
  void askContent(tabId, { type: 'get-state' })
    .then((reply) => {
      const state = parseContentState(reply);
      // A page without our content script (not a portal, not audited on demand) keeps the resting look.
      if (state && state.status !== 'pending') void drawTabAction(tabId, lookFor(summarise(state)));
    })
    .catch(() => undefined);
});
