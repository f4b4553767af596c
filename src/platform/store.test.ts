import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditPage } from '../cli/batch-io';
import type { AuditResult } from '../model';
import { agencyKey, type BatchEntry } from '../portal';
import { SITE_DIR } from '../../test/fixtures/portal/generate';
import { fakeIndexedDb } from '../../test/helpers/fake-indexeddb';
import { openPageStore, type PageStoreOptions } from './store';

/** A report page of the local portal, audited as the batch page does (same engine, same decoding). */
function audited(path: string): AuditResult {
  const bytes = new Uint8Array(readFileSync(join(SITE_DIR, path)));
  const url = `https://portal.example.gov.cn/${path}`;
  return auditPage({ url, bytes, contentType: 'text/html' }, 'zh').result;
}

const ok = (result: AuditResult): BatchEntry => ({ url: result.report.source, ok: true, result, ms: 5 });
const broken = (url: string): BatchEntry => ({
  url,
  ok: false,
  kind: 'http',
  status: 404,
  retryable: false,
  error: 'HTTP 404',
  ms: 1,
});
const timedOut = (url: string): BatchEntry => ({
  url,
  ok: false,
  kind: 'timeout',
  retryable: true,
  error: 'timeout',
  ms: 1,
});

const LISTING = 'https://portal.example.gov.cn/xxgk/ndbg/index.html';

let police2022: AuditResult;
let police2023: AuditResult;
let office2023: AuditResult;

beforeAll(() => {
  police2022 = audited('xxgk/ndbg/2023/01/gaj-2022.html');
  police2023 = audited('xxgk/ndbg/2024/01/gaj-2023.html');
  office2023 = audited('xxgk/ndbg/2024/01/zfb-2023.html');
});

/** A store over a fresh fake database, with a clock that ticks one second per call. */
function fresh(opts: PageStoreOptions = {}) {
  const factory = fakeIndexedDb();
  let t = Date.parse('2025-01-01T00:00:00Z');
  const now = () => new Date((t += 1000));
  return {
    factory,
    store: openPageStore({ indexedDB: factory, now, ...opts }),
    reopen: () => openPageStore({ indexedDB: factory, now }),
  };
}

