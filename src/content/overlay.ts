/**
 * The marks layer: outlines over the page's cells and highlights over its sentences (from a DOM Range's line boxes),
 * drawn from inside a shadow root, so the page's styles cannot reach our marks and ours cannot reach the page. Nothing of the page is modified: one host element is appended to
 * <html>, positioned at the document origin, with pointer-events off so the page works as before.
 */
// Inlined, minified, by the build (a string in the bundle): the shadow root gets it as a <style>.
import SHADOW_CSS from './overlay.css?inline';
import { compact } from '../text/normalise';
import type { Mark, Target, TextSpan } from './marks';

/** The tag of the host element (a custom element name cannot clash with the page's own tags). */
export const OVERLAY_TAG = 'gov-report-auditor-marks';

/** Severity labels for the tooltip, in the user's language. */
export type SeverityLabels = Record<'error' | 'warning', string>;

/** One document's marks layer. */
export class Overlay {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly layer: HTMLElement;
  private readonly tip: HTMLElement;
  private marks: Mark[] = [];
  private boxes: HTMLElement[] = [];
  /** What is drawn, for the tooltip: outlined elements, and highlighted sentences with their text nodes. */
  private byElement = new Map<Element, Mark>();
  private sentences: Array<{ mark: Mark; pieces: Piece[] }> = [];
  private visible = true;
  /** The mark whose tooltip is shown. */
  private tipMark: Mark | null = null;
  /** The mark the keyboard last stepped to (−1: none yet). */
  private stepAt = -1;
  private labels: SeverityLabels = { error: 'error', warning: 'warning' };
  private frame = 0;
  private readonly cleanups: Array<() => void> = [];

