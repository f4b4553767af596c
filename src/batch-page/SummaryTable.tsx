/**
 * The batch summary: one row per page — agency, year, format, errors, warnings, cross-year findings, published date
 * and a link that opens the page (where the content script marks it) — sortable by clicking a column's heading;
 * "details" opens the page's findings, cross-year ones with a link to last year's report.
 */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { Lang } from '../model';
import { isWebUrl, oneLanguage, sortSummary, type SummaryKey } from '../portal';
import { strings } from './i18n';
import { batchTotals, firstProblem, hasProblems, isCrossYear, type BatchRow } from './summary';

type Column = {
  key: SummaryKey | 'crossYear' | 'first';
  label: (s: ReturnType<typeof strings>) => string;
  numeric?: boolean;
};

const COLUMNS: readonly Column[] = [
  { key: 'agency', label: (s) => s.colAgency },
  { key: 'year', label: (s) => s.colYear, numeric: true },
  { key: 'format', label: (s) => s.colFormat },
  { key: 'errors', label: (s) => s.colErrors, numeric: true },
  { key: 'warnings', label: (s) => s.colWarnings, numeric: true },
  { key: 'crossYear', label: (s) => s.colCrossYear, numeric: true },
  { key: 'first', label: (s) => s.colFirst },
  { key: 'published', label: (s) => s.colPublished },
  { key: 'url', label: (s) => s.colPage },
];

/** The sortable summary table. */
export function SummaryTable({ lang, rows }: { lang: Lang; rows: readonly BatchRow[] }) {
  const s = strings(lang);
  const [sort, setSort] = useState<{ key: Column['key']; direction: 'asc' | 'desc' }>({
    key: 'agency',
    direction: 'asc',
  });
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [onlyProblems, setOnlyProblems] = useState(false);
  if (rows.length === 0) return <p class="empty">{s.empty}</p>;

  const sorted = sortRows(onlyProblems ? rows.filter(hasProblems) : rows, sort.key, sort.direction);
  const toggleSort = (key: Column['key']) =>
    setSort((old) => ({ key, direction: old.key === key && old.direction === 'asc' ? 'desc' : 'asc' }));
  const toggleOpen = (url: string) =>
    setOpen((old) => {
      const next = new Set(old);
      if (!next.delete(url)) next.add(url);
      return next;
    });

  return (
    <>
      <div class="summary-head">
        <p class="totals" data-testid="totals">
          {s.totals(batchTotals(rows))}
        </p>
        <label class="only-problems">
          <input
            type="checkbox"
            data-filter="problems"
            checked={onlyProblems}
            onChange={(e) => setOnlyProblems((e.currentTarget as HTMLInputElement).checked)}
          />
          {s.onlyProblems}
        </label>
      </div>
      <table class="summary" data-testid="summary">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                class={c.numeric ? 'num' : undefined}
                aria-sort={sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" data-sort={c.key} title={s.sortBy(c.label(s))} onClick={() => toggleSort(c.key)}>
                  {c.label(s)}
                  <span class="arrow" aria-hidden="true">
                    {sort.key === c.key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <Fragment key={row.url}>
              <SummaryRowView lang={lang} row={row} open={open.has(row.url)} onToggle={() => toggleOpen(row.url)} />
              {open.has(row.url) && <DetailsRow lang={lang} row={row} />}
            </Fragment>
          ))}
        </tbody>
      </table>
    </>
  );
}