describe('openPageStore (IndexedDB)', () => {
  it('keeps a page as it was audited, findings and table values included, across reopening', async () => {
    const { store, reopen } = fresh();
    await store.putEntry(ok(police2023), LISTING);
    const back = await reopen().getEntry(police2023.report.source);
    expect(back?.ok).toBe(true);
    if (!back?.ok) return;
    expect(back.result.findings).toEqual(police2023.findings);
    expect(back.result.report.tables.T3?.values).toEqual(police2023.report.tables.T3?.values);
    // The display grids are not kept (they are what packing drops).
    expect(back.result.report.tables.T3?.grid).toBeUndefined();
  });

  it("lists a listing's pages in the order they finished, failures included, and says which need no refetch", async () => {
    const { store } = fresh();
    await store.putEntry(ok(police2023), LISTING);
    await store.putEntry(broken('https://portal.example.gov.cn/gone.html'), LISTING);
    await store.putEntry(timedOut('https://portal.example.gov.cn/slow.html'), LISTING);
    await store.putEntry(ok(office2023), 'https://other.example.gov.cn/list.html');
    expect((await store.entries(LISTING)).map((e) => [e.url.replace(/^.*\//, ''), e.ok])).toEqual([
      ['gaj-2023.html', true],
      ['gone.html', false],
      ['slow.html', false],
    ]);
    expect(await store.isSettled(police2023.report.source)).toBe(true);
    expect(await store.isSettled('https://portal.example.gov.cn/gone.html')).toBe(true);
    expect(await store.isSettled('https://portal.example.gov.cn/slow.html')).toBe(false);
    expect(await store.isSettled('https://portal.example.gov.cn/never.html')).toBe(false);
  });

  it('keeps the listings a page was found on when the popup stores it again', async () => {
    const { store } = fresh();
    await store.putEntry(ok(police2023), LISTING);
    await store.put(police2023);
    expect((await store.entries(LISTING)).map((e) => e.url)).toEqual([police2023.report.source]);
  });

  it('never lets a later failure of a page replace its audited result', async () => {
    const { store } = fresh();
    await store.putEntry(ok(police2023), LISTING);
    await store.putEntry(timedOut(police2023.report.source), 'https://other.example.gov.cn/list.html');
    const back = await store.getEntry(police2023.report.source);
    expect(back?.ok).toBe(true);
    expect(await store.isSettled(police2023.report.source)).toBe(true);
    expect((await store.entries('https://other.example.gov.cn/list.html')).map((e) => e.ok)).toEqual([true]);
  });

  it('finds a report by agency and year, the newest copy when two addresses hold it', async () => {
    const { store } = fresh();
    const key = agencyKey(police2022.report) as string;
    expect(await store.get(key, 2022)).toBeUndefined();
    await store.put(police2022);
    const mirror = {
      ...police2022,
      report: { ...police2022.report, source: 'https://mirror.example.gov.cn/gaj-2022.html' },
    };
    await store.put(mirror);
    const found = await store.get(key, 2022);
    expect(found).toMatchObject({ agencyKey: key, year: 2022, source: 'https://mirror.example.gov.cn/gaj-2022.html' });
    expect(found?.report.tables.T3?.values.length).toBeGreaterThan(100);
    expect((await store.list()).map((r) => r.key)).toEqual([`${key}#2022`]);
  });

  it('does not key what is not a report with an agency and a year', async () => {
    const { store } = fresh();
    const notReport = { ...police2022, report: { ...police2022.report, detected: false } };
    expect(await store.put(notReport)).toBeUndefined();
    expect(await store.stats()).toEqual({ pages: 0, reports: 0, bytes: 0 });
  });

  it('evicts the oldest pages beyond its bounds, never the page just stored', async () => {
    const byCount = fresh({ maxEntries: 2 }).store;
    await byCount.putEntry(broken('https://a.example/1'), LISTING);
    await byCount.putEntry(broken('https://a.example/2'), LISTING);
    await byCount.putEntry(broken('https://a.example/3'), LISTING);
    expect((await byCount.entries(LISTING)).map((e) => e.url)).toEqual(['https://a.example/2', 'https://a.example/3']);

    // A bound smaller than one report: each new page replaces the last, and is itself kept.
    const byBytes = fresh({ maxBytes: 1000 }).store;
    await byBytes.putEntry(ok(police2022), LISTING);
    await byBytes.putEntry(ok(police2023), LISTING);
    const stats = await byBytes.stats();
    expect(stats).toMatchObject({ pages: 1, reports: 1 });
    expect(stats.bytes).toBeGreaterThan(1000);
    expect((await byBytes.entries(LISTING)).map((e) => e.url)).toEqual([police2023.report.source]);
  });

  it('forgets everything on clear()', async () => {
    const { store, reopen } = fresh();
    await store.putEntry(ok(police2022), LISTING);
    await store.putEntry(broken('https://a.example/1'), LISTING);
    await store.clear();
    expect(await reopen().stats()).toEqual({ pages: 0, reports: 0, bytes: 0 });
    expect(await store.entries(LISTING)).toEqual([]);
  });

  it('rejects with a bilingual error when IndexedDB is unavailable', async () => {
    const store = openPageStore({ indexedDB: undefined as unknown as IDBFactory, name: 'x' });
    // The global IndexedDB does not exist in Node: the default is unavailable too.
    await expect(store.stats()).rejects.toThrow('无法打开本地记录（IndexedDB unavailable）');
  });
});

/** Raw access to the fake database under the store, to plant the records an older version or a crash left. */
function raw(factory: IDBFactory, version = 1) {
  const open = () =>
    new Promise<IDBDatabase>((resolve) => {
      const req = factory.open('gov-report-auditor', version);
      req.onupgradeneeded = () => {
        for (const name of ['heads', 'bodies'])
          if (!req.result.objectStoreNames.contains(name)) req.result.createObjectStore(name, { keyPath: 'url' });
      };
      req.onsuccess = () => resolve(req.result);
    });
  const run = <T>(store: string, op: (s: IDBObjectStore) => IDBRequest) =>
    open().then(
      (db) =>
        new Promise<T>((resolve) => {
          const req = op(db.transaction([store], 'readwrite').objectStore(store));
          req.onsuccess = () => resolve(req.result as T);
        }),
    );
  return {
    all: (store: 'heads' | 'bodies') => run<Array<Record<string, unknown>>>(store, (s) => s.getAll()),
    put: (store: 'heads' | 'bodies', value: Record<string, unknown>) => run<void>(store, (s) => s.put(value)),
  };
}

/** Records of three pages as the current version writes them, to copy into an older or damaged database. */
async function recordsOfThree() {
  const { factory, store } = fresh();
  await store.putEntry(ok(police2022), LISTING);
  await store.putEntry(ok(police2023), LISTING);
  await store.putEntry(broken('https://portal.example.gov.cn/gone.html'), LISTING);
  const db = raw(factory, 2);
  return { heads: await db.all('heads'), bodies: await db.all('bodies') };
}

/** A version-1 database holding those pages, the head of `damaged` (a url) rewritten by `damage`. */
async function oldDatabase(damaged: string, damage: (head: Record<string, unknown>) => Record<string, unknown>) {
  const { heads, bodies } = await recordsOfThree();
  const factory = fakeIndexedDb();
  const db = raw(factory, 1);
  for (const body of bodies) await db.put('bodies', body);
  for (const { v: _v, ...head } of heads) await db.put('heads', head.url === damaged ? damage(head) : head);
  let t = Date.parse('2025-06-01T00:00:00Z');
  return {
    factory,
    open: (opts: PageStoreOptions = {}) =>
      openPageStore({ indexedDB: factory, now: () => new Date((t += 1000)), ...opts }),
  };
}

describe('openPageStore with old or damaged records', () => {
  const gone = 'https://portal.example.gov.cn/gone.html';

  it.each([
    ['missing', (h: Record<string, unknown>) => ({ ...h, bytes: undefined })],
    ['a string', (h: Record<string, unknown>) => ({ ...h, bytes: String(h.bytes) })],
  ])(
    "keeps every other page when one head's size is %s (it once wiped the store at the next put)",
    async (_what, damage) => {
      const { open } = await oldDatabase(police2022.report.source, damage);
      const store = open();
      await store.putEntry(ok(office2023), LISTING);
      expect((await store.entries(LISTING)).map((e) => e.url.replace(/^.*\//, ''))).toEqual([
        'gaj-2022.html',
        'gaj-2023.html',
        'gone.html',
        'zfb-2023.html',
      ]);
      // The damaged head was repaired with its true size: the bytes add up again.
      const stats = await store.stats();
      expect(stats.pages).toBe(4);
      expect(Number.isSafeInteger(stats.bytes) && stats.bytes > 0).toBe(true);
    },
  );

  it('stays readable with `listings: null` and other foreign heads, which are repaired or dropped', async () => {
    const { factory, open } = await oldDatabase(gone, (h) => ({ ...h, listings: null }));
    await raw(factory).put('heads', { url: 'https://portal.example.gov.cn/no-body.html', ok: 'yes' });
    const store = open();
    // Before the fix: "Cannot read properties of null (reading 'includes')" on every call, for good.
    expect((await store.entries(LISTING)).map((e) => e.url.replace(/^.*\//, ''))).toEqual([
      'gaj-2022.html',
      'gaj-2023.html',
    ]);
    expect(await store.isSettled(gone)).toBe(true);
    expect(await store.get(agencyKey(police2023.report) as string, 2023)).toBeDefined();
    const heads = await raw(factory, 2).all('heads');
    expect(heads.map((h) => [String(h.url).replace(/^.*\//, ''), h.v, Array.isArray(h.listings)]).sort()).toEqual([
      ['gaj-2022.html', 2, true],
      ['gaj-2023.html', 2, true],
      ['gone.html', 2, true],
    ]);
  });

  it('migrates a version-1 database: every head checked, repaired and marked v2', async () => {
    const { factory, open } = await oldDatabase(police2023.report.source, (h) => ({
      ...h,
      bytes: 'many',
      storedAt: undefined,
    }));
    expect(await open().stats()).toMatchObject({ pages: 3, reports: 2 });
    const heads = await raw(factory, 2).all('heads');
    expect(heads.every((h) => h.v === 2 && typeof h.bytes === 'number' && typeof h.storedAt === 'string')).toBe(true);
  });

  it('evicts no more than its bounds require', async () => {
    const { heads } = await recordsOfThree();
    const total = heads.reduce((n, h) => n + Number(h.bytes), 0);
    const { open } = await oldDatabase(gone, (h) => h);
    // Room for everything but about half of the oldest page: that page alone goes.
    const store = open({
      maxBytes: total - Number(heads.find((h) => h.url === police2022.report.source)?.bytes) / 2 + 400,
    });
    await store.putEntry(broken('https://portal.example.gov.cn/also-gone.html'), LISTING);
    expect((await store.entries(LISTING)).map((e) => e.url.replace(/^.*\//, ''))).toEqual([
      'gaj-2023.html',
      'gone.html',
      'also-gone.html',
    ]);
  });
});
