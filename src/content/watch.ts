/**
 * When to (re-)audit: once the page is idle, then whenever its content changes late (portals load report bodies
 * with scripts, or into frames) — debounced, blind to our own marks layer, and rate-limited, so a page that never
 * stops changing (a ticking clock, a news ticker) cannot keep the content script busy: at most `maxFires` calls a
 * window, with the observers disconnected for the rest of it, and a caller-set gap after each (a multiple of the
 * last audit's cost keeps our share of the main thread small).
 */
import { OVERLAY_TAG } from './overlay';

export interface WatchOptions {
  /** Wait this long after the last change before re-auditing. */
  quietMs?: number;
  /** …but never longer than this while changes keep coming (a page that never settles). */
  maxWaitMs?: number;
  /** At most this many calls of `onChange` per `windowMs`; past it, stop observing until the window ends. */
  maxFires?: number;
  windowMs?: number;
  /** The least time between two calls (read at each call: the caller scales it to what an audit costs). */
  minGapMs?: () => number;
}

/** Watches `docs()` for changes and calls `onChange` (debounced, rate-limited; never throws into the page). */
export function watchDocuments(
  docs: () => Document[],
  onChange: () => void,
  { quietMs = 700, maxWaitMs = 4000, maxFires = 6, windowMs = 60_000, minGapMs = () => 0 }: WatchOptions = {},
): { sync(): void; stop(): void } {
  const observers = new Map<Document, { observer: MutationObserver; onLoad: (e: Event) => void }>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let resume: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  let lastFire = -Infinity;
  const fires: number[] = [];

  const fire = () => {
    timer = undefined;
    const now = Date.now();
    while (fires.length > 0 && now - fires[0]! >= windowMs) fires.shift();
    if (fires.length >= maxFires) return pause(fires[0]! + windowMs - now);
    const wait = lastFire + safe(minGapMs) - now;
    if (wait > 0) {
      timer = setTimeout(fire, wait);
      return;
    }
    firstChange = 0;
    lastFire = now;
    fires.push(now);
    try {
      onChange();
    } catch {
      // The callback's failure is its own; watching goes on.
    }
  };
  const poke = () => {
    if (resume !== undefined) return;
    const now = Date.now();
    if (!firstChange) firstChange = now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(quietMs, firstChange + maxWaitMs - now)));
  };
  /** Over the limit: observe nothing until the window has room again, then look once for what changed meanwhile. */
  const pause = (ms: number) => {
    disconnect();
    firstChange = 0;
    resume = setTimeout(
      () => {
        resume = undefined;
        sync();
        poke();
      },
      Math.max(0, ms),
    );
  };

  const disconnect = () => {
    for (const [doc, { observer, onLoad }] of observers) {
      observer.disconnect();
      doc.removeEventListener('load', onLoad, true);
    }
    observers.clear();
  };

  const sync = () => {
    if (resume !== undefined) return;
    let current: Set<Document>;
    try {
      current = new Set(docs());
    } catch {
      return;
    }
    for (const [doc, { observer, onLoad }] of observers) {
      if (current.has(doc)) continue;
      observer.disconnect();
      doc.removeEventListener('load', onLoad, true);
      observers.delete(doc);
    }
    for (const doc of current) {
      if (observers.has(doc) || !doc.defaultView || !doc.documentElement) continue;
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
      if (resume !== undefined) clearTimeout(resume);
      timer = undefined;
      resume = undefined;
      disconnect();
    },
  };
}

/**
 * Runs `task` when the page is idle (or after `timeoutMs` at the latest), so the audit never competes with it.
 * Never throws into the page.
 */
export function whenIdle(win: Window, task: () => void, timeoutMs = 2000): void {
  const run = () => {
    try {
      task();
    } catch {
      // Nothing to throw to: the page must not see our failures.
    }
  };
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: timeoutMs });
  else win.setTimeout(run, 50);
}

/** A promise that resolves at the page's next idle moment (or after `timeoutMs`): a pause between audit steps. */
export function idle(win: Window, timeoutMs = 1000): Promise<void> {
  return new Promise((resolve) => whenIdle(win, resolve, timeoutMs));
}

function safe(read: () => number): number {
  try {
    const value = read();
    return Number.isFinite(value) ? value : 0;
  } catch {
    return 0;
  }
}

/** True for a mutation that only adds or removes our marks layer. */
function isOurs(record: MutationRecord): boolean {
  const ours = (node: Node) => node.nodeType === 1 && (node as Element).tagName.toLowerCase() === OVERLAY_TAG;
  if (ours(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every(ours);
}
