/**
 * The popup: finds its tab, asks the page's content script for the audit, and shows one of the states (loading,
 * cannot run here, not a report, failed, the report, a listing of reports). Talks to the page only through typed
 * messages. Findings of the cross-year rules come with the page's state: the content script compared the report with
 * last year's report of its agency (kept by the worker), so the popup runs no rule and ships no check code.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../model';
import { askContent, saveSettings } from '../platform/page-api';
import { openSidePanel, sidePanelSupported } from '../platform/panel';
import { extensionPageUrl, openBatchPage, requestHostAccess } from '../platform/batch';
import { parseContentState, parseLocateReply, type ToContent } from '../platform/messages';
import { reportAttachment } from '../portal/attachment';
import { isWebUrl } from '../portal/url-policy';
import { connect, type View } from './connect';
import { ATTACHMENT_PAGE, FileAuditOffer } from './FileAudit';
import { loadLocale, t } from './i18n';
import { ListingView, PreviousReportNote } from './PortalViews';
import { port } from './tab-view';
import { ReportView } from './ReportView';
import { FailedView, LoadingView, NotReportView, RestrictedView, TooLargeView } from './StateViews';
import '../ui/palette.css';
import './popup.css';

/** The attachment page's address for a query string. */
const attachmentPage = (query: string) => extensionPageUrl(ATTACHMENT_PAGE, query);
/** "Audit all": access to the listing's site is asked for during the click, then the batch page opens in a tab. */
async function auditAll(listing: string): Promise<boolean> {
  if (!(await requestHostAccess(listing))) return false;
  await openBatchPage(listing);
  return true;
}

export interface AppProps {
  /** The audited tab; null when it could not be determined. */
  tabId: number | null;
  initialLang: Lang;
  initialMarks: boolean;
  /** Where the view is shown: the toolbar popup (default) or the side panel, which follows the active tab. */
  surface?: 'popup' | 'panel';
  /**
   * The tab's first view, already asked for (`askTab(tabId)`): drawn at once when it is already known, else the first
   * load waits for it instead of asking again.
   */
  firstView?: View | Promise<View>;
}

/** The popup's root component. */
export function App({ tabId, initialLang, initialMarks, surface = 'popup', firstView }: AppProps) {
  const [canPanel] = useState(() => surface === 'popup' && sidePanelSupported());
  const [lang, setLang] = useState<Lang>(initialLang);
  const known = firstView !== undefined && !(firstView instanceof Promise) ? firstView : undefined;
  const [view, setView] = useState<View>(known ?? { kind: 'loading' });
  const [marks, setMarks] = useState(initialMarks);
  const [previous, setPrevious] = useState<string | null>(known ? previousOf(known) : null);
  const asked = useRef(firstView);
  const show = useCallback(async (next: View) => {
    setView(next);
    setPrevious(previousOf(next));
  }, []);

  const load = useCallback(
    async (request: ToContent = { type: 'get-state' }) => {
      if (tabId === null) return setView({ kind: 'restricted', reason: 'browser' });
      const early = request.type === 'get-state' ? asked.current : undefined;
      asked.current = undefined;
      // A first view given already known is on screen (the initial state): the first load has nothing to add.
      if (early !== undefined && !(early instanceof Promise)) return;
      setView({ kind: 'loading' });
      try {
        await show(await (early ?? connect(port, tabId, request)));
      } catch (error) {
        setView({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
      }
    },
    [tabId, show],
  );

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'appTitle');
  }, [lang]);

  const toggleLang = async () => {
    const next: Lang = lang === 'zh' ? 'en' : 'zh';
    await loadLocale(next);
    setLang(next);
    void saveSettings({ lang: next });
  };

  const toggleMarks = async (on: boolean) => {
    setMarks(on);
    await saveSettings({ marks: on });
    if (tabId === null) return;
    const state = parseContentState(await askContent(tabId, { type: 'set-marks', on }).catch(() => undefined));
    if (state) await show({ kind: 'page', state });
  };

  const locate = async (key: string): Promise<boolean> => {
    if (tabId === null) return false;
    const reply = parseLocateReply(await askContent(tabId, { type: 'locate', key }).catch(() => undefined));
    return reply?.found ?? false;
  };

  const isReport = view.kind === 'page' && view.state.status === 'report';
  return (
    <div class={`app ${surface}`} data-surface={surface}>
      <header class="bar">
        <img class="logo" src="/icons/icon-32.png" width={20} height={20} alt="" />
        <h1>{t(lang, 'appTitle')}</h1>
        <span class="spacer" />
        {isReport && (
          <label class="switch" title={t(lang, 'marksSwitch')}>
            <input
              type="checkbox"
              checked={marks}
              onChange={(e) => void toggleMarks((e.currentTarget as HTMLInputElement).checked)}
            />
            <span>{t(lang, 'marksSwitch')}</span>
          </label>
        )}
        {canPanel && (
          <button
            type="button"
            class="open-panel"
            title={t(lang, 'openPanelTitle')}
            onClick={() => {
              openSidePanel();
              window.close();
            }}
          >
            {t(lang, 'openPanel')}
          </button>
        )}
        <button type="button" class="lang" title={t(lang, 'switchLanguageTitle')} onClick={() => void toggleLang()}>
          {t(lang, 'switchLanguage')}
        </button>
      </header>
      <main>{renderView(view, lang, { load, locate, previous, tabId })}</main>
    </div>
  );
}

