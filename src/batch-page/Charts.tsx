// Findings (errors and warnings) per rule and per body as CSS bars, most first: no chart library.
import type { Lang } from '../model';
import { strings } from './i18n';
import { findingCounts, type BatchRow } from './summary';

export const CHART_BARS = 10;

export function Charts({ lang, rows }: { lang: Lang; rows: readonly BatchRow[] }) {
  const s = strings(lang);
  const { byRule, byBody } = findingCounts(rows);
  if (rows.length === 0) return null;
  if (byRule.length === 0) return <p class="chart-none">{s.chartNone}</p>;
  return (
    <section class="charts" data-testid="charts">
      <Bars title={s.chartByRule} items={byRule} kind="rule" more={s.chartMore} />
      <Bars title={s.chartByBody} items={byBody} kind="body" more={s.chartMore} />
    </section>
  );
}

function Bars({
  title,
  items,
  kind,
  more,
}: {
  title: string;
  items: Array<[string, number]>;
  kind: string;
  more: (n: number) => string;
}) {
  const max = items[0]?.[1] ?? 1;
  const shown = items.slice(0, CHART_BARS);
  return (
    <figure class="chart" data-chart={kind}>
      <figcaption>{title}</figcaption>
      <ul>
        {shown.map(([label, count]) => (
          <li key={label} data-label={label}>
            <span class="bar-label" title={label}>
              {kind === 'rule' ? <code>{label}</code> : label}
            </span>
            <span class="chart-track">
              <span class="chart-bar" style={{ width: `${Math.max(4, (count / max) * 100)}%` }} />
            </span>
            <span class="bar-count">{count}</span>
          </li>
        ))}
      </ul>
      {items.length > shown.length && <p class="chart-more">{more(items.length - shown.length)}</p>}
    </figure>
  );
}
