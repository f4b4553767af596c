/**
 * t3-identity: in each column of Table 三, 一、本年新收 + 二、上年结转 = 三（七）总计 + 四、结转下年度继续办理 — the
 * 勾稽关系 the table itself prints (rules.md A). An identity alone does not say which of its four cells is wrong, so
 * the finding blames none (unpinned: the cells of both sides are marked alike) and states which sides disagree and
 * by how much. The 总计 column's identity failing only because an applicant column's does is the same cause: one
 * finding.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/t3-identity';
import { columnName } from '../template/labels';
import { bilingual } from '../engine/messages';
import { sumOf, T3_ALL_COLUMNS, t3View } from './lib/tables';
import type { CellValue } from '../model';

const ROWS = ['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'] as const;

export default defineRule(meta, {
  check(report, ctx) {
    const t3 = t3View(report);
    if (!t3) return;
    const failures: Array<{ column: string; cells: CellValue[]; data: Record<string, string | number> }> = [];
    for (const column of T3_ALL_COLUMNS) {
      const [a, b, c, d] = ROWS.map((r) => t3.effective(r, column));
      const left = sumOf([a, b]);
      const right = sumOf([c, d]);
      if (left === undefined || right === undefined || left === right) continue;
      // When fixing what t3-row-total / t3-result-sum report makes the identity hold, that was the one cause.
      if (holdsOnceFixed(ROWS.map((r) => t3.candidates(r, column)))) continue;
      const cells = ROWS.map((r) => t3.cell(r, column)).filter((cell) => cell !== undefined);
      failures.push({
        column,
        cells,
        data: {
          ...bilingual('column', columnName('T3', column)),
          newReceived: a ?? 0,
          carriedOver: b ?? 0,
          totalProcessed: c ?? 0,
          carriedForward: d ?? 0,
          left,
          right,
          difference: Math.abs(left - right),
        },
      });
    }
    // With the four rows adding up, the 总计 column's identity is the sum of the applicant columns': its failure is
    // theirs, not a cause of its own. Beside a single applicant column it joins that finding; beside several it is
    // left out.
    const rowsAddUp = ROWS.every((r) => t3.effective(r, 'total') === t3.rowSum(r));
    const parts = failures.filter((f) => f.column !== 'total');
    const total = failures.find((f) => f.column === 'total');
    const shown = rowsAddUp && total && parts.length > 0 ? parts : failures;
    for (const f of shown) {
      const cells = rowsAddUp && total && parts.length === 1 ? [...f.cells, ...total.cells] : f.cells;
      ctx.report({ messageId: 'mismatch', unpinned: true, cells, data: f.data });
    }
  },
});

/** True when some choice of candidate values (as printed, or as another rule says they should be) balances 一+二 = 三+四. */
function holdsOnceFixed([a, b, c, d]: number[][]): boolean {
  const lefts = new Set((a ?? []).flatMap((x) => (b ?? []).map((y) => x + y)));
  return (c ?? []).some((x) => (d ?? []).some((y) => lefts.has(x + y)));
}
