/**
 * The batch CLI against a hostile portal (./hostile-server.ts): links and redirects to local files and other
 * schemes are never read, answers too large are refused at the cap, and every such page is listed with why — as
 * skipped or failed, never as a finding (issue 9, items 1 and 3).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../../src/cli/batch-io';
import { main, type BatchIo } from '../../../src/cli/batch-main';
import { MAX_PAGE_BYTES } from '../../../src/extract/limits';
import { fetchPolitely, type SummaryRow } from '../../../src/portal';
import { OFFICE, POLICE, PREVIOUS_IS_FILE, startHostilePortal, type HostilePortal } from './hostile-server';
import { captured } from '../../helpers/captured';

let portal: HostilePortal;
const dirs: string[] = [];
beforeAll(async () => {
  portal = await startHostilePortal();
});
afterAll(async () => {
  await portal.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function run(
  args: string[],
  io: Partial<BatchIo> = {},
): Promise<{ code: number; out: string; err: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'batch-hostile-'));
  dirs.push(dir);
  const run = await captured((c) =>
    main(['--delay', '0', '--concurrency', '4', '--format', 'json', '--out', dir, ...args], { ...c, ...io }),
  );
  return { ...run, dir };
}

const journal = (dir: string) => readFileSync(join(dir, 'results.jsonl'), 'utf8');
const rows = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { rows: SummaryRow[] }).rows;
const row = (dir: string, path: string) => rows(dir).find((r) => r.url === `${portal.origin}${path}`);

describe('batch CLI on a hostile portal: links and redirects', () => {
  let result: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    result = await run([`${portal.origin}/list.html`]);
  }, 120_000);

  it('reads no local file: no line of /etc/passwd in the journal, no file: page at all', () => {
    const text = journal(result.dir);
    expect(text).not.toContain('root:x:0:0');
    expect(text).not.toContain('/usr/sbin/nologin');
    const urls = text
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { url: string }).url);
    for (const url of urls) expect(url.startsWith(portal.origin), url).toBe(true);
    // The report whose "last year's report" link is /etc/passwd: audited, its link not followed.
    expect(row(result.dir, PREVIOUS_IS_FILE)?.status).toBe('report');
    expect(rows(result.dir).some((r) => !r.url.startsWith('http'))).toBe(false);
  });

  it('audits the http(s) reports and says which report links it skipped', () => {
    expect(result.code).toBeLessThan(2);
    expect(row(result.dir, POLICE)?.status).toBe('report');
    expect(row(result.dir, OFFICE)?.status).toBe('report');
    expect(result.err).toContain('跳过 5 个不是 http(s) 的报告链接');
    expect(result.err).toContain('"file:///etc/passwd"');
  });

  it('follows no redirect out of http(s), and lists those pages as skipped with why', () => {
    expect(row(result.dir, '/redirect/file.html')).toMatchObject({
      status: 'skipped',
      error: expect.stringContaining('重定向到不允许的地址 file:///etc/passwd'),
    });
    expect(row(result.dir, '/redirect/data.html')).toMatchObject({
      status: 'skipped',
      error: expect.stringContaining('redirected to an address that may not be followed: data:'),
    });
  });

  it('refuses a 3 GB Content-Length without reading it, and stops an endless body at the cap: failed, "too large"', () => {
    const mb = `${MAX_PAGE_BYTES / 1e6} MB`;
    expect(row(result.dir, '/huge.html')).toMatchObject({
      status: 'failed',
      errors: 0,
      error: `页面过大（超过 ${mb}），未读取（too large (over ${mb}); not read）`,
    });
    expect(row(result.dir, '/endless.html')).toMatchObject({
      status: 'failed',
      errors: 0,
      error: expect.stringContaining('too large'),
    });
    // The client hung up near the cap (what the socket buffers hold on top of it aside).
    expect(portal.endlessBytes()).toBeLessThan(MAX_PAGE_BYTES * 2);
  });
});

describe('batch CLI on a hostile portal: devices', () => {
  it('never opens /dev/zero or /dev/urandom linked from a listing, and ends', async () => {
    const { code, dir, err } = await run([`${portal.origin}/list-zero.html`]);
    expect(code).toBeLessThan(2);
    expect(err).toContain('跳过 7 个不是 http(s) 的报告链接');
    expect(journal(dir)).not.toContain('/dev/');
  }, 120_000);
});

describe('the batch fetcher', () => {
  it('reads a local file only when it was named on the command line', async () => {
    const signal = new AbortController().signal;
    for (const spec of ['/etc/passwd', 'file:///etc/passwd', 'FILE:///etc/passwd', 'ftp://127.0.0.1/x.html']) {
      const got = await fetchPolitely((url, s) => fetchPage(url, s), spec, 5000, signal);
      expect(got, spec).toMatchObject({ failure: { kind: 'refused', retryable: false } });
    }
    const named = await fetchPage('/etc/hostname', signal, fetch, new Set(['/etc/hostname']));
    expect(named.bytes?.length).toBeGreaterThan(0);
  });
});
