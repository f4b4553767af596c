/**
 * Pathological pages built in memory around a real, clean report page (test/fixtures/html/xinxiang-2023.html): the
 * report must still audit clean when the page is absurd but within the limits, and give the "too large to audit"
 * notice beyond them.
 */
import { readFileSync } from 'node:fs';
import { auditDocument, auditText } from '../../src/audit';
import { decodeHtml } from '../../src/portal/decode';
import { parseHtml } from '../../src/cli/dom';
import type { AuditResult } from '../../src/model';

/** The clean report page every pathological page is built from. */
export const REPORT_HTML = decodeHtml(readFileSync(new URL('../fixtures/html/xinxiang-2023.html', import.meta.url)));

/** The report's own body with `extra` inserted just before </body>. */
export function withExtra(extra: string): string {
  const at = REPORT_HTML.lastIndexOf('</body>');
  return `${REPORT_HTML.slice(0, at)}${extra}${REPORT_HTML.slice(at)}`;
}

/** The report with `extra` inserted in its narrative, just before the heading of section 六. */
export function withNarrative(extra: string): string {
  const at = REPORT_HTML.lastIndexOf('<p', REPORT_HTML.indexOf('六、其他需要报告的事项'));
  return `${REPORT_HTML.slice(0, at)}${extra}${REPORT_HTML.slice(at)}`;
}

/** The report with its whole body wrapped in `wrap(inner)` (layout tables, nested elements …). */
export function withBodyWrapped(wrap: (inner: string) => string): string {
  const open = REPORT_HTML.indexOf('>', REPORT_HTML.indexOf('<body')) + 1;
  const close = REPORT_HTML.lastIndexOf('</body>');
  return REPORT_HTML.slice(0, open) + wrap(REPORT_HTML.slice(open, close)) + REPORT_HTML.slice(close);
}

/** A table of `rows` rows of `cells` cells. */
export function bigTable(
  rows: number,
  cells: number,
  cell: (r: number, c: number) => string = (r, c) => `${r * cells + c}`,
): string {
  const out: string[] = ['<table border="1">'];
  for (let r = 0; r < rows; r++) {
    out.push('<tr>');
    for (let c = 0; c < cells; c++) out.push(`<td>${cell(r, c)}</td>`);
    out.push('</tr>');
  }
  out.push('</table>');
  return out.join('');
}

/** Audits HTML through linkedom, as the CLI does. */
export function auditPage(html: string): AuditResult {
  const { elements: _elements, ...result } = auditDocument(parseHtml(html), { source: 'pathological.html', now: NOW });
  return result;
}

/** Audits a plain-text report. */
export function auditPlain(text: string): AuditResult {
  return auditText(text, { source: 'pathological.txt', now: NOW });
}

/** The findings as `rule` ids, for exhaustive comparison. */
export const rulesOf = (result: AuditResult): string[] => result.findings.map((f) => f.rule);

const NOW = new Date('2025-03-01T00:00:00Z');
