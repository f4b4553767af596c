/**
 * The batch CLI against the local portal (test/fixtures/portal served on 127.0.0.1): a full run and its outputs,
 * resuming, timeouts, a folder and a file of URLs as inputs, and a run killed with SIGKILL then resumed.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type BatchIo } from '../../../src/cli/batch-main';
import type { ReportsJson } from '../../../src/export';
import type { SummaryRow } from '../../../src/portal';
import { parseCsv } from '../../helpers/csv';
import {
  BROKEN_PATH,
  FOLLOWED_PATH,
  GBK_PATH,
  NOT_A_REPORT_PATH,
  REPORTS,
  SITE_DIR,
  SLOW_PATH,
} from '../../fixtures/portal/generate';
import { startPortal, type Portal } from './portal-server';
import { captured } from '../../helpers/captured';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let portal: Portal;
const dirs: string[] = [];
beforeAll(async () => {
  portal = await startPortal({ slowMs: 600 });
});
afterAll(async () => {
  await portal.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'batch-test-'));
  dirs.push(dir);
  return dir;
}

const run = (args: string[], io: Partial<BatchIo> = {}) => captured((c) => main(args, { ...c, ...io }));

const url = (path: string) => `${portal.origin}${path}`;
const rowsOf = (out: string): SummaryRow[] =>
  (JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { rows: SummaryRow[] }).rows;
/** The addresses in the journal, one per line; a line being written (or cut short by a kill) is not counted. */
const journalUrls = (out: string) =>
  readFileSync(join(out, 'results.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((l) => {
      try {
        return [(JSON.parse(l) as { url: string }).url];
      } catch {
        return [];
      }
    });
const reportPaths = [...REPORTS.map((r) => `/${r.path}`)];
const hitsOf = (paths: readonly string[]) => paths.map((p) => portal.hits.get(p) ?? 0);

/** What the cross-year rules found, per report: "agency year: rule, rule". */
function crossYearFindings(out: string): string[] {
  const { reports } = JSON.parse(readFileSync(join(out, 'data.json'), 'utf8')) as ReportsJson;
  return reports
    .map(
      (r) =>
        `${r.agency} ${r.year}: ${r.findings
          .filter((f) => f.rule.startsWith('year-'))
          .map((f) => f.rule)
          .sort()
          .join(', ')}`,
    )
    .filter((line) => !line.endsWith(': '))
    .sort();
}

