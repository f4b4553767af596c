import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDocument, auditText } from './audit';
import { parseHtml } from './cli/dom';
import { sourceKey } from './extract';

const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8');
const NOW = new Date('2024-02-01T08:00:00Z');

describe('auditDocument', () => {
  const page = fixture('html/err-review-total-zero.html');

  it('returns the model, the findings, the time of each stage and the elements behind the cells', () => {
    const result = auditDocument(parseHtml(page), { source: 'https://example.gov.cn/a.html', now: NOW });
    expect(result.report).toMatchObject({ source: 'https://example.gov.cn/a.html', detected: true, year: 2022 });
    expect(result.auditedAt).toBe('2024-02-01T08:00:00.000Z');
    expect(Object.keys(result.timings ?? {}).sort()).toEqual(['extract', 'recognise', 'rules']);
    for (const ms of Object.values(result.timings ?? {})) expect(ms).toBeGreaterThanOrEqual(0);
    expect(result.rulesRun).toContain('t4-review-sum');
    const finding = result.findings.find((f) => f.rule === 't4-review-sum');
    const total = finding?.cells[0];
    expect(total).toMatchObject({ table: 'T4', row: 'review', text: '0' });
    expect(result.elements.get(sourceKey(total!.src!))?.textContent?.trim()).toBe('0');
  });

  it('renders messages in the requested language', () => {
    const zh = auditDocument(parseHtml(page), { source: 'a' }).findings.find((f) => f.rule === 't4-review-sum');
    const en = auditDocument(parseHtml(page), { source: 'a', lang: 'en' }).findings.find(
      (f) => f.rule === 't4-review-sum',
    );
    expect(zh?.message).toMatch(/行政复议总计应为 1/);
    expect(en?.message).toMatch(/should be 1/);
  });

  it('with `quick`, stops at the quick recognition on a page that is plainly not a report', () => {
    const result = auditDocument(parseHtml(fixture('html/news.html')), { source: 'news', quick: true, now: NOW });
    expect(result.report).toMatchObject({ source: 'news', detected: false, tables: {} });
    expect(result.findings).toEqual([]);
    expect(result.rulesRun).toEqual([]);
    expect(result.timings?.extract).toBeUndefined();
    // A report page goes all the way even in quick mode.
    expect(auditDocument(parseHtml(page), { source: 'a', quick: true }).report.detected).toBe(true);
  });

  it('with `force`, audits the tables of a page that was not recognised as a report (the popup\'s "audit anyway")', () => {
    // The report's tables alone, under a title that names no report and without the six section headings.
    const tables = page.match(/<table[\s\S]*?<\/table>/g) ?? [];
    expect(tables).toHaveLength(3);
    const bare = `<html><head><title>数据表</title></head><body><p>附表如下：</p>${tables.join('')}</body></html>`;
    const plain = auditDocument(parseHtml(bare), { source: 'bare' });
    expect(plain.report.detected).toBe(false);
    expect(plain.findings).toEqual([]);
    const forced = auditDocument(parseHtml(bare), { source: 'bare', force: true, quick: true });
    expect(forced.report).toMatchObject({ detected: true, format: '2021' });
    const finding = forced.findings.find((f) => f.rule === 't4-review-sum');
    expect(finding?.message).toMatch(/行政复议总计应为 1/);
    expect(forced.elements.get(sourceKey(finding!.cells[0]!.src!))?.textContent?.trim()).toBe('0');
    // A recognised report is left as it was.
    const report = auditDocument(parseHtml(page), { source: 'a', now: NOW });
    expect(auditDocument(parseHtml(page), { source: 'a', now: NOW, force: true }).report).toEqual(report.report);
  });

  it('with `force`, takes a page of unknown format for the current (2021) one and never throws', () => {
    for (const html of ['', '<p>通知</p>', '<table><tr><td>时间</td><td>事项</td></tr></table>']) {
      const result = auditDocument(parseHtml(html), { source: 'odd', force: true });
      expect(result.report).toMatchObject({ detected: true, format: '2021' });
      expect(result.rulesRun.length).toBeGreaterThan(0);
    }
  });

  it('never throws on empty or odd documents', () => {
    for (const html of [
      '',
      '<p>',
      '<table><tr><td rowspan="0" colspan="9999">1</td></tr></table>',
      '<html><frameset></frameset></html>',
    ]) {
      const result = auditDocument(parseHtml(html), { source: 'odd' });
      expect(result.report.detected).toBe(false);
      expect(result.findings).toEqual([]);
    }
  });
});

describe('auditText', () => {
  it('audits a plain-text report', () => {
    const result = auditText(fixture('seeds/jinzhai-police-2024.txt'), { source: 'jinzhai.txt', now: NOW });
    expect(result.report).toMatchObject({ detected: true, year: 2024, agency: '金寨县公安局' });
    expect(result.report.tables.T3?.status).toBe('ok');
    expect(result.findings).toEqual([]);
    expect(Object.keys(result.timings ?? {}).sort()).toEqual(['extract', 'recognise', 'rules']);
  });

  it('with `force`, audits text that does not call itself a report', () => {
    // Section 三's table alone, without the title and the other headings (what a copy of one table looks like).
    const lines = fixture('seeds/jinzhai-police-2024.txt').split('\n');
    const text = lines
      .slice(
        lines.findIndex((l) => l.startsWith('三、')) + 1,
        lines.findIndex((l) => l.startsWith('四、')),
      )
      .join('\n');
    expect(auditText(text, { source: 't' }).report.detected).toBe(false);
    const forced = auditText(text, { source: 't', force: true, quick: true });
    expect(forced.report).toMatchObject({ detected: true, format: '2021' });
    expect(forced.report.tables.T3?.status).toBe('ok');
  });

  it('gives a clear "not a report" for text that is not one', () => {
    for (const text of ['', '通知\n各单位：请于1月31日前报送年度报告。']) {
      const result = auditText(text, { source: 't' });
      expect(result.report.detected).toBe(false);
      expect(result.findings).toEqual([]);
    }
  });
});

describe('headText', () => {
  it('is the shared reading of the body (detect/head-text): in order, without scripts or styles, up to 8 KB', async () => {
    const { headText } = await import('./audit');
    expect(headText).toBe((await import('./detect/head-text')).headText);
    const doc = parseHtml(
      '<body><script>var x = 1;</script><h1>标题</h1><style>p{}</style><div><p>一、</p>总体情况</div></body>',
    );
    expect(headText(doc)).toBe('标题一、总体情况');
    expect(headText(parseHtml(`<p>${'字'.repeat(20000)}</p>`))).toHaveLength(8192);
  });
});
