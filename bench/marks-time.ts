/**
 * `npx tsx bench/marks-time.ts [extension-dir]`: when a report page's marks are on screen, in a real Chromium — the
 * latency a user sees, where `bench:browser` measures the page's main-thread cost. For MARKS_RUNS fresh tabs (default
 * 15) of the report page, a main-world script the page gets before its own records the moment our marks layer is
 * put into the document (`performance.now()`, from navigation start), and the page's load event beside it. The first
 * tab is printed on its own: the extension's worker has just started, so its engine runs for the first time there.
 * `extension-dir` defaults to the e2e build of this checkout; name another build (an older revision's, say) to
 * compare the two in the same hour. A measurement, not a test: no budget, no exit status.
 */
import { serveHardening } from '../test/e2e/hardening-pages';
import { ensureBuild, launch } from '../test/e2e/harness';
import { PAGES } from './chromium';

const RUNS = Number(process.env.MARKS_RUNS ?? 15);

/** The marks layer's host element (src/content/overlay.ts OVERLAY_TAG; that module's stylesheet import needs Vite). */
const OVERLAY_TAG = 'gov-report-auditor-marks';

interface Timing {
  /** When the marks layer entered the document, ms from navigation start. */
  marks: number;
  /** The page's load event, ms from navigation start. */
  load: number;
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? ensureBuild('e2e');
  const server = await serveHardening();
  const session = await launch(dir);
  try {
    const url = `${server.origin}${PAGES.report}`;
    const timings: Timing[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await session.context.newPage();
      await page.addInitScript((tag) => {
        const scope = window as unknown as { __marksAt?: number };
        new MutationObserver((records, observer) => {
          for (const record of records)
            for (const node of Array.from(record.addedNodes))
              if (node.nodeName.toLowerCase() === tag) {
                scope.__marksAt = performance.now();
                observer.disconnect();
              }
        }).observe(document, { childList: true, subtree: true });
      }, OVERLAY_TAG);
      await page.goto(url, { waitUntil: 'load' });
      const marks = (await (
        await page.waitForFunction(() => (window as unknown as { __marksAt?: number }).__marksAt, undefined, {
          timeout: 30_000,
        })
      ).jsonValue()) as number;
      const load = await page.evaluate(() => {
        const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return entry?.loadEventEnd ?? 0;
      });
      timings.push({ marks, load });
      await page.close();
    }
    const [first, ...rest] = timings;
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.floor(sorted.length / 2)] ?? NaN;
    };
    const show = (values: number[]) =>
      `${median(values).toFixed(0)} ms [${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}]`;
    console.log(`marks on screen, ${url}, ${dir}; from navigation start, median [min–max]`);
    if (first)
      console.log(
        `  first tab (worker just started)  marks ${first.marks.toFixed(0)} ms   load ${first.load.toFixed(0)} ms`,
      );
    console.log(`  next ${rest.length} tabs                    marks ${show(rest.map((t) => t.marks))}`);
    console.log(`                                   after load ${show(rest.map((t) => t.marks - t.load))}`);
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
