/**
 * Content script: runs on government portals once the small loader (./loader.ts, which the manifest injects at
 * document_idle) has found that the page may be a report or a listing of reports, or on any page when the popup
 * injects it on demand. Audits the page when it looks like an annual report — the background worker runs the engine
 * over a snapshot of the page's DOM (./engine.ts) — marks the findings, answers the popup and sends the badge
 * summary. The worker also remembers each audited report and, when it holds last year's report of the agency, its
 * answer has the cross-year findings in: they are marked and counted on the badge like the others. Everything is wrapped: nothing we do may throw into, or hold up, the page — the audit
 * runs in idle time, in steps, after a size guard, and re-audits are debounced and rate-limited (./watch.ts).
 *
 * Trust: the only input besides the page's DOM is `runtime.onMessage`, which pages cannot reach (no
 * `externally_connectable`; the sender's extension id is checked too). We listen to no window `message` or DOM
 * events, so a page cannot forge a request, a finding or a download.
 */
import {
  loadSettings,
  onSettingsChanged,
  saveSettings,
  sendSummary,
  serveContentRequests,
} from '../platform/content-api';
import { summarise, type ContentState, type LocateReply, type ToContent } from '../platform/messages';
import { PageAuditor } from './auditor';
import { contentEngine } from './engine';
import { candidateDocuments } from './frames';
import { ENGINE_LOADED } from './markers';
import { idle, watchDocuments, whenIdle } from './watch';

/**
 * A marker on the isolated world's global: injecting on demand into a page that already has us, or the loader
 * loading us after the popup did, is a no-op.
 */
const LOADED = ENGINE_LOADED;

/**
 * Re-audits wait at least this many times the last audit's main-thread cost, so a page that keeps changing its
 * tables cannot make us take more than ≈ 5 % of its main thread.
 */
const DUTY_FACTOR = 20;

start().catch(() => {
  // Nothing to report to: without the extension API (the extension was reloaded under the page) we stay silent.
});

async function start(): Promise<void> {
  const scope = globalThis as unknown as Record<symbol, boolean>;
  if (scope[LOADED]) return;
  scope[LOADED] = true;

  const settings = await loadSettings();
  const auditor = new PageAuditor(document, contentEngine, settings);
  /** The page's signature when it was last audited: a change that leaves it alone needs no new audit. */
  let audited = '';

  const settled = (state: ContentState) => {
    sendSummary(summarise(state));
    watcher.sync();
  };
  /** True (and remembered) when the page has changed in a way an audit would see since the last one. */
  const changed = (): boolean => {
    const signature = auditor.signature();
    if (signature === audited) return false;
    audited = signature;
    return true;
  };
  // In idle time and in steps: the page keeps running while we audit.
  const auditInBackground = () => {
    try {
      if (!changed()) return;
      void auditor.runPaced(() => idle(window)).then(settled, () => undefined);
    } catch {
      // signature() reading a frame being torn down may throw; the next change retries.
    }
  };
  const watcher = watchDocuments(() => candidateDocuments(document).map((c) => c.doc), auditInBackground, {
    minGapMs: () => auditor.cost * DUTY_FACTOR,
  });

  const answer = async (request: ToContent): Promise<ContentState | LocateReply> => {
    switch (request.type) {
      case 'get-state':
        // The user is waiting: audit now (in one go, still behind the size guard) rather than at the next idle moment.
        if (auditor.snapshot.status === 'pending') {
          changed();
          settled(await auditor.run());
        }
        return auditor.snapshot;
      case 'audit-anyway': {
        changed();
        settled(await auditor.force());
        return auditor.snapshot;
      }
      case 'set-marks':
        void saveSettings({ marks: request.on }).catch(() => undefined);
        return auditor.configure({ ...(await loadSettings()), marks: request.on });
      case 'locate':
        return { type: 'located', found: auditor.locate(request.key) };
    }
  };
  serveContentRequests(async (request) => {
    try {
      return await answer(request);
    } catch (error) {
      // Say what went wrong instead of leaving the popup to guess (a rejected reply looks like "no script here").
      return { status: 'failed', url: document.URL, error: error instanceof Error ? error.message : String(error) };
    }
  });
  onSettingsChanged((next) => {
    // Never rejects: a page that broke our marks layer keeps its result; the popup still shows it.
    void auditor.configure(next);
  });
  whenIdle(window, auditInBackground);
}
