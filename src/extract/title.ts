import { cleanPageTitle, isReportTitle } from '../detect/title';
import { firstYear } from '../detect/year';
import { boundedText, ELEMENT_NODE, firstChildOf, nextOutside, tagOf } from './dom';
import { collapseSpace } from '../text/normalise';
import { scanDocument, type PageScan } from './scan';

/**
 * The report title of a page: the on-page heading (h1–h3, elements whose class or id says "title", the CMS's
 * ArticleTitle meta) that names a report, else the page <title> without its site name. `headings` lists every
 * candidate that names a report: their years are the page's own heading years. `scan` is the page's one walk
 * (scan.ts); a caller that has none gets one.
 */
export function pickTitle(doc: Document, scan: PageScan = scanDocument(doc)): { title?: string; headings: string[] } {
  const onPage: string[] = [];
  for (const el of scan.titleCandidates) {
    const text = shortText(el);
    if (text !== undefined && text !== '' && !isLinkText(el, text)) onPage.push(text);
  }
  const meta = META_NAMES.map((name) => collapseSpace(metaContent(scan.metas, name))).filter(
    (t) => t !== '' && t.length <= MAX_TITLE,
  );
  const page = cleanPageTitle(doc.title ?? '');
  const naming = [...new Set([...onPage, ...meta, page].filter(isReportTitle))];
  const title = naming.find((t) => firstYear(t) !== undefined) ?? naming[0] ?? (page !== '' ? page : onPage[0]);
  return title === undefined ? { headings: naming } : { title, headings: naming };
}

const MAX_TITLE = 100;
/** Meta names CMSs put the article title in, most specific first. */
const META_NAMES = ['ArticleTitle', 'title', 'og:title'];

/** Links whose text names an annual report, counted once per address (a listing page has many). */
export function countReportLinks(scan: PageScan): number {
  const hrefs = new Set<string>();
  for (const a of scan.links) {
    const own = shortText(a);
    // Text too long to be a title (undefined) is not replaced by the title attribute: only an empty text is.
    const text = own === undefined ? undefined : own || (a.getAttribute('title') ?? '');
    if (text !== undefined && text.length <= MAX_TITLE && isReportTitle(text)) hrefs.add(a.getAttribute('href') ?? '');
  }
  return hrefs.size;
}

/** The element's text with whitespace collapsed, or undefined when it is longer than a title can be. */
function shortText(el: Element): string | undefined {
  const raw = boundedText(el, MAX_TITLE);
  if (raw === undefined) return undefined;
  const text = collapseSpace(raw);
  return text.length <= MAX_TITLE ? text : undefined;
}

/**
 * Whether the element's text (`text`, collapsed) is a link's: the element is inside an <a href>, or a link inside it
 * carries the whole text. Only called on short elements, so the walk down is short.
 */
function isLinkText(el: Element, text: string): boolean {
  for (let n: Node | null = el; n !== null; n = n.parentNode) if (isLink(n)) return true;
  let node: Node | null = firstChildOf(el);
  while (node !== null) {
    if (isLink(node)) return collapseSpace((node as Element).textContent ?? '') === text;
    const down = node.nodeType === ELEMENT_NODE ? firstChildOf(node) : null;
    node = down ?? nextOutside(node, el);
  }
  return false;
}

function isLink(node: Node): boolean {
  return tagOf(node) === 'a' && (node as Element).hasAttribute('href');
}

/** `content` of the first <meta name=…> or <meta property=…> with that name, as `meta[name="…"], meta[property="…"]`. */
function metaContent(metas: readonly Element[], name: string): string {
  const meta = metas.find((m) => m.getAttribute('name') === name || m.getAttribute('property') === name);
  return meta?.getAttribute('content') ?? '';
}
