/**
 * text-review (warning): "行政复议 N 件/次/起" = T4 行政复议 总计; "未发生/没有…行政复议" ⇒ 总计 0; "均获维持" said
 * of the reviews ⇒ 结果纠正 = 其他结果 = 尚未审结 = 0 (rules.md E). Only reviews about disclosure are read (a police
 * bureau's other 行政复议 cases are not T4's); approximate figures only give an info "needs review".
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/text-review';
import { bilingual } from '../engine/messages';
import {
  claimOfReportYear,
  compareCount,
  countData,
  excerpt,
  notUpheld,
  readsZero,
  reportVerdict,
  t4Sum,
} from './lib/facts';
import { reportClaims } from '../narrative/report-claims';

export default defineRule(meta, {
  check(report, ctx) {
    const total = t4Sum(report, ['review'], 'total');
    if (!total) return;
    for (const { sentence, claims } of reportClaims(report)) {
      for (const claim of claims) {
        if (!claimOfReportYear(report, claim)) continue;
        if (claim.kind === 'count' && claim.subject === 'review') {
          const data = countData(claim, total.value, CELL);
          reportVerdict(ctx, compareCount(claim.quantity, total), { sentence, cells: total.cells, data });
        } else if (claim.kind === 'zero' && claim.subject === 'review' && !readsZero(total)) {
          const data = { claim: excerpt(claim.text, 40), actual: total.value, ...bilingual('cell', CELL) };
          ctx.report({ messageId: 'zero', sentence, cells: total.cells, data });
        } else if (claim.kind === 'allMaintained' && claim.subject !== 'litigation') {
          const other = notUpheld(report, ['review'], claim.concludedOnly);
          if (!other) continue;
          const data = { claim: excerpt(sentence, 40), ...bilingual('parts', other.parts) };
          ctx.report({ messageId: 'notAllUpheld', sentence, cells: other.cells, data });
        }
      }
    }
  },
});

const CELL = { zh: '表四“行政复议·总计”', en: 'Table 4 “administrative review: total”' };
