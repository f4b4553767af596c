/**
 * Findings as the popup lists them (Lighthouse/axe style): by severity (errors first), then by rule; rules that ran
 * without a finding are listed separately, collapsed.
 */
import type { AuditResult, Finding, Severity } from '../model';

export interface RuleGroup {
  rule: string;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  rules: RuleGroup[];
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Findings grouped by severity, then by rule, keeping the engine's order inside each group; empty groups dropped. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  return ORDER.map((severity) => {
    const rules = new Map<string, Finding[]>();
    for (const finding of findings) {
      if (finding.severity !== severity) continue;
      const list = rules.get(finding.rule) ?? [];
      list.push(finding);
      rules.set(finding.rule, list);
    }
    const groups = [...rules].map(([rule, list]) => ({ rule, findings: list }));
    return { severity, count: groups.reduce((n, g) => n + g.findings.length, 0), rules: groups };
  }).filter((group) => group.count > 0);
}

/** The rules that ran and found nothing. */
export function passedRules(result: AuditResult): string[] {
  const failing = new Set(result.findings.map((f) => f.rule));
  return result.rulesRun.filter((rule) => !failing.has(rule));
}

/** Counts of findings per severity. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
