import { describe, expect, it, vi } from 'vitest';
import type { AuditResult } from '../../../src/model';
import { runBatch, type BatchEntry, type BatchProgress, type FetchedPage, type PageFetcher } from '../../../src/portal';
import { buildReport } from '../../helpers/report-builder';

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('aborted', 'AbortError'));
    });
  });

/** A fetcher over a table of pages: a status, a delay, or a thrown error per address. */
function fakeFetcher(pages: Record<string, { status?: number; ms?: number; error?: Error; ignoreSignal?: boolean }>) {
  const log: Array<{ url: string; at: number; active: number }> = [];
  let active = 0;
  let maxActive = 0;
  const fetchPage: PageFetcher = async (url, signal) => {
    const page = pages[url] ?? {};
    active++;
    maxActive = Math.max(maxActive, active);
    log.push({ url, at: Date.now(), active });
    try {
      await wait(page.ms ?? 5, page.ignoreSignal ? undefined : signal);
      if (page.error) throw page.error;
      return { url, status: page.status ?? 200, html: `<title>${url}</title>` };
    } finally {
      active--;
    }
  };
  return { fetchPage, log, maxActive: () => maxActive };
}

const audit = (page: FetchedPage): AuditResult => ({
  report: buildReport({ source: page.url }),
  findings: [],
  rulesRun: [],
  auditedAt: '2025-01-01T00:00:00.000Z',
});

const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://x.gov.cn/${i}.html`);