describe('batch CLI on the local portal', () => {
  let out: string;
  let first: { code: number; out: string; err: string };
  let hitsAfterFirst: number[];

  beforeAll(async () => {
    out = outDir();
    first = await run(['--delay', '0', '--concurrency', '4', '--format', 'json', '--out', out, portal.listing]);
    hitsAfterFirst = hitsOf([...reportPaths, BROKEN_PATH, NOT_A_REPORT_PATH]);
  });

  it('audits every page of the listing and its pagination once, and follows the link to a report not listed', () => {
    expect(first.code).toBe(1); // one report has an error finding
    expect(first.out).toContain(
      '完成：13 份报告（3 个年度，7 份与上年报告比对），1 页不是年度报告，1 页无法读取；错误 1，警告 4。',
    );
    expect(hitsAfterFirst).toEqual(Array(reportPaths.length + 2).fill(1));
    expect(portal.hits.get(FOLLOWED_PATH)).toBe(1);
    expect(first.err).toContain('目录共 2 页，找到 14 份年度报告链接');
    expect(first.err).toContain('跟随报告页中的链接，核查 1 份上年报告');
    expect(first.err).not.toContain('\u001b[');
  });

  it('summarises each page: agency, year, format, errors, warnings, published date, link and last year’s report', () => {
    const rows = rowsOf(out);
    expect(rows).toHaveLength(15);
    const row = (path: string) => rows.find((r) => r.url === url(path));
    expect(row('/xxgk/ndbg/2024/01/gaj-2023.html')).toMatchObject({
      status: 'report',
      agency: '示例县公安局',
      year: 2023,
      format: '2021',
      errors: 1,
      warnings: 0,
      published: '2024-01-19',
      previous: url('/xxgk/ndbg/2023/01/gaj-2022.html'),
    });
    expect(row(GBK_PATH)).toMatchObject({ agency: '示例县卫生健康局', year: 2023, warnings: 1 });
    expect(row(SLOW_PATH)).toMatchObject({ status: 'report', errors: 0, warnings: 0 });
    expect(row('/xxgk/ndbg/2024/01/zjj-2023.html')?.previous).toBe(url(FOLLOWED_PATH));
    expect(row(BROKEN_PATH)).toMatchObject({
      status: 'failed',
      error: 'HTTP 404：页面不存在（链接失效）（page not found (broken link)）',
    });
    expect(row(NOT_A_REPORT_PATH)).toMatchObject({ status: 'not-report', agency: null, errors: 0 });
    // Sorted by agency (Chinese collation), then year.
    const agencies = rows.filter((r) => r.agency).map((r) => `${r.agency} ${r.year}`);
    expect(agencies.slice(0, 3)).toEqual(['示例县公安局 2022', '示例县公安局 2023', '示例县教育局 2022']);
  });

  it('runs the cross-year rules across the batch: each finding names last year’s report', () => {
    expect(crossYearFindings(out)).toEqual([
      '示例县人民政府办公室 2023: year-valid-docs',
      '示例县公安局 2023: year-carry',
      '示例县卫生健康局 2023: year-yoy-claim',
      '示例县教育局 2023: year-duplicate, year-duplicate',
    ]);
    const { reports } = JSON.parse(readFileSync(join(out, 'data.json'), 'utf8')) as ReportsJson;
    const police = reports.find((r) => r.agency === '示例县公安局' && r.year === 2023);
    const carry = police?.findings.find((f) => f.rule === 'year-carry');
    expect(carry?.data.previousSource).toBe(url('/xxgk/ndbg/2023/01/gaj-2022.html'));
    expect(carry?.message).toContain('示例县公安局2022年报告');
  });

  it('resumes: a second run fetches no report again and gives the same results', async () => {
    const again = await run(['--delay', '0', '--format', 'json', '--out', out, portal.listing]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('继续上次的批量核查');
    expect(again.out).toContain('本次核查 0 页，跳过 14 页');
    expect(hitsOf([...reportPaths, BROKEN_PATH, NOT_A_REPORT_PATH])).toEqual(hitsAfterFirst);
    expect(rowsOf(out)).toHaveLength(15);
    expect(journalUrls(out)).toHaveLength(15);
  });
});

describe('batch CLI outputs and inputs', () => {
  it('writes Excel-ready CSV: summary, all values and all findings', async () => {
    const out = outDir();
    const { code } = await run(['--delay', '0', '--concurrency', '4', '--out', out, portal.listing]);
    expect(code).toBe(1);
    const csv = (name: string) => {
      const text = readFileSync(join(out, name), 'utf8');
      expect(text.startsWith('\ufeff'), name).toBe(true);
      return parseCsv(text.slice(1));
    };
    const summary = csv('summary.csv');
    expect(summary[0]).toEqual([
      '机关',
      '年度',
      '格式',
      '错误',
      '警告',
      '提示',
      '发布日期',
      '页面地址',
      '状态',
      '标题',
      '上年报告',
      '说明',
    ]);
    expect(summary).toHaveLength(16);
    const findings = csv('findings.csv');
    expect(
      findings
        .filter((r) => r[4]?.startsWith('year-'))
        .map((r) => r[4])
        .sort(),
    ).toEqual(['year-carry', 'year-duplicate', 'year-duplicate', 'year-valid-docs', 'year-yoy-claim']);
    const values = csv('data.csv');
    // 13 reports × (T2 10 + T3 175 + T4 15) values.
    expect(values.length - 1).toBe(13 * 200);
  });

  it('retries on a re-run what timed out, and only that', async () => {
    const out = outDir();
    const before = portal.hits.get(SLOW_PATH) ?? 0;
    // One page at a time: the server shares this process, so parallel audits could delay its answers past the timeout.
    const first = await run([
      '--delay',
      '0',
      '--concurrency',
      '1',
      '--timeout',
      '0.3',
      '--format',
      'json',
      '--out',
      out,
      portal.listing,
    ]);
    expect(first.err).toMatch(/✗ .*zrzyj-2023\.html {2}0\.3 秒内未响应/);
    expect(rowsOf(out).find((r) => r.url === url(SLOW_PATH))?.status).toBe('failed');
    const others = hitsOf(reportPaths.filter((p) => p !== SLOW_PATH));
    const second = await run(['--delay', '0', '--format', 'json', '--out', out, portal.listing]);
    expect(second.out).toContain('本次核查 1 页，跳过 13 页');
    expect(portal.hits.get(SLOW_PATH)).toBe(before + 2);
    expect(hitsOf(reportPaths.filter((p) => p !== SLOW_PATH))).toEqual(others);
    expect(rowsOf(out).find((r) => r.url === url(SLOW_PATH))?.status).toBe('report');
  });

  it('audits a folder of saved pages (listing pages there are simply not reports)', async () => {
    const out = outDir();
    const { code, out: stdout } = await run(['--format', 'json', '--lang', 'en', '--out', out, SITE_DIR]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      "Done: 13 reports (3 years, 7 compared with last year's), 3 pages not annual reports, 0 unreadable; 1 errors, 4 warnings.",
    );
    expect(crossYearFindings(out)).toHaveLength(4);
    expect(rowsOf(out).find((r) => r.agency === '示例县卫生健康局' && r.year === 2023)?.url).toBe(
      join(SITE_DIR, GBK_PATH),
    );
  });

  it('audits a file of URLs, relative paths included', async () => {
    const out = outDir();
    const list = join(out, 'urls.txt');
    writeFileSync(
      list,
      [
        '# two years of one agency, and a dead link',
        url('/xxgk/ndbg/2024/01/gaj-2023.html'),
        join(SITE_DIR, 'xxgk/ndbg/2023/01/gaj-2022.html'),
        '',
        url(BROKEN_PATH),
      ].join('\n'),
    );
    const { code } = await run(['--delay', '0', '--format', 'json', '--out', out, list]);
    expect(code).toBe(1);
    expect(
      rowsOf(out)
        .map((r) => r.status)
        .sort(),
    ).toEqual(['failed', 'report', 'report']);
    expect(crossYearFindings(out)).toEqual(['示例县公安局 2023: year-carry']);
  });

  it('uses earlier batches’ results (--history) for last year’s reports', async () => {
    const earlier = outDir();
    await run(['--format', 'json', '--out', earlier, join(SITE_DIR, 'xxgk/ndbg/2023/01/jyj-2022.html')]);
    const out = outDir();
    await run([
      '--format',
      'json',
      '--out',
      out,
      '--history',
      join(earlier, 'results.jsonl'),
      join(SITE_DIR, 'xxgk/ndbg/2024/01/jyj-2023.html'),
    ]);
    expect(crossYearFindings(out)).toEqual(['示例县教育局 2023: year-duplicate, year-duplicate']);
    expect(rowsOf(out)[0]?.previous).toBe(join(SITE_DIR, 'xxgk/ndbg/2023/01/jyj-2022.html'));
  });

  it('draws a progress bar only on a terminal', async () => {
    const out = outDir();
    const { err } = await run(['--out', out, join(SITE_DIR, 'xxgk/ndbg/2024/01/gaj-2023.html')], {
      isTTY: true,
      columns: 100,
    });
    expect(err).toContain('\r\u001b[2K');
    expect(err).toMatch(/\[█+\] 1\/1 {2}失败 0/);
  });

  it('refuses bad arguments and unusable inputs', async () => {
    expect((await run(['--format', 'xml', 'x'])).code).toBe(2);
    expect((await run(['--concurrency', '0', 'x'])).code).toBe(2);
    // One language per locale: Chinese by default, English with --lang en, never both.
    expect((await run([])).err).toBe('请给出目录页网址、网址列表文件或网页文件夹\n用 --help 查看用法\n');
    expect((await run(['--lang', 'en'])).err).toBe('no listing URL, URL list or folder given\nsee --help\n');
    const out = outDir();
    const missing = await run(['--out', out, join(out, 'nothing-here')]);
    expect(missing).toMatchObject({ code: 2, err: expect.stringContaining('找不到') });
    const down = await run(['--out', out, 'http://127.0.0.1:9/xxgk/ndbg/']);
    expect(down.code).toBe(2);
    expect(down.err).toContain('无法下载');
    expect((await run(['--help'])).out).toContain('npm run batch');
  });
});

describe('batch CLI interrupted (Ctrl-C)', () => {
  it('stops politely, writes what is done, and exits 130', async () => {
    const out = outDir();
    const controller = new AbortController();
    // Interrupted once a first result is on disk (not after a fixed time, which a loaded machine may not reach).
    const timer = setInterval(() => {
      let written = 0;
      try {
        written = existsSync(join(out, 'results.jsonl')) ? journalUrls(out).length : 0;
      } catch {
        // A line being written: look again at the next tick.
      }
      if (written >= 1) {
        clearInterval(timer);
        controller.abort();
      }
    }, 10);
    const { code, err } = await run(
      ['--delay', '150', '--concurrency', '1', '--format', 'json', '--out', out, portal.listing],
      { signal: controller.signal },
    );
    clearInterval(timer);
    expect(code).toBe(130);
    expect(err).toContain('已中断。已完成的结果保存在');
    const done = journalUrls(out);
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(15);
    expect(rowsOf(out)).toHaveLength(done.length);
    const resumed = await run(['--delay', '0', '--format', 'json', '--out', out, portal.listing]);
    expect(resumed.code).toBe(1);
    expect(journalUrls(out)).toHaveLength(15);
  });
});

describe('batch CLI killed mid-run', () => {
  it('loses nothing already done and redoes nothing on the next run', async () => {
    const out = outDir();
    const args = ['--concurrency', '1', '--delay', '200', '--format', 'json', '--out', out, portal.listing];
    const before = new Map(portal.hits);
    // Node itself with tsx's loader, not the tsx wrapper: SIGKILL on the wrapper cannot reach its child, which would
    // go on appending to the journal while the resumed run below does the same pages (the "page twice" flake).
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/batch-main.ts'), ...args], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const journal = join(out, 'results.jsonl');
    // Kill it the hard way (no chance to clean up) once a few results are on disk.
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (existsSync(journal) && journalUrls(out).length >= 3) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      child.once('exit', () => {
        clearInterval(timer);
        reject(new Error('the batch finished before it could be killed'));
      });
    });
    await exited;
    // It left its lock behind: the resumed run takes it over (its pid is dead).
    expect(existsSync(join(out, '.batch.lock'))).toBe(true);
    const done = journalUrls(out);
    expect(done.length).toBeGreaterThanOrEqual(3);
    expect(done.length).toBeLessThan(15);
    const fetched = (u: string) => (portal.hits.get(new URL(u).pathname) ?? 0) - (before.get(new URL(u).pathname) ?? 0);
    const afterKill = done.map(fetched);

    const resumed = await run(['--delay', '0', ...args.slice(4)]);
    expect(resumed.out).toContain(`跳过 ${done.length} 页`);
    // Nothing redone: the pages done before the kill were not fetched again.
    expect(done.map(fetched)).toEqual(afterKill);
    // Nothing lost: every page is in the journal exactly once, and the summary is complete.
    const all = journalUrls(out);
    expect(all).toHaveLength(15);
    expect(new Set(all).size).toBe(15);
    expect(rowsOf(out)).toHaveLength(15);
    expect(crossYearFindings(out)).toHaveLength(4);
    expect(existsSync(join(out, '.batch.lock'))).toBe(false);
  }, 60_000);
});

