/**
 * LibreOffice twins (issue 11), where LibreOffice is installed (`soffice`; skipped, loudly, otherwise): every HTML
 * fixture converted by `soffice --headless --convert-to docx|pdf` into a temp folder. The DOCX must give exactly
 * the HTML's table findings (Word merged cells through mammoth); LibreOffice's PDF — another layout family than
 * Chromium's print — must give no table finding the HTML does not have, except "rows missing" where a row cut by a
 * page break could not be read (not audited, never misread).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/audit';
import { auditPdf } from '../../src/audit-pdf';
import { auditDocumentFile } from '../../src/cli/documents';
import { parseHtml } from '../../src/cli/dom';
import { loadPdfPages } from '../../src/cli/pdf';
import type { AuditResult } from '../../src/model';
import { decodeHtml } from '../../src/portal/decode';
import { ROOT } from './harness';

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
if (SOFFICE === undefined) console.warn('libreoffice-twins: soffice not installed, LibreOffice twins skipped');

const FIXTURES = [
  ...[
    'err-blank-total',
    'err-old-layout-2022',
    'err-review-total-zero',
    'err-row-total',
    'format-2019-2020',
    'jiyuan-2022',
    'news',
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

const tableFindings = (r: AuditResult) =>
  r.findings
    .filter((f) => /^(?:t2|t3|t4|cell)-/.test(f.rule))
    .map((f) => `${f.rule} ${f.cells.map((c) => `${c.table}.${c.row}.${c.column}`).join(',')}`)
    .sort();

describe.skipIf(SOFFICE === undefined)('LibreOffice twins of the HTML fixtures', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lo-twins-'));
    const files = FIXTURES.map((f) => join(ROOT, f));
    for (const target of ['docx:MS Word 2007 XML', 'pdf:writer_pdf_Export']) {
      const run = spawnSync(
        SOFFICE as string,
        [
          '--headless',
          `-env:UserInstallation=file://${dir}/profile`,
          '--infilter=HTML (StarWriter)',
          '--convert-to',
          target,
          '--outdir',
          dir,
          ...files,
        ],
        { timeout: 240_000 },
      );
      if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr.toString()}`);
    }
  }, 300_000);
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  for (const fixture of FIXTURES) {
    const name = basename(fixture, '.html');
    it(`${name}: DOCX equal to the HTML, PDF with nothing false`, async () => {
      const html = auditDocument(parseHtml(decodeHtml(readFileSync(join(ROOT, fixture)))), { source: fixture });
      const docx = await auditDocumentFile(`${name}.docx`, 'docx', readFileSync(join(dir, `${name}.docx`)), 'zh');
      expect(tableFindings(docx)).toEqual(tableFindings(html));
      const pdf = auditPdf(await loadPdfPages(readFileSync(join(dir, `${name}.pdf`))), { source: `${name}.pdf` });
      const expected = tableFindings(html);
      expect(tableFindings(pdf).filter((f) => f !== 't3-missing-rows ' && !expected.includes(f))).toEqual([]);
    }, 60_000);
  }
});
