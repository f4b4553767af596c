/**
 * The registry's "one cause, one finding" policies (rules.md A), applied by the engine's attribution stage
 * (src/engine/attribute.ts) to all findings once every rule has run: a finding that is only the knock-on of another
 * rule's finding is dropped here, so the rules themselves report independently. Each policy decides from the
 * findings alone (their cells and data), and must give exactly what the rule's own arithmetic would.
 *
 * Suppressions still inside rules, because the findings do not carry what they need to decide identically:
 * - t3-result-sum's 总计 column, checked again with every 总计 taken as its row's sum, and t3-identity's candidate
 *   values: both recompute the table (rows whose t3-row-total finding is skipped for reasons of its own count too);
 * - year-carry's 总计 column: it depends on whether last year's 四、结转 row adds up, which no finding of this report
 *   states;
 * - t3-row-total's blank 总计 (t3-blank-total's): a blank is not a wrong total, whichever rules run;
 * - year-yoy-claim's "下降 300%": text-percent judges such a claim under its own filter (claimOfReportYear) and names
 *   it by another excerpt, so its finding cannot be matched to year-yoy-claim's claim for certain.
 */
import type { KnockOn } from '../engine/attribute';
import type { Finding } from '../model';

/** The total cell of t3-row-total's finding (a pinned part's finding names the part first, then the total). */
function totalOf(finding: Finding) {
  return finding.cells.find((c) => c.column === 'total');
}

/** t3-row-total's message for a pinned part cell, and the relation it names for a result row （一）…（六）. */
const PINNED = 'partWrong';
const RESULT_RELATION = '办理结果总计';

export const knockOns: readonly KnockOn[] = [
  {
    effect: 't3-result-sum',
    causes: ['t3-row-total'],
    reason:
      'a result cell that t3-row-total pins down as the one wrong cell of its row explains its column: with the pinned cells fixed, （七）总计 is the sum of the results',
    explained(finding, causes) {
      const column = finding.cells[0]?.column;
      const pins = causes.filter(
        (c: Finding) => c.messageId === PINNED && c.data.relation === RESULT_RELATION && c.cells[0]?.column === column,
      );
      if (pins.length === 0) return false;
      const fix = pins.reduce((sum, pin) => sum + Number(pin.data.expected) - Number(pin.data.actual), 0);
      return Number(finding.data.expected) + fix === Number(finding.data.actual);
    },
  },
  {
    effect: 't3-row-total',
    causes: ['t3-result-sum'],
    reason:
      "a （七）总计 part cell that is not the sum of its column's results (t3-result-sum) explains the （七）总计 row: with each such cell taken as its column's sum, the row adds up",
    explained(finding, causes) {
      if (totalOf(finding)?.row !== 'totalProcessed') return false;
      // The row's sum and total, as the finding states them (a pinned part's finding calls them sum and total).
      const sum = Number(finding.messageId === PINNED ? finding.data.sum : finding.data.expected);
      const total = Number(finding.messageId === PINNED ? finding.data.total : finding.data.actual);
      const fixes = causes.filter((c) => c.cells[0]?.row === 'totalProcessed' && c.cells[0].column !== 'total');
      if (fixes.length === 0) return false;
      return sum + fixes.reduce((s, c) => s + Number(c.data.expected) - Number(c.data.actual), 0) === total;
    },
  },
];
