/**
 * text-table2 (warning): figures the text quotes for 制发/废止/现行有效 规章 and 行政规范性文件, 行政许可/行政处罚/
 * 行政强制 decisions and 行政事业性收费 (万元, compared exactly) = the T2 cells (rules.md E). The information-
 * processing fee ("未收取信息处理费") is not T2's 行政事业性收费 and is never compared with it. A figure that is one
 * term of a sum the same sentence states ("现行有效规范性文件 20 件，本年制发 3 件" where 现行有效 is 23) is not a
 * contradiction.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/text-table2';
import { columnName, rowName } from '../template/labels';
import { formatDecimal } from '../engine/decimal';
import { claimOfReportYear, compareCount, compareMoney, countData, reportVerdict, t2Count, t2Fees } from './lib/facts';
import { reportClaims } from '../narrative/report-claims';
import type { Claim, CountClaim } from '../narrative/types';

export default defineRule(meta, {
  check(report, ctx) {
    for (const { sentence, claims } of reportClaims(report)) {
      for (const claim of claims) {
        if (claim.kind !== 'count' || !claimOfReportYear(report, claim)) continue;
        if (claim.subject === 'fees') {
          const fees = t2Fees(report);
          if (!fees) continue;
          const data = countData(claim, formatDecimal(fees.amount), cellName('fees', 'amount'));
          reportVerdict(ctx, compareMoney(claim.quantity, fees.amount), { sentence, cells: [fees.cell], data });
          continue;
        }
        const at = address(claim);
        const fact = at && t2Count(report, at.row, at.column);
        if (!at || !fact) continue;
        const verdict = compareCount(claim.quantity, fact);
        if (verdict === 'differs' && termOfStatedSum(claim, claims, fact.value)) continue;
        const data = countData(claim, fact.value, cellName(at.row, at.column));
        reportVerdict(ctx, verdict, { sentence, cells: fact.cells, data });
      }
    }
  },
});

/**
 * "现行有效规范性文件 20 件，本年制发 3 件" with 现行有效 23 in the table: the text gives the 现行有效 of before and this
 * year's new ones, whose sum is the table's figure. Only for an exact 现行有效 figure and a 制发 figure of the same
 * document type in the same sentence.
 */
function termOfStatedSum(claim: CountClaim, claims: readonly Claim[], actual: number): boolean {
  if (claim.subject !== 'docsValid' || claim.quantity.approximate) return false;
  return claims.some(
    (other) =>
      other !== claim &&
      other.kind === 'count' &&
      other.subject === 'docsIssued' &&
      other.docType === claim.docType &&
      !other.quantity.approximate &&
      claim.quantity.value + other.quantity.value === actual,
  );
}

/** The T2 cell a count claim quotes. */
function address(claim: CountClaim): { row: string; column: string } | undefined {
  const column = DOC_COLUMNS[claim.subject];
  if (column) return claim.docType ? { row: claim.docType, column } : undefined;
  const row = DECISION_ROWS[claim.subject];
  return row ? { row, column: 'decisions' } : undefined;
}

const DOC_COLUMNS: Partial<Record<string, string>> = {
  docsIssued: 'issued',
  docsRepealed: 'repealed',
  docsValid: 'valid',
};
const DECISION_ROWS: Partial<Record<string, string>> = { license: 'license', penalty: 'penalty', coercion: 'coercion' };

function cellName(row: string, column: string): { zh: string; en: string } {
  const r = rowName('T2', row);
  const c = columnName('T2', column);
  return { zh: `表二“${r.zh}·${c.zh}”`, en: `Table 2 “${r.en}: ${c.en}”` };
}
