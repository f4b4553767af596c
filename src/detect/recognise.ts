import { SECTIONS } from '../template';
import { cleanPageTitle, isNegativeTitle, isReportTitle } from './title';
import { eitherScript, simplified } from '../text/hant';
import { compact, BLANK_CHARS, foldWidth } from '../text/normalise';

/**
 * Cheap first test the content script runs on every page: does this look like a 政府信息公开工作年度报告? It sees
 * only `document.title` and the first few KB of body text, so it must stay at plain string scans (budget: median
 * ≤ 0.1 ms). It rejects guides, rules, news and listing pages of reports; the full `recogniseReport` decides later.
 */
export function quickLooksLikeReport(title: string, headText: string): boolean {
  // The part of <title> that names the report, without the site name ("…-某某市政府信息公开目录").
  const t = compact(cleanPageTitle(title));
  if (t.length > 0 && isNegativeTitle(t) && !isReportTitle(t)) return false;
  const head = simplified(headText.length > HEAD_LIMIT ? headText.slice(0, HEAD_LIMIT) : headText);
  const headings = countNumberedHeadings(head);
  // A listing page repeats report titles; a report names itself a few times at most.
  if (countOf(head, '年度报告') + countOf(head, '年报') >= LISTING_MENTIONS && headings < 2) return false;
  if (isReportTitle(t) && (/\d{4}|[〇零○一二三四五六七八九]{4}年/.test(t) || headings >= 2)) return true;
  return headings >= 3 && head.includes('信息公开') && (head.includes('年度报告') || head.includes('年报'));
}

/** Full recognition during extraction, from everything the pipeline found. */
export function recogniseReport(evidence: RecogniseEvidence): Recognition {
  const title = evidence.title ?? '';
  const titleNames = isReportTitle(title);
  const negative = title !== '' && !titleNames && isNegativeTitle(title);
  const { sections, tables, reportLinks, attachments } = evidence;
  // What a report says of itself ("本报告…", "统计期限…", on a 繁體 page "本報告"); news about a report says "报告显示".
  const selfReference = SELF_REFERENCE.test(evidence.text);
  const strongContent = sections >= 4 && tables >= 1;

  // A listing page: many report titles as links and no report structure. A report page may list a few related
  // reports in a sidebar, so with a dated report title only a long list counts.
  const listing = reportLinks >= (hasYear(title) ? LONG_LISTING : LISTING_LINKS);
  if (listing && sections < 2 && tables === 0)
    return no(`页面列出 ${reportLinks} 份年度报告链接，是目录页 / a listing of ${reportLinks} reports`);
  if (negative && !strongContent) return no(`标题不是年度报告（${title}） / the title names another kind of page`);
  if (titleNames) {
    if (sections >= 1 || tables >= 1 || attachments >= 1 || selfReference)
      return yes(
        `标题为年度报告，找到 ${sections} 个章节、${tables} 张统计表 / report title, ${sections} sections, ${tables} tables`,
      );
    return no('标题像年度报告，但正文没有报告内容 / report-like title without report content');
  }
  if (sections >= 3 && (tables >= 1 || selfReference))
    return yes(`找到 ${sections} 个章节、${tables} 张统计表 / ${sections} sections and ${tables} tables found`);
  // No title line (a copy that starts with the foreword): the foreword names the text as the report itself
  // ("本年度报告根据《条例》…编制", "现公布某县2022年政府信息公开工作年度报告"), and a section or the period follows.
  if (title === '' && (sections >= 1 || evidence.period) && selfNaming(evidence.text) !== undefined)
    return yes(`前言自称本年度报告，找到 ${sections} 个章节 / the foreword names this report, ${sections} sections`);
  return no(`未找到年度报告的结构（${sections} 个章节）/ no report structure (${sections} sections)`);
}

/** What `recogniseReport` judges from. */
export interface RecogniseEvidence {
  /** The report title as picked from the page (h1, .title, <title>…) or the text's first lines. */
  title?: string;
  /** How many of the six section headings were found. */
  sections: number;
  /** How many of T2/T3/T4 were mapped from a real table. */
  tables: number;
  /** Links whose text names an annual report (many of them ⇒ a listing page). */
  reportLinks: number;
  /** Links to PDF/DOC/… files. */
  attachments: number;
  /** Body text (the start is enough). */
  text: string;
  /** Whether the text states the 统计期限 of a year. */
  period?: boolean;
}

