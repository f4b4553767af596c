// "One cause, one finding" (rules.md t3-blank-total) across the whole registry: a single defect in a report raises
// exactly the finding that names it, and none of its knock-on effects.
import { describe, expect, it } from 'vitest';
import { cellKey } from '../engine/cells';
import { checkReport } from '../audit';
import { buildReport, mapCells, setCell } from '../../test/helpers/report-builder';
import type { Report } from '../model';
import { SHANGHAI_2019_T3, XINXIANG_T3 } from '../../test/helpers/real-tables';

const tuples = (report: Report) =>
  checkReport(report).findings.map((f) => [f.rule, f.severity, f.cells[0] ? cellKey(f.cells[0]) : '']);

describe('one cause, one finding', () => {
  it('a blank 总计 of a non-zero row: only t3-blank-total', () => {
    expect(tuples(setCell(buildReport(), 'T3:totalProcessed:total', ''))).toEqual([
      ['t3-blank-total', 'warning', 'T3:totalProcessed:total'],
    ]);
  });

  it('a whole blank 总计 column: one warning, plus the count of the zero rows’ blanks', () => {
    expect(tuples(mapCells(buildReport(), 'T3', (c) => (c.column === 'total' ? '' : undefined)))).toEqual([
      ['t3-blank-total', 'warning', 'T3:newReceived:total'],
      ['cell-blank', 'info', 'T3:denied.stateSecret:total'],
    ]);
  });

  it('a real 2019 page with eleven blank 总计 cells (其余 filled): one warning, counted once', () => {
    const findings = checkReport(buildReport({ year: 2019, t3: SHANGHAI_2019_T3, sentences: [] })).findings;
    expect(findings.map((f) => [f.rule, f.severity, f.cells.length])).toEqual([
      ['t3-blank-total', 'warning', 11],
      ['cell-blank', 'info', 115],
    ]);
    expect(findings.filter((f) => f.severity === 'warning')).toHaveLength(1);
  });

  it('only an identity breaks (a 四、结转 row changed and still adding up): no cell is blamed, both sides named', () => {
    // xinxiang-police-2023's 四 自然人 and 总计 3 → 4: every row and every result column still adds up.
    const report = setCell(
      setCell(buildReport({ t3: XINXIANG_T3, sentences: [] }), 'T3:carriedForward:naturalPerson', '4'),
      'T3:carriedForward:total',
      '4',
    );
    const findings = checkReport(report).findings;
    // One finding: the 总计 column is off only because 自然人 is.
    expect(findings.map((f) => [f.rule, f.unpinned, f.cells.map(cellKey)])).toEqual([
      [
        't3-identity',
        true,
        ['naturalPerson', 'total'].flatMap((c) =>
          ['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'].map((r) => `T3:${r}:${c}`),
        ),
      ],
    ]);
    expect(findings[0]!.message).toBe(
      '表三“自然人”列两边不等：本年新收 57 + 上年结转 0 = 57，办理结果总计 54 + 结转下年度 4 = 58，相差 1；无法判断是哪一格有误',
    );
  });

  it('a changed part cell is pinned by its row and its column: one finding, about that cell', () => {
    const report = setCell(buildReport({ t3: XINXIANG_T3, sentences: [] }), 'T3:carriedForward:naturalPerson', '4');
    expect(tuples(report)).toEqual([['t3-row-total', 'error', 'T3:carriedForward:naturalPerson']]);
  });

  it('a wrong 总计 cell: only t3-row-total', () => {
    expect(tuples(setCell(buildReport(), 'T3:granted:total', '23'))).toEqual([
      ['t3-row-total', 'error', 'T3:granted:total'],
    ]);
    expect(tuples(setCell(buildReport(), 'T3:totalProcessed:total', '48'))).toEqual([
      ['t3-row-total', 'error', 'T3:totalProcessed:total'],
    ]);
    expect(tuples(setCell(buildReport(), 'T3:newReceived:total', '51'))).toEqual([
      ['t3-row-total', 'error', 'T3:newReceived:total'],
    ]);
  });

  it('a wrong （七）总计 cell in an applicant column: only t3-result-sum, no identity knock-on', () => {
    expect(tuples(setCell(buildReport(), 'T3:totalProcessed:naturalPerson', '44'))).toEqual([
      ['t3-result-sum', 'error', 'T3:totalProcessed:naturalPerson'],
    ]);
    // Its 总计 recomputed from the wrong cell: two wrong cells, two column-sum findings, still no identity error.
    expect(tuples(buildReport({ t3: { totalProcessed: [44, 2, 0, 0, 1, 1, 48] } }))).toEqual([
      ['t3-result-sum', 'error', 'T3:totalProcessed:naturalPerson'],
      ['t3-result-sum', 'error', 'T3:totalProcessed:total'],
    ]);
  });

  it('an invalid cell: only cell-not-number, no sums over it', () => {
    expect(tuples(setCell(buildReport(), 'T3:granted:naturalPerson', '二十'))).toEqual([
      ['cell-not-number', 'error', 'T3:granted:naturalPerson'],
    ]);
    expect(tuples(setCell(buildReport(), 'T4:review:review.total', 'x'))).toEqual([
      ['cell-not-number', 'error', 'T4:review:review.total'],
    ]);
  });

  it('a table not recognised: only the notice, never arithmetic', () => {
    const report = setCell(buildReport(), 'T4:review:review.total', '7');
    report.tables.T4 = { ...report.tables.T4!, status: 'not-recognised' };
    expect(tuples(report)).toEqual([['table-not-recognised', 'info', '']]);
  });

  it('tables shown as images: "not audited" notices only', () => {
    const report = buildReport({
      tables: {
        T2: { status: 'image', values: [] },
        T3: { status: 'image', values: [] },
        T4: { status: 'image', values: [] },
      },
    });
    expect(tuples(report)).toEqual([
      ['doc-missing-table', 'info', ''],
      ['doc-missing-table', 'info', ''],
      ['doc-missing-table', 'info', ''],
    ]);
  });

  it('the jinxiang-2023 shape: no tables, a misdated sentence', () => {
    const report = buildReport({
      t2: null,
      t3: null,
      t4: null,
      sentences: ['2022 年我局收到政府信息公开申请 1 条，已按要求，在规定时限范围内做出解释。'],
    });
    expect(tuples(report)).toEqual([
      ['doc-missing-table', 'error', ''],
      ['doc-missing-table', 'error', ''],
      ['doc-missing-table', 'error', ''],
      ['meta-year-body', 'warning', ''],
    ]);
  });
});
