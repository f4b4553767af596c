/**
 * `npx tsx bench/chromium-trace.ts`: where the content script's main-thread time goes on the report page, from a
 * Chromium trace (CDP Tracing, with the V8 sampling profiler) of fresh tabs with the built extension. For the tab's
 * renderer main thread it prints the self time of each trace event kind (script compile, script run, style
 * recalculation, layout, paint …), the script time split by origin (the extension's code or the page's), and the
 * extension functions that took the most samples. A profile to explain the bench's figures (bench/chromium.ts), not a
 * benchmark: no budget, no exit status. TRACE_RUNS tabs (default 3), TRACE_PAGE (default the report page); the same
 * page is traced in a Chromium without the extension too, and the difference per event kind is printed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { serveHardening } from '../test/e2e/hardening-pages';
import { CHROMIUM, CHROMIUM_FLAGS, ensureBuild, launch, type Session } from '../test/e2e/harness';
import { PAGES } from './chromium';

const RUNS = Number(process.env.TRACE_RUNS ?? 3);
const PATH = process.env.TRACE_PAGE ?? PAGES.report;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
].join(',');
const SETTLE_MS = 600;

interface TraceEvent {
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

interface CpuProfileChunk {
  nodes?: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    parent?: number;
  }>;
  samples?: number[];
}

async function traceOnce(context: BrowserContext, url: string): Promise<TraceEvent[]> {
  const page: Page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return events;
}

/** The renderer main thread of the traced tab: the CrRendererMain thread with the most timeline events. */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | undefined {
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best: { pid: number; tid: number; n: number } | undefined;
  for (const t of names) {
    const n = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X').length;
    if (!best || n > best.n) best = { pid: t.pid, tid: t.tid, n };
  }
  return best;
}

/** Self time (ms) per event name on one thread: each complete event's duration minus that of the events nested in it. */
function selfTimes(events: readonly TraceEvent[]): Map<string, number> {
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
function label(e: TraceEvent): string {
  const url = e.args?.data?.url ?? (e.args?.data as { fileName?: string } | undefined)?.fileName;
  if (typeof url === 'string' && url !== '')
    return `${e.name} (${url.startsWith('chrome-extension:') ? 'extension' : 'page'})`;
  return e.name;
}

/** Self samples per function of the extension's code, from the sampling profiler's chunks on the thread. */
function hotFunctions(events: readonly TraceEvent[]): Map<string, number> {
  const nodes = new Map<number, { name: string; url: string; line: number }>();
  const counts = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const chunk = e.args?.data?.cpuProfile;
    for (const n of chunk?.nodes ?? [])
      nodes.set(n.id, {
        name: n.callFrame.functionName || '(anonymous)',
        url: n.callFrame.url ?? '',
        line: n.callFrame.lineNumber ?? 0,
      });
    const deltas = e.args?.data?.timeDeltas ?? [];
    (chunk?.samples ?? []).forEach((id, i) => {
      const n = nodes.get(id);
      if (!n) return;
      const where = n.url.startsWith('chrome-extension:')
        ? `ext ${n.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${n.line + 1}`
        : n.url === ''
          ? 'native/VM'
          : 'page';
      const key = `${n.name} — ${where}`;
      counts.set(key, (counts.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
    });
  }
  return counts;
}

function top(map: Map<string, number>, n: number, total?: number): string {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([k, v]) =>
        `  ${v.toFixed(1).padStart(7)} ms${total ? ` ${((100 * v) / total).toFixed(0).padStart(3)} %` : ''}  ${k}`,
    )
    .join('\n');
}

/** Mean self time per event kind and sampled time per function over RUNS fresh tabs of `url`. */
async function profile(
  context: BrowserContext,
  url: string,
): Promise<{ self: Map<string, number>; hot: Map<string, number> }> {
  const self = new Map<string, number>();
  const hot = new Map<string, number>();
  for (let i = 0; i < RUNS; i++) {
    const events = await traceOnce(context, url);
    const thread = mainThread(events);
    if (!thread) throw new Error('no renderer main thread in the trace');
    const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
    for (const [k, v] of selfTimes(mine)) self.set(k, (self.get(k) ?? 0) + v / RUNS);
    for (const [k, v] of hotFunctions(events.filter((e) => e.pid === thread.pid)))
      hot.set(k, (hot.get(k) ?? 0) + v / RUNS);
  }
  return { self, hot };
}

async function main(): Promise<void> {
  const server = await serveHardening();
  const session: Session = await launch(ensureBuild('e2e'));
  const dir = mkdtempSync(join(tmpdir(), 'gra-trace-'));
  const plain = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...CHROMIUM_FLAGS],
  });
  try {
    const url = `${server.origin}${PATH}`;
    const without = await profile(plain, url);
    const withExt = await profile(session.context, url);
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    console.log(
      `${url}, ${RUNS} fresh tabs per side; mean per tab, renderer main thread, self time of each trace event kind`,
    );
    const keys = new Set([...without.self.keys(), ...withExt.self.keys()]);
    const rows = [...keys]
      .map((k) => ({ k, a: without.self.get(k) ?? 0, b: withExt.self.get(k) ?? 0 }))
      .sort((x, y) => y.b - y.a - (x.b - x.a));
    console.log(
      `\n${'ms: without   with  extra'.padStart(34)}   (total ${sum(without.self).toFixed(1)} → ${sum(withExt.self).toFixed(1)})`,
    );
    for (const r of rows.slice(0, 25))
      console.log(
        `  ${r.a.toFixed(1).padStart(13)} ${r.b.toFixed(1).padStart(6)} ${(r.b - r.a).toFixed(1).padStart(6)}  ${r.k}`,
      );
    const samples = sum(withExt.hot);
    console.log(
      `\nsampled functions with the extension (${samples.toFixed(1)} ms sampled, idle included):\n${top(withExt.hot, 30, samples)}`,
    );
  } finally {
    await session.close();
    await plain.close();
    rmSync(dir, { recursive: true, force: true });
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
