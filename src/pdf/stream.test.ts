import { describe, expect, it } from 'vitest';
import { latticeTables } from './lattice';
import { segmentsOf, type OpCodes } from './operators';
import { pdfStream } from './stream';
import type { PdfPage, Segment, TextRun } from './types';

const run = (text: string, x: number, y: number, size = 10, upright = true): TextRun => ({
  text,
  box: { x, y, w: upright ? text.length * size : size, h: upright ? size : text.length * size },
  size,
  upright,
});
const h = (at: number, from: number, to: number): Segment => ({ dir: 'h', at, from, to });
const v = (at: number, from: number, to: number): Segment => ({ dir: 'v', at, from, to });
const page = (number: number, runs: TextRun[], segments: Segment[] = []): PdfPage => ({
  number,
  width: 600,
  height: 800,
  runs,
  segments,
  images: [],
});
/** A paragraph at the foot of the text area, so that a page is not taken for a scan (under 20 characters). */
const filler = (y = 600) => run('本机关按照条例要求做好政府信息公开工作并接受社会监督。', 10, y);

/** A grid of lines: rows at ys, columns at xs, every line drawn across the whole table. */
function grid(xs: number[], ys: number[]): Segment[] {
  const [x0, x1] = [xs[0] as number, xs[xs.length - 1] as number];
  const [y0, y1] = [ys[0] as number, ys[ys.length - 1] as number];
  return [...ys.map((y) => h(y, x0, x1)), ...xs.map((x) => v(x, y0, y1))];
}

describe('lattice tables', () => {
  it('rebuilds rows, columns and merged cells from the drawn lines', () => {
    // 3 columns × 3 rows; the top-left cell spans two rows (no line between), the top right two columns.
    const segments = [
      h(100, 0, 300),
      h(130, 100, 300),
      h(160, 0, 300),
      h(190, 0, 300),
      v(0, 100, 190),
      v(100, 100, 190),
      v(200, 130, 190),
      v(300, 100, 190),
    ];
    const [table] = latticeTables(segments, [
      run('信息内容', 10, 120),
      run('本年制发', 110, 105),
      run('件数', 110, 116),
      run('5', 150, 170),
      run('7', 250, 170),
    ]);
    expect(table).toMatchObject({ rows: 3, cols: 3 });
    const cell = (r: number, c: number) => table?.cells.find((x) => x.row === r && x.col === c);
    expect(cell(0, 0)).toMatchObject({ rowSpan: 2, colSpan: 1, text: '信息内容' });
    expect(cell(0, 1)).toMatchObject({ rowSpan: 1, colSpan: 2, text: '本年制发件数' });
    expect(cell(2, 1)?.text).toBe('5');
  });

  it('puts rotated (vertical) header text in the cell it is drawn in', () => {
    const [table] = latticeTables(grid([0, 50, 100], [0, 100, 130]), [
      run('申请人', 20, 10, 10, false),
      run('3', 70, 110),
    ]);
    expect(table?.cells.find((c) => c.row === 0 && c.col === 0)?.text).toBe('申请人');
  });

  it('a single frame is not a table', () => {
    expect(latticeTables(grid([0, 500], [0, 700]), [run('正文', 10, 10)])).toEqual([]);
  });

  it('leaves a grid whose cells hold several numbers (column lines missing) unread', () => {
    const runs = [run('a', 5, 5), run('b', 55, 5), run('1', 5, 35), run('2', 60, 35), run('3', 85, 35)];
    expect(latticeTables(grid([0, 50, 100], [0, 30, 60]), runs)).toEqual([]);
  });
});

