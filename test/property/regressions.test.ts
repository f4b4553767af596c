// Bugs the fuzzers found, each pinned by the smallest page that showed it (test names say what broke). The fourth,
// a quadratic walk on deeply nested pages, is pinned in test/pathological/size.test.ts.
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/audit';
import { parseHtml } from '../../src/cli/dom';
import { sourceKey } from '../../src/extract';
import { tableToGrid } from '../../src/extract/grid';
import type { AuditResult } from '../../src/model';
import { T3_ROWS } from '../../src/template';
import { checkExtraction, checkFindings, checkGrid } from './invariants';

/** A small report page: the six sections in order, with the given markup under 三 and 四. */
const page = (tables: { three?: string; four?: string }): string =>
  `<html><head><title>某县公安局2023年政府信息公开工作年度报告</title></head><body><div>` +
  `<h1>某县公安局2023年政府信息公开工作年度报告</h1><p>本报告统计期限自2023年1月1日起至2023年12月31日止。</p>` +
  `<p>一、总体情况</p><p>本机关积极推进政务公开。</p><p>二、主动公开政府信息情况</p><p>详见下表。</p>` +
  `<p>三、收到和处理政府信息公开申请情况</p>${tables.three ?? ''}<p>四、政府信息公开行政复议、行政诉讼情况</p>` +
  `${tables.four ?? ''}<p>五、存在的主要问题及改进情况</p><p>无。</p><p>六、其他需要报告的事项</p><p>无。</p></div></body></html>`;

const audit = (html: string): AuditResult & { elements: Map<string, Element> } =>
  auditDocument(parseHtml(html), { source: 'regression.html', now: new Date('2025-03-01T00:00:00Z') });

/** Every extracted value and every cell a finding names must be a cell on the page (the extension highlights it). */
function expectAllOnPage(result: AuditResult & { elements: Map<string, Element> }): void {
  for (const table of Object.values(result.report.tables)) {
    for (const v of table.values) {
      expect(v.src && result.elements.get(sourceKey(v.src))?.tagName, `${v.table}:${v.row}:${v.column}`).toMatch(
        /^T[DH]$/,
      );
    }
  }
  for (const cell of result.findings.flatMap((f) => f.cells))
    expect(cell.src, `${cell.table}:${cell.row}`).toBeDefined();
}

describe('fuzz regressions', () => {
  it('fuzz: padding of a short row is not read as T4 values (a 5-number row in a 19-column table is not T4)', () => {
    // A header-less table 19 columns wide whose only numbers are 5 cells of a short row: the 14 positions no cell
    // covers were counted as blank values, making up "a bare row of 15 numbers" read positionally.
    const wide = `<tr>${Array.from({ length: 19 }, (_, i) => `<td>栏目${i}</td>`).join('')}</tr>`;
    const short = `<tr>${[3, 1, 4, 1, 5].map((n) => `<td>${n}</td>`).join('')}</tr>`;
    const result = audit(page({ four: `<table>${wide}${short}</table>` }));
    expect(result.report.sections.map((x) => x.no)).toEqual(['一', '二', '三', '四', '五', '六']);
    expect(result.report.tables.T4?.status).not.toBe('positional');
    expect(result.report.tables.T4?.values ?? []).toEqual([]);
    expectAllOnPage(result);
  });

  it('fuzz: a T3 row missing its last cells has those values unknown, not blank zeros on cells that are not there', () => {
    const header =
      '<tr><td rowspan="3">本列数据的勾稽关系</td><td colspan="7">申请人情况</td></tr>' +
      '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>' +
      '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>';
    // Every row of the template, all zeros but 一 (5 自然人); 二 is two cells short: its 其他 and 总计 are not on the page.
    const rows = T3_ROWS.map(({ key, label }) => {
      const values =
        key === 'newReceived' ? [5, 0, 0, 0, 0, 0, 5] : key === 'carriedOver' ? [0, 0, 0, 0, 0] : [0, 0, 0, 0, 0, 0, 0];
      return `<tr><td>${label}</td>${values.map((v) => `<td>${v}</td>`).join('')}</tr>`;
    }).join('');
    const result = audit(page({ three: `<table>${header}${rows}</table>` }));
    const t3 = result.report.tables.T3;
    expect(t3?.values.find((v) => v.row === 'newReceived' && v.column === 'total')?.value).toBe(5);
    expect(t3?.values.filter((v) => v.row === 'carriedOver').map((v) => v.column)).toEqual([
      'naturalPerson',
      'commercial',
      'research',
      'social',
      'legal',
    ]);
    expectAllOnPage(result);
  });

  it('fuzz: page text that looks like a placeholder ("{{count}}") is quoted as it is, never filled in', () => {
    // The fuzzer's report page whose section 五 said only "{{": the message quotes it; a single-pass fill means a
    // placeholder-like text from the page is not read as one.
    const result = audit(page({}).replace('<p>无。</p><p>六、', '<p>{{count}}{{</p><p>六、'));
    const empty = result.findings.find((f) => f.rule === 'doc-empty-section');
    expect(empty?.message).toContain('{{count}}{{');
    checkFindings(result);
  });

  it('fuzz: grids mark the positions of short rows as padding, in both parsers’ trees', () => {
    const doc = parseHtml(
      '<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td rowspan="2">d</td></tr><tr></tr></table>',
    );
    const table = doc.querySelector('table') as Element;
    const grid = tableToGrid(table);
    checkGrid(table, grid);
    expect(grid.rows.map((r) => r.map((c) => (c.padding ? '_' : c.text)))).toEqual([
      ['a', 'b', 'c'],
      ['d', '_', '_'],
      ['d', '_', '_'],
    ]);
    checkExtraction(doc);
  });
});
