/**
 * Which page elements to mark, and what their tooltips say: one mark per element, with the worst severity of the
 * findings on it and every message (the message states expected vs. actual).
 */
import type { Finding, SourceRef } from '../model';

/** One element to outline. */
export interface Mark {
  element: Element;
  severity: 'error' | 'warning';
  /**
   * 'primary': the cell a finding is about (its first cell: the total that does not add up) or its sentence;
   * 'related': a cell that only takes part in the check (the parts of that sum) — drawn lighter, so the eye goes
   * to the wrong number, not to a whole red row.
   */
  role: 'primary' | 'related';
  /** Tooltip lines: one per finding on this element, worst first. */
  lines: Array<{ severity: 'error' | 'warning'; rule: string; message: string }>;
}

/**
 * Marks for the errors and warnings of an audit (info findings are context, not faults: they are not drawn).
 * `keyOf` turns a finding's source pointer into the key of `elements`.
 */
export function marksFor(
  findings: readonly Finding[],
  elements: ReadonlyMap<string, Element>,
  keyOf: (src: SourceRef) => string,
): Mark[] {
  const byElement = new Map<Element, Mark>();
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    const severity = finding.severity;
    const sources = [
      ...finding.cells.map((c, i) => ({ src: c.src, primary: i === 0 })),
      { src: finding.sentence?.src, primary: true },
    ];
    for (const { src, primary } of sources) {
      const element = src ? elements.get(keyOf(src)) : undefined;
      if (!element) continue;
      const mark = byElement.get(element) ?? { element, severity, role: 'related', lines: [] };
      if (severity === 'error') mark.severity = 'error';
      if (primary) mark.role = 'primary';
      const line = { severity, rule: finding.rule, message: finding.message };
      if (!mark.lines.some((l) => l.rule === line.rule && l.message === line.message)) mark.lines.push(line);
      byElement.set(element, mark);
    }
  }
  for (const mark of byElement.values()) mark.lines.sort((a, b) => rank(a.severity) - rank(b.severity));
  return [...byElement.values()];
}

const rank = (severity: 'error' | 'warning') => (severity === 'error' ? 0 : 1);
