/**
 * What a tab's toolbar button shows (ux.md "badge etiquette"), so that every state looks different at a glance:
 * - errors: their count on red; warnings only: their count on amber;
 * - a report audited clean (all three tables read and checked): a green ✓;
 * - a report whose tables were not audited (images, attachments, unrecognised layouts): a grey "?" — "no errors" must
 *   not look like "checked and right";
 * - a page listing annual reports: how many it lists, on a neutral blue (a count of reports, not of faults);
 * - anything else (not a report, never audited): nothing.
 * Never more than four characters. The toolbar title says the same in words, in the user's language.
 */
import type { Lang } from '../model';
import type { ActionLook } from '../platform/browser';
import type { ToBackground } from '../platform/messages';

export const BADGE_RED = '#C5221F';
export const BADGE_AMBER = '#F9AB00';
export const BADGE_BLUE = '#1A73E8';
export const BADGE_GREEN = '#188038';
export const BADGE_GREY = '#5F6368';

/** The badge text of a report audited clean, and of a report whose tables were not audited. */
export const BADGE_CLEAN = '✓';
export const BADGE_NOT_AUDITED = '?';

/** The badge and icon for a tab's latest audit summary (null = nothing audited: the resting look). */
export function lookFor(summary: ToBackground | null, lang: Lang = 'zh'): ActionLook {
  const found = summary?.detected ?? false;
  const [text, background, textColor] = badge(summary, found);
  return { text, background, textColor, found, title: titleFor(summary, lang) };
}

/** Text, background and text colour. Dark text on amber: white on amber fails contrast (WCAG ≈ 1.9:1). */
function badge(summary: ToBackground | null, found: boolean): [string, string, string] {
  if (summary && !found && summary.listing) return [badgeCount(summary.listing), BADGE_BLUE, WHITE];
  if (!summary || !found) return ['', BADGE_RED, WHITE];
  if (summary.errors > 0) return [badgeCount(summary.errors), BADGE_RED, WHITE];
  if (summary.warnings > 0) return [badgeCount(summary.warnings), BADGE_AMBER, '#202124'];
  // An older content script's summary has no `audited`: it is taken as fully audited (the look before this field).
  if ((summary.audited ?? 3) < 3) return [BADGE_NOT_AUDITED, BADGE_GREY, WHITE];
  return [BADGE_CLEAN, BADGE_GREEN, WHITE];
}

const WHITE = '#FFFFFF';

/** A count that fits a badge: "1" … "99", then "99+". */
export function badgeCount(n: number): string {
  if (!Number.isFinite(n) || n <= 0) return '';
  return n > 99 ? '99+' : String(Math.floor(n));
}

const WORDS = {
  zh: {
    idle: '年报核查：核查本页的政府信息公开年报',
    errors: '$ 个错误',
    warnings: '$ 个警告',
    clean: '核查完成，未发现问题',
    partial: '未发现问题，但有 $ 张统计表未核查',
    none: '统计表未核查（图片、附件或无法识别）',
    listing: '本页列出 $ 份年度报告',
    report: '年报',
    unnamed: '年度报告',
  },
  en: {
    idle: 'Gov Report Auditor: audit this page’s annual report',
    errors: '$ error(s)',
    warnings: '$ warning(s)',
    clean: 'Audited: no problems found',
    partial: 'No problems found, but $ of the tables were not audited',
    none: 'Tables not audited (images, attachments or not recognised)',
    listing: 'This page lists $ annual report(s)',
    report: 'annual report',
    unnamed: 'annual report',
  },
} as const;

/** The toolbar title (tooltip) in words: "2 个错误 · 1 个警告 — 青山县交通运输局 2023 年报". */
export function titleFor(summary: ToBackground | null, lang: Lang): string {
  const w = WORDS[lang];
  const n = (template: string, count: number) => template.replace('$', String(count));
  if (summary && !summary.detected && summary.listing) return `${n(w.listing, summary.listing)} — ${w.idle}`;
  if (!summary || !summary.detected) return w.idle;
  const parts: string[] = [];
  if (summary.errors > 0) parts.push(n(w.errors, summary.errors));
  if (summary.warnings > 0) parts.push(n(w.warnings, summary.warnings));
  const audited = summary.audited ?? 3;
  if (parts.length === 0) parts.push(audited === 0 ? w.none : audited < 3 ? n(w.partial, 3 - audited) : w.clean);
  const name = [summary.agency, summary.year].filter((x) => x !== undefined).join(' ');
  return `${parts.join(' · ')} — ${name ? `${name} ${w.report}` : w.unnamed}`;
}
