// Tests of test/helpers/report-builder.ts (kept here because the unit project only collects src/ and test/unit/).
import { describe, expect, it } from 'vitest';
import { buildReport, mapCells, setCell } from '../../test/helpers/report-builder';
import { T3_ROWS, T3_ROWS_2019 } from '../template';
import { t3View } from '../rules/lib/tables';

describe('buildReport', () => {
  it('builds a complete 2021-format report for 2023 by default', () => {
    const r = buildReport();
    expect(r).toMatchObject({ detected: true, format: '2021', year: 2023, headingYears: [2023] });
    expect(r.title).toBe('示例县公安局2023年政府信息公开工作年度报告');
    expect(r.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31', year: 2023 });
    expect(r.sections.map((s) => s.no)).toEqual(['一', '二', '三', '四', '五', '六']);
    expect(r.tables.T3?.values).toHaveLength(T3_ROWS.length * 7);
    expect(r.tables.T4?.values).toHaveLength(15);
    expect(r.tables.T2?.values).toHaveLength(3 + 3 + 1 + 1 + 1 + 1);
    expect(r.tables.T2?.values.find((v) => v.row === 'fees')).toMatchObject({ kind: 'decimal', exact: '0' });
  });

  it('keeps the T3 identity in every column', () => {
    const t3 = t3View(buildReport())!;
    for (const c of ['naturalPerson', 'commercial', 'legal', 'other', 'total']) {
      const left = t3.num('newReceived', c)! + t3.num('carriedOver', c)!;
      expect(left, c).toBe(t3.num('totalProcessed', c)! + t3.num('carriedForward', c)!);
    }
  });

  it('picks the format from the year and builds the 2019 layouts', () => {
    const r = buildReport({ year: 2020 });
    expect(r.format).toBe('2019');
    expect(r.tables.T3?.values).toHaveLength(T3_ROWS_2019.length * 7);
    expect(r.tables.T2?.layout).toBe('2019');
    expect(buildReport({ year: 2017 }).format).toBe('legacy');
  });

  it('parses cell specs like an extractor', () => {
    const r = buildReport({ t4: ['1件', '/', '', '无', 'x', 2, 0, 0, 0, 2, 0, 0, 0, 0, 0] });
    expect(r.tables.T4?.values.slice(0, 5).map((v) => [v.kind, v.value, v.blank, v.unit])).toEqual([
      ['int', 1, false, '件'],
      ['blank', null, true, undefined],
      ['blank', null, true, undefined],
      ['blank', null, true, undefined],
      ['invalid', null, false, undefined],
    ]);
  });

  it('computes a T3 total from six parts, leaves out null cells and merges table overrides', () => {
    const r = buildReport({
      t3: { granted: [1, 2, 3, 0, 0, 0], partialGrant: [null, 1, 0, 0, 0, 0, 1] },
      tables: { T3: { status: 'partial' } },
    });
    const t3 = t3View(r)!;
    expect(t3.num('granted', 'total')).toBe(6);
    expect(t3.cell('partialGrant', 'naturalPerson')).toBeUndefined();
    expect(r.tables.T3?.status).toBe('partial');
  });

  it('edits cells by key without touching the original', () => {
    const r = buildReport();
    const edited = setCell(r, 'T4:review:review.total', '0');
    expect(edited.tables.T4?.values.find((v) => v.column === 'review.total')?.raw).toBe('0');
    expect(r.tables.T4?.values.find((v) => v.column === 'review.total')?.raw).toBe('1');
    expect(() => setCell(r, 'T4:review:nope', '1')).toThrow('no cell');
    expect(() => setCell(r, 'T4:review:nope', null)).toThrow('no cell');
    expect(setCell(r, 'T4:review:review.total', null).tables.T4?.values).toHaveLength(14);
    const withUnit = setCell(setCell(r, 'T4:review:review.total', '1件'), 'T4:review:review.total', '2');
    expect(withUnit.tables.T4?.values.find((v) => v.column === 'review.total')).not.toHaveProperty('unit');
    expect(mapCells(r, 'T3', (c) => (c.row === 'granted' ? null : undefined)).tables.T3?.values).toHaveLength(24 * 7);
  });

  it('omits what is set to null', () => {
    const r = buildReport({ title: null, period: null, published: null, t2: null, year: null });
    expect(r.title).toBeUndefined();
    expect(r.period).toBeUndefined();
    expect(r.published).toBeUndefined();
    expect(r.year).toBeUndefined();
    expect(r.tables.T2).toBeUndefined();
  });
});