describe('runBatch', () => {
  it('audits every page once, at most `concurrency` at a time, streaming each result', async () => {
    const f = fakeFetcher(Object.fromEntries(urls(9).map((u, i) => [u, { ms: 10 + (i % 3) * 10 }])));
    const streamed: BatchEntry[] = [];
    const summary = await runBatch({
      urls: [...urls(9), urls(9)[0]!],
      fetchPage: f.fetchPage,
      audit,
      concurrency: 3,
      delayMs: 0,
      onResult: (e) => void streamed.push(e),
    });
    expect(summary.entries).toHaveLength(9);
    expect(summary.cancelled).toBe(false);
    expect(new Set(summary.entries.map((e) => e.url))).toEqual(new Set(urls(9)));
    expect(streamed).toEqual(summary.entries);
    expect(f.maxActive()).toBe(3);
    expect(summary.entries.every((e) => e.ok && e.result.report.source === e.url)).toBe(true);
  });

  it('spaces request starts by the delay, across workers', async () => {
    // Fake clock: a wall-clock assertion here failed when the event loop ran one start a few ms late.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const f = fakeFetcher({});
      const done = runBatch({ urls: urls(4), fetchPage: f.fetchPage, audit, concurrency: 4, delayMs: 60 });
      await vi.runAllTimersAsync();
      await done;
      const gaps = f.log.slice(1).map((l, i) => l.at - (f.log[i]?.at ?? 0));
      expect(gaps).toEqual([60, 60, 60]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('records a broken link, a server error, a network error, a timeout and an unreadable page, and goes on', async () => {
    const [notFound, serverError, refused, slow, stuck, pdf, fine] = urls(7) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const f = fakeFetcher({
      [notFound]: { status: 404 },
      [serverError]: { status: 503 },
      [refused]: { error: Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }) },
      [slow]: { ms: 500 },
      [stuck]: { ms: 500, ignoreSignal: true },
    });
    const auditOrFail = (page: FetchedPage) => {
      if (page.url === pdf) throw new Error('是 PDF 文件，无法核查（a PDF file, which cannot be audited）');
      return audit(page);
    };
    const { entries } = await runBatch({
      urls: urls(7),
      fetchPage: f.fetchPage,
      audit: auditOrFail,
      concurrency: 7,
      delayMs: 0,
      timeoutMs: 100,
    });
    const byUrl = new Map(entries.map((e) => [e.url, e]));
    const brief = (url: string) => {
      const e = byUrl.get(url)!;
      return e.ok ? 'ok' : [e.kind, e.retryable, e.error];
    };
    expect(brief(notFound)).toEqual([
      'http',
      false,
      'HTTP 404：页面不存在（链接失效）（page not found (broken link)）',
    ]);
    expect(brief(serverError)).toEqual(['http', true, 'HTTP 503：服务器出错（server error）']);
    expect(brief(refused)).toEqual(['network', true, '无法下载：ECONNREFUSED（download failed: ECONNREFUSED）']);
    expect(brief(slow)).toEqual(['timeout', true, '0.1 秒内未响应（no response within 0.1 s）']);
    // A fetcher that ignores its signal still cannot hold the batch past the timeout.
    expect(brief(stuck)).toEqual(['timeout', true, '0.1 秒内未响应（no response within 0.1 s）']);
    expect(brief(pdf)).toEqual(['unreadable', false, '是 PDF 文件，无法核查（a PDF file, which cannot be audited）']);
    expect(brief(fine)).toBe('ok');
  });

  it('skips pages already done, without fetching them', async () => {
    const f = fakeFetcher({});
    const done = new Set(urls(5).slice(0, 3));
    const progress: BatchProgress[] = [];
    const summary = await runBatch({
      urls: urls(5),
      fetchPage: f.fetchPage,
      audit,
      delayMs: 0,
      isDone: (u) => done.has(u),
      onProgress: (p) => void progress.push(p),
    });
    expect(summary.skipped).toEqual(urls(5).slice(0, 3));
    expect(f.log.map((l) => l.url)).toEqual(urls(5).slice(3));
    expect(progress[0]).toEqual({ total: 5, done: 0, failed: 0, skipped: 3, active: 0 });
    expect(progress.at(-1)).toMatchObject({ total: 5, done: 2, skipped: 3, active: 0 });
  });

  it('stops on cancel: nothing new starts, and pages in flight are not reported as done', async () => {
    const f = fakeFetcher(Object.fromEntries(urls(10).map((u) => [u, { ms: 40 }])));
    const controller = new AbortController();
    const streamed: string[] = [];
    const summary = await runBatch({
      urls: urls(10),
      fetchPage: f.fetchPage,
      audit,
      concurrency: 2,
      delayMs: 0,
      signal: controller.signal,
      onResult: (e) => {
        streamed.push(e.url);
        if (streamed.length === 3) controller.abort();
      },
    });
    expect(summary.cancelled).toBe(true);
    expect(summary.entries.map((e) => e.url)).toEqual(streamed);
    expect(streamed.length).toBeGreaterThanOrEqual(3);
    expect(streamed.length).toBeLessThanOrEqual(4);
    expect(f.log.length).toBeLessThanOrEqual(5);
  });

  it('stops when a result cannot be saved, and says so', async () => {
    const f = fakeFetcher({});
    const summary = await runBatch({
      urls: urls(6),
      fetchPage: f.fetchPage,
      audit,
      delayMs: 0,
      concurrency: 1,
      onResult: () => {
        throw new Error('ENOSPC: no space left on device');
      },
    });
    expect(summary.entries).toHaveLength(1);
    expect(summary.error).toBe(
      '无法保存结果，批量核查已停止：ENOSPC: no space left on device（could not save a result, the batch stopped: ENOSPC: no space left on device）',
    );
  });

  it('survives throwing progress and isDone callbacks and bad options', async () => {
    const f = fakeFetcher({});
    const summary = await runBatch({
      urls: ['', ...urls(2)],
      fetchPage: f.fetchPage,
      audit,
      concurrency: Number.NaN,
      delayMs: -5,
      timeoutMs: 0,
      isDone: () => {
        throw new Error('store unavailable');
      },
      onProgress: () => {
        throw new Error('ui gone');
      },
    });
    // timeoutMs 0 is clamped to 1 ms: the 5 ms pages time out, which is recorded, not thrown.
    expect(summary.entries.map((e) => (e.ok ? 'ok' : e.kind))).toEqual(['timeout', 'timeout']);
    expect(summary.skipped).toEqual([]);
  });

  it('does nothing for an empty list', async () => {
    const f = fakeFetcher({});
    expect(await runBatch({ urls: [], fetchPage: f.fetchPage, audit })).toMatchObject({
      entries: [],
      skipped: [],
      cancelled: false,
    });
  });
});
