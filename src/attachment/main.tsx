/**
 * The attachment page: `attachment.html?url=<file>&lang=zh|en[&tab=N]`, shown in a frame of the popup or the side
 * panel (src/popup/FileAudit.tsx) or in a tab of its own. It downloads the file and audits it (AttachmentApp).
 */
import { render } from 'preact';
import { hasHostAccess, requestHostAccess } from '../platform/batch';
import { askContent, loadSettings } from '../platform/browser';
import { parseContentState } from '../platform/messages';
import { openPageStore, rememberAndCompare } from '../platform/store';
import type { AuditResult, Lang } from '../model';
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
  const tab = Number(params.get('tab'));
  render(
    <AttachmentApp
      lang={lang}
      url={params.get('url') ?? ''}
      hasAccess={hasHostAccess}
      requestAccess={requestHostAccess}
      pageAudit={() => (Number.isInteger(tab) && tab > 0 ? pageAudit(tab) : Promise.resolve(undefined))}
      audit={async (url, opts) => (await import('./audit-file')).auditFile(url, opts)}
      remember={async (result) => (await rememberAndCompare(openPageStore(), result, lang)).result}
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
