import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDocument, auditText } from './audit';
import { parseHtml } from './cli/dom';
import { explainAudit } from './explain';

const SAMPLE = readFileSync(new URL('../samples/jinxiang-police-2023.html', import.meta.url), 'utf8');
const NOW = new Date('2024-06-01T00:00:00Z');

describe('explain: what each stage saw', () => {
  it('keeps nothing more unless asked', () => {
    const result = auditDocument(parseHtml(SAMPLE), { source: 'sample.html', now: NOW });
    expect(result).not.toHaveProperty('stages');
    expect(auditText('2023年政府信息公开工作年度报告', { source: 't.txt', now: NOW })).not.toHaveProperty('stages');
  });

  it('names which table was taken for 表二/表三/表四 and by what words', () => {
    // The sample plus a table of website visits in section 六, which is none of the three.
    const visits =
      '<table><tr><td>月份</td><td>1月</td><td>2月</td></tr><tr><td>访问量</td><td>120</td><td>98</td></tr>' +
      '<tr><td>留言</td><td>5</td><td>3</td></tr></table>';
    const page = SAMPLE.replace('</body>', `${visits}</body>`);
    const result = auditDocument(parseHtml(page), { source: 'sample.html', now: NOW, explain: true });
    const tables = result.stages!.tables;
    expect(tables.map((t) => t.taken ?? null)).toEqual(['T2', 'T3', 'T4', null]);
    const [t2, t3, t4, other] = tables;
    expect(t3).toMatchObject({ section: '三', tried: [{ as: 'T3', status: 'ok' }] });
    expect(t3!.t3Words).toContain('本年新收');
    expect(t2).toMatchObject({ section: '二', t2Like: true, tried: [{ as: 'T2', status: 'ok' }] });
    expect(t4).toMatchObject({ section: '四', t4Like: true, tried: [{ as: 'T4', status: 'ok' }] });
    expect(other).toMatchObject({ t3Words: [], t4Like: false, t2Like: false, tried: [] });
    expect(other!.head).toContain('访问量');
  });

  it('lists the sections, the values, the facts with the year’s source, and the recognition with its inputs', () => {
    const { stages } = auditDocument(parseHtml(SAMPLE), { source: 'sample.html', now: NOW, explain: true });
    expect(stages!.sections.map((s) => s.no)).toEqual(['一', '二', '三', '四', '五', '六']);
    expect(stages!.values.T3).toMatchObject({ status: 'ok', values: 175, invalid: 0, missingRows: [] });
    expect(stages!.facts).toMatchObject({ year: 2023, yearFrom: 'title', format: '2021', agency: '金乡县公安局' });
    expect(stages!.facts).not.toHaveProperty('documentText');
    expect(stages!.recognition).toMatchObject({ detected: true, inputs: { sections: 6, tables: 3, period: true } });
  });

  it('says which sentence became which claim, and what the rules found', () => {
    const result = auditDocument(parseHtml(SAMPLE), { source: 'sample.html', now: NOW, explain: true });
    const e = explainAudit(result);
    const sentence = e.claims.find((c) => c.text.includes('收到政府信息公开申请 1 条'));
    expect(sentence).toMatchObject({ section: '一', claims: [{ kind: 'count', reading: 'newRequests = 1条' }] });
    expect(e.findings.map((f) => f.rule)).toEqual(result.findings.map((f) => f.rule));
    expect(e.findings.find((f) => f.rule === 't4-review-sum')?.cells[0]).toBe('T4:review:review.total');
  });

  it('reads the year from the 统计期限 when the title has none, and says so', () => {
    const text = '政府信息公开工作年度报告\n一、总体情况\n本报告统计期限为2022年1月1日至2022年12月31日。\n';
    const { stages } = auditText(text, { source: 't.txt', now: NOW, explain: true });
    expect(stages!.facts).toMatchObject({ year: 2022, yearFrom: 'period' });
  });

  it('has no stages for a page too large to audit, and says so in the explanation', () => {
    const result = auditText('字'.repeat(1_000_001), { source: 'big.txt', now: NOW, explain: true });
    expect(result.stages).toBeUndefined();
    expect(explainAudit(result).stages).toBeUndefined();
  });
});
