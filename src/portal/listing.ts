/**
 * Listing pages: a portal's annual-report column ("政府信息公开年报") lists reports as links, page by page. This
 * module finds those links and the pagination, and tells a listing from a report page (which may itself link to
 * last year's report, or list a few related reports in a sidebar). Pure: the Document is a parameter, and only
 * querySelectorAll/getAttribute/textContent are used, so it runs on a browser DOM and on linkedom alike.
 */
import { isReportTitle } from '../detect/title';
import { firstYear } from '../detect/year';
import { agencyFromTitle } from '../detect/agency';
import { reportYear } from '../engine/report-info';
import type { Report } from '../model';
import { SECTIONS } from '../template';
import { agencyKey } from './memory';
import { collapse, linkText, reportLinkText } from './report-link';
import { followableUrl, isWebUrl } from './url-policy';
import { matchForm } from '../text/normalise';

/** A link to an annual report. */
export interface ReportLink {
  /** Absolute address, without its #fragment. */
  url: string;
  /** The link's text (its title attribute when the text is cut short with "…"). */
  text: string;
  /** The agency and report year the text names, when it does. */
  agency?: string;
  year?: number;
}

/** A report link that may not be followed (not http(s): `file:`, `javascript:`, `data:`…), as written on the page. */
export interface RefusedLink {
  href: string;
  text: string;
}

/**
 * The report links of a page and the pages of its pagination still to visit (in page order). Relative links are
 * resolved against `baseUrl` (else the document's own URL); without either, only absolute links can be returned.
 * Only http(s) links are ever returned (./url-policy.ts); report links of any other scheme are listed in `refused`.
 */
export function findReportLinks(
  doc: Document,
  baseUrl: string,
): { links: ReportLink[]; nextPages: string[]; refused: RefusedLink[] } {
  const base = baseOf(doc, baseUrl || documentUrl(doc));
  const self = stripHash(base);
  const links = new Map<string, ReportLink>();
  const pages = new Map<string, number>();
  const refused = new Map<string, RefusedLink>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    const url = resolve(href, base);
    if (!url) {
      const raw = href.trim();
      const words = raw && !raw.startsWith('#') ? reportLinkText(a, raw) : undefined;
      if (words !== undefined && !refused.has(raw)) refused.set(raw, { href: raw, text: words });
      continue;
    }
    if (url === self) continue;
    let text = linkText(a);
    const pageNo = paginationNumber(text, url, self);
    if (pageNo !== undefined) {
      // Page 0 (index.html, "1", "首页") is where a listing is entered, never a page still to visit.
      if (pageNo > 0 && !pages.has(url)) pages.set(url, pageNo);
      continue;
    }
    const words = reportLinkText(a, url);
    if (words === undefined) continue;
    text = words;
    const old = links.get(url);
    if (old && old.text.length >= text.length) continue;
    const year = firstYear(text);
    const agency = agencyFromTitle(text);
    links.set(url, { url, text, ...(agency ? { agency } : {}), ...(year !== undefined ? { year } : {}) });
  }
  for (const [url, no] of scriptedPages(doc, base)) if (url !== self && !pages.has(url)) pages.set(url, no);
  const nextPages = [...pages].sort((a, b) => a[1] - b[1]).map(([url]) => url);
  return { links: [...links.values()], nextPages, refused: [...refused.values()] };
}

/**
 * True for a page that lists annual reports: several report links (more when the page's own title names a dated
 * report, as a report with a sidebar of related reports does), or a few with pagination — and none of a report's
 * own structure (section headings, the statistical tables).
 */
export function looksLikeListing(doc: Document, baseUrl = ''): boolean {
  if (hasReportStructure(doc)) return false;
  // Only counts matter here, so relative links may resolve against a stand-in when the page's address is unknown.
  const { links, nextPages } = findReportLinks(doc, baseUrl || documentUrl(doc) || 'https://listing.invalid/');
  const title = pageTitle(doc);
  const dated = isReportTitle(title) && firstYear(title) !== undefined;
  if (links.length >= LONG_LISTING) return true;
  // A news article that mentions or links a report or two (a related-reading box, its own "下一页") is prose.
  if (isArticle(doc)) return false;
  if (links.length >= (dated ? LONG_LISTING : LISTING)) return true;
  return !dated && links.length >= 1 && nextPages.length > 0;
}

/** The link on a report page to last year's report of the same agency ("相关链接：…2022年…年度报告"), if any. */
export function findPreviousLink(doc: Document, report: Report, baseUrl: string): ReportLink | undefined {
  const year = reportYear(report);
  const key = agencyKey(report);
  if (year === undefined || !key) return undefined;
  return findReportLinks(doc, baseUrl).links.find(
    (l) => l.year === year - 1 && l.agency !== undefined && agencyKey({ agency: l.agency, source: l.url }) === key,
  );
}

/** A listing shows at least this many reports per page (a report page links one or two related ones). */
const LISTING = 3;
/** …and this many when its title names a dated report (a report page with a sidebar of related reports). */
const LONG_LISTING = 6;
/** Pagination generated by a script is capped: a broken page count must not queue thousands of pages. */
const MAX_SCRIPTED_PAGES = 200;

/**
 * The page number of a pagination link ("下一页", "尾页", "3", "第3页", "[3]", index_2.html, ?page=3), or undefined.
 * Only forward links and numbered pages of the same listing count; 首页/上一页 lead to pages already seen.
 */
