/**
 * The attachment page's view: downloads the file (a host the user granted), reads it with pdf.js or mammoth (the
 * lazy `audit-file` chunk, loaded here only) and shows its findings and tables with the popup's own report view,
 * and the PDF page each table is on (each cell's page is in its finding). States: running → done | failed |
 * refused (no access to the host: "not audited", with a button that asks again). Never throws.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AuditResult, Lang, TableId } from '../model';
import type { ContentState } from '../platform/messages';
import { t, type MessageKey } from '../popup/i18n';
import { TABLE_SHORT } from '../template/labels';
import { ReportView } from '../popup/ReportView';
import { fileName } from '../popup/FileAudit';
import { LoadingView } from '../popup/StateViews';
import type { AuditFileOptions, FileAudit } from './audit-file';

export type AttachmentState =
  | { status: 'running' }
  | { status: 'refused' }
  | { status: 'failed'; message: string }
  | { status: 'done'; result: AuditResult };

export interface AttachmentAppProps {
  lang: Lang;
  url: string;
  hasAccess: (url: string) => Promise<boolean>;
  /** Asks for the host permission (during a click). */
  requestAccess: (url: string) => Promise<boolean>;
  /** The audit of the report page the file is attached to, when there is one. */
  pageAudit: () => Promise<AuditResult | undefined>;
  /** Downloads and audits the file (src/attachment/audit-file.ts, imported on first use). */
  audit: (url: string, opts: AuditFileOptions) => Promise<FileAudit>;
  /**
   * Remembers the file's audit like the popup remembers a page's (the memory shared with the batch page) and runs
   * the cross-year rules when last year's report of the agency is remembered.
   */
  remember?: (result: AuditResult) => Promise<AuditResult>;
}

export function AttachmentApp({ lang, url, hasAccess, requestAccess, pageAudit, audit, remember }: AttachmentAppProps) {
  const [state, setState] = useState<AttachmentState>({ status: 'running' });
  const run = useCallback(async () => {
    setState({ status: 'running' });
    try {
      if (!(await hasAccess(url))) return setState({ status: 'refused' });
      const page = await pageAudit();
      const outcome = await audit(url, { lang, allowed: hasAccess, ...(page ? { page } : {}) });
      if (outcome.ok) return setState({ status: 'done', result: await remembered(outcome.result, remember) });
      if (outcome.reason === 'refused' && !(await hasAccess(url))) return setState({ status: 'refused' });
      setState({ status: 'failed', message: lang === 'zh' ? outcome.zh : outcome.en });
    } catch (error) {
      setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [url, lang, hasAccess, pageAudit, audit, remember]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t(lang, 'appTitle')} · ${t(lang, 'fileFrameTitle')}`;
    void run();
  }, [run, lang]);

  const grant = async () => {
    const granted = await requestAccess(url).catch(() => false);
    if (granted) void run();
  };

  return (
    <div class="app attachment-page">
      <main>
        <AttachmentView lang={lang} url={url} state={state} onGrant={() => void grant()} onRetry={() => void run()} />
      </main>
    </div>
  );
}

/** One state of the attachment page. */
export function AttachmentView({
  lang,
  url,
  state,
  onGrant,
  onRetry,
}: {
  lang: Lang;
  url: string;
  state: AttachmentState;
  onGrant: () => void;
  onRetry: () => void;
}) {
  const name = fileName(url);
  switch (state.status) {
    case 'running':
      return (
        <div data-state="file-running">
          <LoadingView lang={lang} />
          <p class="muted file-name">{t(lang, 'fileRunning', name)}</p>
        </div>
      );
    case 'refused':
      return (
        <section class="state file-refused" data-state="file-refused">
          <h2>{t(lang, 'fileFailedTitle')}</h2>
          <p>{t(lang, 'fileRefused', hostOf(url))}</p>
          <button type="button" class="primary" onClick={onGrant}>
            {t(lang, 'fileGrant')}
          </button>
        </section>
      );
    case 'failed':
      return (
        <section class="state failed" data-state="file-failed">
          <h2>{t(lang, 'fileFailedTitle')}</h2>
          <p class="file-name">{name}</p>
          <p data-testid="file-error">{state.message}</p>
          <button type="button" class="primary" onClick={onRetry}>
            {t(lang, 'retry')}
          </button>
        </section>
      );
    case 'done':
      return <FileResult lang={lang} url={url} result={state.result} />;
  }
}

/** The result with the cross-year rules run, or as it is when it cannot be remembered (a scan, a storage failure). */
async function remembered(result: AuditResult, remember: AttachmentAppProps['remember']): Promise<AuditResult> {
  if (!remember || !result.report.detected || result.report.notAudited !== undefined) return result;
  try {
    return await remember(result);
  } catch {
    return result;
  }
}

const NOT_AUDITED: Record<string, MessageKey> = { scanned: 'fileScanned', doc: 'fileDoc', ofd: 'fileOfd' };

function FileResult({ lang, url, result }: { lang: Lang; url: string; result: AuditResult }) {
  const { report } = result;
  const reason = report.notAudited ?? (report.detected ? undefined : 'not-report');
  if (reason !== undefined) {
    return (
      <section class="state file-not-audited" data-state="file-not-audited" data-reason={reason}>
        <h2>{t(lang, 'fileFailedTitle')}</h2>
        <p class="file-name">{fileName(url)}</p>
        <p>{t(lang, NOT_AUDITED[reason] ?? 'fileNotReport')}</p>
      </section>
    );
  }
  const state: Extract<ContentState, { status: 'report' }> = {
    status: 'report',
    url,
    result,
    forced: false,
    marks: false,
    frame: null,
    merges: {},
  };
  const where = tablePages(result);
  return (
    <div data-state="file-done">
      <p class="banner info file-title">
        {t(lang, 'fileDoneTitle', fileName(url))}
        {where.length > 0 && (
          <span class="file-where" data-testid="file-where">
            {t(
              lang,
              'fileWhere',
              where.map(({ id, from, to }) => `${TABLE_SHORT[id][lang]} ${pageLabel(lang, from, to)}`).join(' · '),
            )}
          </span>
        )}
      </p>
      {/* A file has no page to locate in: the cells name their PDF page instead (FindingsList). */}
      <ReportView lang={lang} state={state} onLocate={async () => false} />
    </div>
  );
}

/** The PDF pages each read table's values are on (first and last), in table order. */
export function tablePages(result: AuditResult): Array<{ id: TableId; from: number; to: number }> {
  return (['T2', 'T3', 'T4'] as const).flatMap((id) => {
    const pages = (result.report.tables[id]?.values ?? []).flatMap((v) => (v.src?.kind === 'box' ? [v.src.page] : []));
    return pages.length === 0 ? [] : [{ id, from: Math.min(...pages), to: Math.max(...pages) }];
  });
}

export function pageLabel(lang: Lang, from: number, to: number): string {
  return from === to ? t(lang, 'filePage', from) : t(lang, 'filePages', from, to);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
