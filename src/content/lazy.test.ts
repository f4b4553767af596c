// @vitest-environment happy-dom
/**
 * The loader's decision (src/content/lazy.ts): on the pages the full content script would audit or draw a listing
 * badge for, it loads the engine; on other portal pages it loads nothing, and it keeps watching cheaply for a report
 * that arrives late. The listing check must never miss a page `looksLikeListing` accepts (checked on every fixture).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LISTING_PATH, SITE_DIR } from '../../test/fixtures/portal/generate';
import { quickLooksLikeReport } from '../detect/recognise';
import { looksLikeListing } from '../portal/listing';
import { headText } from './frames';
import { engineNeed, mayListReports, startLoader } from './lazy';
import { ENGINE_LOADED, LOADER_LOADED } from './markers';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const E2E = join(ROOT, 'test/fixtures/e2e/portal');
const HTML = join(ROOT, 'test/fixtures/html');
/** Hand-written pages in markup the generated fixtures do not use: reports, listings and a news article. */
const BLIND = ['test/fixtures/html-blind', 'test/fixtures/listing-blind'].map((dir) => join(ROOT, dir));

function load(html: string) {
  document.open();
  document.write(html);
  document.close();
}

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return path.endsWith('.html') ? [path] : [];
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** How long a test waits for something that must happen (a generous bound, never a measure of speed). */
const SETTLE = { timeout: 20_000, interval: 10 };

describe('engineNeed', () => {
  it.each([
    ['news.html', null],
    ['errors.html', 'report'],
    ['clean.html', 'report'],
    ['narrative.html', 'report'],
  ])('e2e page %s → %s', (name, need) => {
    load(readFileSync(join(E2E, name), 'utf8'));
    expect(engineNeed(document)).toBe(need);
  });

  it("loads the engine for a portal's list of annual reports (the listing badge)", () => {
    load(readFileSync(join(SITE_DIR, LISTING_PATH.slice(1)), 'utf8'));
    expect(engineNeed(document)).toBe('listing');
  });

  it('leaves a portal page with no report and no report link alone', () => {
    load(
      '<title>关于开展安全生产检查的通知_某某县人民政府</title><body><h1>通知</h1><a href="/a.html">2023年工作要点</a></body>',
    );
    expect(engineNeed(document)).toBeNull();
  });

  it('finds report links by their text, their title attribute, or a form-generated report address', () => {
    load('<body><a href="/r.html">某某县2023年政府信息公开工作年度报告</a></body>');
    expect(mayListReports(document)).toBe(true);
    load('<body><a href="/r.html" title="某某县2023年政府信息公开工作年度报告">某某县2023年政府信息…</a></body>');
    expect(mayListReports(document)).toBe(true);
    load('<body><a href="/r.html" title="某某县2023年政府信息公开工作年度报告">2023年度报告</a></body>');
    expect(mayListReports(document)).toBe(true);
    load('<body><a href="/module/xxgk/xxgkAnnualReport.jsp?fbtime=2023">2023年</a></body>');
    expect(mayListReports(document)).toBe(true);
    // The column's own menu link names no year: not a report link.
    load('<body><a href="/ndbg/">政府信息公开年报</a><a href="/x.html">2023年工作报告</a></body>');
    expect(mayListReports(document)).toBe(false);
  });

  it('never misses a page the full content script would treat as a report or a listing (every fixture page)', () => {
    const all = [...pages(E2E), ...pages(HTML), ...pages(SITE_DIR), ...BLIND.flatMap(pages)];
    expect(all.length).toBeGreaterThan(20);
    let listings = 0;
    for (const path of all) {
      const html = readFileSync(path, 'utf8');
      // happy-dom loads no frames (the frame's own page is among the fixtures).
      if (/<iframe/i.test(html)) continue;
      load(html);
      const listing = looksLikeListing(document, 'https://www.example.gov.cn/xxgk/ndbg/index.html');
      if (listing) listings++;
      const report = quickLooksLikeReport(document.title, headText(document));
      if (listing) expect(mayListReports(document), path).toBe(true);
      if (listing || report) expect(engineNeed(document), path).not.toBeNull();
    }
    expect(listings).toBeGreaterThan(0);
  });
});

describe('startLoader', () => {
  const NEWS = readFileSync(join(E2E, 'news.html'), 'utf8');
  const REPORT_BODY = readFileSync(join(E2E, 'errors.html'), 'utf8').match(/<body[^>]*>([\s\S]*)<\/body>/)![1]!;
  const fast = { quietMs: 20, maxWaitMs: 50 };
  let stop: (() => void) | undefined;

  afterEach(() => stop?.());

  function start(scope: Record<symbol, unknown> = {}) {
    const loads: number[] = [];
    const loader = startLoader({
      top: document,
      win: window,
      scope,
      load: async () => void loads.push(Date.now()),
      watch: fast,
    });
    stop = loader?.stop;
    return { loads, loader, scope };
  }

  it('loads the engine once, at an idle moment, on a report page', async () => {
    load(readFileSync(join(E2E, 'errors.html'), 'utf8'));
    const { loads, scope } = start();
    expect(loads).toHaveLength(0);
    // Waited for, not timed: the idle moment comes when the machine gets to it.
    await vi.waitFor(() => expect(loads).toHaveLength(1), SETTLE);
    expect(scope[LOADER_LOADED]).toBe(true);
  });

  it('loads nothing on a news page, then loads the engine when a report arrives late (and only once)', async () => {
    load(NEWS);
    const { loads } = start();
    await wait(150);
    expect(loads).toHaveLength(0);
    // A page that keeps changing without becoming a report: still nothing.
    document.body.append(Object.assign(document.createElement('p'), { textContent: '今日要闻' }));
    await wait(150);
    expect(loads).toHaveLength(0);
    document.title = '某某县公安局2023年政府信息公开工作年度报告';
    document.body.innerHTML = REPORT_BODY;
    await vi.waitFor(() => expect(loads).toHaveLength(1), SETTLE);
    document.body.append(document.createElement('p'));
    await wait(150);
    expect(loads).toHaveLength(1);
  });

  it('runs once per page, and stands down when the full content script is already there', async () => {
    load(readFileSync(join(E2E, 'errors.html'), 'utf8'));
    expect(
      startLoader({ top: document, win: window, scope: { [LOADER_LOADED]: true }, load: async () => undefined }),
    ).toBeNull();
    const { loads } = start({ [ENGINE_LOADED]: true });
    await wait(150);
    expect(loads).toHaveLength(0);
  });

  it('swallows a failed load (the extension was reloaded under the page)', async () => {
    load(readFileSync(join(E2E, 'errors.html'), 'utf8'));
    const loader = startLoader({
      top: document,
      win: window,
      scope: {},
      load: () => Promise.reject(new Error('gone')),
    });
    stop = loader?.stop;
    await wait(150);
    expect(loader).not.toBeNull();
  });
});
