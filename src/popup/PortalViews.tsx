/**
 * The popup's part in auditing a whole portal: the listing state ("N annual reports listed here" with "audit all",
 * which asks for access to the site during the click and opens the batch page in a tab), and the note on a report
 * that was compared with last year's report of its agency, with a link to it.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../model';
import type { ContentState } from '../platform/messages';
import { t } from './i18n';

/** A page listing annual reports: how many, and "audit all". */
export function ListingView({
  lang,
  state,
  onAuditAll,
}: {
  lang: Lang;
  state: Extract<ContentState, { status: 'listing' }>;
  /** Asks for access and opens the batch page; resolves false when access was declined. */
  onAuditAll: () => Promise<boolean>;
}) {
  const [declined, setDeclined] = useState(false);
  const start = async () => setDeclined(!(await onAuditAll()));
  return (
    <section class="state listing" data-state="listing">
      <h2>{t(lang, 'listingTitle', state.count)}</h2>
      {state.title && <p class="page-title">{state.title}</p>}
      <p>{t(lang, 'listingBody')}</p>
      {state.pages > 0 && <p class="muted">{t(lang, 'listingPages', state.pages)}</p>}
      <button type="button" class="primary" data-action="audit-all" onClick={() => void start()}>
        {t(lang, 'auditAll', state.count)}
      </button>
      {declined && (
        <p class="muted" role="status">
          {t(lang, 'accessDeclined')}
        </p>
      )}
    </section>
  );
}

/** "Compared with last year's report: <link>" above a report's findings. */
export function PreviousReportNote({ lang, source }: { lang: Lang; source: string }) {
  return (
    <p class="banner previous-report" data-testid="previous-report">
      {t(lang, 'comparedWithPrevious')}
      <a href={source} target="_blank" rel="noopener noreferrer">
        {source}
      </a>
    </p>
  );
}
