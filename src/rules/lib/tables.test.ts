import { describe, expect, it } from 'vitest';
import { buildReport, makeCell, mapCells, setCell } from '../../../test/helpers/report-builder';
import { auditableTable, countValue, sumOf, t3View } from './tables';

describe('auditableTable', () => {
  it('offers only ok, partial and positional tables for arithmetic', () => {
    for (const status of ['ok', 'partial', 'positional'] as const) {
      expect(auditableTable(buildReport({ tables: { T4: { status } } }), 'T4')).toBeDefined();
    }
    for (const status of ['not-recognised', 'image', 'attachment', 'missing'] as const) {
      expect(auditableTable(buildReport({ tables: { T4: { status } } }), 'T4')).toBeUndefined();
    }
    expect(auditableTable(buildReport({ t4: null }), 'T4')).toBeUndefined();
  });

  it('finds T4 cells by bare or prefixed column keys', () => {
    const t4 = auditableTable(buildReport(), 'T4');
    expect(t4?.num('review', 'maintain')).toBe(1);
    expect(t4?.num('review', 'review.maintain')).toBe(1);
    expect(t4?.num('review', 'nonsense')).toBeUndefined();
  });
});

describe('countValue and sumOf', () => {
  it('counts blanks as 0 and leaves invalid, negative or fractional cells out', () => {
    expect(countValue(makeCell('T3', 'granted', 'legal', '/'))).toBe(0);
    expect(countValue(makeCell('T3', 'granted', 'legal', '3件'))).toBe(3);
    expect(countValue(makeCell('T3', 'granted', 'legal', '2.0'))).toBe(2);
    expect(countValue(makeCell('T3', 'granted', 'legal', '2.5'))).toBeUndefined();
    expect(countValue(makeCell('T3', 'granted', 'legal', '二'))).toBeUndefined();
    expect(countValue(undefined)).toBeUndefined();
  });

  it('sums only complete operand lists', () => {
    expect(sumOf([1, 2, 0])).toBe(3);
    expect(sumOf([1, undefined])).toBeUndefined();
    expect(sumOf([])).toBe(0);
  });
});

describe('t3View', () => {
  it('derives a blank 总计 from its row and uses it in sums', () => {
    const t3 = t3View(setCell(buildReport(), 'T3:newReceived:total', ''));
    expect(t3?.blankTotals.map((b) => [b.row, b.derived])).toEqual([['newReceived', 50]]);
    expect(t3?.effective('newReceived', 'total')).toBe(50);
    expect(t3?.num('newReceived', 'total')).toBe(0);
    expect(t3?.totalColumnBlank).toBe(false);
  });

  it('does not derive a blank 总计 of an all-zero row (it is simply 0)', () => {
    const t3 = t3View(setCell(buildReport(), 'T3:denied.stateSecret:total', '—'));
    expect(t3?.blankTotals).toEqual([]);
    expect(t3?.effective('denied.stateSecret', 'total')).toBe(0);
  });

  it('recognises a whole blank 总计 column', () => {
    const t3 = t3View(mapCells(buildReport(), 'T3', (c) => (c.column === 'total' ? '' : undefined)));
    expect(t3?.totalColumnBlank).toBe(true);
    expect(t3?.effective('totalProcessed', 'total')).toBe(49);
  });

  it('picks the 2019 row list when （六）其他处理 is one row', () => {
    const t3 = t3View(buildReport({ year: 2020 }));
    expect(t3?.rows).toHaveLength(23);
    expect(t3?.resultParts).toContain('other');
    expect(t3?.resultParts).toHaveLength(19);
    expect(t3View(buildReport())?.resultParts).toHaveLength(21);
  });

  it('knows what a cell should be once other rules’ findings are fixed', () => {
    const t3 = t3View(setCell(buildReport(), 'T3:granted:total', '25'));
    expect(t3?.effective('granted', 'total')).toBe(25);
    expect(t3?.candidates('granted', 'total')).toEqual([25, 22]);
    expect(t3?.candidates('granted', 'naturalPerson')).toEqual([20]);
    expect(t3?.candidates('totalProcessed', 'naturalPerson')).toEqual([45]);
    expect(t3?.candidates('totalProcessed', 'total')).toEqual([49, 52]);
  });
});
