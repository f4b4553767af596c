import { DOMParser } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPageStore, type PageStore } from '../platform/store';
import { BROKEN_PATH, FOLLOWED_PATH, GBK_PATH, NOT_A_REPORT_PATH, REPORTS } from '../../test/fixtures/portal/generate';
import { fakeIndexedDb } from '../../test/helpers/fake-indexeddb';
import { startPortal, type Portal } from '../../test/unit/batch/portal-server';
import { auditFetched, extensionFetcher, pageDocument, pageText } from './pages';
import { runListing, type RunDeps, type RunEvent } from './run';
import { batchExports, batchView } from './summary';

// linkedom's DOMParser stands in for the page's; its types differ from lib.dom's.
const parser = new DOMParser() as unknown as globalThis.DOMParser;

function deps(
  store: PageStore,
  allowed: (url: string) => boolean = (url) => new URL(url).origin === portal.origin,
): RunDeps {
  return {
    store,
    fetchPage: extensionFetcher(fetch, { allowed }),
    parse: (page) => pageDocument(page, parser),
    audit: (page) => auditFetched(page, 'zh', parser),
    allowed,
  };
}

let portal: Portal;
let store: PageStore;

beforeEach(async () => {
  portal = await startPortal({ slowMs: 200 });
  store = openPageStore({ indexedDB: fakeIndexedDb() });
});

afterEach(async () => {
  await portal.close();
});

const path = (url: string) => new URL(url).pathname;

describe('runListing', () => {
  it("audits every report of the listing and its pagination, follows last year's link, and stores each page", async () => {
    const events: RunEvent[] = [];
    const outcome = await runListing(
      { listing: portal.listing, lang: 'zh', delayMs: 0, concurrency: 3, onEvent: (e) => events.push(e) },
      deps(store),
    );
    expect(outcome).toMatchObject({
      listing: true,
      links: 14,
      audited: 15,
      skipped: 0,
      followed: 1,
      cancelled: false,
      crawlErrors: [],
    });

    const entries = await store.entries(portal.listing);
    expect(entries).toHaveLength(15);
    expect(entries.filter((e) => !e.ok).map((e) => path(e.url))).toEqual([BROKEN_PATH]);
    expect(entries.some((e) => path(e.url) === FOLLOWED_PATH)).toBe(true);

    // Progress names the pages being fetched; every stored page was announced.
    expect(events.some((e) => e.type === 'progress' && e.fetching.length > 0)).toBe(true);
    expect(events.filter((e) => e.type === 'entry')).toHaveLength(15);
    expect(events[0]).toEqual({ type: 'listing', pages: 2, links: 14, truncated: false });
  });

  it("finds the cross-year faults across the batch, naming last year's report by its address", async () => {
    await runListing({ listing: portal.listing, lang: 'zh', delayMs: 0, concurrency: 3 }, deps(store));
    const view = await batchView(await store.entries(portal.listing), store, 'zh');
    const rule = (id: string) =>
      view.rows.filter((r) => r.crossYear.some((f) => f.rule === id)).map((r) => path(r.url));
    expect(rule('year-carry')).toEqual(['/xxgk/ndbg/2024/01/gaj-2023.html']);
    expect(rule('year-valid-docs')).toEqual(['/xxgk/ndbg/2024/01/zfb-2023.html']);
    expect(rule('year-yoy-claim')).toEqual([GBK_PATH]);
    expect(rule('year-duplicate')).toEqual(['/xxgk/ndbg/2024/01/jyj-2023.html']);
    const police = view.rows.find((r) => r.url.endsWith('gaj-2023.html'));
    expect(police?.previous).toBe(`${portal.origin}/xxgk/ndbg/2023/01/gaj-2022.html`);
    expect(police?.crossYear[0]?.data.previousSource).toBe(police?.previous);

    // The GBK page was decoded: its agency reads as Chinese.
    expect(view.rows.find((r) => path(r.url) === GBK_PATH)?.agency).toBe('示例县卫生健康局');
    const statuses = Object.fromEntries(view.rows.map((r) => [path(r.url), r.status]));
    expect(statuses[NOT_A_REPORT_PATH]).toBe('not-report');
    expect(statuses[BROKEN_PATH]).toBe('failed');
    expect(view.rows.filter((r) => r.status === 'report')).toHaveLength(REPORTS.length);
  });

  it('resumes without fetching again what is stored, and re-audits everything when asked', async () => {
    const controller = new AbortController();
    let seen = 0;
    const first = await runListing(
      {
        listing: portal.listing,
        lang: 'zh',
        delayMs: 0,
        concurrency: 1,
        signal: controller.signal,
        onEvent: (e) => {
          if (e.type === 'entry' && ++seen === 4) controller.abort();
        },
      },
      deps(store),
    );
    expect(first.cancelled).toBe(true);
    const done = (await store.entries(portal.listing)).map((e) => path(e.url));
    expect(done).toHaveLength(4);
    const hitsBefore = new Map(portal.hits);

    const second = await runListing({ listing: portal.listing, lang: 'zh', delayMs: 0, concurrency: 3 }, deps(store));
    expect(second.skipped).toBe(4);
    for (const page of done) expect(portal.hits.get(page)).toBe(hitsBefore.get(page));
    expect(await store.entries(portal.listing)).toHaveLength(15);

    const third = await runListing(
      { listing: portal.listing, lang: 'zh', delayMs: 0, concurrency: 3, reaudit: true },
      deps(store),
    );
    expect(third).toMatchObject({ skipped: 0, audited: 14 });
    expect(portal.hits.get(done[0] as string)).toBe((hitsBefore.get(done[0] as string) ?? 0) + 1);
  });

  it('says so when the listing cannot be read, and audits a start page that is not a listing as one page', async () => {
    const gone = await runListing(
      { listing: `${portal.origin}/no/such/list.html`, lang: 'zh', delayMs: 0 },
      deps(store),
    );
    expect(gone).toMatchObject({ listing: false, audited: 0 });
    expect(gone.crawlErrors[0]?.error).toContain('HTTP 404');

    const single = `${portal.origin}${FOLLOWED_PATH}`;
    const one = await runListing({ listing: single, lang: 'zh', delayMs: 0, follow: false }, deps(store));
    expect(one).toMatchObject({ listing: false, audited: 1 });
    expect((await store.getEntry(single))?.ok).toBe(true);
  });
});

