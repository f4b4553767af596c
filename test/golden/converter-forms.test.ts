/**
 * Issue 13, classes 1–3, on real report text: the seeds' tables re-written the way PDF converters print them
 * (test/fixtures/text: pdfplumber rows "label n n n", pdftotext one cell a line, 表四's header words broken over
 * lines or spaced out character by character), each with one planted one-cell edit that must still be found, and
 * converter damage (a blank cell dropped, a row's label lost) that must give "not audited", never an error; then
 * the real reports of the corpus (test/fixtures/real) that show each class.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/audit';
import { cellKey } from '../../src/engine/cells';
import type { AuditResult, Finding, TableStatus } from '../../src/model';

const TEXT = new URL('../fixtures/text/', import.meta.url);
const REAL = new URL('../fixtures/real/complete/', import.meta.url);
const NOW = new Date('2025-03-01T00:00:00Z');

function audit(url: URL): AuditResult {
  return auditText(readFileSync(url, 'utf8'), { source: url.pathname, now: NOW });
}

const statuses = (r: AuditResult): Record<string, TableStatus | undefined> => ({
  T2: r.report.tables.T2?.status,
  T3: r.report.tables.T3?.status,
  T4: r.report.tables.T4?.status,
});

/** Each finding as rule, severity and its first cell (or ''). */
const found = (r: AuditResult): string[] =>
  r.findings.map((f: Finding) => `${f.rule} ${f.severity} ${f.cells[0] ? cellKey(f.cells[0]) : ''}`.trim()).sort();

describe('converter text of real reports (class 1)', () => {
  it('pdfplumber rows "label n n n" and a broken 表四 header: all three tables read, 复议 总计 0 next to 其他结果 1 found', () => {
    // jinzhai-police-2024 with 表四 复议 总计 1 → 0; headings 四/五 in wordings real reports use.
    const r = audit(new URL('jinzhai-2024-pdfplumber-review-total.txt', TEXT));
    expect(statuses(r)).toEqual({ T2: 'ok', T3: 'ok', T4: 'positional' });
    expect(found(r)).toEqual(['t4-review-sum error T4:review:review.total', 't4-shape info T4:review:review.maintain']);
    const t3 = (row: string) => r.report.tables.T3?.values.find((v) => v.row === row && v.column === 'total')?.value;
    expect([t3('newReceived'), t3('partialGrant'), t3('unable.noInfo'), t3('totalProcessed')]).toEqual([11, 1, 9, 11]);
  });

  it('pdftotext one cell a line with blank lines between: tables read, a wrong row total found', () => {
    // xinxiang-police-2023 with 4.保护第三方合法权益 总计 1 → 2 (自然人 1); section 三 headed "政府信息公开申请的收到和处理情况".
    const r = audit(new URL('xinxiang-2023-pdftotext-cells-row-total.txt', TEXT));
    expect(statuses(r)).toEqual({ T2: 'ok', T3: 'ok', T4: 'positional' });
    expect(found(r)).toEqual([
      't3-row-total error T3:denied.thirdParty:total',
      't4-shape info T4:review:review.maintain',
    ]);
  });

  it('tab rows with 表四 header words spaced out character by character and broken over lines: 维持 1, 总计 0 found', () => {
    const r = audit(new URL('jiyuan-2022-tabs-spaced-header-review-total.txt', TEXT));
    expect(statuses(r)).toEqual({ T2: 'ok', T3: 'ok', T4: 'positional' });
    expect(found(r)).toEqual([
      'meta-agency warning',
      't4-review-sum error T4:review:review.total',
      't4-shape info T4:review:review.maintain',
    ]);
  });

  it('a blank cell the converter dropped ("（一）予以公开 1 1"): 表三 not audited, no error', () => {
    const r = audit(new URL('jinzhai-2024-pdfplumber-blank-dropped.txt', TEXT));
    expect(statuses(r)).toEqual({ T2: 'ok', T3: 'not-recognised', T4: 'positional' });
    expect(found(r)).toEqual(['t4-shape info T4:review:review.maintain', 'table-not-recognised info']);
  });

  it('a Markdown row that lost its label: 表三 not audited, never "missing row" or arithmetic', () => {
    const r = audit(new URL('xinxiang-2023-pipes-row-label-lost.txt', TEXT));
    expect(statuses(r)).toEqual({ T2: 'ok', T3: 'not-recognised', T4: 'ok' });
    expect(found(r)).toEqual(['table-not-recognised info']);
  });

  it('real: 淮安市人民政府 2024 through pdf.js reads all three tables, no finding but t4-shape', () => {
    const r = audit(new URL('converted/huaian-gov-2024.pdfjs.txt', REAL));
    expect(statuses(r)).toEqual({ T2: 'ok', T3: 'ok', T4: 'positional' });
    expect(found(r)).toEqual(['t4-shape info T4:review:review.maintain']);
  });
});

describe('doc-missing-table needs proof (class 2)', () => {
  it('real: pdfminer prints 表二 column by column — not audited (info), not missing', () => {
    const r = audit(new URL('converted/huaian-gov-2024.pdfminer.txt', REAL));
    expect(statuses(r)).toEqual({ T2: 'not-recognised', T3: 'not-recognised', T4: 'positional' });
    expect(r.findings.filter((f) => f.rule === 'doc-missing-table')).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('real: 平潭 2021 saved page text with every table cell run together — not audited, not missing', () => {
    const r = audit(new URL('pingtan-2021.txt', REAL));
    expect(statuses(r)).toEqual({ T2: 'not-recognised', T3: 'not-recognised', T4: 'not-recognised' });
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('heading variants (class 3)', () => {
  it('real: 平潭 2021/2022 headings run inline in one paragraph ("行政法复议" typo included) are all six sections', () => {
    for (const name of ['pingtan-2021.txt', 'pingtan-2022.txt']) {
      const r = audit(new URL(name, REAL));
      expect(
        r.report.sections.map((s) => s.no),
        name,
      ).toEqual(['一', '二', '三', '四', '五', '六']);
      expect(
        r.findings.filter((f) => f.rule === 'doc-missing-section'),
        name,
      ).toEqual([]);
    }
  });

  it('seeds with 五 "存在的主要问题及整改措施", 四 "被申请行政复议及提起行政诉讼情况", 三 "政府信息公开申请的收到和处理情况"', () => {
    const jinzhai = audit(new URL('jinzhai-2024-pdfplumber-review-total.txt', TEXT));
    const xinxiang = audit(new URL('xinxiang-2023-pdftotext-cells-row-total.txt', TEXT));
    for (const r of [jinzhai, xinxiang]) {
      expect(r.report.sections.map((s) => s.no)).toEqual(['一', '二', '三', '四', '五', '六']);
      expect(r.findings.filter((f) => f.rule === 'doc-missing-section')).toEqual([]);
    }
  });
});
