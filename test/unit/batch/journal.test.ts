import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditPage, pageText } from '../../../src/cli/batch-io';
import { isSettled, openJournal, readJournal } from '../../../src/cli/batch-journal';
import type { BatchEntry } from '../../../src/portal';
import { buildReport } from '../../helpers/report-builder';

const dir = mkdtempSync(join(tmpdir(), 'journal-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ok = (url: string): BatchEntry => ({
  url,
  ok: true,
  ms: 3,
  result: {
    report: buildReport({ source: url }),
    findings: [],
    rulesRun: ['t3-identity'],
    auditedAt: '2025-02-01T00:00:00.000Z',
  },
});
const failed = (url: string, retryable: boolean): BatchEntry => ({
  url,
  ok: false,
  kind: retryable ? 'timeout' : 'http',
  error: 'x',
  retryable,
  ms: 1,
});

describe('batch journal', () => {
  it('round-trips results (reports packed on disk) and keeps the last record of an address', () => {
    const path = join(dir, 'a.jsonl');
    const journal = openJournal(path);
    journal.append(ok('https://a.gov.cn/1.html'), 'listing', { previousLink: 'https://a.gov.cn/0.html' });
    journal.append(failed('https://a.gov.cn/2.html', true), 'listing');
    journal.append(ok('https://a.gov.cn/2.html'), 'listing');
    const { records, damaged } = readJournal(path);
    expect(damaged).toBe(0);
    expect([...records.keys()]).toEqual(['https://a.gov.cn/1.html', 'https://a.gov.cn/2.html']);
    const first = records.get('https://a.gov.cn/1.html');
    expect(first?.ok && first.previousLink).toBe('https://a.gov.cn/0.html');
    expect(first?.ok && first.result.report.tables.T3?.values).toEqual(buildReport().tables.T3?.values);
    expect(readFileSync(path, 'utf8')).toContain('"packed":1');
  });

  it('survives a line cut short by a kill: it is ignored, and the next record starts on a new line', () => {
    const path = join(dir, 'b.jsonl');
    openJournal(path).append(ok('https://a.gov.cn/1.html'), 'input');
    appendFileSync(path, '{"v":1,"url":"https://a.gov.cn/2.html","ok":true,"res');
    openJournal(path).append(ok('https://a.gov.cn/3.html'), 'input');
    const { records, damaged } = readJournal(path);
    expect(damaged).toBe(1);
    expect([...records.keys()]).toEqual(['https://a.gov.cn/1.html', 'https://a.gov.cn/3.html']);
    expect(readJournal(join(dir, 'none.jsonl'))).toEqual({ records: new Map(), damaged: 0, badLines: [] });
  });

  it('skips lines of the wrong shape, naming them, and never lets a failure replace a success', () => {
    const path = join(dir, 'd.jsonl');
    const journal = openJournal(path);
    journal.append(ok('https://a.gov.cn/1.html'), 'listing');
    appendFileSync(
      path,
      '{"v":1,"url":"https://a.gov.cn/2.html","ok":true,"via":"listing","ms":1,"result":{"report":{"packed":1}}}\n',
    );
    appendFileSync(
      path,
      '{"v":1,"url":"https://a.gov.cn/3.html","ok":false,"via":"listing","ms":1,"retryable":"no"}\n',
    );
    appendFileSync(path, 'null\n');
    journal.append(failed('https://a.gov.cn/1.html', true), 'listing');
    const { records, damaged, badLines } = readJournal(path);
    expect({ damaged, badLines }).toEqual({ damaged: 3, badLines: [2, 3, 4] });
    expect([...records.keys()]).toEqual(['https://a.gov.cn/1.html']);
    expect(records.get('https://a.gov.cn/1.html')?.ok).toBe(true);
  });

  it('settles audited pages and lasting failures; retries passing ones', () => {
    const path = join(dir, 'c.jsonl');
    const journal = openJournal(path);
    const records = [ok('u1'), failed('u2', false), failed('u3', true)].map((e) => journal.append(e, 'input'));
    expect(records.map(isSettled)).toEqual([true, true, false]);
    expect(isSettled(undefined)).toBe(false);
  });
});

describe('batch pages', () => {
  const encoder = new TextEncoder();
  it('decodes by header, by <meta>, and reads plain text; refuses binary files', () => {
    const gbk = new Uint8Array([0x3c, 0x70, 0x3e, 0xc4, 0xea, 0xb1, 0xa8]); // <p>年报 in GBK
    expect(pageText({ url: 'u', bytes: gbk, contentType: 'text/html; charset=GBK' })).toEqual({
      kind: 'html',
      text: '<p>年报',
    });
    const meta = new Uint8Array([...encoder.encode('<meta charset="gb2312"><p>'), 0xc4, 0xea, 0xb1, 0xa8]);
    expect(pageText({ url: 'u', bytes: meta, contentType: 'text/html' }).text).toContain('年报');
    expect(pageText({ url: 'u', bytes: encoder.encode('年报全文'), contentType: 'text/plain' })).toEqual({
      kind: 'text',
      text: '年报全文',
    });
    expect(pageText({ url: 'u', bytes: encoder.encode('<html><body>x</body></html>') }).kind).toBe('html');
    expect(() => pageText({ url: 'u', bytes: encoder.encode('%PDF-1.7'), contentType: 'application/pdf' })).toThrow(
      '是 PDF 文件，无法核查（a PDF file, which cannot be audited）',
    );
  });

  it('audits a page under the address the batch knows it by', () => {
    const { result, doc } = auditPage(
      { url: 'https://a.gov.cn/x.html', finalUrl: 'https://a.gov.cn/y.html', html: '<h1>新闻</h1>' },
      'zh',
    );
    expect(result.report.source).toBe('https://a.gov.cn/x.html');
    expect(result.report.detected).toBe(false);
    expect(doc?.querySelector('h1')?.textContent).toBe('新闻');
  });
});
