import { cleanPageTitle, isReportTitle } from '../detect/title';
import { collapseSpace } from './normalise';

/**
 * The report title of a page: the on-page heading (h1–h3, elements whose class or id says "title", the CMS's
 * ArticleTitle meta) that names a report, else the page <title> without its site name. `headings` lists every
 * candidate that names a report: their years are the page's own heading years.
 */
export function pickTitle(doc: Document): { title?: string; headings: string[] } {
  const onPage: string[] = [];
  const selectors = 'h1, h2, h3, [class*="title" i], [id*="title" i]';
  let scanned = 0;
  for (const el of Array.from(doc.querySelectorAll(selectors))) {
    if (++scanned > MAX_CANDIDATES) break;
    const text = collapseSpace(el.textContent ?? '');
    if (text !== '' && text.length <= MAX_TITLE) onPage.push(text);
  }
  const meta = ['ArticleTitle', 'title', 'og:title']
    .map((name) => doc.querySelector(`meta[name="${name}"], meta[property="${name}"]`)?.getAttribute('content') ?? '')
    .map(collapseSpace)
    .filter((t) => t !== '' && t.length <= MAX_TITLE);
  const page = cleanPageTitle(doc.title ?? '');
  const naming = [...new Set([...onPage, ...meta, page].filter(isReportTitle))];
  const title = naming[0] ?? (page !== '' ? page : onPage[0]);
  return title === undefined ? { headings: naming } : { title, headings: naming };
}

const MAX_CANDIDATES = 60;
const MAX_TITLE = 100;

/** Links whose text names an annual report, counted once per address (a listing page has many). */
export function countReportLinks(doc: Document): number {
  const hrefs = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const text = collapseSpace(a.textContent ?? '') || (a.getAttribute('title') ?? '');
    if (text.length <= MAX_TITLE && isReportTitle(text)) hrefs.add(a.getAttribute('href') ?? '');
  }
  return hrefs.size;
}
