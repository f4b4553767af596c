import type { Report } from '../model';
import { domStream } from './dom-stream';
import { findTables } from './find-tables';
import { assemble } from './pipeline';
import type { SectionHit } from './sections';
import type { StreamItem } from './stream';
import { textStream } from './text-stream';
import { countReportLinks, pickTitle } from './title';

/**
 * Extraction: a page (DOM Document) or a plain-text report → the Report model. Pure: the Document is a parameter,
 * so the same code runs in the content script and in Node (linkedom). Never throws: unreadable input gives a
 * report with `detected: false` and the reason in `why`.
 */
export function extractFromDocument(doc: Document, opts: { source: string }): Extraction {
  try {
    const tables = findTables(doc);
    const { items } = domStream(doc, tables, baseOf(doc, opts.source));
    const { title, headings } = pickTitle(doc);
    return assemble({
      source: opts.source,
      items,
      title,
      headingTitles: headings,
      reportLinks: countReportLinks(doc),
      scope: bodyScope,
    });
  } catch (error) {
    return failed(opts.source, error);
  }
}

/** Same as extractFromDocument for a plain-text report (tab-separated, one-cell-per-line or Markdown tables). */
export function extractFromText(text: string, opts: { source: string }): Extraction {
  try {
    const { items, title } = textStream(text);
    const headingTitles = title === undefined ? [] : [title];
    return assemble({ source: opts.source, items, title, headingTitles, reportLinks: 0 });
  } catch (error) {
    return failed(opts.source, error);
  }
}

/**
 * The model plus, for the DOM path, the page element behind every cell and sentence SourceRef, keyed by
 * `sourceKey(src)` (empty for text). `why` says why the input was (not) recognised as a report.
 */
export interface Extraction {
  report: Report;
  elements: Map<string, Element>;
  why: string;
}

/** Re-exported so front ends can key `elements` without reaching into the module tree. */
export { sourceKey } from './source';

function failed(source: string, error: unknown): Extraction {
  const message = error instanceof Error ? error.message : String(error);
  const report: Report = {
    source,
    detected: false,
    format: 'unknown',
    headingYears: [],
    sections: [],
    sentences: [],
    tables: {},
    attachments: [],
  };
  return { report, elements: new Map(), why: `无法读取页面 / could not read the input: ${message}` };
}

/** The page address for resolving links: a <base href>, else the source when it is a URL. */
function baseOf(doc: Document, source: string): string | undefined {
  const base = doc.querySelector('base[href]')?.getAttribute('href') ?? undefined;
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
  return (item) => {
    if (item.kind === 'text') return item.origin.kind !== 'block' || isInside(item.origin.el, root);
    return item.el === undefined || isInside(item.el, root);
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

function isInside(node: Node, root: Node): boolean {
  for (let n: Node | null = node; n !== null; n = n.parentNode) if (n === root) return true;
  return false;
}
