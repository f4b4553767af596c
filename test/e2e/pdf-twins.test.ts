/**
 * PDF twins (issue 11): every HTML report fixture printed to PDF by headless Chromium (print-to-PDF, into a temp
 * folder — no generated binary is committed) must give the same table findings as its HTML form: same rules, same
 * cells. Images in the fixtures (tables pasted as pictures) are served as a real picture so the PDF has them too.
 * Plus: a scanned PDF (pages that are only an image) is "not audited: scanned", and the CLI reads PDF files and
 * PDF URLs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/audit';
import { auditPdf } from '../../src/audit-pdf';
import { parseHtml } from '../../src/cli/dom';
import { main as batchMain } from '../../src/cli/batch-main';
import { main } from '../../src/cli/main';
import { loadPdfPages } from '../../src/cli/pdf';
import type { AuditResult } from '../../src/model';
import { decodeHtml } from '../../src/portal/decode';
import { hasChromium, ROOT } from './harness';

const FIXTURES = [
  ...[
    'err-blank-total',
    'err-old-layout-2022',
    'err-review-total-zero',
    'err-row-total',
    'format-2019-2020',
    'guide',
    'jinxiang-2023-images',
    'jinzhai-2024-gbk',
    'jiyuan-2022',
    'listing',
    'news',
    'xinxiang-2023',
  ].map((n) => `test/fixtures/html/${n}.html`),
  ...[
    'err-split-t3-direct-sum-2024',
    'fullwidth-2023',
    'nested-sidenav-2024',
    'ueditor-two-label-columns-2022',
    'word-mso-2022',
    'xxgk-jsp-2023',
  ].map((n) => `test/fixtures/html-blind/${n}.html`),
  'samples/jinxiang-police-2023.html',
];

/**
 * Where the PDF form is known to differ, and how (never a false arithmetic finding): these are the reading's
 * documented limits (docs/pdf.md), asserted so that any change shows.
 */
const KNOWN: Record<string, (html: string[], pdf: string[], result: AuditResult) => void> = {
  // The second part of the cut 表三 has column lines missing in print (cells holding several numbers): that part
  // is not read, so 表三 is partial (t3-missing-rows) — but no sum is checked on a misread cell.
  'err-split-t3-direct-sum-2024': (html, pdf, result) => {
    expect(pdf.filter((f) => f !== 't3-missing-rows ')).toEqual(html.filter((f) => !f.startsWith('t3-')));
    expect(result.report.tables.T3?.status).toBe('partial');
  },
  // Its 表三 and 表四 are printed without ruling lines and with wrapped header words: not recognised, not audited.
  'xxgk-jsp-2023': (html, pdf, result) => {
    expect(pdf.filter((f) => !html.includes(f))).toEqual([]);
    expect(result.report.tables.T3?.status).toBe('not-recognised');
  },
};