/**
 * Where the opening of a report names the text as the report itself — "本（年度）报告根据/依据/由/包括…",
 * "现（向社会）公布…2022年政府信息公开工作年度报告", "现将…政府信息公开…情况报告如下" — with the year it names,
 * if any. A news item says "报告显示" or "发布了…报告" instead, and a notice's 《…年度报告…的通知》 is a title in
 * book-title marks, so neither counts. Only the first FOREWORD characters are read.
 */
export function selfNaming(text: string): { year?: number } | undefined {
  const head = compact(text.slice(0, FOREWORD * 2))
    .slice(0, FOREWORD)
    .replace(/《[^》]{0,80}》/g, '《》');
  let found: { year?: number } | undefined;
  for (const m of head.matchAll(SELF_NAMING)) {
    const year = /(?:19|20)\d{2}/.exec(m[0]);
    if (year !== null) return { year: Number(year[0]) };
    // "本报告是根据…要求，…汇报我镇2023年政府信息公开工作。": the work the sentence says the report is about.
    const rest = head.slice(m.index + m[0].length).split('。')[0] ?? '';
    const work = WORK_OF_YEAR.exec(rest);
    if (work?.[1] !== undefined) return { year: Number(work[1]) };
    found = {};
  }
  return found;
}

/** "2023年（度）（的）政府信息公开工作" / "政务公开工作", in the self-naming sentence (book titles already blanked). */
const WORK_OF_YEAR = /((?:19|20)\d{2})年度?的?(?:政府信息公开|政务公开)工作/u;

const FOREWORD = 600;
const SELF_NAMING =
  /本(?:年度)?报告(?:根据|依据|按照|由|是|包括|中|所列|内容|全文|主要)|(?:编制|形成|撰写)本(?:年度)?报告|(?:现|特)(?:将|予|向社会)?(?:公布|发布)[^。《]{0,40}(?:信息公开|政务公开)[^。《]{0,12}报告|现将[^。《]{0,40}(?:信息公开|政务公开)[^。《]{0,20}报告如下/g;

/** The verdict and why, in Chinese then English: "中文 / English" (the last " / " divides them; see `whyIn`). */
export interface Recognition {
  detected: boolean;
  why: string;
}

/** The half of a bilingual `why` ("中文 / English") in one language. */
export function whyIn(why: string, lang: 'zh' | 'en'): string {
  const at = why.lastIndexOf(' / ');
  if (at < 0) return why;
  return lang === 'zh' ? why.slice(0, at) : why.slice(at + 3);
}

/** Any run of what `compact` removes (whitespace and invisible characters), to match words as if compacted. */
const GAP = `[${BLANK_CHARS}]*`;
/**
 * 统计期限 / 统计时限 / 本报告 in the text as compacted and simplified, found in one scan of the text as written
 * instead of compacting and simplifying 20,000 characters (each character a class of its two scripts, see
 * eitherScript).
 */
const SELF_REFERENCE = new RegExp(
  ['统计期限', '统计时限', '本报告'].map((w) => [...w].map(eitherScript).join(GAP)).join('|'),
);
const HEAD_LIMIT = 8192;
const LISTING_MENTIONS = 4;
const LISTING_LINKS = 3;
const LONG_LISTING = 5;

function yes(why: string): Recognition {
  return { detected: true, why };
}

function no(why: string): Recognition {
  return { detected: false, why };
}

function hasYear(title: string): boolean {
  return /(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4}年/.test(foldWidth(title));
}

function countOf(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

/** Section titles (their first alias, compacted) preceded closely by a top-level ordinal such as "二、" or "3、". */
const HEADING_WORDS = SECTIONS.map((s) => s.aliases.map((a) => a.replace(/[（）()、]/g, '')));

function countNumberedHeadings(head: string): number {
  let found = 0;
  for (const words of HEADING_WORDS) {
    if (words.some((word) => numberedSomewhere(head, word.slice(0, 4)))) found++;
  }
  return found;
}

function numberedSomewhere(head: string, word: string): boolean {
  for (let at = head.indexOf(word), n = 0; at >= 0 && n < 8; at = head.indexOf(word, at + 1), n++)
    if (numberedBefore(head, at)) return true;
  return false;
}

/** True when an ordinal like "三、", "3.", "（三）" sits within the 12 characters before `at`. */
function numberedBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  return /[一二三四五六1-6][、.．)）]\s*[^，。,、]{0,10}$/.test(before);
}
