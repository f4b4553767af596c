/**
 * text-carry (warning): "上年结转 N 件" = T3 二、上年结转 总计; "结转下年度 N 件" = T3 四、结转下年度继续办理 总计
 * (rules.md E). Approximate figures only ever give an info "needs review".
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/text-carry';
import { claimOfReportYear, compareCount, countData, reportVerdict, t3Total } from './lib/facts';
import { reportClaims } from '../narrative/report-claims';

export default defineRule(meta, {
  check(report, ctx) {
    for (const { sentence, claims } of reportClaims(report)) {
      for (const claim of claims) {
        if (claim.kind !== 'count' || !claimOfReportYear(report, claim)) continue;
        const target = TARGETS[claim.subject];
        if (!target) continue;
        const fact = t3Total(report, [target.row]);
        if (!fact) continue;
        const data = countData(claim, fact.value, target.cell);
        reportVerdict(ctx, compareCount(claim.quantity, fact), { sentence, cells: fact.cells, data });
      }
    }
  },
});

const TARGETS: Partial<Record<string, { row: string; cell: { zh: string; en: string } }>> = {
  carriedOver: { row: 'carriedOver', cell: { zh: '表三“上年结转”总计', en: 'Table 3 “carried over” total' } },
  carriedForward: {
    row: 'carriedForward',
    cell: { zh: '表三“结转下年度继续办理”总计', en: 'Table 3 “carried forward” total' },
  },
};
