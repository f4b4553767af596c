/**
 * What a tab's toolbar button shows (ux.md "badge etiquette"): the error count on red; warnings only → their count
 * on amber; nothing when the page is clean or not a report; on a page listing annual reports, how many it lists, on
 * a neutral blue (a count of reports, not of faults). Never more than four characters.
 */
import type { ActionLook } from '../platform/browser';
import type { ToBackground } from '../platform/messages';

export const BADGE_RED = '#C5221F';
export const BADGE_AMBER = '#F9AB00';
export const BADGE_BLUE = '#1A73E8';

/** The badge and icon for a tab's latest audit summary (null = nothing audited: the resting look). */
export function lookFor(summary: ToBackground | null): ActionLook {
  const found = summary?.detected ?? false;
  if (summary && !found && summary.listing) {
    return { text: badgeCount(summary.listing), background: BADGE_BLUE, textColor: '#FFFFFF', found: false };
  }
  if (!summary || !found) return { text: '', background: BADGE_RED, textColor: '#FFFFFF', found: false };
  if (summary.errors > 0) return { text: badgeCount(summary.errors), background: BADGE_RED, textColor: '#FFFFFF', found };
  if (summary.warnings > 0) {
    // Dark text: white on amber fails contrast (WCAG ≈ 1.9:1).
    return { text: badgeCount(summary.warnings), background: BADGE_AMBER, textColor: '#202124', found };
  }
  return { text: '', background: BADGE_RED, textColor: '#FFFFFF', found };
}

/** A count that fits a badge: "1" … "99", then "99+". */
export function badgeCount(n: number): string {
  if (!Number.isFinite(n) || n <= 0) return '';
  return n > 99 ? '99+' : String(Math.floor(n));
}
