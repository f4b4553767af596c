/**
 * "Audit all" against a hostile portal (test/unit/batch/hostile-server.ts) with the extension's fetcher and an
 * injected permission check: only granted origins are fetched — not a link to another site, not a redirect to one
 * (its answer is not read), not a file: or script link — and each page refused is stored and exported as skipped,
 * with why; answers over the cap are failed, "too large" (issue 9, items 2 and 3).
 */
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPageStore, type PageStore } from '../platform/store';
import { fakeIndexedDb } from '../../test/helpers/fake-indexeddb';
import {
  OFFICE,
  POLICE,
  PREVIOUS_IS_FILE,
  startHostilePortal,
  type HostilePortal,
} from '../../test/unit/batch/hostile-server';
import { MAX_PAGE_BYTES } from '../extract/limits';
import { auditFetched, extensionFetcher, pageDocument } from './pages';
import { runListing, type RunDeps } from './run';
import { batchExports, batchView } from './summary';

const parser = new DOMParser() as unknown as globalThis.DOMParser;

let portal: HostilePortal;
let store: PageStore;
let outcome: Awaited<ReturnType<typeof runListing>>;
const asked: string[] = [];

beforeAll(async () => {
  portal = await startHostilePortal();
  store = openPageStore({ indexedDB: fakeIndexedDb() });
  // What browser.permissions.contains answers: the portal's origin was granted, the foreign one never.
  const allowed = (url: string) => {
    asked.push(url);
    return new URL(url).origin === portal.origin;
  };
  const deps: RunDeps = {
    store,
    fetchPage: extensionFetcher(fetch, { allowed }),
    parse: (page) => pageDocument(page, parser),
    audit: (page) => auditFetched(page, 'zh', parser),
    allowed,
  };
  outcome = await runListing(
    { listing: `${portal.origin}/list-foreign.html`, lang: 'zh', delayMs: 0, concurrency: 4 },
    deps,
  );
}, 120_000);
afterAll(() => portal.close());

const entry = (path: string) => store.getEntry(path.startsWith('http') ? path : `${portal.origin}${path}`);

describe('audit all fetches only the origins the user granted', () => {
  it('never requests a linked page on a site not granted, and lists it as skipped with why', async () => {
    expect(portal.hits.get('foreign:/r/zfb-2023.html')).toBeUndefined();
    expect(asked).toContain(`${portal.foreign}/r/zfb-2023.html`);
    const foreign = await entry(`${portal.foreign}/r/zfb-2023.html`);
    expect(foreign).toMatchObject({ ok: false, kind: 'refused', retryable: true });
    expect(foreign?.ok === false && foreign.error).toBe(
      `未获准访问 ${new URL(portal.foreign).host}，未下载（skipped: no access granted to ${new URL(portal.foreign).host}）`,
    );
  });

  it('checks where a redirect ended before reading: a page that moved to a site not granted is neither read nor kept', async () => {
    const moved = await entry('/redirect/foreign.html');
    expect(moved).toMatchObject({ ok: false, kind: 'refused' });
    expect(moved?.ok === false && moved.error).toContain(
      `redirected to ${new URL(portal.foreign).host}, a site not granted; not read`,
    );
    expect(await store.getEntry(`${portal.foreign}/moved/zfb-2023.html`)).toBeUndefined();
  });

  it("audits the granted site's reports, and fetches no file: or script link, nor a redirect to one", async () => {
    expect(outcome).toMatchObject({ listing: true, refused: 5, cancelled: false });
    for (const path of [POLICE, OFFICE, PREVIOUS_IS_FILE]) expect((await entry(path))?.ok, path).toBe(true);
    // The Fetch standard itself turns a redirect out of http(s) into a network error: nothing is read.
    expect(await entry('/redirect/file.html')).toMatchObject({ ok: false, kind: 'network' });
    const passwd = await store.getEntry('file:///etc/passwd');
    expect(passwd).toMatchObject({
      ok: false,
      kind: 'refused',
      error: expect.stringContaining('不是 http(s) 链接，未下载'),
    });
    const all = await store.entries(`${portal.origin}/list-foreign.html`);
    expect(JSON.stringify(all)).not.toContain('root:x:0:0');
    // Last year's report of PREVIOUS_IS_FILE is linked as /etc/passwd: not followed.
    expect(outcome.followed).toBe(0);
  });

  it('stops answers over the cap: failed, "too large", never audited', async () => {
    const mb = `${MAX_PAGE_BYTES / 1e6} MB`;
    expect(await entry('/huge.html')).toMatchObject({
      ok: false,
      kind: 'too-large',
      error: `页面过大（超过 ${mb}），未读取（too large (over ${mb}); not read）`,
    });
    expect(await entry('/endless.html')).toMatchObject({ ok: false, kind: 'too-large' });
    expect(portal.endlessBytes()).toBeLessThan(MAX_PAGE_BYTES * 2);
  });

  it('says in the summary and the exports what was skipped and why', async () => {
    const view = await batchView(await store.entries(`${portal.origin}/list-foreign.html`), store, 'en');
    const skipped = view.rows.filter((r) => r.status === 'skipped').map((r) => r.url);
    expect(skipped).toEqual(
      expect.arrayContaining([
        `${portal.foreign}/r/zfb-2023.html`,
        `${portal.origin}/redirect/foreign.html`,
        'file:///etc/passwd',
        'javascript:openReport(7)',
      ]),
    );
    // 5 links that are not http(s), the foreign link, the redirect to the foreign site.
    expect(skipped).toHaveLength(7);
    expect(view.rows.find((r) => r.url.endsWith('/huge.html'))?.status).toBe('failed');
    const files = batchExports(view, `${portal.origin}/list-foreign.html`, 'zh');
    const line = files.summary.text.split('\r\n').find((l) => l.includes(`${portal.foreign}/r/zfb-2023.html`));
    expect(line).toContain('已跳过');
    expect(line).toContain('未获准访问');
    const json = JSON.parse(files.json.text) as { summary: Array<{ url: string; status: string; error: string }> };
    expect(json.summary.find((r) => r.url.endsWith('/redirect/foreign.html'))).toMatchObject({
      status: 'skipped',
      error: expect.stringContaining('not read'),
    });
  });
});