function SummaryRowView({
  lang,
  row,
  open,
  onToggle,
}: {
  lang: Lang;
  row: BatchRow;
  open: boolean;
  onToggle: () => void;
}) {
  const s = strings(lang);
  const isReport = row.status === 'report';
  const what =
    row.status === 'failed'
      ? s.statusFailed
      : row.status === 'skipped'
        ? s.statusSkipped
        : row.status === 'not-report'
          ? s.statusNotReport
          : null;
  return (
    <tr
      data-status={row.status}
      data-url={row.url}
      class={row.errors > 0 ? 'has-errors' : row.warnings > 0 ? 'has-warnings' : undefined}
    >
      <td class="agency">
        {isReport ? (row.agency ?? row.title ?? '—') : <span class="state-label">{what}</span>}
        {!isReport && (row.error ?? row.title) && (
          <span class="why">{oneLanguage(row.error ?? row.title ?? '', lang)}</span>
        )}
      </td>
      <td class="num">{row.year ?? ''}</td>
      <td>{row.format ?? ''}</td>
      <td class="num errors">{isReport ? row.errors : ''}</td>
      <td class="num warnings">{isReport ? row.warnings : ''}</td>
      <td class="num cross-year">
        {row.crossYear.length > 0 && <span class="pill">{row.crossYear.length}</span>}
        {row.previous && (
          <a
            class="previous"
            href={row.previous}
            target="_blank"
            rel="noopener noreferrer"
            title={s.comparedWith + row.previous}
          >
            {s.previousReport}
          </a>
        )}
      </td>
      <td class="first-problem">
        <FirstProblem row={row} />
      </td>
      <td>{row.published ?? ''}</td>
      <td class="link">
        {/* A skipped link may be javascript:, data: or file: — shown as text, never made a link. */}
        {isWebUrl(row.url) && (
          <a href={row.url} target="_blank" rel="noopener noreferrer" title={`${s.openTitle}\n${row.url}`}>
            {s.open}
          </a>
        )}
        <span class="path">{pathOf(row.url)}</span>
      </td>
      <td>
        {isReport && (
          <button type="button" class="details" aria-expanded={open} onClick={onToggle}>
            {s.details}
          </button>
        )}
      </td>
    </tr>
  );
}

/** The report's first error (else warning), its rule and message, cut short (in full on hover). */
function FirstProblem({ row }: { row: BatchRow }) {
  const f = firstProblem(row);
  if (!f) return null;
  const text = Array.from(f.message);
  return (
    <span class={`first ${f.severity}`} title={`${f.rule}\n${f.message}`} data-rule={f.rule}>
      {text.length > 40 ? `${text.slice(0, 39).join('')}…` : f.message}
    </span>
  );
}

function DetailsRow({ lang, row }: { lang: Lang; row: BatchRow }) {
  const s = strings(lang);
  const findings = [...row.findings].sort((a, b) => Number(isCrossYear(b)) - Number(isCrossYear(a)));
  return (
    <tr class="details-row" data-details={row.url}>
      <td colSpan={COLUMNS.length + 1}>
        {row.previous && (
          <p class="compared">
            {s.comparedWith}
            <a href={row.previous} target="_blank" rel="noopener noreferrer">
              {row.previous}
            </a>
          </p>
        )}
        {findings.length === 0 ? (
          <p class="empty">{s.noFindings}</p>
        ) : (
          <ul class="findings">
            {findings.map((f, i) => (
              <li key={i} class={`finding ${f.severity}`} data-rule={f.rule}>
                <code>{f.rule}</code> {f.message}
                {isCrossYear(f) && typeof f.data.previousSource === 'string' && f.data.previousSource && (
                  <>
                    {' '}
                    <a href={f.data.previousSource} target="_blank" rel="noopener noreferrer" class="previous-link">
                      {s.previousReport}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

/**
 * Rows sorted by a column; the cross-year column by its finding count, the first-problem column by its rule. Ties keep
 * a stable secondary order — agency, year, address (the portal's sort) — so equal rows never swap between clicks.
 */
export function sortRows(rows: readonly BatchRow[], key: Column['key'], direction: 'asc' | 'desc'): BatchRow[] {
  // sortSummary returns the same row objects, reordered.
  if (key !== 'crossYear' && key !== 'first') return sortSummary(rows, key, direction) as BatchRow[];
  const sign = direction === 'asc' ? 1 : -1;
  const rank = (row: BatchRow) => (key === 'crossYear' ? row.crossYear.length : (firstProblem(row)?.rule ?? '\uffff'));
  return [...(sortSummary(rows, 'agency') as BatchRow[])].sort((a, b) => {
    const x = rank(a);
    const y = rank(b);
    return (x < y ? -1 : x > y ? 1 : 0) * sign;
  });
}

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}
