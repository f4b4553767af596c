import { ELEMENT_NODE, firstChildOf, tagOf, TEXT_NODE, textLength } from './dom';
import type { FoundTable } from './find-tables';
import { collapseSpace, isBlankText } from '../text/normalise';
import { ATTACHMENT_EXT, type StreamItem } from './stream';

/**
 * The document body as a stream (see stream.ts): text segments of text blocks, data tables, images and file links,
 * in document order. A text block is the nearest block-level element (p, div, li, td, h1–h6 …); a segment is a run
 * of its text between nested blocks and <br>. Offsets are into the block's `textContent`, so a front end can find
 * a sentence again. Data tables are emitted whole and their text is not narrative; layout tables are walked into.
 * Iterative (firstChild/nextSibling), so a deeply nested page cannot overflow the stack; no TreeWalker, layout or
 * selectors (linkedom has no TreeWalker or layout, and its selector engine is slow).
 */
export function domStream(doc: Document, tables: readonly FoundTable[], base?: string): DomStream {
  const items: StreamItem[] = [];
  const blocks: Element[] = [];
  const dataTables = new Map(tables.map((t) => [t.el, t]));
  const root = doc.body ?? doc.documentElement;
  if (root === null) return { items, blocks };

  const flush = (ctx: BlockContext): void => {
    if (ctx.text === null) return;
    const text = ctx.text;
    ctx.text = null;
    if (isBlankText(text)) return;
    if (ctx.block === undefined) ctx.block = blocks.push(ctx.el) - 1;
    items.push({ kind: 'text', text, origin: { kind: 'block', block: ctx.block, start: ctx.segStart, el: ctx.el } });
  };

  // Block contexts the walk is inside, innermost last; the root's stays at the bottom.
  const open: BlockContext[] = [newContext(root)];
  let node: Node | null = firstChildOf(root);
  while (node !== null) {
    const ctx = open[open.length - 1] as BlockContext;
    const down = visit(node, ctx);
    if (down !== null) {
      node = down;
      continue;
    }
    // Up to the next sibling, closing the blocks left on the way.
    let up: Node = node;
    let next = up === root ? null : up.nextSibling;
    while (next === null && up !== root && up.parentNode !== null) {
      up = up.parentNode;
      const top = open[open.length - 1] as BlockContext;
      if (top.el === up && open.length > 1) {
        flush(top);
        open.pop();
        (open[open.length - 1] as BlockContext).offset += top.offset;
      }
      if (up !== root) next = up.nextSibling;
    }
    node = next;
  }
  flush(open[0] as BlockContext);
  return { items, blocks };

  /** Takes in one node; returns its first child when the walk goes into it (a new block context is open then). */
  function visit(node: Node, ctx: BlockContext): Node | null {
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      if (ctx.text === null) {
        ctx.text = '';
        ctx.segStart = ctx.offset;
      }
      ctx.text += text;
      ctx.offset += text.length;
      return null;
    }
    if (node.nodeType !== ELEMENT_NODE) return null;
    const el = node as Element;
    const tag = tagOf(el);
    if (SKIP.has(tag) || isHidden(el)) {
      // Still counted: offsets index into textContent, which includes script and hidden text.
      flush(ctx);
      ctx.offset += textLength(el);
      return null;
    }
    if (tag === 'br') {
      flush(ctx);
      return null;
    }
    if (tag === 'img') {
      const src = el.getAttribute('src');
      if (src !== null && src.trim() !== '' && !isIcon(el)) items.push({ kind: 'image', url: resolve(src, base), el });
      return null;
    }
    const table = tag === 'table' ? dataTables.get(el) : undefined;
    if (table !== undefined) {
      flush(ctx);
      items.push({
        kind: 'table',
        grid: table.grid,
        aligned: true,
        src: { kind: 'cell', table: table.index, row: 0, col: 0 },
        table: table.index,
        el,
      });
      ctx.offset += table.textLength;
      return null;
    }
    if (tag === 'a') {
      const href = el.getAttribute('href');
      if (href !== null && ATTACHMENT_EXT.test(href.trim())) {
        items.push({ kind: 'link', url: resolve(href.trim(), base), text: collapseSpace(el.textContent ?? ''), el });
      }
    }
    // firstChild directly: <template>, whose firstChild happy-dom misreports (see firstChildOf), is skipped above.
    const first = el.firstChild;
    if (!BLOCK.has(tag)) return first;
    flush(ctx);
    if (first !== null) open.push(newContext(el));
    return first;
  }
}

/** The stream and the text-block elements its `block` numbers index. */
export interface DomStream {
  items: StreamItem[];
  blocks: Element[];
}

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const SKIP = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'select',
  'textarea',
  'iframe',
  'object',
  'svg',
  'canvas',
]);

interface BlockContext {
  el: Element;
  block?: number;
  /** Characters of el.textContent seen so far. */
  offset: number;
  segStart: number;
  /** Text of the segment being read, null between segments. */
  text: string | null;
}

function newContext(el: Element): BlockContext {
  return { el, offset: 0, segStart: 0, text: null };
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Icons and spacer images (width or height attribute under 32px) are not tables pasted as images. */
function isIcon(el: Element): boolean {
  const w = Number.parseInt(el.getAttribute('width') ?? '', 10);
  const h = Number.parseInt(el.getAttribute('height') ?? '', 10);
  return (Number.isFinite(w) && w < 32) || (Number.isFinite(h) && h < 32);
}

/** Absolute URL when the page address is known, else the attribute as written. */
export function resolve(href: string, base: string | undefined): string {
  if (base === undefined) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