describe('batchExports', () => {
  it("writes the summary, every report's values and findings with a BOM, and JSON without one", async () => {
    await runListing({ listing: portal.listing, lang: 'zh', delayMs: 0, concurrency: 3 }, deps(store));
    const view = await batchView(await store.entries(portal.listing), store, 'zh');
    const files = batchExports(view, portal.listing, 'zh');
    expect(files.summary.name).toBe('127.0.0.1-年报汇总.csv');
    expect(
      files.summary.text.startsWith(
        '\uFEFF机关,年度,格式,错误,警告,提示,发布日期,页面地址,状态,标题,上年报告,说明\r\n',
      ),
    ).toBe(true);
    expect(files.summary.text.split('\r\n').filter(Boolean)).toHaveLength(1 + 15);
    expect(files.data.text.startsWith('\uFEFF页面地址,')).toBe(true);
    // Every audited report's T3 values are in the data file (175 each), not only the first report's.
    const sources = new Set(
      files.data.text
        .split('\r\n')
        .slice(1)
        .map((line) => line.split(',')[0])
        .filter(Boolean),
    );
    expect(sources.size).toBe(REPORTS.length);
    expect(files.findings.text).toContain('year-carry');
    const json = JSON.parse(files.json.text) as { listing: string; summary: unknown[]; reports: unknown[] };
    expect(files.json.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(json.listing).toBe(portal.listing);
    expect(json.summary).toHaveLength(15);
    expect(json.reports).toHaveLength(14);
  });
});

describe('pageText', () => {
  it('refuses binary attachments with a bilingual reason', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 …');
    expect(() => pageText({ url: 'https://a.example/r.pdf', bytes: pdf, contentType: 'application/pdf' })).toThrow(
      '是 PDF 文件，无法核查',
    );
  });

  it('reads markup served without a type as HTML, and text/plain as text', () => {
    const html = new TextEncoder().encode('<html><title>t</title></html>');
    expect(pageText({ url: 'x', bytes: html }).kind).toBe('html');
    expect(pageText({ url: 'x', bytes: html, contentType: 'text/plain' }).kind).toBe('text');
  });
});