  constructor(private readonly doc: Document) {
    this.host = doc.createElement(OVERLAY_TAG);
    // Inline !important beats any page rule that could hide or move the host (`* { position: relative }` …).
    this.host.setAttribute('style', HOST_STYLE);
    // Closed: the page cannot reach our layer through `host.shadowRoot` to read or rewrite the tooltips. Only the e2e
    // build (vite --mode e2e) opens it, for the tests that inspect the marks from the page; the release build has no
    // such branch (test/e2e/build.test.ts greps it).
    this.root = this.host.attachShadow({ mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed' });
    const style = doc.createElement('style');
    style.textContent = SHADOW_CSS;
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.tip = doc.createElement('div');
    this.tip.className = 'tip';
    this.tip.hidden = true;
    this.root.append(style, this.layer, this.tip);
    doc.documentElement.append(this.host);
    this.listen();
  }

  /** Replaces the marks (and the tooltip labels) and draws them if marks are on. */
  show(marks: Mark[], labels: SeverityLabels): void {
    this.marks = marks;
    this.stepAt = -1;
    this.labels = labels;
    this.hideTip();
    this.draw();
  }

  /** Turns the marks on or off (the popup's switch); locate still flashes while they are off. */
  setVisible(on: boolean): void {
    if (on === this.visible) return;
    this.visible = on;
    this.hideTip();
    this.draw();
  }

  /** Scrolls a cell or sentence into the middle of the view and flashes it ("locate"). */
  reveal(target: Target): void {
    target.element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const win = this.doc.defaultView;
    const pieces = target.text ? findText(target.element, target.text) : null;
    const rect = pieces && bounds(pieceRects(this.doc, pieces));
    // Centring a long paragraph can leave the sentence itself off screen: centre the sentence.
    if (win && rect && (rect.top < 0 || rect.bottom > win.innerHeight)) {
      const top = rect.height > win.innerHeight ? rect.top - 16 : rect.top - (win.innerHeight - rect.height) / 2;
      win.scrollBy({ top, behavior: 'instant' });
    }
    this.flash(target);
    this.tipFor(target);
  }

  /**
   * Keyboard: Alt+Shift+J / Alt+Shift+K step to the next / previous mark in the page, scrolling to it and showing its
   * tooltip as a hover would (Escape hides it). Returns whether a mark was there to step to.
   */
  step(delta: 1 | -1): boolean {
    // One stop per finding: its main cell or its sentence, not every cell it was checked against.
    const marks = this.visible
      ? this.marks.filter((m) => m.element.isConnected && (m.role === 'primary' || m.text))
      : [];
    if (marks.length === 0) return false;
    this.stepAt =
      this.stepAt < 0 ? (delta === 1 ? 0 : marks.length - 1) : (this.stepAt + delta + marks.length) % marks.length;
    const mark = marks[this.stepAt]!;
    this.reveal(mark.text ? { element: mark.element, text: mark.text } : { element: mark.element });
    return true;
  }

  /** After a locate or a step: the tooltip of the mark there, as a hover would show it. */
  private tipFor(target: Target): void {
    if (!this.visible) return;
    const sentence = target.text
      ? this.sentences.find((s) => s.mark.element === target.element && s.mark.text === target.text)
      : undefined;
    if (sentence) {
      const rect = bounds(pieceRects(this.doc, sentence.pieces));
      if (rect) this.showTip(sentence.mark, rect);
      return;
    }
    const mark = target.text ? undefined : this.byElement.get(target.element);
    if (mark) this.showTip(mark, target.element.getBoundingClientRect());
  }

  /** Briefly highlights a cell, or the lines of a sentence (after "locate" scrolled it into view). */
  flash(target: Target): void {
    const pieces = target.text ? findText(target.element, target.text) : null;
    const rects = pieces ? pieceRects(this.doc, pieces) : [target.element.getBoundingClientRect()];
    const boxes = rects.flatMap((rect) => this.box(pieces ? 'flash sentence' : 'flash', rect) ?? []);
    if (boxes.length === 0) return;
    this.layer.append(...boxes);
    this.doc.defaultView?.setTimeout(() => boxes.forEach((box) => box.remove()), 1800);
  }

  /** The number of boxes currently drawn: one per cell, one per line of a sentence (for tests). */
  get drawn(): number {
    return this.boxes.length;
  }

  /** Removes the layer and its listeners. */
  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.host.remove();
  }

  private draw(): void {
    for (const box of this.boxes) box.remove();
    this.boxes = [];
    this.byElement = new Map();
    this.sentences = [];
    if (!this.visible) return;
    for (const mark of this.marks) {
      const pieces = mark.text ? findText(mark.element, mark.text) : null;
      if (pieces) {
        for (const rect of pieceRects(this.doc, pieces))
          this.push(this.box(`mark sentence ${mark.severity}`, rect), mark);
        this.sentences.push({ mark, pieces });
        continue;
      }
      // A cell — or a sentence whose characters are no longer where the audit found them (the page changed since):
      // then its whole text block is outlined.
      const role = mark.text ? 'primary block' : mark.role;
      this.push(this.box(`mark ${mark.severity} ${role}`, mark.element.getBoundingClientRect()), mark);
      const seen = this.byElement.get(mark.element);
      this.byElement.set(mark.element, seen ? { ...seen, lines: [...seen.lines, ...mark.lines] } : mark);
    }
    this.layer.append(...this.boxes);
  }

  private push(box: HTMLElement | null, mark: Mark): void {
    if (!box) return;
    box.dataset.severity = mark.severity;
    this.boxes.push(box);
  }

  /** Re-measures every mark (the page reflowed or an inner container scrolled). */
  private layout(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.draw();
  }

  /** A box positioned over `rect` (viewport coordinates), or null when the rect is empty (hidden element). */
  private box(className: string, rect: Rect): HTMLElement | null {
    if (rect.width === 0 && rect.height === 0) return null;
    const origin = this.host.getBoundingClientRect();
    const box = this.doc.createElement('div');
    box.className = className;
    box.style.top = `${rect.top - origin.top}px`;
    box.style.left = `${rect.left - origin.left}px`;
    box.style.width = `${rect.width}px`;
    box.style.height = `${rect.height}px`;
    return box;
  }

  private listen(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    const schedule = () => {
      if (this.frame) return;
      this.frame = win.requestAnimationFrame(() => {
        this.frame = 0;
        this.layout();
      });
    };
    const onScroll = (event: Event) => {
      // The document's own scrolling moves the layer with the page; only inner scroll boxes shift the marks.
      if (event.target !== this.doc && this.boxes.length > 0) schedule();
    };
    const onOver = (event: Event) => this.hover(event as MouseEvent);
    // Within one paragraph the pointer crosses sentences without a mouseover: follow its moves while any is marked.
    const onMove = (event: Event) => {
      if (this.sentences.length > 0) this.hover(event as MouseEvent);
    };
    // mouseover/mousemove decide what is shown; leaving the window (no related target) or clicking hides the tip.
    const onOut = (event: Event) => {
      if (!(event as MouseEvent).relatedTarget) this.hideTip();
    };
    const onDown = () => this.hideTip();
    this.on(win, 'resize', schedule);
    this.on(this.doc, 'scroll', onScroll, true);
    this.on(this.doc, 'mouseover', onOver, true);
    this.on(this.doc, 'mousemove', onMove, true);
    this.on(this.doc, 'mouseout', onOut, true);
    this.on(this.doc, 'pointerdown', onDown, true);
    this.on(this.doc, 'keydown', (event) => this.onKey(event as KeyboardEvent), true);
    if (typeof win.ResizeObserver === 'function') {
      const observer = new win.ResizeObserver(schedule);
      observer.observe(this.doc.documentElement);
      this.cleanups.push(() => observer.disconnect());
    }
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') return this.hideTip();
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const key = event.code === 'KeyJ' ? 1 : event.code === 'KeyK' ? -1 : 0;
    if (key !== 0) this.step(key);
  }

  private on(target: EventTarget, type: string, listener: (event: Event) => void, capture = false): void {
    target.addEventListener(type, listener, { capture, passive: true });
    this.cleanups.push(() => target.removeEventListener(type, listener, { capture }));
  }

  /**
   * Shows the tooltip of what is under the pointer: a highlighted sentence (hit-tested against its lines), else a
   * marked element found by walking up from the event target.
   */
  private hover(event: MouseEvent): void {
    if (!this.visible || (this.byElement.size === 0 && this.sentences.length === 0)) return;
    const target = isNode(event.target) ? event.target : null;
    for (const { mark, pieces } of this.sentences) {
      if (!target || !mark.element.contains(target)) continue;
      const rects = pieceRects(this.doc, pieces);
      if (rects.some((r) => inside(r, event.clientX, event.clientY)))
        return this.showTip(mark, bounds(rects) ?? rects[0]!);
    }
    let node = target && isElement(target) ? target : (target?.parentElement ?? null);
    for (let depth = 0; node && depth < 8; depth++, node = node.parentElement) {
      const mark = this.byElement.get(node);
      if (mark) return this.showTip(mark, node.getBoundingClientRect());
    }
    this.hideTip();
  }

  private showTip(mark: Mark, anchor: Rect): void {
    // mousemove over a sentence asks again and again: the tip is already there.
    if (mark === this.tipMark && !this.tip.hidden) return;
    this.tipMark = mark;
    this.tip.replaceChildren(
      ...mark.lines.map((line) => {
        const row = this.doc.createElement('div');
        row.className = 'line';
        const head = this.doc.createElement('span');
        head.className = `sev ${line.severity}`;
        head.textContent = `${this.labels[line.severity]} · ${line.rule}`;
        const text = this.doc.createElement('span');
        text.className = 'msg';
        text.textContent = line.message;
        row.append(head, text);
        // The table cells a sentence contradicts, named as in the report with the value printed there.
        for (const name of line.cells ?? []) {
          const cell = this.doc.createElement('span');
          cell.className = 'cell';
          cell.textContent = name;
          row.append(cell);
        }
        return row;
      }),
    );
    this.tip.hidden = false;
    const origin = this.host.getBoundingClientRect();
    const viewport = this.doc.documentElement.clientWidth || 800;
    const width = Math.min(360, viewport - 16);
    const left = Math.max(8, Math.min(anchor.left, viewport - width - 8));
    this.tip.style.width = `${width}px`;
    this.tip.style.left = `${left - origin.left}px`;
    // Below the mark, or above it when there is no room below and there is above.
    const height = this.tip.getBoundingClientRect().height;
    const bottom = this.doc.defaultView?.innerHeight ?? Infinity;
    const above = anchor.bottom + 6 + height > bottom && anchor.top - 6 - height >= 0;
    this.tip.style.top = `${(above ? anchor.top - 6 - height : anchor.bottom + 6) - origin.top}px`;
  }

  private hideTip(): void {
    this.tip.hidden = true;
    this.tipMark = null;
  }
}

/** A rectangle in viewport coordinates (DOMRect's fields that are read here). */
type Rect = Pick<DOMRect, 'left' | 'top' | 'width' | 'height' | 'right' | 'bottom'>;

/** A run of a sentence inside one text node: characters [from, to) of `node`. */
interface Piece {
  node: Text;
  from: number;
  to: number;
}

/**
 * The text nodes holding characters [start, end) of `element.textContent`, when they still read as the sentence
 * did at audit time (compared without whitespace, which the audit collapsed); null when the page has changed.
 * Walks every descendant text node, scripts included, because the offsets count them as textContent does.
 */
function findText(element: Element, span: TextSpan): Piece[] | null {
  if (!(span.start >= 0 && span.end > span.start)) return null;
  const pieces: Piece[] = [];
  let text = '';
  let offset = 0;
  let node: Node | null = element.firstChild;
  while (node && offset < span.end) {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      const from = Math.max(span.start - offset, 0);
      const to = Math.min(span.end - offset, value.length);
      if (from < to) {
        pieces.push({ node: node as Text, from, to });
        text += value.slice(from, to);
      }
      offset += value.length;
    }
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== element && !node.nextSibling) node = node.parentNode;
    node = node && node !== element ? node.nextSibling : null;
  }
  const wanted = compact(span.text);
  return wanted !== '' && compact(text) === wanted ? pieces : null;
}

