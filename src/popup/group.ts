/**
 * Findings as the popup lists them (Lighthouse/axe style): by severity (errors first), then by rule; rules that ran
 * without a finding are listed separately, collapsed.
 */
import type { AuditResult, Finding, FindingCell, Severity } from '../model';

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

/**
 * One card per cause: findings of one rule that say the same thing (same rule, severity, message id and message)
 * are one card with all their cells; a finding the engine already groups (one cause, several cells) is one card.
 */
export interface Card {
  /** Stable within one result: rule, then the card's place among the rule's cards. */
  id: string;
  rule: string;
  severity: Severity;
  message: string;
  /** The findings behind the card (one, or several with the same message). */
  findings: Finding[];
  /** Every cell of those findings, without repeats, in the engine's order. */
  cells: FindingCell[];
}

/** The findings as cards, errors first, then by rule in the engine's order. */
export function causeCards(findings: readonly Finding[]): Card[] {
  const cards: Card[] = [];
  for (const group of groupFindings(findings)) {
    for (const { rule, findings: list } of group.rules) {
      const byCause = new Map<string, Card>();
      for (const finding of list) {
        // Text findings are about one sentence each: two sentences are two causes even with the same message.
        const cause = `${finding.messageId}\u0000${finding.message}\u0000${finding.sentence?.text ?? ''}`;
        let card = byCause.get(cause);
        if (!card) {
          card = {
            id: `${rule}#${byCause.size}`,
            rule,
            severity: group.severity,
            message: finding.message,
            findings: [],
            cells: [],
          };
          byCause.set(cause, card);
          cards.push(card);
        }
        card.findings.push(finding);
        for (const cell of finding.cells) {
          if (!card.cells.some((c) => sameCell(c, cell))) card.cells.push(cell);
        }
      }
    }
  }
  return cards;
}

function sameCell(a: FindingCell, b: FindingCell): boolean {
  return a.table === b.table && a.row === b.row && a.column === b.column;
}

/** What the findings list shows: severities switched on, and one rule or all. */
export interface CardFilter {
  severities: ReadonlySet<Severity>;
  rule: string | null;
}

export function filterCards(cards: readonly Card[], filter: CardFilter): Card[] {
  return cards.filter(
    (card) => filter.severities.has(card.severity) && (filter.rule === null || card.rule === filter.rule),
  );
}
