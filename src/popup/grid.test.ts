import { describe, expect, it } from 'vitest';
import type { CellValue, ExtractedTable, Finding, SourceRef } from '../model';
import { sourceKey } from '../extract/source';
import { tableGrid } from './grid';

const value = (row: string, column: string, raw: string, src?: SourceRef, fromSpan = false): CellValue => ({
  table: 'T4',
  row,
  column,
  rowLabel: row,
  columnLabel: column,
  raw,
  kind: 'int',
  value: Number(raw),
  blank: false,
  fromSpan,
  src,
});

const cell = (row: number, col: number): SourceRef => ({ kind: 'cell', table: 2, row, col });

const table: ExtractedTable = {
  id: 'T4',
  status: 'ok',
  values: [value('review', 'review.maintain', '1', cell(2, 0)), value('review', 'review.total', '0', cell(2, 1), true)],
  missingRows: [],
  missingColumns: [],
  grid: [
    ['行政复议', ''],
    ['结果维持', '总计'],
    ['1', '0'],
  ],
};

const finding: Finding = {
  rule: 't4-review-sum',
  severity: 'error',
  messageId: 'mismatch',
  message: '',
  data: {},
  cells: [
    { table: 'T4', row: 'review', column: 'review.total', text: '0', src: cell(2, 1) },
    { table: 'T4', row: 'review', column: 'review.maintain', text: '1', src: cell(2, 0) },
  ],
};
const warning: Finding = { ...finding, rule: 'x', severity: 'warning', cells: [finding.cells[1]!] };

describe('tableGrid', () => {
  it('annotates the page grid with the worst finding per cell, span copies and locate keys', () => {
    const grid = tableGrid(table, [warning, finding], sourceKey)!;
    expect(grid.map((row) => row.map((c) => c.text))).toEqual(table.grid);
    expect(grid[0]![0]).toMatchObject({ value: false, fromSpan: false });
    expect(grid[0]![0]!.severity).toBeUndefined();
    expect(grid[2]![0]).toMatchObject({
      value: true,
      severity: 'error',
      role: 'primary',
      key: 'c:2:2:0',
      fromSpan: false,
    });
    expect(grid[2]![1]).toMatchObject({ value: true, severity: 'error', role: 'primary', fromSpan: true });
  });

  it('draws no cell of an unpinned finding as primary', () => {
    const grid = tableGrid(table, [{ ...finding, unpinned: true }], sourceKey)!;
    expect([grid[2]![0]!.role, grid[2]![1]!.role]).toEqual(['related', 'related']);
  });

  it("puts the page's merged cells back: one cell spanning the region, carrying its worst finding", () => {
    const grid = tableGrid(table, [finding], sourceKey, [
      [0, 0, 1, 2],
      [2, 0, 1, 2],
    ])!;
    expect(grid.map((row) => row.map((c) => [c.text, c.rowspan ?? 1, c.colspan ?? 1]))).toEqual([
      [['行政复议', 1, 2]],
      [
        ['结果维持', 1, 1],
        ['总计', 1, 1],
      ],
      [['1', 1, 2]],
    ]);
    expect(grid[2]![0]).toMatchObject({ severity: 'error', fromSpan: true, value: true });
  });

  it('ignores merges that overlap or leave the grid (broken markup)', () => {
    const grid = tableGrid(table, [], sourceKey, [
      [0, 0, 2, 2],
      [1, 1, 2, 1],
      [2, 1, 5, 1],
    ])!;
    expect(grid.map((row) => row.map((c) => c.text))).toEqual([['行政复议'], [], ['1', '0']]);
  });

  it('pivots the values when the extractor kept no grid (text reports)', () => {
    const grid = tableGrid({ ...table, grid: undefined }, [warning], sourceKey)!;
    expect(grid.map((row) => row.map((c) => c.text))).toEqual([
      ['', 'review.maintain', 'review.total'],
      ['review', '1', '0'],
    ]);
    expect(grid[1]![1]).toMatchObject({ severity: 'warning', role: 'primary', value: true });
    expect(grid[1]![2]).toMatchObject({ value: true, fromSpan: true });
    expect(grid[1]![2]!.severity).toBeUndefined();
  });

  it('draws nothing for a table without values or grid (an image)', () => {
    expect(tableGrid({ ...table, status: 'image', values: [], grid: undefined }, [], sourceKey)).toBeNull();
  });
});
