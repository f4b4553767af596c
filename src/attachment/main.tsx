/**
 * The attachment page: `attachment.html?url=<file>&lang=zh|en[&tab=N]`, shown in a frame of the popup or the side
 * panel (src/popup/FileAudit.tsx) or in a tab of its own. It downloads the file and audits it (AttachmentApp).
 */
import { render } from 'preact';
import { hasHostAccess, requestHostAccess } from '../platform/batch';
import { askContent, loadSettings } from '../platform/browser';
import { parseContentState } from '../platform/messages';
import { openPageStore } from '../platform/store';
import { loadLocale, rulesFromMetadata } from '../popup/i18n';
import type { AuditResult, Lang } from '../model';
import { withPreviousYear } from '../portal/cross-year';
import { ruleStrings } from '../rules/meta';
import { reportKey } from '../portal/memory';
import { AttachmentApp } from './AttachmentApp';
import '../ui/palette.css';
import '../popup/popup.css';

void main();

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const params = new URLSearchParams(location.search);
  const given = params.get('lang');
  const lang: Lang = given === 'en' || given === 'zh' ? given : (await loadSettings()).lang;
  // The engine brings the rules' metadata, in both languages: the views take their texts from it.
  rulesFromMetadata(ruleStrings);
  await loadLocale(lang);
  const tab = Number(params.get('tab'));
  render(
    <AttachmentApp
      lang={lang}
      url={params.get('url') ?? ''}
      hasAccess={hasHostAccess}
      requestAccess={requestHostAccess}
      pageAudit={() => (Number.isInteger(tab) && tab > 0 ? pageAudit(tab) : Promise.resolve(undefined))}
      audit={async (url, opts) => (await import('./audit-file')).auditFile(url, opts)}
      remember={(result) => rememberAndCompare(result, lang)}
    />,
    root,
  );
}

/** The audit of the report page the file is attached to, from its tab's content script (undefined if none answers). */
async function pageAudit(tabId: number): Promise<AuditResult | undefined> {
  try {
    const state = parseContentState(await askContent(tabId, { type: 'get-state' }));
    return state?.status === 'report' ? state.result : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Remembers the file's audit in the extension's memory (as the worker remembers a tab's report) and runs the
 * cross-year rules when last year's report of the agency is kept; the audit as it is when the store fails.
 */
async function rememberAndCompare(result: AuditResult, lang: Lang): Promise<AuditResult> {
  const key = result.report.detected ? reportKey(result.report) : undefined;
  if (!key) return result;
  try {
    const store = openPageStore();
    const [previous] = await Promise.all([store.get(key.agencyKey, key.year - 1), store.put(result)]);
    return previous ? withPreviousYear(result, { report: previous.report, source: previous.source }, lang) : result;
  } catch {
    return result;
  }
}
