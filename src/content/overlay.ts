/**
 * The marks layer: outlines drawn over the page's cells from inside a shadow root, so the page's styles cannot
 * reach our marks and ours cannot reach the page. Nothing of the page is modified: one host element is appended to
 * <html>, positioned at the document origin, with pointer-events off so the page works as before.
 */
import type { Mark } from './marks';

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
  private byElement = new Map<Element, Mark>();
  private visible = true;
  private labels: SeverityLabels = { error: 'error', warning: 'warning' };
  private frame = 0;
  private readonly cleanups: Array<() => void> = [];

  constructor(private readonly doc: Document) {
    this.host = doc.createElement(OVERLAY_TAG);
    // Inline !important beats any page rule that could hide or move the host (`* { position: relative }` …).
    this.host.setAttribute('style', HOST_STYLE);
    this.root = this.host.attachShadow({ mode: 'open' });
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
    this.labels = labels;
    this.byElement = new Map(marks.map((m) => [m.element, m]));
    this.hideTip();
    this.draw();
  }

  /** Turns the outlines on or off (the popup's switch); locate still flashes while they are off. */
  setVisible(on: boolean): void {
    if (on === this.visible) return;
    this.visible = on;
    this.hideTip();
    this.draw();
  }

  /** Briefly highlights an element (after "locate" scrolled it into view). */
  flash(element: Element): void {
    const box = this.box('flash', element);
    if (!box) return;
    this.layer.append(box);
    this.doc.defaultView?.setTimeout(() => box.remove(), 1800);
  }

  /** The number of outlines currently drawn (for tests and the state sent to the popup). */
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
    if (!this.visible) return;
    for (const mark of this.marks) {
      const box = this.box(`mark ${mark.severity} ${mark.role}`, mark.element);
      if (!box) continue;
      box.dataset.severity = mark.severity;
      this.boxes.push(box);
    }
    this.layer.append(...this.boxes);
  }

  /** Re-measures every outline (the page reflowed or an inner container scrolled). */
  private layout(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.draw();
  }

  /** A positioned box over `element`, or null when the element takes no space (hidden). */
  private box(className: string, element: Element): HTMLElement | null {
    const rect = element.getBoundingClientRect();
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
      // The document's own scrolling moves the layer with the page; only inner scroll boxes shift the cells.
      if (event.target !== this.doc && this.boxes.length > 0) schedule();
    };
    const onOver = (event: Event) => this.hover(event.target);
    // mouseover alone decides what is shown; leaving the window (no related target) or clicking hides the tip.
    const onOut = (event: Event) => {
      if (!(event as MouseEvent).relatedTarget) this.hideTip();
    };
    const onDown = () => this.hideTip();
    this.on(win, 'resize', schedule);
    this.on(this.doc, 'scroll', onScroll, true);
    this.on(this.doc, 'mouseover', onOver, true);
    this.on(this.doc, 'mouseout', onOut, true);
    this.on(this.doc, 'pointerdown', onDown, true);
    if (typeof win.ResizeObserver === 'function') {
      const observer = new win.ResizeObserver(schedule);
      observer.observe(this.doc.documentElement);
      this.cleanups.push(() => observer.disconnect());
    }
  }

  private on(target: EventTarget, type: string, listener: (event: Event) => void, capture = false): void {
    target.addEventListener(type, listener, { capture, passive: true });
    this.cleanups.push(() => target.removeEventListener(type, listener, { capture }));
  }

  /** Shows the tooltip of the marked element under the pointer, if any (walks up from the event target). */
  private hover(target: EventTarget | null): void {
    if (!this.visible || this.byElement.size === 0) return;
    let node = isElement(target) ? target : null;
    for (let depth = 0; node && depth < 8; depth++, node = node.parentElement) {
      const mark = this.byElement.get(node);
      if (mark) return this.showTip(mark);
    }
    this.hideTip();
  }

  private showTip(mark: Mark): void {
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
        return row;
      }),
    );
    this.tip.hidden = false;
    const rect = mark.element.getBoundingClientRect();
    const origin = this.host.getBoundingClientRect();
    const viewport = this.doc.documentElement.clientWidth || 800;
    const width = Math.min(360, viewport - 16);
    const left = Math.max(8, Math.min(rect.left, viewport - width - 8));
    this.tip.style.width = `${width}px`;
    this.tip.style.left = `${left - origin.left}px`;
    this.tip.style.top = `${rect.bottom + 6 - origin.top}px`;
  }

  private hideTip(): void {
    this.tip.hidden = true;
  }
}

function isElement(target: EventTarget | null): target is Element {
  return target !== null && (target as Node).nodeType === 1;
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

const SHADOW_CSS = `
.layer, .tip { font: 13px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; }
.mark, .flash { position: absolute; box-sizing: border-box; pointer-events: none; border-radius: 2px; }
.mark.error { border: 2px solid #d93025; background: rgba(217, 48, 37, 0.14); }
.mark.warning { border: 2px solid #f29900; background: rgba(249, 171, 0, 0.18); }
.mark.related { border-width: 1px; border-style: dashed; background: transparent; }
.flash { border: 3px solid #1a73e8; animation: flash 1.6s ease-out forwards; }
@keyframes flash {
  0%, 45% { box-shadow: 0 0 0 6px rgba(26, 115, 232, 0.45); background: rgba(26, 115, 232, 0.18); }
  100% { box-shadow: 0 0 0 0 rgba(26, 115, 232, 0); background: transparent; border-color: transparent; }
}
.tip { position: absolute; box-sizing: border-box; padding: 8px 10px; border-radius: 6px; color: #fff;
  background: #202124; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.3); pointer-events: none; }
.tip[hidden] { display: none; }
.line + .line { margin-top: 6px; padding-top: 6px; border-top: 1px solid rgba(255, 255, 255, 0.2); }
.sev { display: block; font-size: 11px; font-weight: 600; letter-spacing: 0.02em; }
.sev.error { color: #f28b82; }
.sev.warning { color: #fdd663; }
.msg { display: block; }
`;
