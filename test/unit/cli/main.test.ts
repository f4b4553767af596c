import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../src/cli/main';
import { captured } from '../../helpers/captured';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLE = `${ROOT}samples/jinxiang-police-2023.html`;
const CLEAN = `${ROOT}test/fixtures/html/xinxiang-2023.html`;
const GBK = `${ROOT}test/fixtures/html/jinzhai-2024-gbk.html`;
const NEWS = `${ROOT}test/fixtures/html/news.html`;
const SEED = `${ROOT}test/fixtures/seeds/jinzhai-police-2024.txt`;

const run = (args: string[], io: Partial<CliIo> = {}) => captured((c) => main(args, { ...c, env: {}, ...io }));

describe('cli: text output and exit codes', () => {
  it('exits 1 with the error listed for a report with an error finding', async () => {
    const { code, out, err } = await run([SAMPLE]);
    expect(code).toBe(1);
    expect(err).toBe('');
    expect(out).toContain('金乡县公安局');
    expect(out).toMatch(/错误 \(1\)[\s\S]*t4-review-sum[\s\S]*行政复议总计应为 1/);
    expect(out).toMatch(/警告 \(1\)[\s\S]*meta-year-body/);
    expect(out).not.toContain('\u001b[');
  });

  it('exits 0 for a clean report and a page that is not a report', async () => {
    expect(await run([CLEAN])).toMatchObject({ code: 0, out: expect.stringContaining('未发现问题') });
    expect(await run([NEWS])).toMatchObject({
      code: 0,
      out: expect.stringContaining('未识别为政府信息公开工作年度报告'),
    });
  });

  it('speaks English with --lang en', async () => {
    const { out } = await run(['--lang', 'en', SAMPLE]);
    expect(out).toMatch(/Errors \(1\)[\s\S]*t4-review-sum[\s\S]*should be 1/i);
    expect(out).toContain('Table 4');
  });

  it('colours only a terminal, and never with NO_COLOR', async () => {
    expect((await run([SAMPLE], { isTTY: true })).out).toContain('\u001b[31m');
    expect((await run([SAMPLE], { isTTY: true, env: { NO_COLOR: '1' } })).out).not.toContain('\u001b[');
    expect((await run(['--format', 'json', SAMPLE], { isTTY: true })).out).not.toContain('\u001b[');
  });

  it('reads GBK pages and plain-text reports', async () => {
    expect(await run([GBK])).toMatchObject({
      code: 0,
      out: expect.stringContaining('金寨县公安局2024年政府信息公开工作年度报告'),
    });
    expect(await run([SEED])).toMatchObject({ code: 0, out: expect.stringContaining('表三 已读取') });
  });

  it('exits 2 for an unreadable input but still audits and prints the others', async () => {
    const missing = `${ROOT}samples/no-such-report.html`;
    const { code, out, err } = await run([missing, CLEAN]);
    expect(code).toBe(2);
    expect(err).toContain(missing);
    // One language per locale: Chinese by default, English with --lang en, never both.
    expect(err).toMatch(/文件不存在/);
    expect(err).not.toMatch(/no such file/);
    const english = await run(['--lang', 'en', missing]);
    expect(english.err).toMatch(/cannot read .*no-such-report\.html: no such file/);
    expect(english.err).not.toMatch(/文件不存在/);
    expect(out).toContain('新乡市公安局');
    // The error finding of another input does not hide the unusable one.
    expect((await run([SAMPLE, missing])).code).toBe(2);
  });

  it('exits 2 with a message for unusable arguments', async () => {
    for (const args of [
      [],
      ['--format', 'xml', SAMPLE],
      ['--lang', 'fr', SAMPLE],
      ['--frobnicate', SAMPLE],
      ['--timeout', '0', SAMPLE],
    ]) {
      const { code, out, err } = await run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toContain('--help');
    }
  });

  it('prints help', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/--format text\|json\|csv[\s\S]*退出码 Exit status/);
  });
});

