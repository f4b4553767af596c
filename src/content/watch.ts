/**
 * When to (re-)audit: once the page is idle, then whenever its content changes late (portals load report bodies
 * with scripts, or into frames) — debounced, and blind to our own marks layer.
 */
import { OVERLAY_TAG } from './overlay';

export interface WatchOptions {
  /** Wait this long after the last change before re-auditing. */
  quietMs?: number;
  /** …but never longer than this while changes keep coming (a page that never settles). */
  maxWaitMs?: number;
}

/** Watches `docs()` for changes and calls `onChange` (debounced); returns a function that stops watching. */
export function watchDocuments(
  docs: () => Document[],
  onChange: () => void,
  { quietMs = 700, maxWaitMs = 4000 }: WatchOptions = {},
): { sync(): void; stop(): void } {
  const observers = new Map<Document, { observer: MutationObserver; onLoad: (e: Event) => void }>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;

  const fire = () => {
    timer = undefined;
    firstChange = 0;
    onChange();
  };
  const poke = () => {
    const now = Date.now();
    if (!firstChange) firstChange = now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(quietMs, firstChange + maxWaitMs - now)));
  };

  const sync = () => {
    const current = new Set(docs());
    for (const [doc, { observer, onLoad }] of observers) {
      if (current.has(doc)) continue;
      observer.disconnect();
      doc.removeEventListener('load', onLoad, true);
      observers.delete(doc);
    }
    for (const doc of current) {
      if (observers.has(doc) || !doc.defaultView) continue;
      const observer = new doc.defaultView.MutationObserver((records) => {
        if (records.some((r) => !isOurs(r))) poke();
      });
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
      // Frames finishing their load are not DOM mutations of this document; `load` does not bubble, so capture it.
      const onLoad = (event: Event) => {
        const tag = (event.target as Element | null)?.tagName?.toUpperCase();
        if (tag === 'IFRAME' || tag === 'FRAME') poke();
      };
      doc.addEventListener('load', onLoad, true);
      observers.set(doc, { observer, onLoad });
    }
  };

  sync();
  return {
    sync,
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      for (const [doc, { observer, onLoad }] of observers) {
        observer.disconnect();
        doc.removeEventListener('load', onLoad, true);
      }
      observers.clear();
    },
  };
}

/** Runs `task` when the page is idle (or after `timeoutMs` at the latest), so the audit never competes with it. */
export function whenIdle(win: Window, task: () => void, timeoutMs = 2000): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => task(), { timeout: timeoutMs });
  else win.setTimeout(task, 50);
}

/** True for a mutation that only adds or removes our marks layer. */
function isOurs(record: MutationRecord): boolean {
  const ours = (node: Node) => node.nodeType === 1 && (node as Element).tagName.toLowerCase() === OVERLAY_TAG;
  if (ours(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every(ours);
}