/** A report page whose body is only its attachment. */
const ATTACHMENT_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>金乡县公安局2023年政府信息公开工作年度报告</title></head>
<body><h1>金乡县公安局2023年政府信息公开工作年度报告</h1><p>发布日期：2024-01-29</p>
<p>附件：<a href="/files/2023年度报告.pdf">金乡县公安局2023年政府信息公开工作年度报告.pdf</a></p></body></html>`;

const TABLE_RULE = /^(?:t2|t3|t4|cell)-/;

/** Table findings as "rule cells" strings, sorted: what must be equal between the twins. */
function tableFindings(result: AuditResult): string[] {
  return result.findings
    .filter((f) => TABLE_RULE.test(f.rule))
    .map((f) => `${f.rule} ${f.cells.map((c) => `${c.table}.${c.row}.${c.column}`).join(',')}`)
    .sort();
}

describe.skipIf(!hasChromium)('PDF twins of the HTML fixtures (Chromium print-to-PDF)', () => {
  let dir = '';
  let browser: Browser;
  let server: Server;
  let base = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pdf-twins-'));
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
    const page = await browser.newPage();
    // A picture standing in for a table pasted as an image.
    await page.setContent('<div style="width:600px;height:300px;background:#ddd;border:2px solid #000"></div>');
    const picture = await page.screenshot({ clip: { x: 0, y: 0, width: 604, height: 304 } });
    // No network: pictures get the stand-in, anything else the pages link to is refused.
    await page.route('**/*', (route) =>
      /\.(?:png|jpe?g|gif)(?:\?.*)?$/i.test(route.request().url())
        ? route.fulfill({ contentType: 'image/png', body: picture })
        : route.abort(),
    );
    for (const fixture of FIXTURES) {
      const html = decodeHtml(readFileSync(join(ROOT, fixture))).replace(
        /<head[^>]*>/i,
        (m) => `${m}<base href="http://fixture.test/">`,
      );
      await page.setContent(html, { waitUntil: 'load' });
      writeFileSync(join(dir, `${basename(fixture, '.html')}.pdf`), await page.pdf({ format: 'A4' }));
    }
    // A scan: each page is one picture and no text.
    await page.setContent(`<img src="http://127.0.0.1/scan.png" style="width:700px;height:1000px">`.repeat(2), {
      waitUntil: 'load',
    });
    writeFileSync(join(dir, 'scanned.pdf'), await page.pdf({ format: 'A4' }));
    await page.close();
    server = createServer((req, res) => {
      if (req.url === '/page.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(ATTACHMENT_PAGE);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(readFileSync(join(dir, 'jinxiang-police-2023.pdf')));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  for (const fixture of FIXTURES) {
    const name = basename(fixture, '.html');
    it(`${name}: the PDF gives the table findings of the HTML`, async () => {
      const html = auditDocument(parseHtml(decodeHtml(readFileSync(join(ROOT, fixture)))), { source: fixture });
      const pdf = auditPdf(await loadPdfPages(readFileSync(join(dir, `${name}.pdf`))), { source: `${name}.pdf` });
      expect(pdf.report.detected).toBe(html.report.detected);
      const known = KNOWN[name];
      if (known !== undefined) known(tableFindings(html), tableFindings(pdf), pdf);
      else {
        expect(tableFindings(pdf)).toEqual(tableFindings(html));
        for (const id of ['T2', 'T3', 'T4'] as const)
          expect(pdf.report.tables[id]?.status, id).toBe(html.report.tables[id]?.status);
      }
      // Every value read from the PDF points at its page and box.
      for (const table of Object.values(pdf.report.tables)) {
        for (const v of table.values) expect(v.src).toMatchObject({ kind: 'box', page: expect.any(Number) });
      }
    }, 60_000);
  }

  it('a scanned PDF is "not audited: scanned", with no finding and no error', async () => {
    const result = auditPdf(await loadPdfPages(readFileSync(join(dir, 'scanned.pdf'))), { source: 'scanned.pdf' });
    expect(result.report.notAudited).toBe('scanned');
    expect(result.findings).toEqual([]);
    const out: string[] = [];
    const code = await main([join(dir, 'scanned.pdf')], {
      stdout: (t) => out.push(t),
      stderr: (t) => out.push(t),
      isTTY: false,
      env: {},
    });
    expect(code).toBe(0);
    expect(out.join('')).toMatch(/未核查：扫描件/);
  }, 60_000);

  it('the CLI audits a PDF file and a PDF URL (application/pdf) with the HTML findings', async () => {
    for (const input of [join(dir, 'jinxiang-police-2023.pdf'), `${base}/report`]) {
      const out: string[] = [];
      const code = await main(['-f', 'json', input], {
        stdout: (t) => out.push(t),
        stderr: (t) => out.push(t),
        isTTY: false,
        env: {},
      });
      expect(code).toBe(1);
      const json = JSON.parse(out.join('')) as {
        reports: Array<{ findings: Array<{ rule: string }>; tables: Record<string, { status: string }> }>;
      };
      expect(json.reports[0]?.findings.map((f) => f.rule)).toContain('t4-review-sum');
      expect(json.reports[0]?.tables.T3?.status).toBe('ok');
    }
  }, 60_000);

  it('npm run batch audits a report page whose report is only an attached PDF, through the attachment', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pdf-batch-'));
    try {
      const io = { stdout: () => undefined, stderr: () => undefined, isTTY: false };
      const code = await batchMain(['-d', '0', '-o', out, '-f', 'json', '--no-follow', `${base}/page.html`], io);
      expect(code).toBe(1);
      const data = JSON.parse(readFileSync(join(out, 'data.json'), 'utf8')) as {
        reports: Array<{
          source: string;
          title: string;
          findings: Array<{ rule: string }>;
          tables: Record<string, { status: string }>;
        }>;
      };
      const report = data.reports[0];
      expect(report?.source).toBe(`${base}/page.html`);
      expect(report?.title).toMatch(/金乡县公安局\s*2023\s*年/);
      expect(report?.tables.T4?.status).toBe('ok');
      expect(report?.findings.map((f) => f.rule)).toContain('t4-review-sum');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
