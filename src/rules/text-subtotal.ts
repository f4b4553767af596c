/**
 * text-subtotal (warning): "共 N 条/件，其中 a…、b…" ⇒ Σ ≤ N, and = N when the list ends with 其余/其他 (plainly
 * exhaustive) (rules.md E; seen: a 15935 breakdown under a total of 2808). A list that first adds up to N exactly
 * and then goes on is two breakdowns of the same total (by channel, then by outcome), not an excess. With an
 * approximate figure in it, or a list of publication channels (one item posted on several), the finding is only an
 * info "needs review" — unless one part alone exceeds the whole.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/text-subtotal';
import { compareDecimal, formatDecimal, parseDecimal } from '../engine/decimal';
import { claimOfReportYear, excerpt, sumExact } from './lib/facts';
import type { Quantity } from '../narrative/numbers';
import { reportClaims } from '../narrative/report-claims';

export default defineRule(meta, {
  check(report, ctx) {
    for (const { sentence, claims } of reportClaims(report)) {
      for (const claim of claims) {
        if (claim.kind !== 'subtotal' || !claimOfReportYear(report, claim)) continue;
        const total = parseDecimal(claim.total.exact);
        if (!total) continue;
        const sum = sumExact(claim.parts);
        const order = compareDecimal(sum, total);
        const approximate = claim.total.approximate || claim.parts.some((p) => p.approximate);
        const data = {
          sum: formatDecimal(sum),
          total: claim.total.exact,
          parts: claim.parts.map((p) => p.exact).join('+'),
          claim: excerpt(claim.text, 60),
        };
        if (order > 0 && !successiveBreakdowns(claim.parts, claim.total)) {
          // The same item posted on the website and on WeChat is counted under both: channels may overlap, but no
          // single part can exceed the whole.
          const review =
            approximate ||
            (claim.labels.every((l) => CHANNEL.test(l)) && claim.parts.every((p) => p.value <= claim.total.value));
          ctx.report({
            messageId: review ? 'needsReview' : 'exceeds',
            ...(review ? { severity: 'info' } : {}),
            sentence,
            data,
          });
        } else if (order < 0 && claim.exhaustive && !approximate) {
          ctx.report({ messageId: 'incomplete', sentence, data });
        }
      }
    }
  },
});

/** Publication channels, whose counts may overlap. */
const CHANNEL =
  /网站|网页|门户|微博|微信|公众号|新媒体|客户端|APP|头条|抖音|快手|视频号|平台|政务号|公开栏|报刊|电视|广播/iu;

/** True when the parts split into runs that each add up to the total exactly, the last one at most to it. */
function successiveBreakdowns(parts: readonly Quantity[], total: Quantity): boolean {
  const whole = parseDecimal(total.exact);
  if (!whole) return false;
  let run: Quantity[] = [];
  let complete = 0;
  for (const part of parts) {
    run.push(part);
    const order = compareDecimal(sumExact(run), whole);
    if (order > 0) return false;
    if (order === 0) {
      complete++;
      run = [];
    }
  }
  return complete > 0;
}
