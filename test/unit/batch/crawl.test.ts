import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchPage, pageDocument } from '../../../src/cli/batch-io';
import { crawlListing, type FetchedPage } from '../../../src/portal';
import { startPortal, type Portal } from './portal-server';

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.close());

const crawl = (start: string, extra: { maxPages?: number; delayMs?: number } = {}) =>
  crawlListing({
    start,
    fetchPage: (url, signal) => fetchPage(url, signal),
    parse: pageDocument,
    delayMs: 0,
    ...extra,
  });

describe('crawlListing on the local portal', () => {
  it('reads both listing pages: 14 report links, each once', async () => {
    const result = await crawl(portal.listing);
    expect(result.listing).toBe(true);
    expect(result.pages).toEqual([portal.listing, `${portal.origin}/xxgk/ndbg/index_1.html`]);
    expect(result.links).toHaveLength(14);
    expect(new Set(result.links.map((l) => l.url)).size).toBe(14);
    expect(result.links.filter((l) => l.year === 2023)).toHaveLength(8);
    expect(result).toMatchObject({ errors: [], truncated: false });
  });

  it('stops at maxPages and says so', async () => {
    const result = await crawl(portal.listing, { maxPages: 1 });
    expect(result.pages).toHaveLength(1);
    expect(result.links).toHaveLength(8);
    expect(result.truncated).toBe(true);
  });

  it('waits the delay between listing pages, and only then asks for the next', async () => {
    // The two listing pages, read from the portal first; the crawl itself then runs on a fake clock, so the delay is
    // checked to the millisecond without measuring how long anything took.
    const second = `${portal.origin}/xxgk/ndbg/index_1.html`;
    const pages = new Map<string, FetchedPage>();
    for (const url of [portal.listing, second]) pages.set(url, await fetchPage(url, new AbortController().signal));
    const asked: string[] = [];
    // Lets every pending promise callback run (setImmediate is not faked).
    const settle = async () => {
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    };
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const crawling = crawlListing({
        start: portal.listing,
        parse: pageDocument,
        delayMs: 300,
        fetchPage: async (url) => {
          asked.push(url);
          const page = pages.get(url);
          if (!page) throw new Error(`not a listing page: ${url}`);
          return page;
        },
      });
      await settle();
      expect(asked).toEqual([portal.listing]);
      vi.advanceTimersByTime(299);
      await settle();
      expect(asked).toEqual([portal.listing]);
      vi.advanceTimersByTime(1);
      await settle();
      expect(asked).toEqual([portal.listing, second]);
      expect((await crawling).pages).toEqual([portal.listing, second]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says a report page is not a listing, and reports a listing that cannot be read', async () => {
    expect(await crawl(`${portal.origin}/xxgk/ndbg/2024/01/zjj-2023.html`)).toMatchObject({
      listing: false,
      links: [],
      pages: [],
    });
    const missing = await crawl(`${portal.origin}/nowhere/index.html`);
    expect(missing.listing).toBe(false);
    expect(missing.errors).toEqual([
      {
        url: `${portal.origin}/nowhere/index.html`,
        error: 'HTTP 404：页面不存在（链接失效）（page not found (broken link)）',
      },
    ]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await crawlListing({
      start: portal.listing,
      fetchPage: (u, s) => fetchPage(u, s),
      parse: pageDocument,
      signal: controller.signal,
    });
    expect(result).toMatchObject({ listing: false, pages: [], errors: [] });
  });
});
