/**
 * `npm run bench:browser`: what the content script costs a page in a real Chromium (Debian's), with the built
 * extension versus without it, on a typical non-report page (a portal news item) and a typical report page (the e2e
 * report with two errors), both served on 127.0.0.1. For each, over N fresh tabs, it reads CDP Performance metrics
 * once the page has loaded and the content script has settled: main-thread task time and script time (the content
 * script's isolated world runs on the page's main thread, so it is in these), and the JS heap after a GC (same
 * isolate). It prints median [min–max] of each, the difference, and the physical floor beside it: what the page's own
 * HTML parse and one read of its table cells cost in the same tab. On the non-report page only the small loader
 * (src/content/loader.ts) runs; the report page loads the full content script too. Budgets (checked here: exit status 1 when over):
 * see BUDGET. Timings are the benchmark's job; no test asserts them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveHardening } from '../test/e2e/hardening-pages';
import { CHROMIUM, CHROMIUM_FLAGS, ensureBuild, launch, type Session } from '../test/e2e/harness';

/** Main-thread time (ms, median) the content script may add to a page: the bench fails past these. */
export const BUDGET = {
  /** A portal page that is not a report: the loader's cheap check only. */
  nonReportExtraMs: 25,
  /** A report page: size guard, extraction, rules, marks. */
  reportExtraMs: 80,
  /** Heap the content script keeps on a report page after a GC (its bundle's code and the result). */
  reportExtraHeapMB: 8,
} as const;

/** The pages measured: a typical non-report page and a typical report page of a portal. */
export const PAGES = {
  nonReport: '/portal/news.html',
  report: '/portal/errors.html',
} as const;

/** Time given after load (and after the content script's summary, with the extension) before reading metrics. */
const SETTLE_MS = 400;

/** Median, min and max of some samples. */
export interface Stat {
  median: number;
  min: number;
  max: number;
}

/** One page's figures: without and with the extension, and the floor. */
export interface PageFigures {
  path: string;
  taskMs: { without: Stat; with: Stat };
  scriptMs: { without: Stat; with: Stat };
  heapMB: { without: Stat; with: Stat };
  /** The page's own costs in the same tab: parsing its HTML, reading every table cell's text once. */
  floor: { parseMs: Stat; readCellsMs: Stat };
  /**
   * The audit's own stages as the result reports them (report page only): the engine's (recognise + extract +
   * rules), which run in the background worker, and the page's snapshot walk, which is the content script's.
   */
  auditMs?: Stat;
  /** The engine's stages in the first tab: the worker's first audit since it started. */
  firstAuditMs?: number;
  snapshotMs?: Stat;
}

/** Measures both pages `runs` times each with and without the extension. */
export async function benchChromium(runs: number): Promise<PageFigures[]> {
  const server = await serveHardening();
  const extension = await launch(ensureBuild('e2e'));
  const plain = await launchPlain();
  try {
    await countSummaries(extension);
    const figures: PageFigures[] = [];
    for (const path of Object.values(PAGES)) {
      const url = `${server.origin}${path}`;
      const without: Sample[] = [];
      const withExt: Sample[] = [];
      const audit: number[] = [];
      const snapshot: number[] = [];
      // Alternate, so a slow spell of the machine hits both sides alike.
      for (let i = 0; i < runs; i++) {
        without.push(await sample(plain.context, url, async () => undefined));
        let tabId = -1;
        withExt.push(
          await sample(
            extension.context,
            url,
            async (page) => void (tabId = await waitForAudit(extension, page, path === PAGES.report)),
            async () => {
              // Asked only once the metrics are read: serialising the state for the reply is work in the page too.
              const ms = await auditTimings(extension, tabId);
              if (ms !== null) {
                audit.push(ms.engine);
                snapshot.push(ms.snapshot);
              }
            },
          ),
        );
      }
      const floor = await measureFloor(plain.context, url, Math.max(runs, 10));
      figures.push({
        path,
        taskMs: { without: stat(without.map((s) => s.taskMs)), with: stat(withExt.map((s) => s.taskMs)) },
        scriptMs: { without: stat(without.map((s) => s.scriptMs)), with: stat(withExt.map((s) => s.scriptMs)) },
        heapMB: { without: stat(without.map((s) => s.heapMB)), with: stat(withExt.map((s) => s.heapMB)) },
        floor,
        ...(audit.length > 0
          ? { auditMs: stat(audit), firstAuditMs: audit[0] as number, snapshotMs: stat(snapshot) }
          : {}),
      });
    }
    return figures;
  } finally {
    await extension.close();
    await plain.close();
    await server.close();
  }
}

