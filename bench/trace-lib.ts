/**
 * Helpers shared by the trace benches (bench/chromium-trace.ts, bench/paint-trace.ts): a CDP trace of one page load,
 * the renderer main thread in it, self time per event kind, and the extension's hottest functions.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: Record<string, unknown> & { url?: string; cpuProfile?: CpuProfileChunk; timeDeltas?: number[] };
  };
}

export interface CpuProfileChunk {
  nodes?: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    parent?: number;
  }>;
  samples?: number[];
}

export async function traceOnce(
  context: BrowserContext,
  url: string,
  settleMs: number,
  prepare?: (page: Page) => Promise<void>,
  categories = CATEGORIES,
): Promise<TraceEvent[]> {
  const page: Page = await context.newPage();
  await prepare?.(page);
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return events;
}

/** The renderer main thread of the traced tab: the CrRendererMain thread with the most timeline events. */
export function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | undefined {
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best: { pid: number; tid: number; n: number } | undefined;
  for (const t of names) {
    const n = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X').length;
    if (!best || n > best.n) best = { pid: t.pid, tid: t.tid, n };
  }
  return best;
}

/** Self time (ms) per event name on one thread: each complete event's duration minus that of the events nested in it. */
export function selfTimes(events: readonly TraceEvent[]): Map<string, number> {
  const xs = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: Array<{ e: TraceEvent; end: number; child: number }> = [];
  const close = (upTo: number) => {
    while (stack.length > 0 && (stack[stack.length - 1] as { end: number }).end <= upTo) {
      const top = stack.pop()!;
      const key = label(top.e);
      self.set(key, (self.get(key) ?? 0) + ((top.e.dur ?? 0) - top.child) / 1000);
      if (stack.length > 0) stack[stack.length - 1]!.child += top.e.dur ?? 0;
    }
  };
  for (const e of xs) {
    close(e.ts);
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return self;
}

/** An event's name, with the origin of the script for script events. */
export function label(e: TraceEvent): string {
  const url = e.args?.data?.url ?? (e.args?.data as { fileName?: string } | undefined)?.fileName;
  if (typeof url === 'string' && url !== '')
    return `${e.name} (${url.startsWith('chrome-extension:') ? 'extension' : 'page'})`;
  return e.name;
}

/** Self samples per function of the extension's code, from the sampling profiler's chunks on the thread. */
export function hotFunctions(events: readonly TraceEvent[]): Map<string, number> {
  const nodes = new Map<number, { name: string; url: string; line: number; column: number }>();
  const counts = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const chunk = e.args?.data?.cpuProfile;
    for (const n of chunk?.nodes ?? [])
      nodes.set(n.id, {
        name: n.callFrame.functionName || '(anonymous)',
        url: n.callFrame.url ?? '',
        line: n.callFrame.lineNumber ?? 0,
        column: n.callFrame.columnNumber ?? 0,
      });
    const deltas = e.args?.data?.timeDeltas ?? [];
    (chunk?.samples ?? []).forEach((id, i) => {
      const n = nodes.get(id);
      if (!n) return;
      const where = n.url.startsWith('chrome-extension:')
        ? `ext ${n.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${n.line + 1}:${n.column + 1}`
        : n.url === ''
          ? 'native/VM'
          : `page ${n.url.slice(0, 60)}:${n.line + 1}`;
      const key = `${n.name} — ${where}`;
      counts.set(key, (counts.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
    });
  }
  return counts;
}

export function top(map: Map<string, number>, n: number, total?: number): string {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([k, v]) =>
        `  ${v.toFixed(1).padStart(7)} ms${total ? ` ${((100 * v) / total).toFixed(0).padStart(3)} %` : ''}  ${k}`,
    )
    .join('\n');
}
