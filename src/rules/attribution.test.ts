// The registry's "one cause, one finding" policies (./attribution.ts): each rule reports on its own; the engine's
// attribution stage drops the knock-on once the cause is among the findings.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../audit';
import { cellKey } from '../engine/cells';
import { runRules } from '../engine/run-rules';
import { XINXIANG_T3 } from '../../test/helpers/real-tables';
import { buildReport, setCell } from '../../test/helpers/report-builder';
import { knockOns } from './attribution';
import t3ResultSum from './t3-result-sum';
import t3RowTotal from './t3-row-total';

describe('t3-result-sum after a pinned result cell of t3-row-total', () => {
  // xinxiang-police-2023's 三（一）予以公开 商业企业 3 → 4: its row and its column are both off by one.
  const report = setCell(buildReport({ t3: XINXIANG_T3, sentences: [] }), 'T3:granted:commercial', '4');
  const rulesOf = (findings: { rule: string; messageId: string; cells: Parameters<typeof cellKey>[0][] }[]) =>
    findings.map((f) => [f.rule, f.messageId, f.cells[0] ? cellKey(f.cells[0]) : '']);

  it('is reported by t3-result-sum on its own: the rule knows nothing of the other', () => {
    expect(rulesOf(runRules(report, { rules: [t3ResultSum] }).findings)).toEqual([
      ['t3-result-sum', 'mismatch', 'T3:totalProcessed:commercial'],
    ]);
  });

  it('is a knock-on once t3-row-total names the cell: one cause, one finding', () => {
    const both = { rules: [t3ResultSum, t3RowTotal] };
    expect(rulesOf(runRules(report, both).findings)).toEqual([
      ['t3-result-sum', 'mismatch', 'T3:totalProcessed:commercial'],
      ['t3-row-total', 'partWrong', 'T3:granted:commercial'],
    ]);
    expect(rulesOf(runRules(report, { ...both, knockOns }).findings)).toEqual([
      ['t3-row-total', 'partWrong', 'T3:granted:commercial'],
    ]);
    expect(
      checkReport(report)
        .findings.filter((f) => f.severity === 'error')
        .map((f) => f.rule),
    ).toEqual(['t3-row-total']);
  });

  it('stays when fixing the pinned cell does not make the column add up (two causes)', () => {
    const twice = setCell(report, 'T3:totalProcessed:commercial', '9');
    expect(checkReport(twice).findings.map((f) => f.rule)).toContain('t3-result-sum');
  });
});

describe('t3-row-total after a wrong （七）总计 part of t3-result-sum', () => {
  const report = setCell(buildReport(), 'T3:totalProcessed:commercial', '3');

  it("is reported by t3-row-total on its own, and dropped next to t3-result-sum's finding", () => {
    expect(runRules(report, { rules: [t3RowTotal] }).findings.map((f) => f.rule)).toEqual(['t3-row-total']);
    expect(
      runRules(report, { rules: [t3ResultSum, t3RowTotal], knockOns }).findings.map((f) => [
        f.rule,
        f.cells[0] && cellKey(f.cells[0]),
      ]),
    ).toEqual([['t3-result-sum', 'T3:totalProcessed:commercial']]);
  });

  it('stays when the column sums do not make the row add up', () => {
    const also = setCell(report, 'T3:totalProcessed:total', '99');
    expect(checkReport(also).findings.map((f) => f.rule)).toContain('t3-row-total');
  });
});
