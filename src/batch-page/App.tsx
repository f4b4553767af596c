/**
 * The batch page ("audit all"): shows what is already stored for the listing at once, then runs the batch — the
 * listing and its pagination, every report fetched politely with a progress bar and Cancel — and keeps the sortable
 * summary, the cross-year findings, the exports and the local memory ("forget all") on one page. Every finished page
 * is stored before the next starts, so closing this tab loses nothing done; reopening it goes on where it stopped.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../model';
import { oneLanguage, type BatchEntry, type BatchProgress } from '../portal';
import { download } from '../ui/download';
import type { PageStore, StoreStats } from '../platform/store';
import { formatBytes, strings } from './i18n';
import { runListing, type RunDeps, type RunOutcome } from './run';
import { batchExports, batchView, type BatchView } from './summary';
import { Charts } from './Charts';
import { SummaryTable } from './SummaryTable';

/** What the page needs from the extension (injected by main.tsx, so the page is testable). */
export interface BatchPageProps {
  listing: string | null;
  initialLang: Lang;
  deps: RunDeps & { store: PageStore };
  /** Whether pages of the listing's host may be fetched, and asking for it (in a click). */
  access: { has(): Promise<boolean>; request(): Promise<boolean> };
  onLang(lang: Lang): void;
  /** Politeness settings (tests shorten the delay). */
  polite?: { concurrency?: number; delayMs?: number; timeoutMs?: number };
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'permission' }
  | { kind: 'crawling' }
  | { kind: 'running'; pages: number; links: number; truncated: boolean }
  | { kind: 'done'; outcome: RunOutcome }
  | { kind: 'cancelled' };

/** The batch page's root component. */
export function BatchApp({ listing, initialLang, deps, access, onLang, polite = {} }: BatchPageProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [entries, setEntries] = useState<BatchEntry[]>([]);
  const [progress, setProgress] = useState<{ progress: BatchProgress; fetching: string[] } | null>(null);
  const [view, setView] = useState<BatchView>({ rows: [], results: [] });
  const [stats, setStats] = useState<StoreStats | null>(null);
  const [note, setNote] = useState('');
  const [confirmForget, setConfirmForget] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const s = strings(lang);

  const refreshStats = useCallback(() => {
    deps.store.stats().then(setStats, (error: unknown) => setNote(s.memoryUnavailable + String(error)));
  }, [deps.store, s]);

  const start = useCallback(
    async (reaudit = false) => {
      if (!listing) return;
      controller.current?.abort();
      const ctrl = new AbortController();
      controller.current = ctrl;
      setNote('');
      setProgress(null);
      setPhase({ kind: 'crawling' });
      const outcome = await runListing(
        {
          listing,
          lang,
          reaudit,
          ...polite,
          signal: ctrl.signal,
          onEvent: (event) => {
            if (ctrl.signal.aborted && event.type !== 'entry') return;
            if (event.type === 'listing')
              setPhase({ kind: 'running', pages: event.pages, links: event.links, truncated: event.truncated });
            else if (event.type === 'progress') setProgress({ progress: event.progress, fetching: event.fetching });
            else setEntries((old) => [...old.filter((e) => e.url !== event.entry.url), event.entry]);
          },
        },
        deps,
      );
      if (controller.current === ctrl) controller.current = null;
      setPhase(outcome.cancelled ? { kind: 'cancelled' } : { kind: 'done', outcome });
      refreshStats();
    },
    [listing, lang, deps, polite, refreshStats],
  );

  // On opening: what is stored for this listing shows at once, then the batch starts (skipping it).
  useEffect(() => {
    refreshStats();
    if (!listing) return;
    void (async () => {
      try {
        setEntries(await deps.store.entries(listing));
      } catch (error) {
        setNote(s.memoryUnavailable + String(error));
      }
      if (await access.has()) void start();
      else setPhase({ kind: 'permission' });
    })();
    return () => controller.current?.abort();
    // Once per page load: changing the language must not restart the batch.
  }, []);

  // The view (cross-year rules included) follows the entries and the language; one computation at a time.
  useEffect(() => {
    let stale = false;
    const timer = setTimeout(() => {
      batchView(entries, deps.store, lang).then(
        (next) => !stale && setView(next),
        () => undefined,
      );
      refreshStats();
    }, 50);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [entries, lang, deps.store, refreshStats]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = s.title;
  }, [lang, s]);

  const toggleLang = () => {
    const next: Lang = lang === 'zh' ? 'en' : 'zh';
    setLang(next);
    onLang(next);
  };
  const grant = async () => {
    if (await access.request()) void start();
  };
  const save = (what: 'summary' | 'data' | 'findings' | 'json') => {
    if (!listing) return;
    const file = batchExports(view, listing, lang)[what];
    download(document, file);
    setNote(s.downloaded(file.name));
  };
  const forget = async () => {
    if (!confirmForget) return setConfirmForget(true);
    setConfirmForget(false);
    controller.current?.abort();
    try {
      await deps.store.clear();
      setEntries([]);
      setNote(s.forgotten);
    } catch (error) {
      setNote(s.memoryUnavailable + String(error));
    }
    refreshStats();
  };

  const running = phase.kind === 'crawling' || phase.kind === 'running';
  return (
    <div class="page">
      <header class="bar">
        <img class="logo" src="/icons/icon-32.png" width={20} height={20} alt="" />
        <h1>{s.title}</h1>
        <span class="spacer" />
        <button type="button" class="lang" onClick={toggleLang}>
          {s.switchLanguage}
        </button>
      </header>
      <main>
        {!listing ? (
          <p class="state" data-state="no-listing">
            {s.noListing}
          </p>
        ) : (
          <>
            <p class="listing">
              {s.listing}：
              <a href={listing} target="_blank" rel="noopener noreferrer">
                {listing}
              </a>
            </p>
            <Status lang={lang} phase={phase} progress={progress} onGrant={() => void grant()} />
            {view.rows.some((r) => r.status === 'skipped') && (
              <p class="skipped-note" data-testid="skipped">
                {s.skipped(view.rows.filter((r) => r.status === 'skipped').length)}
              </p>
            )}
            <div class="actions">
              {running && (
                <button type="button" data-action="cancel" onClick={() => controller.current?.abort()}>
                  {s.cancel}
                </button>
              )}
              {phase.kind === 'cancelled' && (
                <button type="button" class="primary" data-action="resume" onClick={() => void start()}>
                  {s.resume}
                </button>
              )}
              {(phase.kind === 'done' || phase.kind === 'cancelled') && (
                <button type="button" data-action="reaudit" onClick={() => void start(true)}>
                  {s.reaudit}
                </button>
              )}
            </div>
            <SummaryTable lang={lang} rows={view.rows} />
            <Charts lang={lang} rows={view.rows} />
            <footer class="exports">
              <div class="buttons">
                {(['summary', 'data', 'findings', 'json'] as const).map((what) => (
                  <button
                    key={what}
                    type="button"
                    data-export={what}
                    disabled={view.rows.length === 0}
                    onClick={() => save(what)}
                  >
                    {
                      { summary: s.exportSummary, data: s.exportData, findings: s.exportFindings, json: s.exportJson }[
                        what
                      ]
                    }
                  </button>
                ))}
              </div>
              <p class="note" role="status">
                {note}
              </p>
            </footer>
          </>
        )}
        <section class="memory" data-testid="memory">
          <p>{stats ? s.memory(stats.pages, stats.reports, formatBytes(stats.bytes)) : ''}</p>
          <button
            type="button"
            class={confirmForget ? 'danger' : undefined}
            data-action="forget"
            onClick={() => void forget()}
          >
            {confirmForget ? s.forgetConfirm : s.forget}
          </button>
        </section>
      </main>
    </div>
  );
}