/** The budget lines a set of figures breaks (empty when within budget). */
export function overBudget(figures: readonly PageFigures[]): string[] {
  const broken: string[] = [];
  for (const f of figures) {
    const extra = f.taskMs.with.median - f.taskMs.without.median;
    const heap = f.heapMB.with.median - f.heapMB.without.median;
    const limit = f.path === PAGES.report ? BUDGET.reportExtraMs : BUDGET.nonReportExtraMs;
    if (extra > limit) broken.push(`${f.path}: +${extra.toFixed(1)} ms main-thread time, budget ${limit} ms`);
    if (f.path === PAGES.report && heap > BUDGET.reportExtraHeapMB) {
      broken.push(`${f.path}: +${heap.toFixed(1)} MB heap, budget ${BUDGET.reportExtraHeapMB} MB`);
    }
  }
  return broken;
}

interface Sample {
  taskMs: number;
  scriptMs: number;
  heapMB: number;
}

/**
 * Loads `url` in a fresh tab, waits for `settle`, then reads the tab's main-thread time and heap after a GC; `after`
 * runs once they are read, before the tab closes.
 */
async function sample(
  context: BrowserContext,
  url: string,
  settle: (page: Page) => Promise<void>,
  after: () => Promise<void> = async () => undefined,
): Promise<Sample> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    await page.waitForTimeout(SETTLE_MS);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    await after();
    return {
      taskMs: metric('TaskDuration') * 1000,
      scriptMs: metric('ScriptDuration') * 1000,
      heapMB: metric('JSHeapUsedSize') / 2 ** 20,
    };
  } finally {
    await page.close();
  }
}

/**
 * Waits until the content script of the page's tab has sent its summary (its audit is done); returns the tab id. On
 * a page that is not a report only the loader runs and nothing is sent: wait a second, which covers its idle check.
 */
async function waitForAudit(session: Session, page: Page, expectSummary: boolean): Promise<number> {
  await page.bringToFront();
  const tabId = await session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  const deadline = Date.now() + (expectSummary ? 10_000 : 1000);
  while (Date.now() < deadline) {
    const count = await session.worker.evaluate((id) => (globalThis as unknown as Counted).__summaries[id] ?? 0, tabId);
    if (count > 0) break;
    await new Promise((done) => setTimeout(done, 20));
  }
  return tabId;
}

/**
 * The audit's own stage timings (ms) as the tab's content script reports them: the engine's stages (in the worker)
 * and the page's snapshot walk; null when it has none (no report).
 */
async function auditTimings(session: Session, tabId: number): Promise<{ engine: number; snapshot: number } | null> {
  // On a page where only the loader runs, no content script answers: no timings.
  const state = (await session.worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'get-state' }, { frameId: 0 }).catch(() => undefined),
    tabId,
  )) as { result?: { timings?: Record<string, number> } } | undefined;
  const timings = state?.result?.timings;
  if (!timings) return null;
  const { snapshot = 0, ...engine } = timings;
  return { engine: Object.values(engine).reduce((a, b) => a + b, 0), snapshot };
}

interface Counted {
  __summaries: Record<number, number>;
}

