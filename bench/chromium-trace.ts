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
import { chromium, type BrowserContext } from 'playwright-core';
import { serveHardening } from '../test/e2e/hardening-pages';
import { CHROMIUM, CHROMIUM_FLAGS, ensureBuild, launch, type Session } from '../test/e2e/harness';
import { PAGES } from './chromium';
import { hotFunctions, mainThread, selfTimes, top, traceOnce } from './trace-lib';

const RUNS = Number(process.env.TRACE_RUNS ?? 3);
const PATH = process.env.TRACE_PAGE ?? PAGES.report;
const SETTLE_MS = 600;

/** Mean self time per event kind and sampled time per function over RUNS fresh tabs of `url`. */
async function profile(
  context: BrowserContext,
  url: string,
): Promise<{ self: Map<string, number>; hot: Map<string, number> }> {
  const self = new Map<string, number>();
  const hot = new Map<string, number>();
  for (let i = 0; i < RUNS; i++) {
    const events = await traceOnce(context, url, SETTLE_MS);
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
