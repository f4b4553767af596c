// Hostile spans and shapes: rowspan=65534, colspan=100000, a 10,000-row table, tables nested 50 deep. Each must
// finish (well inside vitest's timeout), keep its grid bounded, and leave the real report on the page audited clean.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { tableToGrid } from '../../src/extract/grid';
import { checkGrid, MAX_GRID_WIDTH } from '../property/invariants';
import { auditPage, bigTable, rulesOf, withBodyWrapped, withExtra } from './pages';

const gridOf = (html: string) => {
  const table = parseHtml(html).querySelector('table');
  if (!table) throw new Error('no table');
  const grid = tableToGrid(table);
  checkGrid(table, grid);
  return grid;
};

describe('hostile spans', () => {
  it('rowspan=65534 ends at the end of its row group: 3 rows stay 3 rows', () => {
    const grid = gridOf(
      '<table><tr><td rowspan="65534">a</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>',
    );
    expect([grid.rows.length, grid.width]).toEqual([3, 2]);
    expect(grid.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['a', '1'],
      ['a', '2'],
      ['a', '3'],
    ]);
  });

  it('colspan=100000 is capped: the grid is never wider than 100 columns', () => {
    const grid = gridOf('<table><tr><td colspan="100000">a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table>');
    expect(grid.width).toBeLessThanOrEqual(MAX_GRID_WIDTH);
    expect(grid.rows).toHaveLength(2);
  });

  it('every cell of 2,000 rows with rowspan=65534 (a staircase) still gives a grid at most 100 wide', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<tr><td rowspan="65534">r${i}</td><td>${i}</td></tr>`).join(
      '',
    );
    const grid = gridOf(`<table>${rows}</table>`);
    expect(grid.rows).toHaveLength(2000);
    expect(grid.width).toBe(MAX_GRID_WIDTH);
  });

  it('a report page carrying both spans audits clean', () => {
    const hostile =
      '<table><tr><td rowspan="65534">甲</td><td colspan="100000">乙</td></tr><tr><td>1</td><td>2</td></tr></table>';
    const result = auditPage(withExtra(hostile));
    expect(result.report.detected).toBe(true);
    expect(rulesOf(result)).toEqual([]);
  });
});

describe('large and deep tables', () => {
  it('a 5,000-row table (within the limits) is read, and the report beside it audits clean', () => {
    const result = auditPage(withExtra(bigTable(5000, 3)));
    expect(result.report.limits).toBeUndefined();
    expect(result.report.tables.T3?.status).toBe('ok');
    expect(rulesOf(result)).toEqual([]);
  });

  it('a 10,000-row table takes the page past the row limit: "too large to audit", nothing else', () => {
    const result = auditPage(withExtra(bigTable(10_000, 3)));
    expect(result.report).toMatchObject({ detected: true, year: 2023, limits: { measure: 'rows', limit: 10_000 } });
    expect(result.report.limits?.count).toBeGreaterThan(10_000);
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([['doc-too-large', 'info']]);
    expect(result.findings[0]?.message).toMatch(/^页面过大，未作核查：表格行数为 \d+，超过上限 10000/);
  });

  it('500 tables are within the limits; 1,500 are not', () => {
    const small = (n: number) =>
      Array.from({ length: n }, (_, i) => bigTable(2, 2, (r, c) => `${i}-${r}-${c}`)).join('<p>注</p>');
    expect(rulesOf(auditPage(withExtra(small(500))))).toEqual([]);
    const over = auditPage(withExtra(small(1500)));
    expect(over.report.limits?.measure).toBe('tables');
    expect(rulesOf(over)).toEqual(['doc-too-large']);
  });

  it('the whole report inside tables nested 50 deep (layout tables) still audits clean', () => {
    const html = withBodyWrapped(
      (inner) => `${'<table><tr><td>'.repeat(50)}${inner}${'</td></tr></table>'.repeat(50)}`,
    );
    const result = auditPage(html);
    expect(result.report.tables.T3?.status).toBe('ok');
    expect(result.report.tables.T4?.status).toBe('ok');
    expect(rulesOf(result)).toEqual([]);
  });

  it('a data table nested 50 deep inside layout tables is found and its grid is its own', () => {
    const inner = bigTable(3, 3);
    const doc = parseHtml(`<body>${'<table><tr><td>'.repeat(50)}${inner}${'</td></tr></table>'.repeat(50)}</body>`);
    const tables = Array.from(doc.querySelectorAll('table'));
    expect(tables).toHaveLength(51);
    const innermost = tables[50] as Element;
    const grid = tableToGrid(innermost);
    checkGrid(innermost, grid);
    expect([grid.rows.length, grid.width]).toEqual([3, 3]);
  });
});
