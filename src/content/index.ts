/**
 * Content script: runs on government portals at document_idle (manifest), or on any page when the popup injects it
 * on demand. Audits the page when it looks like an annual report, marks the findings, answers the popup and sends
 * the badge summary. Everything is wrapped: nothing we do may throw into, or hold up, the page.
 */
import { loadSettings, onSettingsChanged, saveSettings, sendSummary, serveContentRequests } from '../platform/browser';
import { summarise, type ContentState, type LocateReply, type ToContent } from '../platform/messages';
import { PageAuditor } from './auditor';
import { contentEngine } from './engine';
import { candidateDocuments } from './frames';
import { watchDocuments, whenIdle } from './watch';

/** A marker on the isolated world's global: injecting on demand into a page that already has us is a no-op. */
const LOADED = Symbol.for('gov-report-auditor.content');

start().catch(() => {
  // Nothing to report to: without the extension API (the extension was reloaded under the page) we stay silent.
});

async function start(): Promise<void> {
  const scope = globalThis as unknown as Record<symbol, boolean>;
  if (scope[LOADED]) return;
  scope[LOADED] = true;

  const settings = await loadSettings();
  const auditor = new PageAuditor(document, contentEngine, settings);
  let audited = '';

  const publish = (state: ContentState) => sendSummary(summarise(state));
  const auditIfChanged = () => {
    try {
      const signature = auditor.signature();
      if (signature === audited) return;
      audited = signature;
      publish(auditor.run());
      watcher.sync();
    } catch {
      // PageAuditor.run never throws; signature() reading a frame being torn down might. The next change retries.
    }
  };
  const watcher = watchDocuments(() => candidateDocuments(document).map((c) => c.doc), auditIfChanged);

  const answer = async (request: ToContent): Promise<ContentState | LocateReply> => {
    switch (request.type) {
      case 'get-state':
        // The user is waiting: audit now rather than at the next idle moment.
        if (auditor.snapshot.status === 'pending') auditIfChanged();
        return auditor.snapshot;
      case 'audit-anyway': {
        const state = auditor.force();
        audited = auditor.signature();
        publish(state);
        return state;
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
  onSettingsChanged((next) => auditor.configure(next));
  whenIdle(window, auditIfChanged);
}
