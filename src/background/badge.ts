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
  const title = titleFor(summary, lang);
  const found = summary?.detected ?? false;
  if (summary && !found && summary.listing) {
    return { text: badgeCount(summary.listing), background: BADGE_BLUE, textColor: '#FFFFFF', found: false, title };
  }
  if (!summary || !found) return { text: '', background: BADGE_RED, textColor: '#FFFFFF', found: false, title };
  if (summary.errors > 0) return { text: badgeCount(summary.errors), background: BADGE_RED, textColor: '#FFFFFF', found, title };
  if (summary.warnings > 0) {
    // Dark text: white on amber fails contrast (WCAG ≈ 1.9:1).
    return { text: badgeCount(summary.warnings), background: BADGE_AMBER, textColor: '#202124', found, title };
  }
  if (notAllAudited(summary)) return { text: BADGE_NOT_AUDITED, background: BADGE_GREY, textColor: '#FFFFFF', found, title };
  return { text: BADGE_CLEAN, background: BADGE_GREEN, textColor: '#FFFFFF', found, title };
}

/** A count that fits a badge: "1" … "99", then "99+". */
export function badgeCount(n: number): string {
  if (!Number.isFinite(n) || n <= 0) return '';
  return n > 99 ? '99+' : String(Math.floor(n));
}

/** An older content script's summary has no `audited`: it is taken as fully audited (the look before this field). */
function notAllAudited(summary: ToBackground): boolean {
  return summary.audited !== undefined && summary.audited < 3;
}

const WORDS = {
  zh: {
    idle: '年报核查：核查本页的政府信息公开年报',
    errors: (n: number) => `${n} 个错误`,
    warnings: (n: number) => `${n} 个警告`,
    clean: '核查完成，未发现问题',
    cleanPartial: (n: number) => `未发现问题，但有 ${n} 张统计表未核查`,
    notAudited: '统计表未核查（图片、附件或无法识别）',
    listing: (n: number) => `本页列出 ${n} 份年度报告`,
    report: (agency?: string, year?: number) =>
      agency && year ? `${agency} ${year} 年报` : agency ? `${agency} 年报` : year ? `${year} 年报` : '年度报告',
    join: ' · ',
    dash: ' — ',
  },
  en: {
    idle: 'Gov Report Auditor: audit this page’s annual report',
    errors: (n: number) => `${n} error${n === 1 ? '' : 's'}`,
    warnings: (n: number) => `${n} warning${n === 1 ? '' : 's'}`,
    clean: 'Audited: no problems found',
    cleanPartial: (n: number) => `No problems found, but ${n} of the tables ${n === 1 ? 'was' : 'were'} not audited`,
    notAudited: 'Tables not audited (images, attachments or not recognised)',
    listing: (n: number) => `This page lists ${n} annual report${n === 1 ? '' : 's'}`,
    report: (agency?: string, year?: number) =>
      agency && year ? `${agency} ${year} annual report` : agency ? `${agency} annual report` : year ? `${year} annual report` : 'annual report',
    join: ' · ',
    dash: ' — ',
  },
} as const;

/** The toolbar title (tooltip) in words: "2 个错误 · 1 个警告 — 青山县交通运输局 2023 年报". */
export function titleFor(summary: ToBackground | null, lang: Lang): string {
  const w = WORDS[lang];
  if (summary && !summary.detected && summary.listing) return `${w.listing(summary.listing)}${w.dash}${w.idle}`;
  if (!summary || !summary.detected) return w.idle;
  const parts: string[] = [];
  if (summary.errors > 0) parts.push(w.errors(summary.errors));
  if (summary.warnings > 0) parts.push(w.warnings(summary.warnings));
  const audited = summary.audited ?? 3;
  if (parts.length === 0) parts.push(audited === 0 ? w.notAudited : audited < 3 ? w.cleanPartial(3 - audited) : w.clean);
  return `${parts.join(w.join)}${w.dash}${w.report(summary.agency, summary.year)}`;
}
