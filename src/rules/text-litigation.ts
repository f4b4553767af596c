/**
 * text-litigation (warning): "行政诉讼 N 件" = 未经复议直接起诉 总计 + 复议后起诉 总计 (or either one when the text
 * names it); "未发生/没有…行政诉讼" ⇒ both 0; "均获维持" said of the lawsuits ⇒ 纠正 = 其他 = 尚未审结 = 0
 * (rules.md E; a provincial 办公厅 wrote "均获维持" with 3 cases 尚未审结). Approximate figures only give an info.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/text-litigation';
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
    for (const { sentence, claims } of reportClaims(report)) {
      for (const claim of claims) {
        if (!claimOfReportYear(report, claim)) continue;
        if (claim.kind === 'count' && claim.subject in TARGETS) {
          const target = TARGETS[claim.subject];
          const fact = target && t4Sum(report, target.rows, 'total');
          if (!target || !fact) continue;
          const data = countData(claim, fact.value, target.cell);
          reportVerdict(ctx, compareCount(claim.quantity, fact), { sentence, cells: fact.cells, data });
        } else if (claim.kind === 'zero' && claim.subject === 'litigation') {
          const fact = t4Sum(report, BOTH.rows, 'total');
          if (!fact || readsZero(fact)) continue;
          const data = { claim: excerpt(claim.text, 40), actual: fact.value, ...bilingual('cell', BOTH.cell) };
          ctx.report({ messageId: 'zero', sentence, cells: fact.cells, data });
        } else if (claim.kind === 'allMaintained' && claim.subject !== 'review') {
          const other = notUpheld(report, BOTH.rows, claim.concludedOnly);
          if (!other) continue;
          const data = { claim: excerpt(sentence, 40), ...bilingual('parts', other.parts) };
          ctx.report({ messageId: 'notAllUpheld', sentence, cells: other.cells, data });
        }
      }
    }
  },
});

const BOTH = {
  rows: ['direct', 'postReview'],
  cell: { zh: '表四行政诉讼总计（直接起诉+复议后起诉）', en: 'Table 4 lawsuits total (direct + after review)' },
};

const TARGETS: Partial<Record<string, { rows: string[]; cell: { zh: string; en: string } }>> = {
  litigation: BOTH,
  litigationDirect: {
    rows: ['direct'],
    cell: { zh: '表四“未经复议直接起诉·总计”', en: 'Table 4 “direct lawsuits: total”' },
  },
  litigationPostReview: {
    rows: ['postReview'],
    cell: { zh: '表四“复议后起诉·总计”', en: 'Table 4 “lawsuits after review: total”' },
  },
};