describe('batch CLI output folder lock', () => {
  // The sample report: one error finding of its own.
  const page = join(ROOT, 'samples/jinxiang-police-2023.html');
  const lockOf = (pid: number) => `${JSON.stringify({ pid, host: hostname(), started: '2025-01-01T00:00:00.000Z' })}\n`;

  it('lets one of two runs on the same folder go on, refuses the other (exit 2), and journals each page once', async () => {
    const out = outDir();
    const args = ['--delay', '0', '--concurrency', '4', '--format', 'json', '--out', out, portal.listing];
    const [a, b] = await Promise.all([run(args), run(args)]);
    expect([a.code, b.code].sort()).toEqual([1, 2]);
    const refused = a.code === 2 ? a : b;
    expect(refused.err).toContain(`输出文件夹 ${out} 正由另一次批量核查使用（进程 ${process.pid}）`);
    expect(refused.out).toBe('');
    const all = journalUrls(out);
    expect(all).toHaveLength(15);
    expect(new Set(all).size).toBe(15);
    expect(existsSync(join(out, '.batch.lock'))).toBe(false);
  }, 60_000);

  it('refuses a folder locked by a live process, and takes over the lock of a dead one', async () => {
    const out = outDir();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    try {
      writeFileSync(join(out, '.batch.lock'), lockOf(sleeper.pid as number));
      const held = await run(['--lang', 'en', '--out', out, page]);
      expect(held.code).toBe(2);
      expect(held.err).toContain(`is in use by another batch run (pid ${sleeper.pid})`);
      expect(existsSync(join(out, 'results.jsonl'))).toBe(false);
      // The lock is theirs: a refused run leaves it alone.
      expect(readFileSync(join(out, '.batch.lock'), 'utf8')).toBe(lockOf(sleeper.pid as number));
    } finally {
      sleeper.kill();
    }
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(join(out, '.batch.lock'), lockOf(dead));
    const after = await run(['--format', 'json', '--out', out, page]);
    expect(after.code).toBe(1);
    expect(rowsOf(out)).toHaveLength(1);
    expect(existsSync(join(out, '.batch.lock'))).toBe(false);
  });
});

