/**
 * Golden tests on whole documents: every seed report (text path), every portal-style HTML fixture (linkedom, and
 * happy-dom for a few pages) and the README's sample must give exactly the findings listed in expectations.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { auditDocument, auditText } from '../../src/audit';
import { decodeHtml } from '../../src/portal/decode';
import { parseHtml } from '../../src/cli/dom';
import { sourceKey } from '../../src/extract';
import type { AuditResult } from '../../src/model';
import { compare } from './compare';
import { BLIND_PAGES, PAGES, SAMPLE, SEEDS, type Expected } from './expectations';

const SEED_DIR = new URL('../fixtures/seeds/', import.meta.url);
const HTML_DIR = new URL('../fixtures/html/', import.meta.url);
const BLIND_DIR = new URL('../fixtures/html-blind/', import.meta.url);
const NOW = new Date('2025-03-01T00:00:00Z');

function check(result: AuditResult, expected: Expected): void {
  const { report } = result;
  expect(report.detected).toBe(expected.detected);
  if (expected.format) expect(report.format).toBe(expected.format);
  if (expected.year) expect(report.year).toBe(expected.year);
  if (expected.agency) expect(report.agency).toBe(expected.agency);
  if (expected.tables) {
    expect({ T2: report.tables.T2?.status, T3: report.tables.T3?.status, T4: report.tables.T4?.status }).toEqual(
      expected.tables,
    );
  }
  expect(compare(result, expected.findings)).toEqual({ missing: [], unexpected: [] });
  if (!expected.detected) expect(result.rulesRun).toEqual([]);
}

const htmlOf = (name: string, dir = HTML_DIR) => decodeHtml(readFileSync(new URL(name, dir)));

/** Every cell a finding names can be located on the page (the extension highlights it from this map). */
function expectLocatable(result: ReturnType<typeof auditDocument>): void {
  for (const cell of result.findings.flatMap((f) => f.cells)) {
    expect(cell.src, `${cell.table}:${cell.row}:${cell.column}`).toBeDefined();
    const el = result.elements.get(sourceKey(cell.src!));
    expect(el?.tagName).toMatch(/^T[DH]$/);
    expect((el?.textContent ?? '').replace(/\s+/g, '')).toBe(cell.text.replace(/\s+/g, ''));
  }
}

describe('seed reports (text path)', () => {
  it.each(Object.keys(SEEDS))('%s', (name) => {
    const text = readFileSync(new URL(name, SEED_DIR), 'utf8');
    check(auditText(text, { source: name, now: NOW }), SEEDS[name]!);
  });
});

describe('portal-style pages (linkedom)', () => {
  it('every fixture page has expectations', () => {
    expect(
      readdirSync(HTML_DIR)
        .filter((f) => f.endsWith('.html'))
        .sort(),
    ).toEqual(Object.keys(PAGES).sort());
  });

  it.each(Object.keys(PAGES))('%s', (name) => {
    const result = auditDocument(parseHtml(htmlOf(name)), { source: name, now: NOW });
    check(result, PAGES[name]!);
    expectLocatable(result);
  });

  it('the bundled sample (README) shows the real error', () => {
    const html = decodeHtml(readFileSync(new URL('../../samples/jinxiang-police-2023.html', import.meta.url)));
    check(auditDocument(parseHtml(html), { source: 'samples/jinxiang-police-2023.html', now: NOW }), SAMPLE);
  });
});

describe('hand-written blind pages (linkedom and happy-dom)', () => {
  const window = new Window({ url: 'https://www.example.gov.cn/' });
  afterAll(() => window.happyDOM.close());

  it('every blind page has expectations', () => {
    expect(
      readdirSync(BLIND_DIR)
        .filter((f) => f.endsWith('.html'))
        .sort(),
    ).toEqual(Object.keys(BLIND_PAGES).sort());
  });

  it.each(Object.keys(BLIND_PAGES))('%s', (name) => {
    const html = htmlOf(name, BLIND_DIR);
    const result = auditDocument(parseHtml(html), { source: name, now: NOW });
    check(result, BLIND_PAGES[name]!);
    expectLocatable(result);
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const viaHappy = auditDocument(doc, { source: name, now: NOW });
    expect(viaHappy.report.tables).toEqual(result.report.tables);
    expect(viaHappy.findings.map((f) => f.message)).toEqual(result.findings.map((f) => f.message));
  });
});

describe('portal-style pages (happy-dom, as in a browser)', () => {
  const window = new Window({ url: 'https://www.example.gov.cn/' });
  afterAll(() => window.happyDOM.close());

  it.each(['xinxiang-2023.html', 'err-blank-total.html', 'jinzhai-2024-gbk.html', 'jinxiang-2023-images.html'])(
    '%s',
    (name) => {
      const doc = new window.DOMParser().parseFromString(htmlOf(name), 'text/html') as unknown as Document;
      const result = auditDocument(doc, { source: name, now: NOW });
      check(result, PAGES[name]!);
      // Same page, same model, whichever DOM implementation parsed it.
      const viaLinkedom = auditDocument(parseHtml(htmlOf(name)), { source: name, now: NOW });
      expect(result.report.tables).toEqual(viaLinkedom.report.tables);
      expect(result.findings.map((f) => f.message)).toEqual(viaLinkedom.findings.map((f) => f.message));
    },
  );
});
