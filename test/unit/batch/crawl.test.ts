import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, pageDocument } from '../../../src/cli/batch-io';
import { crawlListing } from '../../../src/portal';
import { startPortal, type Portal } from './portal-server';

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.close());

const crawl = (start: string, extra: { maxPages?: number; delayMs?: number } = {}) =>
  crawlListing({ start, fetchPage: (url, signal) => fetchPage(url, signal), parse: pageDocument, delayMs: 0, ...extra });

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

  it('waits the delay between listing pages', async () => {
    const started = Date.now();
    await crawl(portal.listing, { delayMs: 300 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('says a report page is not a listing, and reports a listing that cannot be read', async () => {
    expect(await crawl(`${portal.origin}/xxgk/ndbg/2024/01/zjj-2023.html`)).toMatchObject({ listing: false, links: [], pages: [] });
    const missing = await crawl(`${portal.origin}/nowhere/index.html`);
    expect(missing.listing).toBe(false);
    expect(missing.errors).toEqual([{ url: `${portal.origin}/nowhere/index.html`, error: 'HTTP 404：页面不存在（链接失效）（page not found (broken link)）' }]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await crawlListing({ start: portal.listing, fetchPage: (u, s) => fetchPage(u, s), parse: pageDocument, signal: controller.signal });
    expect(result).toMatchObject({ listing: false, pages: [], errors: [] });
  });
});
