import { headText } from '../detect/head-text';
import { quickLooksLikeReport } from '../detect/recognise';
import { cleanPageTitle, isReportTitle } from '../detect/title';
import { distinctYears, firstYear } from '../detect/year';
import type { LimitNote, Report } from '../model';
import { domStream } from './dom-stream';
import { findTables } from './find-tables';
import { overLimit, textOverLimit } from './limits';
import { assemble, type Stages } from './pipeline';
import { scanDocument } from './scan';
import type { SectionHit } from './sections';
import type { StreamItem } from './stream';
import { textStream } from './text-stream';
import { countReportLinks, pickTitle } from './title';

/**
 * Extraction: a page (DOM Document) or a plain-text report → the Report model. Pure: the Document is a parameter,
 * so the same code runs in the content script and in Node (linkedom). Never throws: unreadable input gives a
 * report with `detected: false` and the reason in `why`.
 */
export function extractFromDocument(doc: Document, opts: ExtractOptions): Extraction {
  try {
    // One walk finds what every stage below would otherwise look up with (slow, in linkedom) selectors, and counts
    // what the size limits are judged on before anything costly is built.
    const scan = scanDocument(doc);
    const over = overLimit(scan.counts);
    if (over !== undefined) return tooLarge(opts.source, over, cleanPageTitle(doc.title ?? ''), headText(doc));
    const tables = findTables(doc, scan);
    const { items } = domStream(doc, tables, baseOf(scan.base, opts.source));
    const { title, headings } = pickTitle(doc, scan);
    return assemble({
      source: opts.source,
      items,
      title,
      headingTitles: headings,
      reportLinks: countReportLinks(scan),
      scope: bodyScope,
      explain: opts.explain === true,
    });
  } catch (error) {
    return failed(opts.source, error);
  }
}

/** Same as extractFromDocument for a plain-text report (tab-separated, one-cell-per-line or Markdown tables). */
export function extractFromText(text: string, opts: ExtractOptions): Extraction {
  try {
    const over = textOverLimit(text);
    if (over !== undefined) {
      const opening = text.slice(0, OPENING_TEXT);
      return tooLarge(opts.source, over, opening.trimStart().split('\n', 1)[0]?.trim() ?? '', opening);
    }
    const { items, title } = textStream(text);
    const headingTitles = title === undefined ? [] : [title];
    return assemble({
      source: opts.source,
      items,
      title,
      headingTitles,
      reportLinks: 0,
      explain: opts.explain === true,
    });
  } catch (error) {
    return failed(opts.source, error);
  }
}

/** What an extraction is asked: the input's address, and whether to keep what each stage saw (`stages`). */
export interface ExtractOptions {
  source: string;
  explain?: boolean;
}

/**
 * The model plus, for the DOM path, the page element behind every cell and sentence SourceRef, keyed by
 * `sourceKey(src)` (empty for text). `why` says why the input was (not) recognised as a report.
 */
export interface Extraction {
  report: Report;
  elements: Map<string, Element>;
  why: string;
  /** What each stage saw (only with `explain`, and only when the stages ran: not for a too-large or unreadable input). */
  stages?: Stages;
}

export type { Stages } from './pipeline';

/** Re-exported so front ends can key `elements` without reaching into the module tree. */
export { sourceKey } from './source';

/** How much of a too-large text report is read to tell whether it is one (what the quick recognition reads). */
const OPENING_TEXT = 8192;
/** Longest title a too-large page's <title> or first line can give (longer is not a title). */
const MAX_TITLE = 100;

/**
 * A page beyond the size limits: only its title and opening text are read, to say whether it looks like a report
 * (quick recognition); the report carries the limit note and nothing else, so only doc-too-large is reported.
 */
function tooLarge(source: string, note: LimitNote, pageTitle: string, opening: string): Extraction {
  const title = pageTitle.length <= MAX_TITLE ? pageTitle : '';
  const detected = quickLooksLikeReport(title, opening);
  const report: Report = {
    ...emptyReport(source),
    detected,
    headingYears: isReportTitle(title) ? distinctYears(title) : [],
    limits: note,
  };
  if (title !== '') report.title = title;
  const year = isReportTitle(title) ? firstYear(title) : undefined;
  if (year !== undefined) report.year = year;
  const size = `${note.measure} ${note.count} > ${note.limit}`;
  return { report, elements: new Map(), why: `页面过大，未核查（${size}）/ too large to audit (${size})` };
}

/** A report of nothing read: not recognised, no format, no sections, sentences or tables. */
export function emptyReport(source: string): Report {
  return {
    source,
    detected: false,
    format: 'unknown',
    headingYears: [],
    sections: [],
    sentences: [],
    tables: {},
    attachments: [],
  };
}

function failed(source: string, error: unknown): Extraction {
  const message = error instanceof Error ? error.message : String(error);
  return {
    report: emptyReport(source),
    elements: new Map(),
    why: `无法读取页面 / could not read the input: ${message}`,
  };
}

/** The page address for resolving links: the page's <base href> (resolved against the source), else the source when it is a URL. */
function baseOf(base: string | undefined, source: string): string | undefined {
  const page = /^(?:https?|file):/i.test(source) ? source : undefined;
  if (base === undefined) return page;
  try {
    return new URL(base, page).href;
  } catch {
    return page;
  }
}

/**
 * The report body: the nearest common ancestor of the section headings found. Narrative and file links outside it
 * (menus, footers, "related articles") are not the report's. With fewer than two headings there is nothing to go by.
 */
function bodyScope(items: readonly StreamItem[], sections: readonly SectionHit[]): (item: StreamItem) => boolean {
  const heads: Element[] = [];
  for (const s of sections) {
    const item = items[s.index];
    if (item?.kind === 'text' && item.origin.kind === 'block') heads.push(item.origin.el);
  }
  if (heads.length < 2) return () => true;
  let root = commonAncestor(heads);
  // Headings that are lines of one element (<br>-separated): the body is that element's parent.
  if (root !== undefined && heads.includes(root as Element)) root = root.parentNode ?? undefined;
  if (root === undefined) return () => true;
  const inside = insideTest(root);
  return (item) => {
    if (item.kind === 'text') return item.origin.kind !== 'block' || inside(item.origin.el);
    return item.el === undefined || inside(item.el);
  };
}

function ancestors(node: Node): Node[] {
  const out: Node[] = [];
  for (let n: Node | null = node; n !== null; n = n.parentNode) out.push(n);
  return out.reverse();
}

function commonAncestor(nodes: Node[]): Node | undefined {
  let common = ancestors(nodes[0] as Node);
  for (const node of nodes.slice(1)) {
    const chain = ancestors(node);
    let i = 0;
    while (i < common.length && i < chain.length && common[i] === chain[i]) i++;
    common = common.slice(0, i);
  }
  return common[common.length - 1];
}

/**
 * "Is this node inside root?", remembering the answer for every ancestor walked: each node is visited once over all
 * calls. Walking up afresh for every text item was quadratic on a deeply nested page (fuzzing: 40,000 nested <div>s
 * of narrative took 4 s).
 */
function insideTest(root: Node): (node: Node) => boolean {
  const known = new Map<Node, boolean>([[root, true]]);
  return (node) => {
    const path: Node[] = [];
    let answer = false;
    for (let n: Node | null = node; n !== null; n = n.parentNode) {
      const hit = known.get(n);
      if (hit !== undefined) {
        answer = hit;
        break;
      }
      path.push(n);
    }
    for (const n of path) known.set(n, answer);
    return answer;
  };
}
