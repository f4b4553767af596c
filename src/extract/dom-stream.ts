import type { FoundTable } from './find-tables';
import { collapseSpace } from './normalise';
import { ATTACHMENT_EXT, type StreamItem } from './stream';

/**
 * The document body as a stream (see stream.ts): text segments of text blocks, data tables, images and file links,
 * in document order. A text block is the nearest block-level element (p, div, li, td, h1–h6 …); a segment is a run
 * of its text between nested blocks and <br>. Offsets are into the block's `textContent`, so a front end can find
 * a sentence again. Data tables are emitted whole and their text is not narrative; layout tables are walked into.
 * Iterative, so a deeply nested page cannot overflow the stack; only childNodes/nodeType/tagName/getAttribute/
 * textContent are used (linkedom has no TreeWalker or layout).
 */
export function domStream(doc: Document, tables: readonly FoundTable[], base?: string): DomStream {
  const items: StreamItem[] = [];
  const blocks: Element[] = [];
  const dataTables = new Map(tables.map((t) => [t.el, t]));
  const root = doc.body ?? doc.documentElement;
  if (root === null) return { items, blocks };

  const flush = (ctx: BlockContext): void => {
    if (ctx.parts === null) return;
    const text = ctx.parts.join('');
    ctx.parts = null;
    if (!/[^\s\u00a0\u3000\u200b\ufeff]/.test(text)) return;
    if (ctx.block === undefined) ctx.block = blocks.push(ctx.el) - 1;
    items.push({ kind: 'text', text, origin: { kind: 'block', block: ctx.block, start: ctx.segStart, el: ctx.el } });
  };

  const rootCtx = newContext(root);
  const stack: Task[] = [];
  pushChildren(stack, root, rootCtx);
  while (stack.length > 0) {
    const task = stack.pop() as Task;
    if (task.kind === 'exit') {
      flush(task.ctx);
      task.parent.offset += task.ctx.offset;
      continue;
    }
    const { node, ctx } = task;
    if (node.nodeType === TEXT) {
      const text = node.nodeValue ?? '';
      if (ctx.parts === null) {
        ctx.parts = [];
        ctx.segStart = ctx.offset;
      }
      ctx.parts.push(text);
      ctx.offset += text.length;
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag) || isHidden(el)) {
      // Still counted: offsets index into textContent, which includes script and hidden text.
      flush(ctx);
      ctx.offset += (el.textContent ?? '').length;
      continue;
    }
    if (tag === 'br') {
      flush(ctx);
      continue;
    }
    if (tag === 'img') {
      const src = el.getAttribute('src');
      if (src !== null && src.trim() !== '' && !isIcon(el)) items.push({ kind: 'image', url: resolve(src, base), el });
      continue;
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
      ctx.offset += (el.textContent ?? '').length;
      continue;
    }
    if (tag === 'a') {
      const href = el.getAttribute('href');
      if (href !== null && ATTACHMENT_EXT.test(href.trim())) {
        items.push({ kind: 'link', url: resolve(href.trim(), base), text: collapseSpace(el.textContent ?? ''), el });
      }
    }
    if (BLOCK.has(tag)) {
      flush(ctx);
      const child = newContext(el);
      stack.push({ kind: 'exit', ctx: child, parent: ctx });
      pushChildren(stack, el, child);
    } else {
      pushChildren(stack, el, ctx);
    }
  }
  flush(rootCtx);
  return { items, blocks };
}

/** The stream and the text-block elements its `block` numbers index. */
export interface DomStream {
  items: StreamItem[];
  blocks: Element[];
}

const TEXT = 3;
const ELEMENT = 1;

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);
const SKIP = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'select', 'textarea', 'iframe', 'object', 'svg', 'canvas',
]);

interface BlockContext {
  el: Element;
  block?: number;
  /** Characters of el.textContent seen so far. */
  offset: number;
  segStart: number;
  parts: string[] | null;
}

type Task = { kind: 'node'; node: Node; ctx: BlockContext } | { kind: 'exit'; ctx: BlockContext; parent: BlockContext };

function newContext(el: Element): BlockContext {
  return { el, offset: 0, segStart: 0, parts: null };
}

function pushChildren(stack: Task[], el: Node, ctx: BlockContext): void {
  const kids = el.childNodes;
  for (let i = kids.length - 1; i >= 0; i--) stack.push({ kind: 'node', node: kids[i] as Node, ctx });
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
