/**
 * The attachment page in a real Firefox (the release Firefox build in Debian's Firefox ESR, puppeteer-core over
 * BiDi): granted the file's host, it downloads a PDF and a DOCX and shows the HTML twin's table findings — pdf.js's
 * worker (an .mjs asset), its CMaps from the build and mammoth's browser build all work under Firefox's rules too.
 * The PDF is printed by Chromium (into memory) where Chromium is installed.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/audit';
import { parseHtml } from '../../src/cli/dom';
import { decodeHtml } from '../../src/portal/decode';
import { causeCards } from '../../src/popup/group';
import { htmlToDocx } from '../helpers/docx';
import { ensureBuild, hasChromium, ROOT } from './harness';
import {
  FIREFOX_TIMEOUT,
  grantOrigin,
  hasFirefox,
  launchFirefox,
  openExtensionPage,
  poll,
  type FirefoxSession,
} from './firefox-harness';

const SAMPLE = 'samples/jinxiang-police-2023.html';
const TABLE_RULE = /^(?:t2|t3|t4|cell)-/;

describe.skipIf(!hasFirefox || !hasChromium)('the attachment page in a real Firefox', () => {
  let session: FirefoxSession;
  let server: Server;
  let origin = '';

  beforeAll(async () => {
    const html = decodeHtml(readFileSync(join(ROOT, SAMPLE)));
    const printer = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox'],
    });
    const page = await printer.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4' });
    await printer.close();
    const docx = await htmlToDocx(html);
    server = createServer((req, res) => {
      const body = req.url?.endsWith('.pdf') ? pdf : req.url?.endsWith('.docx') ? docx : undefined;
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200, {
        'content-type': req.url?.endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream',
      });
      res.end(body);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    session = await launchFirefox(ensureBuild('firefox'));
    expect(await grantOrigin(session, 'http://127.0.0.1/*')).toBe(true);
  }, 2 * FIREFOX_TIMEOUT);

  afterAll(async () => {
    await session?.close();
    await new Promise((done) => server?.close(done));
  }, FIREFOX_TIMEOUT);

  const expected = () => {
    const html = auditDocument(parseHtml(decodeHtml(readFileSync(join(ROOT, SAMPLE)))), { source: SAMPLE });
    return causeCards(html.findings.filter((f) => TABLE_RULE.test(f.rule) && f.severity !== 'info'))
      .map((c) => `${c.rule} ${c.message}`)
      .sort();
  };

  for (const file of ['report.pdf', 'report.docx']) {
    it(
      `reads ${file} and lists the HTML twin's table findings`,
      async () => {
        const url = `${session.base}/src/attachment/attachment.html?lang=zh&url=${encodeURIComponent(`${origin}/files/${file}`)}`;
        const page = await openExtensionPage(session.browser, url);
        const state = await poll(
          () => page.evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-state') ?? ''),
          (s) => s !== '' && s !== 'file-running' && s !== 'report',
          60_000,
        );
        expect(state).toBe('file-done');
        const shown = await page.evaluate(() =>
          Array.from(document.querySelectorAll('.finding.card'))
            .filter(
              (c) => /^(?:t2|t3|t4|cell)-/.test(c.getAttribute('data-rule') ?? '') && !c.classList.contains('info'),
            )
            .map(
              (c) =>
                `${c.getAttribute('data-rule')} ${(c.querySelector('.message')?.firstChild?.textContent ?? '').trim()}`,
            )
            .sort(),
        );
        expect(shown).toEqual(expected());
        await page.close();
      },
      FIREFOX_TIMEOUT,
    );
  }
});
