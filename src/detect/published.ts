import { isoDate } from './period';
import { foldWidth } from '../text/normalise';

/**
 * The on-page publication date: "发布日期：2024-01-18", "发布时间：2024年01月18日 10:00", "成文日期：2024.01.18".
 * 发布/公开 labels win over 成文日期 (the date a document was signed can precede its publication). Dates in the URL
 * are deliberately ignored: they can be re-post dates (markup.md).
 */
export function findPublished(text: string): { date: string; text: string } | undefined {
  return findPublishedFolded(foldWidth(text));
}

/** findPublished of a text already in `foldWidth` form (the extraction folds the page's text once for every scan). */
export function findPublishedFolded(t: string): { date: string; text: string } | undefined {
  const head = t.slice(0, HEAD);
  return firstDate(t, PUBLISHED) ?? firstDate(head, BARE) ?? firstDate(head, STAMP) ?? firstDate(t, WRITTEN);
}

const S = '\\s*';
/** Between a label and its date: blanks, the bars of a copied metadata table, list bullets ("- 发布日期" / "- 2023-01-16"). */
const GAP = '[\\s|｜•·-]*';
// "日" only on the same line: the next line may well start with 日前/日常.
const DATE = `(\\d{4})${S}[-/.年]${S}(\\d{1,2})${S}[-/.月]${S}(\\d{1,2})(?:[^\\S\\n]{0,2}日)?`;
const PUBLISHED = new RegExp(`(?:发布|公开|发文|上网)(?:日期|时间)${GAP}[:：]?${GAP}${DATE}`, 'g');
const WRITTEN = new RegExp(`成文(?:日期|时间)${GAP}[:：]?${GAP}${DATE}`, 'g');
/**
 * A bare "时间：" on the page's information line ("来源：办公室 时间：2023-01-19", "作者： 时间：2023-01-31"), read only
 * in the head of the page: further down "时间" belongs to the narrative.
 */
const BARE = new RegExp(`(?:^|[\\s|｜]|来源[:：]?)时间${S}[:：]${S}${DATE}`, 'g');
/**
 * A date with its clock time as the line of the page's head that carries it, the label lost ("2021-03-29 18:26",
 * run together as "2021-03-2918:26", "2023-01-19 15:54:58 来源：…", or a list bullet "• 2026-01-27 14:42"): the moment
 * the page was posted. A date
 * without a time, or a time inside a sentence, is not read (narrative dates and deadlines have no clock time).
 */
const STAMP = new RegExp(
  `(?:(?:^|\\n)[^\\S\\n]*(?:[•·][^\\S\\n]*)?|[•·][^\\S\\n]*)${DATE}[^\\S\\n]*\\d{1,2}:\\d{2}(?::\\d{2})?(?=[^\\S\\n]*(?:[•·|｜][^\\S\\n]*)?(?:$|\\n|来源|浏览|字体|作者))`,
  'g',
);
const HEAD = 1500;

function firstDate(t: string, pattern: RegExp): { date: string; text: string } | undefined {
  for (const m of t.matchAll(pattern)) {
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date !== undefined) return { date, text: m[0].replace(/\s+/g, ' ').trim() };
  }
  return undefined;
}
