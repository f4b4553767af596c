/**
 * Attribution, the engine's stage after the rules: "one cause, one finding" (rules.md A) decided once, over all the
 * findings of a report, instead of inside the rules — so each rule reports what it sees on its own, like an ESLint
 * rule, and which finding is only a knock-on of another is policy kept in one place, with its own tests. A policy
 * (`KnockOn`) names the rule whose findings may be knock-ons and the rules that may cause them, and decides from the
 * findings alone. The policies are the caller's, like the rules (src/rules/attribution.ts): the engine knows no rule.
 */
import type { Finding } from '../model';

/** One "one cause, one finding" policy. */
export interface KnockOn {
  /** The rule whose findings may be knock-on effects. */
  effect: string;
  /** The rules whose findings may be their cause. */
  causes: readonly string[];
  /** Why such a finding is a knock-on, in one sentence (docs and tests). */
  reason: string;
  /** True when `finding` (of `effect`) is explained by `causes`, the findings of the cause rules on the same report. */
  explained(finding: Finding, causes: readonly Finding[]): boolean;
}

/**
 * The findings without the knock-ons: a finding is dropped when a policy for its rule finds it explained by the
 * findings of its cause rules. Every finding is judged against the rules' own findings (a dropped finding still
 * counts as a cause), and the order is kept.
 */
export function attribute(findings: readonly Finding[], policies: readonly KnockOn[]): Finding[] {
  if (policies.length === 0) return [...findings];
  return findings.filter((finding) =>
    policies.every((policy) => {
      if (policy.effect !== finding.rule) return true;
      const causes = findings.filter((c) => c !== finding && policy.causes.includes(c.rule));
      return causes.length === 0 || !policy.explained(finding, causes);
    }),
  );
}