describe('pdfStream', () => {
  it('joins a table continued on the next page, without its repeated header, and drops page numbers', () => {
    const xs = [0, 100, 200];
    const first = page(
      1,
      [
        run('项目', 10, 105),
        run('数量', 110, 105),
        run('甲', 10, 135),
        run('1', 110, 135),
        run('- 1 -', 280, 770),
        filler(30),
      ],
      grid(xs, [100, 130, 160]),
    );
    const second = page(
      2,
      [run('项目', 10, 45), run('数量', 110, 45), run('乙', 10, 75), run('2', 110, 75), run('- 2 -', 280, 770)],
      grid(xs, [40, 70, 100]),
    );
    const { items } = pdfStream([first, second]);
    const tables = items.filter((i) => i.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]?.kind === 'table' && tables[0].grid.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['项目', '数量'],
      ['甲', '1'],
      ['乙', '2'],
    ]);
    expect(items.some((i) => i.kind === 'text' && /- \d -/.test(i.text))).toBe(false);
    const cell = tables[0]?.kind === 'table' ? tables[0].grid.rows[2]?.[1] : undefined;
    expect(cell?.box).toMatchObject({ page: 2 });
  });

  it('joins the rest of a row broken across the page break (its label ends on the next page) to that row', () => {
    const xs = [0, 100, 200];
    const first = page(
      1,
      [
        run('项目', 10, 105),
        run('数量', 110, 105),
        run('2.没有现成信息需要另', 10, 135),
        run('0', 110, 135),
        filler(30),
      ],
      grid(xs, [100, 130, 160]),
    );
    const second = page(
      2,
      [run('行制作', 10, 45), run('3.补正后', 10, 75), run('1', 110, 75)],
      grid(xs, [40, 70, 100]),
    );
    const table = pdfStream([first, second]).items.find((i) => i.kind === 'table');
    expect(table?.kind === 'table' && table.grid.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['项目', '数量'],
      ['2.没有现成信息需要另行制作', '0'],
      ['3.补正后', '1'],
    ]);
  });

  it('reads a header row whose top line is not drawn, each word over the columns it is centred on', () => {
    const xs = [0, 20, 40, 60, 80, 100, 120];
    const runs = [run('复议', 20, 85), run('诉讼', 80, 85)];
    for (let c = 0; c < 6; c++) runs.push(run('x', xs[c]! + 5, 105), run(String(c), xs[c]! + 5, 135));
    const { items } = pdfStream([page(1, [...runs, filler()], grid(xs, [100, 130, 160]))]);
    const table = items.find((i) => i.kind === 'table');
    expect(table?.kind === 'table' && table.grid.rows[0]?.map((c) => c.text)).toEqual([
      '复议',
      '复议',
      '复议',
      '诉讼',
      '诉讼',
      '诉讼',
    ]);
  });

  it('keeps narrative in reading order, with the page and box of each line', () => {
    const { items } = pdfStream([
      page(1, [run('一、总体情况', 50, 100), run('我局收到申请 3 件。', 50, 130), filler()]),
    ]);
    const texts = items.filter((i) => i.kind === 'text');
    expect(texts.map((t) => t.kind === 'text' && t.text).slice(0, 2)).toEqual(['一、总体情况', '我局收到申请 3 件。']);
    expect(texts[1]?.kind === 'text' && texts[1].origin).toMatchObject({
      kind: 'boxes',
      starts: [{ box: { page: 1, y: 130 } }],
    });
  });

  it('a PDF of images without text is a scan', () => {
    const scan = { ...page(1, []), images: [{ x: 0, y: 0, w: 600, h: 800 }] };
    expect(pdfStream([scan, scan])).toMatchObject({ scanned: true, items: [] });
  });
});

describe('segmentsOf', () => {
  const ops: OpCodes = {
    save: 10,
    restore: 11,
    transform: 12,
    constructPath: 91,
    paintFormXObjectBegin: 74,
    paintFormXObjectEnd: 75,
    stroke: 20,
    closeStroke: 21,
    fill: 22,
    eoFill: 23,
    fillStroke: 24,
    eoFillStroke: 25,
    closeFillStroke: 26,
    closeEOFillStroke: 27,
    paintImageXObject: 85,
    paintInlineImageXObject: 86,
  };
  it('reads stroked lines and thin filled rectangles under the current matrix, y down', () => {
    const list = {
      fnArray: [10, 12, 91, 91, 11, 91],
      argsArray: [
        null,
        [0.5, 0, 0, 0.5, 0, 0],
        // a thin filled rectangle 200 × 1 at y = 100 (user space, scaled by 0.5)
        [22, [new Float32Array([0, 0, 100, 1, 200, 100, 1, 200, 101, 1, 0, 101, 4])], null],
        // a big filled rectangle is a background, not a line
        [22, [new Float32Array([0, 0, 0, 1, 200, 0, 1, 200, 200, 1, 0, 200, 4])], null],
        null,
        // a stroked vertical line
        [20, [new Float32Array([0, 50, 700, 1, 50, 600])], null],
      ],
    };
    const segments = segmentsOf(list, ops, 800);
    expect(segments).toHaveLength(2);
    expect(segments[0]).toMatchObject({ dir: 'h', from: 0, to: 100 });
    expect(segments[0]?.at).toBeCloseTo(749.75);
    expect(segments[1]).toMatchObject({ dir: 'v', at: 50, from: 100, to: 200 });
  });
});
