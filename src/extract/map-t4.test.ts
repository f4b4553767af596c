import { describe, expect, it } from 'vitest';
import { tableItem } from '../../test/unit/extract/helpers';
import { mapT4 } from './map-t4';
import type { MappedTable } from './mapped';

const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const DATA = ['1', '2', '3', '4', '10', '5', '6', '7', '8', '26', '9', '11', '12', '13', '45'];
/** The header as a true grid (rowspans and colspans written out). */
const ALIGNED = [
  [...Array<string>(5).fill('行政复议'), ...Array<string>(10).fill('行政诉讼')],
  [...OUTCOMES, ...Array<string>(5).fill('未经复议直接起诉'), ...Array<string>(5).fill('复议后起诉')],
  [...OUTCOMES, ...OUTCOMES, ...OUTCOMES],
  DATA,
];

const values = (m: MappedTable | undefined, rows: string[][]): Record<string, string> =>
  Object.fromEntries((m?.cells ?? []).map((c) => [c.column, rows[c.r]?.[c.c] ?? '?']));

describe('mapT4', () => {
  it('maps the 15 columns of an aligned grid from its header', () => {
    const m = mapT4(tableItem(ALIGNED, true));
    expect(m?.status).toBe('ok');
    const v = values(m, ALIGNED);
    expect(v['review.maintain']).toBe('1');
    expect(v['review.total']).toBe('10');
    expect(v['direct.total']).toBe('26');
    expect(v['postReview.maintain']).toBe('9');
    expect(v['postReview.total']).toBe('45');
    expect(m?.cells.find((c) => c.column === 'direct.other')?.row).toBe('direct');
    expect(m?.cells.find((c) => c.column === 'direct.other')?.columnLabel).toBe('其他结果');
  });

  it('follows the header when columns come in another order', () => {
    const swapped = ALIGNED.map((r) => [...r.slice(10), ...r.slice(0, 10)]);
    const m = mapT4(tableItem(swapped, true));
    expect(m?.status).toBe('ok');
    expect(values(m, swapped)['review.maintain']).toBe('1');
    expect(values(m, swapped)['postReview.total']).toBe('45');
  });

  it('reads a text copy whose header words come in the format order', () => {
    const text = [
      ['行政复议', '行政诉讼'],
      [...OUTCOMES, '未经复议直接起诉', '复议后起诉'],
      ['', '', '', '', '', ...OUTCOMES, ...OUTCOMES],
      DATA,
    ];
    const m = mapT4(tableItem(text, false));
    expect(m?.status).toBe('ok');
    expect(values(m, text)['direct.maintain']).toBe('5');
  });

  it('reads a bare row of 15 numbers positionally', () => {
    const m = mapT4(tableItem([DATA], true));
    expect(m?.status).toBe('positional');
    expect(values(m, [DATA])['review.total']).toBe('10');
    expect(m?.cells).toHaveLength(15);
  });

  it('refuses a header it does not understand rather than guessing', () => {
    const odd = [['行政复议', '行政诉讼', '说明'], ['维持', '其他', '纠正'], DATA];
    expect(mapT4(tableItem(odd, false))).toBeUndefined();
  });

  it('returns undefined without a row of 15 values', () => {
    expect(
      mapT4(
        tableItem(
          [
            ['行政复议', '行政诉讼'],
            ['1', '0', '0'],
          ],
          true,
        ),
      ),
    ).toBeUndefined();
  });

  it('keeps blank cells of a blank table as values', () => {
    const blank = [...ALIGNED.slice(0, 3), Array<string>(15).fill('')];
    const m = mapT4(tableItem(blank, true));
    expect(m?.status).toBe('ok');
    expect(m?.cells.every((c) => c.r === 3)).toBe(true);
  });
});

describe('mapT4, turned on its side', () => {
  const SIDE = [
    ['', '', ...OUTCOMES],
    ['行政复议', '行政复议', '1', '0', '0', '1', '2'],
    ['行政诉讼', '未经复议直接起诉', '0', '1', '0', '0', '1'],
    ['行政诉讼', '复议后起诉', '0', '0', '0', '0', '0'],
  ];

  it('reads three rows of five by their labels', () => {
    for (const aligned of [true, false]) {
      const m = mapT4(tableItem(SIDE, aligned));
      expect(m?.status).toBe('ok');
      const v = values(m, SIDE);
      expect(v['review.total']).toBe('2');
      expect(v['review.pending']).toBe('1');
      expect(v['direct.correct']).toBe('1');
      expect(m?.cells).toHaveLength(15);
    }
  });

  it('follows the header order when it differs', () => {
    const reordered = SIDE.map((r) => [r[0] ?? '', r[1] ?? '', r[6] ?? '', ...r.slice(2, 6)]);
    const m = mapT4(tableItem(reordered, true));
    expect(values(m, reordered)['review.total']).toBe('2');
    expect(values(m, reordered)['review.maintain']).toBe('1');
  });

  it('needs all three rows', () => {
    expect(mapT4(tableItem(SIDE.slice(0, 3), true))).toBeUndefined();
  });
});
