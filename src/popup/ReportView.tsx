/** The report state: what was audited, what could not be, the findings or the tables, and the exports. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ExtractedTable, FormatVersion, Lang } from '../model';
import { STATUS_LABEL, tableName } from './table-labels';
import type { ContentState } from '../platform/messages';
import { Exports } from './Exports';
import { FindingsList } from './FindingsList';
import { severityCounts } from './group';
import { localiseFindings, t, type MessageKey } from './i18n';
import type { TablesView as TablesViewType } from './TablesView';

type ReportState = Extract<ContentState, { status: 'report' }>;

/** The popup's main view for an audited report. */
export function ReportView({
  lang,
  state,
  onLocate,
}: {
  lang: Lang;
  state: ReportState;
  onLocate: (key: string) => Promise<boolean>;
}) {
  const [tab, setTab] = useState<'findings' | 'tables'>('findings');
  // The tables view loads when its tab is first opened: the findings paint first, and the popup's first load is smaller.
  const [Tables, setTables] = useState<typeof TablesViewType | null>(null);
  useEffect(() => {
    if (tab !== 'tables' || Tables) return;
    void import('./TablesView').then((module) => setTables(() => module.TablesView));
  }, [tab, Tables]);
  // Messages arrive in the language of the page's audit; the toggle re-renders them here, from their data.
  const result = useMemo(
    () => ({ ...state.result, findings: localiseFindings(state.result.findings, lang) }),
    [state.result, lang],
  );
  const { report } = result;
  const counts = severityCounts(result.findings);
  const host = hostOf(state.frame ?? state.url);
  const tables = (['T2', 'T3', 'T4'] as const).flatMap((id) => (report.tables[id] ? [report.tables[id]] : []));
  const unread = tables.filter((table) => table.status === 'image' || table.status === 'attachment');
  const unrecognised = tables.filter((table) => table.status === 'not-recognised');
  // "No errors" must not be read as "the report is right" when the tables themselves were not audited.
  const audited = tables.filter((table) => AUDITED.has(table.status)).length;
  const clean: MessageKey = audited === 0 ? 'nothingAudited' : audited < 3 ? 'allClearPartial' : 'allClear';

  return (
    <section class="report" data-state="report">
      <div class="summary">
        <h2 class="title">{report.title ?? state.url}</h2>
        <dl class="meta">
          <div>
            <dt>{t(lang, 'agency')}</dt>
            <dd>{report.agency ?? t(lang, 'unknownValue')}</dd>
          </div>
          <div>
            <dt>{t(lang, 'year')}</dt>
            <dd>{report.year ?? t(lang, 'unknownValue')}</dd>
          </div>
          <div>
            <dt>{t(lang, 'format')}</dt>
            <dd>{t(lang, FORMAT_LABEL[report.format])}</dd>
          </div>
          <div>
            <dt>{t(lang, 'source')}</dt>
            <dd class="host">{host}</dd>
          </div>
        </dl>
        {!isGovHost(host) && <p class="chip caution">{t(lang, 'nonGovHost')}</p>}
        <p class="counts" data-testid="counts">
          {counts.error > 0 && <span class="chip error">{t(lang, 'countError', counts.error)}</span>}
          {counts.warning > 0 && <span class="chip warning">{t(lang, 'countWarning', counts.warning)}</span>}
          {counts.info > 0 && <span class="chip info">{t(lang, 'countInfo', counts.info)}</span>}
          {counts.error + counts.warning === 0 && (
            <span class={`chip ${clean === 'allClear' ? 'ok' : 'caution'}`}>{t(lang, clean)}</span>
          )}
        </p>
      </div>

      {state.forced && <p class="banner caution">{t(lang, 'forcedNote')}</p>}
      {state.frame && <p class="banner">{t(lang, 'frameNote', state.frame)}</p>}
      {unread.length > 0 && <NotAudited lang={lang} tables={unread} title="notAuditedTitle" />}
      {unrecognised.length > 0 && <NotAudited lang={lang} tables={unrecognised} title="notRecognisedTitle" />}
      {unread.length > 0 && report.attachments.length > 0 && <Attachments lang={lang} links={report.attachments} />}

      <nav class="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'findings'} onClick={() => setTab('findings')}>
          {t(lang, 'tabFindings')} <span class="tab-count">{result.findings.length}</span>
        </button>
        <button type="button" role="tab" aria-selected={tab === 'tables'} onClick={() => setTab('tables')}>
          {t(lang, 'tabTables')}
        </button>
      </nav>
      <div class="tab-body">
        {tab === 'findings' ? (
          <FindingsList lang={lang} result={result} onLocate={onLocate} />
        ) : Tables ? (
          <Tables lang={lang} result={result} merges={state.merges} onLocate={onLocate} />
        ) : (
          <p class="muted">{t(lang, 'loading')}</p>
        )}
      </div>
      <Exports lang={lang} result={result} />
    </section>
  );
}

/** Tables that were not audited (images, attachments, unrecognised layouts), with their links. */
function NotAudited({ lang, tables, title }: { lang: Lang; tables: ExtractedTable[]; title: MessageKey }) {
  return (
    <div class="banner info" data-testid="not-audited">
      <p>{t(lang, title)}</p>
      <ul>
        {tables.map((table) => (
          <li key={table.id}>
            <strong>{tableName(table.id, lang)}</strong> — {t(lang, STATUS_LABEL[table.status])}
            {(table.links ?? []).map((link) => (
              <a key={link} href={link} target="_blank" rel="noreferrer" class="link">
                {shortLink(link)}
              </a>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Attachments({ lang, links }: { lang: Lang; links: string[] }) {
  return (
    <details class="attachments">
      <summary>
        {t(lang, 'attachmentsTitle')} ({links.length})
      </summary>
      <ul>
        {links.map((link) => (
          <li key={link}>
            <a href={link} target="_blank" rel="noreferrer">
              {shortLink(link)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Table statuses whose values were read and checked. */
const AUDITED = new Set<ExtractedTable['status']>(['ok', 'partial', 'positional']);

const FORMAT_LABEL: Record<FormatVersion, MessageKey> = {
  '2021': 'format2021',
  '2019': 'format2019',
  legacy: 'formatLegacy',
  unknown: 'formatUnknown',
};

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

/** Copies of government pages on other hosts exist, often altered (markup.md): say so when the host is not gov.cn. */
function isGovHost(host: string): boolean {
  return host === 'gov.cn' || host.endsWith('.gov.cn');
}

function shortLink(link: string): string {
  try {
    const url = new URL(link);
    const name = decodeURIComponent(url.pathname.split('/').pop() ?? '');
    return name || url.hostname;
  } catch {
    return link;
  }
}
