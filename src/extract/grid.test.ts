// @vitest-environment happy-dom
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { tableToGrid, type Grid } from './grid';

function happyTable(html: string): Element {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return doc.querySelector('table') as Element;
}

function linkedomTable(html: string): Element {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return document.querySelector('table') as unknown as Element;
}

const texts = (grid: Grid): string[][] => grid.rows.map((row) => row.map((c) => c.text));
const spans = (grid: Grid): boolean[][] => grid.rows.map((row) => row.map((c) => c.fromSpan));
const isRectangular = (grid: Grid): boolean =>
  grid.rows.every((row) => row.length === grid.width && row.every((c) => c !== undefined));

describe.each([
  ['happy-dom', happyTable],
  ['linkedom', linkedomTable],
])('tableToGrid (%s)', (_, table) => {
  it('expands rowspan and colspan into a true grid and marks the copies', () => {
    const grid = tableToGrid(
      table(`<table>
        <tr><td rowspan="2">A</td><td colspan="2">B</td></tr>
        <tr><td>C</td><td>D</td></tr>
        <tr><td>E</td><td>F</td><td>G</td></tr>
      </table>`),
    );
    expect(texts(grid)).toEqual([
      ['A', 'B', 'B'],
      ['A', 'C', 'D'],
      ['E', 'F', 'G'],
    ]);
    expect(spans(grid)).toEqual([
      [false, false, true],
      [true, false, false],
      [false, false, false],
    ]);
    const a = grid.rows[1]?.[0];
    expect(a?.el?.textContent).toBe('A');
    expect([a?.row, a?.col]).toEqual([0, 0]);
  });

  it('reads the T3 header the way portals write it (rowspan=3 colspan=3, colspan=7, rowspan=2)', () => {
    const grid = tableToGrid(
      table(`<table>
        <tr><td rowspan="3" colspan="3">note</td><td colspan="7">申请人情况</td></tr>
        <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
        <tr><td>商业<br>企业</td><td>科研 机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
      </table>`),
    );
    expect(grid.width).toBe(10);
    expect(texts(grid)[2]).toEqual([
      'note',
      'note',
      'note',
      '自然人',
      '商业 企业',
      '科研 机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
  });

  it('regression: rowspan=0 spans to the end of its row group only', () => {
    const grid = tableToGrid(
      table(`<table>
        <tbody><tr><td rowspan="0">X</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></tbody>
        <tbody><tr><td>Y</td><td>4</td></tr></tbody>
      </table>`),
    );
    expect(texts(grid)).toEqual([
      ['X', '1'],
      ['X', '2'],
      ['X', '3'],
      ['Y', '4'],
    ]);
  });

  it('regression: rowspan=65534 is clamped to the rows that exist', () => {
    const grid = tableToGrid(table(`<table><tr><td rowspan="65534">X</td><td>1</td></tr><tr><td>2</td></tr></table>`));
    expect(grid.rows).toHaveLength(2);
    expect(texts(grid)).toEqual([
      ['X', '1'],
      ['X', '2'],
    ]);
  });

  it('regression: colspan=1000 does not widen the grid beyond the columns where cells start', () => {
    const grid = tableToGrid(
      table(`<table><tr><td colspan="1000">wide</td></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>`),
    );
    expect(grid.width).toBe(3);
    expect(texts(grid)).toEqual([
      ['wide', 'wide', 'wide'],
      ['a', 'b', 'c'],
    ]);
    expect(isRectangular(grid)).toBe(true);
  });

  it('pads ragged rows so the grid is always rectangular', () => {
    const grid = tableToGrid(
      table(`<table><tr><td>a</td></tr><tr><td>b</td><td>c</td><td>d</td></tr><tr></tr></table>`),
    );
    expect(isRectangular(grid)).toBe(true);
    expect(texts(grid)).toEqual([
      ['a', '', ''],
      ['b', 'c', 'd'],
      ['', '', ''],
    ]);
  });

  it('ignores garbage span values and nested tables rows', () => {
    const grid = tableToGrid(
      table(`<table><tr><td rowspan="abc" colspan="-3">a</td><td colspan=" 2 ">b</td></tr>
        <tr><td>c<table><tr><td>inner</td></tr></table></td><td>d</td><td>e</td></tr></table>`),
    );
    expect(grid.rows).toHaveLength(2);
    expect(texts(grid)[0]).toEqual(['a', 'b', 'b']);
  });

  it('drops Word-paste residue and NBSP blanks from cell text', () => {
    const grid = tableToGrid(
      table(`<table><tr><td class=MsoNormal><p align="center"><span lang=EN-US>57<o:p></o:p></span></p></td>
        <td><p>&nbsp;</p></td><td><style>p{}</style><script>x=1</script>3</td></tr></table>`),
    );
    expect(texts(grid)).toEqual([['57', '', '3']]);
  });

  it('regression: a 10,000-row table with a huge rowspan completes and stays rectangular', () => {
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => `<tr>${i === 0 ? '<td rowspan="65534">L</td>' : ''}<td>${i}</td><td>x</td></tr>`,
    );
    const grid = tableToGrid(table(`<table>${rows.join('')}</table>`));
    expect(grid.rows).toHaveLength(10_000);
    expect(grid.width).toBe(3);
    expect(isRectangular(grid)).toBe(true);
    expect(grid.rows[9_999]?.map((c) => c.text)).toEqual(['L', '9999', 'x']);
  });
});