/** The line boxes of a sentence's text: one box per line, whatever its inline elements, fonts and wrapping. */
function pieceRects(doc: Document, pieces: readonly Piece[]): Rect[] {
  const rects: Rect[] = [];
  for (const { node, from, to } of pieces) {
    const range = doc.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    rects.push(...Array.from(range.getClientRects()));
  }
  return lineBoxes(rects);
}

/**
 * Joins the client rects of a range, in document order, into one box per line. A rect belongs to the line before it
 * when their vertical middles fall inside each other: text in a <span> with another font or size, raised or
 * lowered, has its own top and bottom on the same line (a sentence whose figure is in 宋体 gave two boxes on one
 * line), while the next line's text lies below the middle of this one. Empty rects (collapsed whitespace) are
 * skipped. The box of a line is the union of its rects, so it covers its tallest glyphs.
 */
export function lineBoxes(rects: Iterable<Pick<Rect, 'left' | 'top' | 'right' | 'bottom'>>): Rect[] {
  const lines: Rect[] = [];
  let previous: Pick<Rect, 'top' | 'bottom'> | undefined;
  for (const r of rects) {
    if (r.right - r.left <= 0 || r.bottom - r.top <= 0) continue;
    const last = lines.at(-1);
    // Compared with the previous rect, not the line's union: a tall figure must not pull the next line into this one.
    if (last && previous && (within(middleOf(r), previous) || within(middleOf(previous), r))) {
      const left = Math.min(last.left, r.left);
      const top = Math.min(last.top, r.top);
      lines[lines.length - 1] = rect(
        left,
        top,
        Math.max(last.right, r.right) - left,
        Math.max(last.bottom, r.bottom) - top,
      );
    } else {
      lines.push(rect(r.left, r.top, r.right - r.left, r.bottom - r.top));
    }
    previous = r;
  }
  return lines;
}

const middleOf = (r: Pick<Rect, 'top' | 'bottom'>) => (r.top + r.bottom) / 2;
const within = (y: number, r: Pick<Rect, 'top' | 'bottom'>) => y > r.top && y < r.bottom;

/** The box around some rects; undefined for none. */
function bounds(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  return rect(left, top, Math.max(...rects.map((r) => r.right)) - left, Math.max(...rects.map((r) => r.bottom)) - top);
}

function rect(left: number, top: number, width: number, height: number): Rect {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

function inside(r: Rect, x: number, y: number): boolean {
  return x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1;
}

const TEXT_NODE = 3;

function isNode(target: EventTarget | null): target is Node {
  return target !== null && typeof (target as Node).nodeType === 'number';
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: absolute',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'pointer-events: none',
  'z-index: 2147483647',
]
  .map((rule) => `${rule} !important;`)
  .join(' ');