/** Counts, in the service worker, the summaries each tab's content script sends (one per audit). */
async function countSummaries(session: Session): Promise<void> {
  await session.worker.evaluate(() => {
    const counts: Record<number, number> = {};
    (globalThis as unknown as Counted).__summaries = counts;
    chrome.runtime.onMessage.addListener((message, sender) => {
      const id = sender.tab?.id;
      if (id !== undefined && (message as { type?: string } | null)?.type === 'summary')
        counts[id] = (counts[id] ?? 0) + 1;
    });
  });
}

/** The physical floor, measured in the page itself: parse its HTML again; read each table cell's text once. */
async function measureFloor(context: BrowserContext, url: string, runs: number): Promise<PageFigures['floor']> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const { parse, read } = await page.evaluate((n) => {
      // The page's clock is coarsened (100 µs without cross-origin isolation): time batches, report the mean of each.
      const BATCH = 20;
      const html = document.documentElement.outerHTML;
      const parse: number[] = [];
      const read: number[] = [];
      let chars = 0;
      for (let i = 0; i < n; i++) {
        let start = performance.now();
        for (let j = 0; j < BATCH; j++) new DOMParser().parseFromString(html, 'text/html');
        parse.push((performance.now() - start) / BATCH);
        start = performance.now();
        for (let j = 0; j < BATCH; j++) {
          for (const cell of Array.from(document.querySelectorAll('td, th'))) chars += (cell.textContent ?? '').length;
        }
        read.push((performance.now() - start) / BATCH);
      }
      // Keep the reads observable, so no engine may skip them.
      (window as unknown as { __chars: number }).__chars = chars;
      return { parse, read };
    }, runs);
    return { parseMs: stat(parse), readCellsMs: stat(read) };
  } finally {
    await page.close();
  }
}

/** Chromium without the extension, with the same flags otherwise. */
async function launchPlain(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'gra-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...CHROMIUM_FLAGS],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Median, min and max. */
export function stat(values: readonly number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted.at(-1)! };
}

const show = (s: Stat, digits = 1) => `${s.median.toFixed(digits)} [${s.min.toFixed(digits)}–${s.max.toFixed(digits)}]`;

/** Prints the figures as a table. */
export function report(figures: readonly PageFigures[], runs: number): string {
  const lines = [`Chromium (${CHROMIUM}), ${runs} fresh tabs per page and side; median [min–max]`];
  for (const f of figures) {
    const extra = (s: { without: Stat; with: Stat }) => (s.with.median - s.without.median).toFixed(1);
    lines.push(
      '',
      `${f.path}`,
      `  main-thread task time ms   without ${show(f.taskMs.without)}   with ${show(f.taskMs.with)}   extra ${extra(f.taskMs)}`,
      `  script time ms             without ${show(f.scriptMs.without)}   with ${show(f.scriptMs.with)}   extra ${extra(f.scriptMs)}`,
      `  JS heap after GC MB        without ${show(f.heapMB.without, 2)}   with ${show(f.heapMB.with, 2)}   extra ${extra(f.heapMB)}`,
      `  floor: parse page HTML ms  ${show(f.floor.parseMs, 2)}   read every table cell once ms ${show(f.floor.readCellsMs, 3)}`,
    );
    if (f.auditMs)
      lines.push(
        `  engine stages (recognise + extract + rules), in the background worker ms ${show(f.auditMs)}; first tab ${f.firstAuditMs?.toFixed(1)}`,
        `  the page's snapshot walk, in the content script ms ${f.snapshotMs ? show(f.snapshotMs, 2) : '—'}`,
      );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_BROWSER_RUNS ?? 15);
  const figures = await benchChromium(runs);
  console.log(report(figures, runs));
  const broken = overBudget(figures);
  console.log(broken.length === 0 ? '\nwithin budget' : `\nOVER BUDGET:\n  ${broken.join('\n  ')}`);
  if (broken.length > 0) process.exitCode = 1;
}

declare const chrome: {
  tabs: {
    query(query: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
  runtime: {
    onMessage: { addListener(listener: (message: unknown, sender: { tab?: { id?: number } }) => void): void };
  };
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