function Status({
  lang,
  phase,
  progress,
  onGrant,
}: {
  lang: Lang;
  phase: Phase;
  progress: { progress: BatchProgress; fetching: string[] } | null;
  onGrant: () => void;
}) {
  const s = strings(lang);
  switch (phase.kind) {
    case 'idle':
      return null;
    case 'permission':
      return (
        <section class="status" data-state="permission">
          <p>{s.permission}</p>
          <button type="button" class="primary" data-action="grant" onClick={onGrant}>
            {s.grant}
          </button>
        </section>
      );
    case 'crawling':
      return (
        <section class="status" data-state="crawling" aria-busy="true">
          <p>{s.reading}</p>
        </section>
      );
    case 'cancelled':
      return (
        <section class="status" data-state="cancelled">
          <p>{s.cancelled}</p>
        </section>
      );
    case 'done': {
      const { outcome } = phase;
      const failed = outcome.crawlErrors.length > 0 && !outcome.listing && outcome.audited === 0;
      return (
        <section class="status" data-state="done">
          {failed ? (
            <p class="error">
              {s.listingFailed +
                outcome.crawlErrors.map((e) => oneLanguage(e.error, lang)).join(lang === 'zh' ? '；' : '; ')}
            </p>
          ) : (
            <p>{s.finished(outcome.audited, outcome.skipped, outcome.followed)}</p>
          )}
          {outcome.error && <p class="error">{s.stopped + oneLanguage(outcome.error, lang)}</p>}
        </section>
      );
    }
    case 'running': {
      const p = progress?.progress;
      const finished = p ? p.done + p.skipped : 0;
      const total = p?.total ?? phase.links;
      return (
        <section class="status" data-state="running" aria-busy="true">
          <p>
            {s.found(phase.links, phase.pages)}
            {phase.truncated ? s.truncated : ''}
          </p>
          <progress data-testid="progress" max={Math.max(total, 1)} value={finished} />
          <p class="counts" data-testid="progress-text">
            {s.progress(finished, total)}
            {p && p.failed > 0 ? ` · ${s.failedCount(p.failed)}` : ''}
            {p && p.skipped > 0 ? ` · ${s.skippedCount(p.skipped)}` : ''}
          </p>
          {progress && progress.fetching.length > 0 && (
            <p class="current" data-testid="fetching">
              {s.fetching}
              {progress.fetching.join('  ')}
            </p>
          )}
        </section>
      );
    }
  }
}
