import type { ReportPeriod } from '../model';
import { foldWidth } from '../text/normalise';

/**
 * The statistics period (统计期限) of a report: "2023年1月1日至2023年12月31日", "自 2023 年 1 月 1 日起至 2023 年 12 月
 * 31 日止", "2024年1月1日至12月31日". A date range introduced by 统计期限/统计时限 wins; otherwise the first range that
 * spans a whole year; otherwise the first range.
 */
export function findPeriod(text: string): ReportPeriod | undefined {
  return findPeriodFolded(foldWidth(text));
}

/** findPeriod of a text already in `foldWidth` form (the extraction folds the page's text once for every scan). */
export function findPeriodFolded(t: string): ReportPeriod | undefined {
  const found: Array<{ period: ReportPeriod; labelled: boolean; fullYear: boolean }> = [];
  for (const m of t.matchAll(RANGE)) {
    const [, y1, m1, d1, y2, m2, d2] = m;
    const startYear = Number(y1);
    const endYear = y2 === undefined ? startYear : Number(y2);
    const start = isoDate(startYear, Number(m1), Number(d1));
    const end = isoDate(endYear, Number(m2), Number(d2));
    if (start === undefined || end === undefined || end < start) continue;
    const before = t.slice(Math.max(0, m.index - 40), m.index);
    found.push({
      period: { start, end, year: startYear, text: m[0].replace(/\s+/g, ' ').trim() },
      labelled: /统计(?:期限|时限|时间|期间|区间)|数据(?:统计)?(?:期限|时限)|统计的?时间段/.test(before),
      fullYear: start.endsWith('-01-01') && end.endsWith('-12-31') && startYear === endYear,
    });
  }
  const pick = found.find((f) => f.labelled) ?? found.find((f) => f.fullYear) ?? found[0];
  return pick?.period;
}

const S = '\\s*';
const DATE = `(\\d{4})${S}年${S}(\\d{1,2})${S}月${S}(\\d{1,2})${S}日`;
const RANGE = new RegExp(
  `(?:自${S})?${DATE}${S}(?:起${S})?(?:至|到|—+|-|~|～|–)${S}` +
    `(?:(\\d{4})${S}年${S})?(\\d{1,2})${S}月${S}(\\d{1,2})${S}日(?:${S}止)?`,
  'g',
);

/** ISO date, or undefined when the parts are not a real calendar date. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2099 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
