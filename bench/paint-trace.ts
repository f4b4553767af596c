/**
 * `npx tsx bench/paint-trace.ts [popup|panel]`: where the time goes between opening the popup (or the side panel) and
 * the report being shown, from a Chromium trace of its page in a fresh browser (cold) and then once more in the same
 * browser (warm). Prints the renderer main thread's top-level tasks in time order (from the first event of the
 * page's load), the self time per trace event kind and the extension's hottest functions. A profile to explain
 * `npm run bench:paint`, not a benchmark: no budget, no exit status.
 */
import { auditedTab, ensureBuild, launch, serveFixtures } from '../test/e2e/harness';
import { CATEGORIES, hotFunctions, label, mainThread, selfTimes, top, traceOnce, type TraceEvent } from './trace-lib';

const SURFACE = process.argv[2] === 'panel' ? 'panel' : 'popup';
const SETTLE_MS = 500;
/** PAINT_TRACE_PROFILER=0: without the sampling profiler, whose start-up costs the page 20–40 ms of its own. */
const PROFILER = process.env.PAINT_TRACE_PROFILER !== '0';
const categories = [
  PROFILER ? CATEGORIES : CATEGORIES.replace(',disabled-by-default-v8.cpu_profiler', ''),
  ...(process.env.PAINT_TRACE_EXTRA ? [process.env.PAINT_TRACE_EXTRA] : []),
].join(',');

function timeline(events: readonly TraceEvent[]): string {
  const tasks = events
    .filter((e) => e.ph === 'X' && (e.dur ?? 0) >= 500)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const first = Math.min(...events.filter((e) => e.ph === 'X').map((e) => e.ts));
  const lines: string[] = [];
  let end = 0;
  for (const e of tasks) {
    const nested = e.ts < end;
    if (!nested) end = e.ts + (e.dur ?? 0);
    if (nested && (e.dur ?? 0) < 2000) continue;
    lines.push(
      `  ${((e.ts - first) / 1000).toFixed(1).padStart(7)} +${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms ${nested ? '    ' : ''}${label(e)}`,
    );
  }
  return lines.slice(0, 300).join('\n');
}

async function main(): Promise<void> {
  const server = await serveFixtures();
  const session = await launch(ensureBuild('e2e'));
  try {
    const tabId = await auditedTab(session, `${server.origin}/portal/errors.html`);
    const path = SURFACE === 'popup' ? session.popupPath : 'src/panel/panel.html';
    const url = `chrome-extension://${session.extensionId}/${path}?tabId=${tabId}`;
    for (const run of ['cold', 'warm']) {
      const events = await traceOnce(
        session.context,
        url,
        SETTLE_MS,
        (page) => page.setViewportSize({ width: 460, height: 600 }),
        categories,
      );
      const thread = mainThread(events);
      if (!thread) throw new Error('no renderer main thread in the trace');
      const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
      console.log(`\n=== ${SURFACE} ${run}: top-level tasks on the renderer main thread (start +duration)`);
      console.log(timeline(mine));
      console.log(`\nself time per event kind:\n${top(selfTimes(mine), 20)}`);
      const layouts = mine.filter((e) => e.name === 'LocalFrameView::layout' && (e.dur ?? 0) > 10_000);
      for (const longest of layouts) {
        const inside = mine.filter((e) => e.ts >= longest.ts && e.ts < longest.ts + (longest.dur ?? 0));
        if (process.env.PAINT_TRACE_ARGS)
          for (const e of inside.filter((x) => /Fallback|Strike|MatchFamily/.test(x.name) && (x.dur ?? 0) > 300))
            console.log(`    ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${e.name} ${JSON.stringify(e.args)}`);
        console.log(
          `\na long layout (${((longest.dur ?? 0) / 1000).toFixed(1)} ms), self time inside it:\n${top(selfTimes(inside), 12)}`,
        );
      }
      // A thread's sampling profile: its "Profile" event names the id that the profile's chunks carry.
      const ids = new Set(mine.filter((e) => e.name === 'Profile').map((e) => e.id));
      const chunks = events.filter((e) => e.pid === thread.pid && e.name === 'ProfileChunk' && ids.has(e.id));
      console.log(`\nsampled functions (main thread):\n${top(hotFunctions(chunks), 20)}`);
    }
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
