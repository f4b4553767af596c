/**
 * text-new-requests (warning): "收到/受理/新收…申请 N 件" = T3 一、本年新收 总计, or 一 + 二 when the sentence says
 * the figure includes 上年结转 (rules.md E). Approximate figures ("50余件") only ever give an info "needs review".
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/text-new-requests';
import { claimOfReportYear, compareCount, countData, reportVerdict, t3Total } from './lib/facts';
import { reportClaims } from '../narrative/report-claims';

export default defineRule(meta, {
  check(report, ctx) {
    const fresh = t3Total(report, ['newReceived']);
    if (!fresh) return;
    const carried = t3Total(report, ['carriedOver']);
    const both = carried && { value: fresh.value + carried.value, cells: [...fresh.cells, ...carried.cells] };
    for (const { sentence, claims } of reportClaims(report)) {
      for (const claim of claims) {
        if (claim.kind !== 'count' || claim.subject !== 'newRequests' || !claimOfReportYear(report, claim)) continue;
        const fact = claim.includesCarried ? both : fresh;
        if (!fact) continue;
        const verdict = compareCount(claim.quantity, fact);
        // "收到申请 60 件" for 57 new + 3 carried over is loose wording, not a wrong figure — unless it says 新收.
        const loose = !claim.includesCarried && !claim.strictlyNew && both && (carried?.value ?? 0) > 0;
        if (verdict !== 'agrees' && loose && compareCount(claim.quantity, both) === 'agrees') continue;
        const cell = claim.includesCarried ? BOTH : FRESH;
        reportVerdict(ctx, verdict, { sentence, cells: fact.cells, data: countData(claim, fact.value, cell) });
      }
    }
  },
});

const FRESH = { zh: '表三“本年新收”总计', en: 'Table 3 “new requests” total' };
const BOTH = {
  zh: '表三“本年新收”与“上年结转”总计之和',
  en: 'the sum of Table 3 “new requests” and “carried over” totals',
};
