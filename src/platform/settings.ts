/**
 * User settings kept in extension storage (`storage.local`): the UI language and whether marks are drawn on pages.
 * Pure: the storage calls live in ./browser.ts.
 */
import type { Lang } from '../model';
import { isLang } from './messages';

export interface Settings {
  /** Language of the popup, the marks' tooltips and the findings' messages. Chinese first. */
  lang: Lang;
  /** Whether findings are outlined on the page (the popup's switch). */
  marks: boolean;
}

/** Chinese first: the reports, and most of their readers, are Chinese. */
export const DEFAULT_SETTINGS: Readonly<Settings> = { lang: 'zh', marks: true };

/** The settings stored under our keys, with defaults for anything missing or malformed. */
export function parseSettings(stored: Readonly<Record<string, unknown>>): Settings {
  return {
    lang: isLang(stored.lang) ? stored.lang : DEFAULT_SETTINGS.lang,
    marks: typeof stored.marks === 'boolean' ? stored.marks : DEFAULT_SETTINGS.marks,
  };
}
