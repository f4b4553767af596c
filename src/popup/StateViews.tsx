/** The popup's states other than a report: loading, cannot run here, not a report, too large, failed. */
import type { Lang } from '../model';
import type { RestrictedReason } from './connect';
import type { SizeMeasure } from '../model';
import type { ContentState } from '../platform/messages';
import { t, type MessageKey } from './i18n';

/** Shown while the page is being audited. */
export function LoadingView({ lang }: { lang: Lang }) {
  return (
    <section class="state loading" aria-busy="true">
      <div class="spinner" aria-hidden="true" />
      <p>{t(lang, 'loading')}</p>
    </section>
  );
}

/** The browser does not let extensions into this page (or a local file / PDF the script cannot read). */
export function RestrictedView({ lang, reason }: { lang: Lang; reason: RestrictedReason }) {
  const body =
    reason === 'file'
      ? 'restrictedFile'
      : reason === 'pdf'
        ? 'restrictedPdf'
        : reason === 'viewer'
          ? 'restrictedViewer'
          : 'restrictedBody';
  return (
    <section class="state restricted" data-state="restricted">
      <h2>{t(lang, 'restrictedTitle')}</h2>
      <p>{t(lang, body)}</p>
    </section>
  );
}

/** The page is not an annual report; the user may audit its tables anyway. */
export function NotReportView({
  lang,
  state,
  onAuditAnyway,
}: {
  lang: Lang;
  state: Extract<ContentState, { status: 'not-report' }>;
  onAuditAnyway: () => void;
}) {
  return (
    <section class="state not-report" data-state="not-report">
      <h2>{t(lang, 'notReportTitle')}</h2>
      {state.title && <p class="page-title">{state.title}</p>}
      <p>{t(lang, 'notReportBody')}</p>
      <p class="muted">{t(lang, 'notReportTables', state.tables)}</p>
      <button type="button" class="primary" onClick={onAuditAnyway} disabled={state.tables === 0}>
        {t(lang, 'auditAnyway')}
      </button>
    </section>
  );
}

/** The audit threw or the page could not be reached; says what to do and shows the error for a bug report. */
export function FailedView({ lang, error, onRetry }: { lang: Lang; error: string; onRetry: () => void }) {
  return (
    <section class="state failed" data-state="failed">
      <h2>{t(lang, 'failedTitle')}</h2>
      <p>{t(lang, 'failedBody')}</p>
      <pre class="error-text">{error}</pre>
      <button type="button" class="primary" onClick={onRetry}>
        {t(lang, 'retry')}
      </button>
    </section>
  );
}

const SIZE_NAMES: Record<SizeMeasure, MessageKey> = {
  elements: 'sizeElements',
  tables: 'sizeTables',
  rows: 'sizeRows',
  cells: 'sizeCells',
  text: 'sizeChars',
};

/**
 * The page is far larger than any report, so the content script did not audit it (it would have frozen the tab).
 * No "audit anyway" here: the guard holds even when forced; the command-line tool audits such pages.
 */
export function TooLargeView({ lang, state }: { lang: Lang; state: Extract<ContentState, { status: 'too-large' }> }) {
  const number = (n: number) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  const { measure, count, limit } = state.over;
  return (
    <section class="state too-large" data-state="too-large">
      <h2>{t(lang, 'tooLargeTitle')}</h2>
      {state.title && <p class="page-title">{state.title}</p>}
      <p>{t(lang, 'tooLargeBody')}</p>
      <p class="muted" data-testid="too-large-detail">
        {t(lang, 'tooLargeDetail', number(count), t(lang, SIZE_NAMES[measure]), number(limit))}
      </p>
    </section>
  );
}