describe('cli: json and csv', () => {
  it('prints the documented JSON shape, one report per input in order', async () => {
    const { code, out } = await run(['--format', 'json', SAMPLE, NEWS]);
    expect(code).toBe(1);
    const json = JSON.parse(out) as { reports: Array<Record<string, unknown>> };
    expect(Object.keys(json)).toEqual(['reports']);
    expect(json.reports).toHaveLength(2);
    const [report, news] = json.reports;
    for (const key of [
      'source',
      'detected',
      'format',
      'title',
      'agency',
      'year',
      'period',
      'published',
      'tables',
      'findings',
    ]) {
      expect(report).toHaveProperty(key);
    }
    expect(report).toMatchObject({
      source: SAMPLE,
      detected: true,
      format: '2021',
      agency: '金乡县公安局',
      year: 2023,
    });
    expect(report!.tables).toMatchObject({
      T4: { status: 'ok', values: { review: { 'review.maintain': 1, 'review.total': 0 } } },
    });
    const findings = report!.findings as Array<{ rule: string; severity: string; message: string; cells: unknown[] }>;
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['t4-review-sum', 'error'],
      ['meta-year-body', 'warning'],
    ]);
    expect(findings[0]!.cells[0]).toEqual({ table: 'T4', row: 'review', column: 'review.total', text: '0' });
    expect(news).toMatchObject({ source: NEWS, detected: false, findings: [] });
  });

  it('prints the values CSV, with a BOM only when asked', async () => {
    const { out } = await run(['--format', 'csv', SAMPLE]);
    expect(out.charCodeAt(0)).not.toBe(0xfeff);
    const lines = out.trimEnd().split('\r\n');
    // The original fifteen keys first and unchanged; the readable columns after them.
    expect(lines[0]).toBe(
      '页面地址,核查时间,机关,年度,表,行键,行名称,列键,列名称,数值,原文,空白,合并单元格填充,单位,问题规则,表名,行分组,列分组,单元格,报告标题,发布日期,格式',
    );
    // Header, then T2 (2×3 + 4 values), T3 (25×7) and T4 (15).
    expect(lines).toHaveLength(1 + 10 + 175 + 15);
    expect(lines.find((l) => l.includes(',review.total,'))).toMatch(
      /,0,0,0,0,件,t4-review-sum,表四,,,表四 \/ 行政复议 \/ 总计,/,
    );
    expect((await run(['--format', 'csv', '--bom', SAMPLE])).out.charCodeAt(0)).toBe(0xfeff);
    expect((await run(['--format', 'csv', '--lang', 'en', SAMPLE])).out).toMatch(/^source,audited_at,agency/);
  });
});

describe('cli: URLs', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const gbk = readFileSync(GBK);
    const sample = readFileSync(SAMPLE);
    server = createServer((req, res) => {
      if (req.url === '/sample.html') res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(sample);
      // An old portal: GBK bytes, no charset in the header, only the <meta>.
      else if (req.url === '/gbk.html') res.writeHead(200, { 'Content-Type': 'text/html' }).end(gbk);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('audits pages served over http, and names a failing URL', async () => {
    const { code, out, err } = await run([
      '--format',
      'json',
      `${base}/sample.html`,
      `${base}/gbk.html`,
      `${base}/gone.html`,
    ]);
    expect(code).toBe(2);
    expect(err).toContain(`${base}/gone.html`);
    expect(err).toContain('HTTP 404');
    const { reports } = JSON.parse(out) as { reports: Array<{ source: string; agency: string; findings: unknown[] }> };
    expect(reports.map((r) => [r.source, r.agency])).toEqual([
      [`${base}/sample.html`, '金乡县公安局'],
      [`${base}/gbk.html`, '金寨县公安局'],
    ]);
  });
});

describe('cli: as installed', () => {
  const exec = promisify(execFile);
  it('runs through bin/gov-report-audit.mjs with the process exit status', async () => {
    const ok = await exec(process.execPath, [`${ROOT}bin/gov-report-audit.mjs`, CLEAN], { cwd: ROOT });
    expect(ok.stdout).toContain('新乡市公安局');
    const failed = await exec(process.execPath, [`${ROOT}bin/gov-report-audit.mjs`, SAMPLE], { cwd: ROOT }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect(failed).toMatchObject({ code: 1, stdout: expect.stringContaining('t4-review-sum') });
  });
});

describe('cli: --explain', () => {
  it('prints what each stage saw before the findings, and keeps the exit code', async () => {
    const { code, out, err } = await run(['--explain', SAMPLE]);
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(out).toContain('== 核查过程: ');
    expect(out).toMatch(
      /3 表格: 3\n {3}#\d+，位于二,[^\n]*采用为 表二\(T2\)\n {3}#\d+，位于三,[^\n]*表三关键词 11\/11/,
    );
    expect(out).toMatch(/采用为 表三\(T3\)[\s\S]*采用为 表四\(T4\)/);
    expect(out).toMatch(/6 事实: 年度 2023（来自标题），格式 2021，机关 金乡县公安局/);
    expect(out).toMatch(/7 识别: 是年度报告 — 标题为年度报告，找到 6 个章节、3 张统计表\n/);
    expect(out).toMatch(/“2022 年我局收到政府信息公开申请 1 条[^\n]*\n {6}count “[^”]*” → newRequests = 1条/);
    expect(out).toMatch(/9 核查结果: 2\n {3}错误 t4-review-sum \[T4:review:review.total/);
    // One language per locale: no English heading words in the Chinese explanation.
    expect(out.split('━━')[0]).not.toMatch(
      /\b(?:stream|sections|tables|values|sentences|facts|recognition|claims|findings|taken for|judged on)\b/,
    );
    // The usual report follows.
    expect(out.indexOf('━━')).toBeGreaterThan(out.indexOf('9 核查结果'));
  });

  it('speaks English with --lang en, and goes with text output only', async () => {
    const en = (await run(['--explain', '--lang', 'en', SAMPLE])).out;
    expect(en).toMatch(
      /^== What each stage saw[\s\S]*3 tables: 3[\s\S]*7 recognition: a report — report title, 6 sections, 3 tables\n/,
    );
    expect(en.split('━━')[0]).not.toMatch(/[章节表格识别核查过程]{2}/u);
    const json = await run(['--explain', '--format', 'json', SAMPLE]);
    expect(json).toMatchObject({ code: 2, out: '' });
    expect(json.err).toContain('--explain');
  });
});
