/**
 * text-subtotal (warning): "共 N 条/件，其中 a…、b…" ⇒ Σ ≤ N, and = N when the list ends with 其余/其他 (plainly
 * exhaustive) (rules.md E; seen: a 15935 breakdown under a total of 2808). A list that first adds up to N exactly
 * and then goes on is two breakdowns of the same total (by channel, then by outcome), not an excess. With an
 * approximate figure in it the finding is only an info "needs review".
 */
import { defineRule } from '../engine/define-rule';
import { claimOfReportYear, compareDecimal, excerpt, formatDecimal, parseDecimal, sumExact } from '../narrative/facts';
import type { Quantity } from '../narrative/numbers';
import { reportClaims } from '../narrative/report-claims';

export default defineRule({
  id: 'text-subtotal',
  severity: 'warning',
  appliesTo: ['2021', '2019', 'legacy', 'unknown'],
  description: {
    zh: '正文“共…，其中…”的分项之和不应超过总数',
    en: 'Items listed under “其中” must not add up to more than their total',
  },
  messages: {
    exceeds: {
      zh: '“其中”各项之和为 {{sum}}（{{parts}}），超过总数 {{total}}：“{{claim}}”',
      en: 'The items under “其中” add up to {{sum}} ({{parts}}), more than the total {{total}}: “{{claim}}”',
    },
    incomplete: {
      zh: '“其中”列举至“其余/其他”，各项之和应为总数 {{total}}，实为 {{sum}}（{{parts}}）：“{{claim}}”',
      en: 'The list under “其中” ends with “the rest”, so it should add up to the total {{total}}; it adds up to {{sum}} ({{parts}}): “{{claim}}”',
    },
    needsReview: {
      zh: '请人工核对：“其中”各项之和约为 {{sum}}（{{parts}}，含约数），总数为 {{total}}：“{{claim}}”',
      en: 'Needs review: the items under “其中” add up to about {{sum}} ({{parts}}, approximate figures), the total is {{total}}: “{{claim}}”',
    },
  },
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
          ctx.report({ messageId: approximate ? 'needsReview' : 'exceeds', ...(approximate ? { severity: 'info' } : {}), sentence, data });
        } else if (order < 0 && claim.exhaustive && !approximate) {
          ctx.report({ messageId: 'incomplete', sentence, data });
        }
      }
    }
  },
});

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