/** Where last year's report was read from, when the cross-year rules compared this report with it. */
function previousOf(view: View): string | null {
  return view.kind === 'page' && view.state.status === 'report' ? (view.state.previous ?? null) : null;
}

function renderView(
  view: View,
  lang: Lang,
  actions: {
    load: (request?: ToContent) => Promise<void>;
    locate: (key: string) => Promise<boolean>;
    previous: string | null;
    tabId: number | null;
  },
) {
  switch (view.kind) {
    case 'loading':
      return <LoadingView lang={lang} />;
    case 'restricted':
      // A PDF in the browser's viewer (or a web address the browser kept the script out of, most often a file in the
      // viewer): the file itself is offered for audit (fetched by the attachment page, which checks what it is).
      if ((view.reason === 'pdf' || view.reason === 'viewer') && view.url && isWebUrl(view.url)) {
        return (
          <FileAuditOffer
            lang={lang}
            url={view.url}
            kind={view.reason === 'pdf' ? 'tab' : 'viewer'}
            tabId={actions.tabId}
            requestAccess={requestHostAccess}
            pageUrl={attachmentPage}
          >
            <RestrictedView lang={lang} reason={view.reason} />
          </FileAuditOffer>
        );
      }
      return <RestrictedView lang={lang} reason={view.reason} />;
    case 'failed':
      return <FailedView lang={lang} error={view.error} onRetry={() => void actions.load()} />;
    case 'page': {
      const { state } = view;
      switch (state.status) {
        case 'pending':
          return <LoadingView lang={lang} />;
        case 'not-report':
          return (
            <NotReportView
              lang={lang}
              state={state}
              onAuditAnyway={() => void actions.load({ type: 'audit-anyway' })}
            />
          );
        case 'failed':
          return <FailedView lang={lang} error={state.error} onRetry={() => void actions.load()} />;
        case 'too-large':
          return <TooLargeView lang={lang} state={state} />;
        case 'report': {
          const page = (
            <>
              {actions.previous && <PreviousReportNote lang={lang} source={actions.previous} />}
              <ReportView lang={lang} state={state} onLocate={actions.locate} />
            </>
          );
          // The report is only an attached file: offer to audit the file (issue 11) — an http(s) one only.
          const attachment = reportAttachment(state.result);
          if (attachment === undefined || !isWebUrl(attachment)) return page;
          return (
            <FileAuditOffer
              lang={lang}
              url={attachment}
              kind="attachment"
              tabId={actions.tabId}
              requestAccess={requestHostAccess}
              pageUrl={attachmentPage}
            >
              {page}
            </FileAuditOffer>
          );
        }
        case 'listing':
          return <ListingView lang={lang} state={state} onAuditAll={() => auditAll(state.url)} />;
      }
    }
  }
}
