import { CDATA_NODE, ELEMENT_NODE, tagOf, TEXT_NODE, textLength } from './dom';
import type { PageCounts } from './limits';

/**
 * One walk over every element of the document collecting what the later stages would otherwise look up with
 * selectors: the <table>s (with whether they wrap another table), the title candidates, <meta>s, the first
 * <base href>, the links, and the counts the size limits are judged on. Selector queries cost a full match per element in linkedom, and pickTitle alone ran
 * five of them; this walk reads one or two attributes per element instead. Lists are in document order, and the
 * tables are exactly those of `doc.querySelectorAll('table')`, so table indexes (SourceRefs) are unchanged.
 */
export function scanDocument(doc: Document): PageScan {
  const scan: PageScan = {
    tables: [],
    titleCandidates: [],
    metas: [],
    links: [],
    counts: { text: 0, tables: 0, rows: 0, cells: 0 },
  };
  // Every top-level element, not only documentElement: a page parsed from a fragment can have several, and
  // querySelectorAll sees them all. (childNodes, not firstChild/nextSibling: linkedom gives a doctype no sibling.)
  for (const top of Array.from(doc.childNodes)) if (top.nodeType === ELEMENT_NODE) walk(scan, top);
  return scan;
}

/** Visits `root` and everything under it, in document order. */
function walk(scan: PageScan, root: Node): void {
  const counts = scan.counts;
  // Tables whose subtree the walk is in, innermost last: a table met inside one makes that one a wrapper.
  const open: ScannedTable[] = [];
  // The script/style/template/noscript element the walk is inside, if any: nothing under it is counted.
  let muted: Node | null = null;
  let node: Node | null = root;
  while (node !== null) {
    let down: Node | null = null;
    const type = node.nodeType;
    if (type === ELEMENT_NODE) {
      const tag = tagOf(node);
      const table = visit(scan, node as Element, tag, open[open.length - 1]);
      // Selectors do not see into a <template> (its content is inert), in browsers and linkedom alike; not going
      // in also avoids happy-dom's template quirk (see firstChildOf), so firstChild can be read directly.
      down = tag === 'template' ? null : node.firstChild;
      if (table !== undefined && down !== null) open.push(table);
      if (tag === 'tr' && open.length > 0) (open[open.length - 1] as ScannedTable).rows++;
      // textContent reads a <template>'s children where the DOM keeps them there (linkedom), though selectors do not.
      if (tag === 'template' && open.length > 0) addText(open, textLength(node));
      if (muted === null) {
        if (UNCOUNTED.has(tag)) muted = down === null ? null : node;
        else if (tag === 'table') counts.tables++;
        else if (tag === 'tr') counts.rows++;
        else if (tag === 'td' || tag === 'th') counts.cells++;
      }
    } else if (type === TEXT_NODE || type === CDATA_NODE) {
      const length = (node.nodeValue ?? '').length;
      if (muted === null && type === TEXT_NODE) counts.text += length;
      if (open.length > 0) addText(open, length);
    }
    if (down !== null) {
      node = down;
      continue;
    }
    // Up to the next sibling, closing the tables (and the muted element) left on the way.
    let up: Node = node;
    let next = up === root ? null : up.nextSibling;
    while (next === null && up !== root && up.parentNode !== null) {
      up = up.parentNode;
      if (open.length > 0 && (open[open.length - 1] as ScannedTable).el === up) open.pop();
      if (up === muted) muted = null;
      if (up !== root) next = up.nextSibling;
    }
    node = next;
  }
}

/** Adds text to every table the walk is in: each one's textContent includes it. */
function addText(open: readonly ScannedTable[], length: number): void {
  for (const table of open) table.textLength += length;
}

/** Elements whose content is code or not shown: not counted towards the size limits (extraction skips them too). */
const UNCOUNTED = new Set(['script', 'style', 'template', 'noscript']);

/** What one walk of the document found. */
export interface PageScan {
  /** Every <table>, in document order. */
  tables: ScannedTable[];
  /** h1–h3 and elements whose class or id contains "title" (any case): the first MAX_TITLE_CANDIDATES of them. */
  titleCandidates: Element[];
  /** Every <meta>. */
  metas: Element[];
  /** `href` of the first <base href>. */
  base?: string;
  /** Every <a href>. */
  links: Element[];
  /** What the size limits are judged on (limits.ts). */
  counts: PageCounts;
}

/** A <table> and what the walk learnt about it. */
export interface ScannedTable {
  el: Element;
  /** Position in `doc.querySelectorAll('table')`. */
  index: number;
  /** It contains another table (a layout table wrapped around the article). */
  wrapper: boolean;
  /** <tr>s in it, not counting those of tables inside it. */
  rows: number;
  /** Length of its textContent. */
  textLength: number;
}

/** pickTitle reads no more candidates than this (a page of 1,000 "title" spans must not cost 1,000 texts). */
export const MAX_TITLE_CANDIDATES = 60;

/** Records what `el` is; returns the ScannedTable when it is a <table>. */
function visit(scan: PageScan, el: Element, tag: string, outer: ScannedTable | undefined): ScannedTable | undefined {
  let table: ScannedTable | undefined;
  switch (tag) {
    case 'table':
      // Marking the innermost enclosing table is enough: it sits inside the next one out, which it marked in turn.
      if (outer !== undefined) outer.wrapper = true;
      table = { el, index: scan.tables.length, wrapper: false, rows: 0, textLength: 0 };
      scan.tables.push(table);
      break;
    case 'a':
      if (el.hasAttribute('href')) scan.links.push(el);
      break;
    case 'meta':
      scan.metas.push(el);
      break;
    case 'base':
      if (scan.base === undefined) scan.base = el.getAttribute('href') ?? undefined;
      break;
  }
  if (scan.titleCandidates.length < MAX_TITLE_CANDIDATES && isTitleCandidate(el, tag)) scan.titleCandidates.push(el);
  return table;
}

function isTitleCandidate(el: Element, tag: string): boolean {
  if (tag === 'h1' || tag === 'h2' || tag === 'h3') return true;
  return el.hasAttributes() && (namesTitle(el, 'class') || namesTitle(el, 'id'));
}

/**
 * `[class*="title" i]` / `[id*="title" i]` without the selector engine. getAttributeNode, because linkedom's
 * getAttribute('class') builds the element's classList first.
 */
function namesTitle(el: Element, attr: 'class' | 'id'): boolean {
  const value = el.getAttributeNode(attr)?.value;
  // A case-insensitive test rather than toLowerCase, which copied every class and id of the page.
  return value !== undefined && value.length >= 5 && TITLE.test(value);
}

const TITLE = /title/i;
