/**
 * What makes a link a link to an annual report: the one test shared by the listing reader (./listing.ts) and the
 * content script's small loader (src/content/lazy.ts), which must not miss a listing page the full content script
 * would recognise. Kept apart from ./listing.ts so the loader bundles only this and the title and year tests.
 */
import { isReportTitle } from '../detect/title';
import { firstYear } from '../detect/year';
import { collapseSpace } from '../text/normalise';

/** True when a link with this text and address leads to an annual report. */
export function isReportLink(text: string, url: string): boolean {
  if (!text || text.length > MAX_TEXT) return false;
  // A report title names its year; "政府信息公开年报" without one is the column itself (a menu link).
  if (isReportTitle(text)) return firstYear(text) !== undefined;
  // Form-generated reports (markup.md: /module/xxgk/xxgkAnnualReport.jsp?…&fbtime=2023) are linked by year alone.
  return ANNUAL_REPORT_TARGET.test(url) && firstYear(text) !== undefined && text.length <= 20;
}

const MAX_TEXT = 120;
/** Addresses of form-generated annual reports. */
export const ANNUAL_REPORT_TARGET = /annual_?report/i;

/**
 * The words that make a link a report link — its text, or its title attribute when the text alone is not a report
 * title ("2023年度报告" with the full title in title=) — or undefined when it is not one.
 */
export function reportLinkText(a: Element, url: string): string | undefined {
  const text = linkText(a);
  if (isReportLink(text, url)) return text;
  const title = collapse(a.getAttribute('title') ?? '');
  return title && isReportLink(title, url) ? title : undefined;
}

/** The link's words: its text, or its title attribute when the text is cut short ("…年度报...") or empty. */
export function linkText(a: Element): string {
  const text = collapse(a.textContent ?? '');
  const title = collapse(a.getAttribute('title') ?? '');
  if (!title) return text;
  // "金乡县公安局2023年政府信息公开工作年度..." is cut short: compare it without its ellipsis.
  const shown = text.replace(/(?:…+|\.{2,}|。{2,})$/u, '');
  const cut = shown !== text;
  return !text || (cut && title.length > shown.length) ? title : text;
}

/** Whitespace runs (NBSP and the ideographic space included) as one space, trimmed. */
export const collapse = collapseSpace;
