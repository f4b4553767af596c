/**
 * text-completed (warning): "办结/答复 N 件" = T3 三（七）总计 (rules.md E). Only figures plainly about requests for
 * disclosure count (办结人大建议, 答复提案 are not); approximate figures only give an info "needs review".
 * "收到申请 N 件，均已答复" says N were completed, when N counts every request handled (allOfComparable).
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/text-completed';
import { allOfComparable, claimOfReportYear, compareCount, countData, reportVerdict, t3Total } from './lib/facts';
import { reportClaims } from '../narrative/report-claims';

export default defineRule(meta, {
  check(report, ctx) {
    const fact = t3Total(report, ['totalProcessed']);
    if (!fact) return;
    for (const { sentence, claims } of reportClaims(report)) {
      for (const claim of claims) {
        if (claim.kind !== 'count' || claim.subject !== 'completed' || !claimOfReportYear(report, claim)) continue;
        if (!allOfComparable(report, claim)) continue;
        const data = countData(claim, fact.value, CELL);
        reportVerdict(ctx, compareCount(claim.quantity, fact), { sentence, cells: fact.cells, data });
      }
    }
  },
});

const CELL = { zh: '表三“（七）总计”', en: 'Table 3 “(7) total handled”' };
