import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditPage } from '../cli/batch-io';
import type { AuditResult } from '../model';
import { agencyKey, type BatchEntry, type ReportStore } from '../portal';
import { SITE_DIR } from '../../test/fixtures/portal/generate';
import { fakeIndexedDb } from '../../test/helpers/fake-indexeddb';
import { openPageStore, rememberAndCompare, type PageStoreOptions } from './store';

/** A report page of the local portal, audited as the batch page does (same engine, same decoding). */
function audited(path: string): AuditResult {
  const bytes = new Uint8Array(readFileSync(join(SITE_DIR, path)));
  const url = `https://portal.example.gov.cn/${path}`;
  return auditPage({ url, bytes, contentType: 'text/html' }, 'zh').result;
}

const ok = (result: AuditResult): BatchEntry => ({ url: result.report.source, ok: true, result, ms: 5 });
const broken = (url: string): BatchEntry => ({ url, ok: false, kind: 'http', status: 404, retryable: false, error: 'HTTP 404', ms: 1 });
const timedOut = (url: string): BatchEntry => ({ url, ok: false, kind: 'timeout', retryable: true, error: 'timeout', ms: 1 });

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
  return { factory, store: openPageStore({ indexedDB: factory, now, ...opts }), reopen: () => openPageStore({ indexedDB: factory, now }) };
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

  it('lists a listing\'s pages in the order they finished, failures included, and says which need no refetch', async () => {
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

  it('finds a report by agency and year, the newest copy when two addresses hold it', async () => {
    const { store } = fresh();
    const key = agencyKey(police2022.report) as string;
    expect(await store.get(key, 2022)).toBeUndefined();
    await store.put(police2022);
    const mirror = { ...police2022, report: { ...police2022.report, source: 'https://mirror.example.gov.cn/gaj-2022.html' } };
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

describe('rememberAndCompare', () => {
  it('runs the cross-year rules when last year\'s report is stored, naming it and linking to it', async () => {
    const { store } = fresh();
    await store.put(police2022);
    const { result, previous } = await rememberAndCompare(store, police2023, 'zh');
    expect(previous?.source).toBe(police2022.report.source);
    const carry = result.findings.filter((f) => f.rule === 'year-carry');
    expect(carry).toHaveLength(1);
    expect(carry[0]?.data.previousSource).toBe(police2022.report.source);
    expect(carry[0]?.message).toContain('示例县公安局2022年报告');
    expect(police2023.findings.some((f) => f.rule === 'year-carry')).toBe(false);
    // …and this year's report is now remembered for next year's.
    expect(await store.get(agencyKey(police2023.report) as string, 2023)).toBeDefined();
  });

  it('leaves the result alone without last year\'s report, or when the store fails', async () => {
    const { store } = fresh();
    expect((await rememberAndCompare(store, police2023, 'zh')).result).toBe(police2023);
    const failing: ReportStore = {
      get: () => Promise.reject(new Error('quota')),
      put: () => Promise.reject(new Error('quota')),
      list: () => Promise.resolve([]),
      clear: () => Promise.resolve(),
    };
    expect(await rememberAndCompare(failing, police2023, 'zh')).toEqual({ result: police2023 });
  });
});