function paginationNumber(text: string, url: string, self: string): number | undefined {
  const t = text.replace(/\s+/gu, '');
  const numbered = /^(?:第)?\[?(\d{1,4})\]?(?:页)?$/u.exec(t);
  const forward = /^(?:下一?页|后一?页|尾页|末页|最后一?页|>|>>|»|›)$/u.test(t);
  if (!numbered && !forward) return undefined;
  if (!sameListing(url, self)) return undefined;
  const fromUrl = pageNumberOf(url);
  if (numbered) return fromUrl ?? Number(numbered[1]) - 1;
  return fromUrl ?? Number.MAX_SAFE_INTEGER;
}

/** Same site and directory (…/ndbg/index_2.html next to …/ndbg/index.html), or the same path with a page query. */
function sameListing(url: string, self: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(self);
    return a.origin === b.origin && dirOf(a.pathname) === dirOf(b.pathname);
  } catch {
    return false;
  }
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** 0-based page index written in the address: index_2.html → 2, ?page=3 → 3 (as written), index.html → 0. */
function pageNumberOf(url: string): number | undefined {
  try {
    const u = new URL(url);
    const file = /_(\d{1,4})\.[a-z]+$/i.exec(u.pathname);
    if (file) return Number(file[1]);
    for (const name of ['page', 'pageNo', 'pageIndex', 'pageNum', 'currentPage', 'curpage', 'p']) {
      const v = u.searchParams.get(name);
      if (v !== null && /^\d{1,4}$/.test(v)) return Number(v);
    }
    return /\/(?:index\.[a-z]+)?$/i.test(u.pathname) ? 0 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Pagination written by a script, as TRS-built portals do: `createPageHTML(10, 0, "index", "html")` (or with a
 * container id first) renders links to index_1.html … index_9.html when the page runs, so they are not in the markup.
 */
function scriptedPages(doc: Document, base: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const code = script.textContent ?? '';
    for (const m of code.matchAll(/createPageHTML\s*\(([^)]*)\)/gu)) {
      const args = (m[1] ?? '').split(',').map((s) => s.trim());
      const numbers = args.filter((s) => /^\d+$/.test(s)).map(Number);
      const strings = args.filter((s) => /^["'].*["']$/.test(s)).map((s) => s.slice(1, -1));
      const [count = 0] = numbers;
      const [prefix, suffix] = strings.length >= 3 ? strings.slice(1) : strings;
      if (!prefix || !suffix || !/^[\w-]+$/.test(prefix) || !/^[a-z]+$/i.test(suffix)) continue;
      for (let i = 1; i < Math.min(count, MAX_SCRIPTED_PAGES); i++) {
        const url = resolve(`${prefix}_${i}.${suffix}`, base);
        if (url) out.push([url, i]);
      }
    }
  }
  return out;
}

/**
 * Whether the page has a report's own structure: a statistical table of the format (its row or column words), or
 * at least three numbered section headings of the six. A listing has neither.
 */
function hasReportStructure(doc: Document): boolean {
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    const t = matchForm(table.textContent ?? '');
    if (t.length < 20000 && TABLE_WORDS.some((words) => words.every((w) => t.includes(w)))) return true;
  }
  const body = matchForm(doc.body?.textContent ?? '').slice(0, 50_000);
  let headings = 0;
  for (const aliases of SECTION_WORDS) {
    // "四、政府信息公开行政复议、行政诉讼情况": a few words may stand between the ordinal and the alias.
    if (aliases.some((a) => new RegExp(`[一二三四五六1-6][、.．][^。，；]{0,12}${escape(a)}`, 'u').test(body)))
      headings++;
  }
  return headings >= 3;
}

/**
 * Whether the page reads as an article: at least this many sentences of its own text (outside links). A listing
 * is links, dates and at most a line or two of introduction.
 */
function isArticle(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  let linked = 0;
  for (const a of Array.from(body.querySelectorAll('a'))) linked += ((a.textContent ?? '').match(/。/gu) ?? []).length;
  const sentences = ((body.textContent ?? '').match(/[^。！？\s]{8,}[。！？]/gu) ?? []).length;
  return sentences - linked >= ARTICLE_SENTENCES;
}

const ARTICLE_SENTENCES = 3;

/** Words that only the three tables print together. */
const TABLE_WORDS: ReadonlyArray<readonly string[]> = [
  ['本年新收', '上年结转'],
  ['结果维持', '结果纠正', '尚未审结'],
  ['本年制发件数', '现行有效件数'],
  ['本年新制作数量', '对外公开总数量'],
];

const SECTION_WORDS: ReadonlyArray<readonly string[]> = SECTIONS.map((s) => s.aliases.map(matchForm));

/** The page's own title: its first <h1>, else the <title> without the site name. */
function pageTitle(doc: Document): string {
  const h1 = collapse(doc.querySelector('h1')?.textContent ?? '');
  if (h1) return h1;
  return collapse(doc.title ?? '').split(/\s*(?:[_|｜]|\s[-–—]\s)\s*/u)[0] ?? '';
}

/** The document's own address when it is a web one (a browser page; a parsed string has about:blank or none). */
function documentUrl(doc: Document): string {
  const url = typeof doc.URL === 'string' ? doc.URL : '';
  return isWebUrl(url) ? url : '';
}

/** The page's base address: its <base href> resolved against the URL it was read from. */
function baseOf(doc: Document, baseUrl: string): string {
  const declared = doc.querySelector('base[href]')?.getAttribute('href');
  return (declared && resolve(declared, baseUrl)) || baseUrl;
}

/**
 * An absolute http(s) address without its fragment, or undefined for in-page links and every other scheme (file,
 * script, data, mail…): the one link policy, ./url-policy.ts.
 */
function resolve(href: string, base: string): string | undefined {
  const h = href.trim();
  if (!h || h.startsWith('#')) return undefined;
  return followableUrl(h, base);
}

function stripHash(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
