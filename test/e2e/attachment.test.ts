/**
 * The extension audits a report published as a PDF (issue 11): on a report page whose body is only "附件：….pdf" the
 * popup offers "核查附件" and, on the click, shows the attachment page in a frame, which downloads the PDF, reads it
 * with pdf.js (its worker and CMaps from the build, no network) and lists its findings; on a tab showing the PDF
 * itself the popup offers "核查此 PDF". The PDF is printed by Chromium from the sample report (into memory; nothing
 * generated is committed), and the findings expected are the engine's on the HTML twin, not written by hand.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/audit';
import { parseHtml } from '../../src/cli/dom';
import { decodeHtml } from '../../src/portal/decode';
import { causeCards } from '../../src/popup/group';
import { htmlToDocx } from '../helpers/docx';
import {
  ensureBuild,
  eventually,
  hasChromium,
  launch,
  openPopup,
  ROOT,
  screenshotPath,
  tabIdOf,
  type Session,
} from './harness';

const SAMPLE = 'samples/jinxiang-police-2023.html';
const TABLE_RULE = /^(?:t2|t3|t4|cell)-/;

/** A report page whose body is only its attachment. */
const ATTACHMENT_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>金乡县公安局2023年政府信息公开工作年度报告</title></head>
<body><h1>金乡县公安局2023年政府信息公开工作年度报告</h1><p>发布日期：2024-01-29</p>
<p>附件：<a href="/files/2023年度报告.pdf">金乡县公安局2023年度报告.pdf</a></p></body></html>`;

/** The table findings (errors and warnings) the popup shows for the HTML twin: one card per cause, as "rule message". */
function expectedCards(): string[] {
  const html = auditDocument(parseHtml(decodeHtml(readFileSync(join(ROOT, SAMPLE)))), { source: SAMPLE });
  return causeCards(html.findings.filter((f) => TABLE_RULE.test(f.rule) && f.severity !== 'info'))
    .map((c) => `${c.rule} ${c.message}`)
    .sort();
}

/** The table finding cards (errors and warnings) the attachment page lists, as "rule message". */
async function shownCards(frame: Frame): Promise<string[]> {
  const cards = await frame.locator('.finding.card').evaluateAll((items) =>
    items.map((item) => ({
      rule: item.getAttribute('data-rule') ?? '',
      info: item.classList.contains('info'),
      message: (item.querySelector('.message')?.firstChild?.textContent ?? '').trim(),
    })),
  );
  return cards
    .filter((c) => /^(?:t2|t3|t4|cell)-/.test(c.rule) && !c.info)
    .map((c) => `${c.rule} ${c.message}`)
    .sort();
}

/** The attachment page inside the popup's frame. */
async function attachmentFrame(popup: Page): Promise<Frame> {
  await popup.locator('iframe.file-frame').waitFor();
  const frame = await eventually(
    async () => popup.frames().find((f) => f.url().includes('/src/attachment/attachment.html')),
    (f) => f !== undefined,
  );
  return frame!;
}

describe.skipIf(!hasChromium)('PDF attachments in the extension (Chromium)', () => {
  let session: Session;
  let server: Server;
  let origin = '';
  let pdf: Buffer;
  let docx: Uint8Array;

  beforeAll(async () => {
    session = await launch(ensureBuild('e2e'));
    const printer = await session.context.newPage();
    await printer.route('**/*', (route) => route.abort());
    await printer.setContent(decodeHtml(readFileSync(join(ROOT, SAMPLE))), { waitUntil: 'load' });
    pdf = await printer.pdf({ format: 'A4' });
    await printer.close();
    docx = await htmlToDocx(decodeHtml(readFileSync(join(ROOT, SAMPLE))));
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === '/report/page.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(ATTACHMENT_PAGE);
      }
      if (path === '/report/word.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(ATTACHMENT_PAGE.replace('/files/2023年度报告.pdf', '/files/2023年度报告.docx'));
      }
      if (path.endsWith('.docx')) {
        res.writeHead(200, {
          'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        });
        return res.end(docx);
      }
      if (path.endsWith('.pdf')) {
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(pdf.length) });
        return res.end(pdf);
      }
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await new Promise((done) => server?.close(done));
  });

  it('on a page whose report is only an attached PDF, "核查附件" shows the PDF\'s findings, those of the HTML twin, with page numbers', async () => {
    const page = await session.context.newPage();
    await page.goto(`${origin}/report/page.html`);
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    const offer = popup.locator('[data-state="file-offered"]');
    await offer.waitFor();
    expect(await offer.innerText()).toContain('2023年度报告.pdf');
    // The page's own view stays below the offer: its tables are an attachment, not audited.
    expect(await popup.locator('[data-testid="not-audited"]').count()).toBe(1);
    await popup.locator('button[data-action="audit-file"]').click();
    const frame = await attachmentFrame(popup);
    await frame.locator('[data-state="file-done"]').waitFor({ timeout: 60_000 });
    expect(await shownCards(frame)).toEqual(expectedCards());
    expect(expectedCards().length).toBeGreaterThan(0);
    // The page's title and agency (the report page's), and each table's PDF page.
    expect(await frame.locator('.summary .title').innerText()).toMatch(/金乡县公安局\s*2023\s*年/);
    expect(await frame.locator('[data-testid="file-where"]').innerText()).toMatch(
      /表二 第 \d+(–\d+)? 页 · 表三 第 \d+(–\d+)? 页 · 表四 第 \d+(–\d+)? 页/,
    );
    // Every cell a card names says its page; none has a Locate button (a file has no page to scroll).
    const refs = frame.locator('.finding.card .cell-ref');
    expect(await refs.count()).toBeGreaterThan(0);
    for (const text of await refs.allInnerTexts()) expect(text).toMatch(/（第 \d+ 页）$/);
    expect(await frame.locator('.finding.card button.locate').count()).toBe(0);
    await popup.screenshot({ path: screenshotPath('popup-zh-attachment.png') });
    await popup.close();
    await page.close();
  }, 120_000);

  it('on a tab showing a PDF, the popup audits that PDF', async () => {
    const page = await session.context.newPage();
    // Headless Chromium downloads a PDF instead of showing it; the tab's address is what the popup goes by.
    await page.goto(`${origin}/report/page.html`);
    await page.evaluate((url) => history.replaceState(null, '', url), '/files/%E9%87%91%E4%B9%A1-2023.pdf');
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="file-offered"]').waitFor();
    expect(await popup.locator('button[data-action="audit-file"]').innerText()).toBe('核查此 PDF');
    await popup.locator('button[data-action="audit-file"]').click();
    const frame = await attachmentFrame(popup);
    await frame.locator('[data-state="file-done"]').waitFor({ timeout: 60_000 });
    expect(await shownCards(frame)).toEqual(expectedCards());
    await popup.close();
    await page.close();
  }, 120_000);

  it("a Word (DOCX) attachment is audited too, through mammoth's browser build, with the HTML twin's findings", async () => {
    const page = await session.context.newPage();
    await page.goto(`${origin}/report/word.html`);
    const popup = await openPopup(session, await tabIdOf(session, page));
    await popup.locator('button[data-action="audit-file"]').click();
    const frame = await attachmentFrame(popup);
    await frame.locator('[data-state="file-done"]').waitFor({ timeout: 60_000 });
    expect(await shownCards(frame)).toEqual(expectedCards());
    await popup.close();
    await page.close();
  }, 120_000);
});
