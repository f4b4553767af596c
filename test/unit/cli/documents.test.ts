/**
 * DOCX reports (issue 11): a Word twin of every HTML fixture, written with merged cells as Word writes them
 * (test/helpers/docx.ts — gridSpan, vMerge), gives the same table findings as the HTML; DOC/WPS and OFD files are
 * "not audited", never an error. The LibreOffice-made twins are in test/e2e/libreoffice-twins.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../../src/audit';
import { auditDocumentFile } from '../../../src/cli/documents';
import { parseHtml } from '../../../src/cli/dom';
import { main } from '../../../src/cli/main';
import type { AuditResult } from '../../../src/model';
import { decodeHtml } from '../../../src/portal/decode';
import { htmlToDocx } from '../../helpers/docx';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = [
  'test/fixtures/html/err-row-total.html',
  'test/fixtures/html/jiyuan-2022.html',
  'test/fixtures/html/format-2019-2020.html',
  'test/fixtures/html-blind/err-split-t3-direct-sum-2024.html',
  'test/fixtures/html-blind/ueditor-two-label-columns-2022.html',
  'samples/jinxiang-police-2023.html',
];

const tableFindings = (r: AuditResult) =>
  r.findings
    .filter((f) => /^(?:t2|t3|t4|cell)-/.test(f.rule))
    .map((f) => `${f.rule} ${f.cells.map((c) => `${c.table}.${c.row}.${c.column}`).join(',')}`)
    .sort();

describe('DOCX twins (generated, with gridSpan and vMerge)', () => {
  for (const fixture of FIXTURES) {
    it(`${fixture}: the DOCX gives the table findings of the HTML`, async () => {
      const html = decodeHtml(readFileSync(join(ROOT, fixture)));
      const expected = auditDocument(parseHtml(html), { source: fixture });
      const docx = await auditDocumentFile('r.docx', 'docx', await htmlToDocx(html), 'zh');
      expect(tableFindings(docx)).toEqual(tableFindings(expected));
      for (const id of ['T2', 'T3', 'T4'] as const)
        expect(docx.report.tables[id]?.status, id).toBe(expected.report.tables[id]?.status);
    }, 30_000);
  }
});

describe('files that are recognised and not audited', () => {
  it('DOC/WPS and OFD: "not audited", exit 0, no finding', async () => {
    for (const [kind, text] of [
      ['doc', /DOC\/WPS/],
      ['ofd', /OFD/],
    ] as const) {
      const result = await auditDocumentFile(`r.${kind}`, kind, new Uint8Array(), 'zh');
      expect(result.report.notAudited).toBe(kind);
      expect(result.findings).toEqual([]);
      void text;
    }
  });

  it('the CLI says so in text and exits 0', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'docs-'));
    writeFileSync(join(dir, 'r.doc'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    writeFileSync(join(dir, 'r.ofd'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('\0\0OFD.xml\0')]));
    const out: string[] = [];
    const code = await main([join(dir, 'r.doc'), join(dir, 'r.ofd')], {
      stdout: (t) => out.push(t),
      stderr: (t) => out.push(t),
      isTTY: false,
      env: {},
    });
    expect(code).toBe(0);
    expect(out.join('')).toMatch(/未核查：DOC\/WPS[\s\S]*未核查：OFD/);
  });

  it('a corrupt PDF is an unreadable input (exit 2), not a crash', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'docs-'));
    writeFileSync(join(dir, 'bad.pdf'), '%PDF-1.7\nnot really a pdf');
    const err: string[] = [];
    const code = await main([join(dir, 'bad.pdf')], {
      stdout: () => undefined,
      stderr: (t) => err.push(t),
      isTTY: false,
      env: {},
    });
    expect(code).toBe(2);
    expect(err.join('')).toMatch(/bad\.pdf/);
  }, 30_000);
});
