// Size and depth: 20 MB pages (of text, and of markup that is not text), deeply nested inline and block elements,
// and a 20 MB plain-text report. Beyond the limits the audit says "too large to audit" at once; within them it reads
// the report as usual.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/extract/limits';
import { auditPage, auditPlain, REPORT_HTML, rulesOf, withBodyWrapped, withExtra, withNarrative } from './pages';

const MB = 1024 * 1024;
// Paragraphs of 60 sentences: a page of 350,000 short <p>s spends ~3 s in linkedom's parser alone (the engine's share
// of either page is ~0.1 s), and the parse is the CLI's cost, not the engine's.
const PARAGRAPH = `<p>${'2023年，本机关持续推进政务公开标准化规范化建设，不断提升信息公开质量。'.repeat(60)}</p>`;

describe('20 MB pages', () => {
  it('20 MB of text: too large to audit, with the title and year still read', () => {
    const html = withExtra(PARAGRAPH.repeat(Math.ceil((20 * MB) / PARAGRAPH.length)));
    expect(html.length).toBeGreaterThan(20 * MB);
    const result = auditPage(html);
    expect(result.report).toMatchObject({
      detected: true,
      title: '新乡市公安局2023年政府信息公开工作年度报告',
      year: 2023,
      format: 'unknown',
      tables: {},
      limits: { measure: 'text', limit: LIMITS.text },
    });
    expect(result.report.limits?.count).toBeGreaterThan(LIMITS.text);
    expect(rulesOf(result)).toEqual(['doc-too-large']);
    expect(result.rulesRun).toEqual(['doc-too-large']);
  });

  it('20 MB of markup that is not text (an inline image) is audited as usual', () => {
    const image = `<p><img alt="" src="data:image/png;base64,${'QUJD'.repeat((20 * MB) / 4)}"></p>`;
    const result = auditPage(withExtra(image));
    expect(result.report.limits).toBeUndefined();
    expect(result.report.tables.T3?.status).toBe('ok');
    expect(rulesOf(result)).toEqual([]);
  });

  it('text just under the limit is audited, every sentence of it', () => {
    const filler =
      '<p>本机关持续推进政务公开标准化规范化建设，不断提升信息公开质量和实效，切实保障人民群众知情权。</p>';
    const count = Math.floor((LIMITS.text - 100_000) / 46);
    const result = auditPage(withNarrative(filler.repeat(count)));
    expect(result.report.limits).toBeUndefined();
    expect(result.report.sentences.length).toBeGreaterThan(count);
    expect(rulesOf(result)).toEqual([]);
  });

  it('a page not shaped like a report is not one, whatever its size', () => {
    const junk = auditPage(
      `<html><head><title>数据</title></head><body><p>${'x'.repeat(LIMITS.text + 1)}</p></body></html>`,
    );
    expect(junk.report).toMatchObject({ detected: false, limits: { measure: 'text', limit: LIMITS.text } });
    expect(junk.findings).toEqual([]);
  });
});

describe('deep nesting', () => {
  it('the narrative in 40,000 nested <div>s (each a text block) audits clean in linear time', () => {
    // Regression (fuzzing): the report-body scope walked every block's ancestors afresh, quadratic in the depth —
    // 40,000 nested blocks took 4 s before the walk remembered its answers.
    const deep = withBodyWrapped((inner) => `${'<div>段落。'.repeat(40_000)}${inner}${'</div>'.repeat(40_000)}`);
    const result = auditPage(deep);
    expect(result.report.tables.T3?.status).toBe('ok');
    expect(rulesOf(result)).toEqual([]);
  });

  it('a table cell whose number sits under 10,000 nested inline elements is still read', () => {
    const cell = (n: string) => `${'<span><font><b>'.repeat(3_400)}${n}${'</b></font></span>'.repeat(3_400)}`;
    const html = REPORT_HTML.replace(
      /(<td[^>]*>)((?:(?!<\/td>)[\s\S])*?>)57(<[\s\S]*?<\/td>)/,
      (_m, open: string, before: string, after: string) => `${open}${before}${cell('57')}${after}`,
    );
    expect(html).not.toBe(REPORT_HTML);
    const result = auditPage(html);
    const cellValue = result.report.tables.T3?.values.find(
      (v) => v.row === 'newReceived' && v.column === 'naturalPerson',
    );
    expect(cellValue?.value).toBe(57);
    expect(rulesOf(result)).toEqual([]);
  });

  it('the whole body inside 10,000 nested inline elements audits clean', () => {
    const result = auditPage(
      withBodyWrapped((inner) => `${'<span>'.repeat(10_000)}${inner}${'</span>'.repeat(10_000)}`),
    );
    expect(rulesOf(result)).toEqual([]);
  });
});

describe('plain-text reports', () => {
  it('a 20 MB text: too large to audit, recognised from its first line', () => {
    const text = `某县公安局2023年政府信息公开工作年度报告\n${'一、总体情况\n本机关积极推进政务公开。\n'.repeat(Math.ceil((20 * MB) / 20))}`;
    const result = auditPlain(text);
    expect(result.report).toMatchObject({
      detected: true,
      year: 2023,
      limits: { measure: 'text', count: text.length },
    });
    expect(rulesOf(result)).toEqual(['doc-too-large']);
  });

  it('a text of 3 million one-line table rows is turned away before the text path splits it', () => {
    const result = auditPlain('x\t1\t2\n'.repeat(3_000_000));
    expect(result.report.limits?.measure).toBe('text');
    expect(result.findings).toEqual([]);
  });
});