describe('batch CLI results on disk', () => {
  // The sample report: one error finding of its own.
  const page = join(ROOT, 'samples/jinxiang-police-2023.html');

  it('skips journal lines of the wrong shape with a warning on stderr, instead of failing every later run', async () => {
    const out = outDir();
    const journal = join(out, 'results.jsonl');
    writeFileSync(
      journal,
      [
        '{"v":1,"url":"https://portal.example.gov.cn/a.html","ok":true,"via":"input","ms":1,"result":{"report":{}}}',
        '{"v":1,"url":"https://portal.example.gov.cn/b.html","ok":false,"via":"input","ms":1}',
        '[1,2,3]',
        '',
      ].join('\n'),
    );
    const { code, err } = await run(['--format', 'json', '--out', out, page]);
    expect(code).toBe(1); // the page's own error finding, not 2
    expect(err).toContain(`警告：${journal} 中有 3 行不完整或格式不符（第 1, 2, 3 行），已跳过`);
    expect(rowsOf(out).map((r) => r.url)).toEqual([page]);
    // A --history file of the same kind is read the same way.
    const again = await run(['--format', 'json', '--lang', 'en', '--out', outDir(), '--history', journal, page]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('Warning: 3 incomplete or malformed lines');
  });

  it('never lets a later failure of a page replace its success', async () => {
    const out = outDir();
    expect((await run(['--format', 'json', '--out', out, page])).code).toBe(1);
    const journal = join(out, 'results.jsonl');
    appendFileSync(
      journal,
      `${JSON.stringify({ v: 1, via: 'input', url: page, ok: false, kind: 'timeout', error: 'timeout', retryable: true, ms: 1 })}\n`,
    );
    const again = await run(['--format', 'json', '--out', out, page]);
    expect(again.code).toBe(1);
    expect(again.out).toContain('跳过 1 页');
    expect(rowsOf(out)).toMatchObject([{ url: page, status: 'report', errors: 1 }]);
  });

  it('replaces the result files by rename, never rewriting them in place, and leaves no temporary file', async () => {
    const out = outDir();
    await run(['--out', out, page]);
    // A reader holding the old summary (a hard link to it here) keeps the whole old file.
    linkSync(join(out, 'summary.csv'), join(out, 'held.csv'));
    const before = readFileSync(join(out, 'held.csv'), 'utf8');
    const inode = statSync(join(out, 'summary.csv')).ino;
    await run(['--lang', 'en', '--out', out, page]);
    expect(readFileSync(join(out, 'held.csv'), 'utf8')).toBe(before);
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toContain('agency');
    expect(statSync(join(out, 'summary.csv')).ino).not.toBe(inode);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 2 when a result file cannot be written, leaving no temporary file and no lock behind', async () => {
    const out = outDir();
    await run(['--format', 'json', '--out', out, page]);
    // A folder where the new data.json would go: its write fails.
    rmSync(join(out, 'data.json'));
    mkdirSync(join(out, 'data.json'));
    const failed = await run(['--format', 'json', '--lang', 'en', '--out', out, page]);
    expect(failed.code).toBe(2);
    expect(failed.err).toContain('batch failed');
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(out, '.batch.lock'))).toBe(false);
  });

  it('exits like gov-report-audit: 1 for an error finding, 2 when an input is unusable (the others still audited)', async () => {
    const out = outDir();
    const clean = join(SITE_DIR, 'xxgk/ndbg/2024/01/gaj-2023.html');
    expect((await run(['--format', 'json', '--out', outDir(), page])).code).toBe(1);
    const mixed = await run(['--format', 'json', '--out', out, join(out, 'missing.html'), page]);
    expect(mixed.code).toBe(2);
    expect(mixed.err).toContain('找不到');
    expect(rowsOf(out)).toHaveLength(1);
    const cleanOut = outDir();
    const zero = await run(['--format', 'json', '--out', cleanOut, clean]);
    expect(rowsOf(cleanOut)).toMatchObject([{ errors: 0 }]);
    expect(zero.code).toBe(0);
  });
});
