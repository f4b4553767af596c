/**
 * text-percent: every "占 X%" recomputed from the counts the sentence states (±0.1 percentage point, the `tolerance`
 * option, or half a unit of the last digit written: "占 33%" may round 32.6) is a warning when it differs; a share or a 办结率-type rate
 * outside 0–100 %, or a decrease of more than 100 % ("申请数量较去年下降 300%", seen in a county 公安局's report), is
 * an error (rules.md E). A change stated with last year's figure ("较上年的 40 件增长 42.5%") is recomputed too.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/text-percent';
import { bilingual } from '../engine/messages';
import { claimOfReportYear, excerpt } from './lib/facts';
import type { Quantity } from '../narrative/numbers';
import { reportClaims } from '../narrative/report-claims';
import type { ChangeClaim, PercentClaim } from '../narrative/types';

export default defineRule(meta, {
  check(report, ctx) {
    for (const { sentence, claims } of reportClaims(report)) {
      for (const claim of claims) {
        if (!claimOfReportYear(report, claim)) continue;
        const { tolerance } = ctx.options;
        const finding =
          claim.kind === 'percent'
            ? checkPercent(claim, tolerance)
            : claim.kind === 'change'
              ? checkChange(claim, tolerance)
              : undefined;
        if (!finding) continue;
        const data = { ...finding.data, claim: excerpt(claim.text, 60) };
        ctx.report({ messageId: finding.messageId, ...(finding.error ? { severity: 'error' } : {}), sentence, data });
      }
    }
  },
});

type MessageId = 'shareOutOfRange' | 'rateOutOfRange' | 'decreaseOver100' | 'shareMismatch' | 'changeMismatch';
interface Problem {
  messageId: MessageId;
  error: boolean;
  data: Record<string, string | number>;
}

function checkPercent(claim: PercentClaim, points: number): Problem | undefined {
  const stated = claim.percent.value;
  if (claim.role === 'rate') {
    return stated > 100
      ? { messageId: 'rateOutOfRange', error: true, data: { stated: claim.percent.exact, metric: claim.metric ?? '' } }
      : undefined;
  }
  if (stated > 100) return { messageId: 'shareOutOfRange', error: true, data: { stated: claim.percent.exact } };
  const { part, base } = claim;
  if (!part || !base || part.approximate || base.approximate || claim.percent.approximate || base.value <= 0)
    return undefined;
  const computed = (part.value / base.value) * 100;
  if (Math.abs(computed - stated) <= tolerance(claim.percent, points)) return undefined;
  return {
    messageId: 'shareMismatch',
    error: false,
    data: {
      part: part.exact,
      base: base.exact,
      computed: computed.toFixed(Math.max(1, claim.percent.decimals)),
      stated: claim.percent.exact,
    },
  };
}

function checkChange(claim: ChangeClaim, points: number): Problem | undefined {
  const { amount, previous, current } = claim;
  if (amount.unit === '%' && claim.direction === 'decrease' && amount.value > 100) {
    return { messageId: 'decreaseOver100', error: true, data: { stated: amount.exact } };
  }
  if (!previous || !current || previous.approximate || current.approximate || amount.approximate) return undefined;
  const signed = claim.direction === 'decrease' ? -amount.value : amount.value;
  let computed: number;
  if (amount.unit === '%') {
    if (previous.value <= 0 || !sameKind(previous, current)) return undefined;
    computed = ((current.value - previous.value) / previous.value) * 100;
    if (Math.abs(computed - signed) <= tolerance(amount, points)) return undefined;
  } else {
    if (previous.unit !== amount.unit || current.unit !== amount.unit) return undefined;
    computed = current.value - previous.value;
    if (computed === signed) return undefined;
  }
  const digits = amount.unit === '%' ? Math.max(1, amount.decimals) : 0;
  return {
    messageId: 'changeMismatch',
    error: false,
    data: {
      previous: previous.exact,
      current: current.exact,
      ...bilingual('computed', changeText(computed, digits, amount.unit)),
      ...bilingual('stated', changeText(signed, amount.decimals, amount.unit)),
    },
  };
}

/**
 * ±`points` percentage point (the `tolerance` option, 0.1 by default), or half a unit of the last digit written when
 * that is coarser ("33%" covers 32.5–33.5).
 */
function tolerance(percent: Quantity, points: number): number {
  return Math.max(points, 0.5 * 10 ** -percent.decimals) + 1e-9;
}

function sameKind(a: Quantity, b: Quantity): boolean {
  return a.unit === b.unit || (COUNT.test(a.unit) && COUNT.test(b.unit));
}
const COUNT = /^(?:件|条|次|起|个|宗|项|份|件次)$/u;

/** "增长 42.5%" / "an increase of 42.5%". */
function changeText(value: number, digits: number, unit: string): { zh: string; en: string } {
  const size = `${Math.abs(value).toFixed(digits)}${unit === '%' ? '%' : ` ${unit}`}`;
  return value >= 0
    ? { zh: `增长 ${size}`, en: `an increase of ${size}` }
    : { zh: `下降 ${size}`, en: `a decrease of ${size}` };
}
