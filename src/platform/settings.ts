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

/** The keys our settings are stored under. */
export const SETTING_KEYS: ReadonlyArray<keyof Settings> = ['lang', 'marks'];

/**
 * The storage calls the settings need, as both webextension-polyfill's `browser.storage` and the browsers' own
 * promise-returning namespaces (`chrome.storage` in Chromium MV3, `browser.storage` in Firefox) provide them.
 */
export interface SettingsStorage {
  local: {
    get(keys: string[]): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  onChanged: {
    addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
  };
}

/** The stored settings, with defaults (also when storage cannot be read). */
export async function readSettings(storage: SettingsStorage): Promise<Settings> {
  try {
    return parseSettings(await storage.local.get([...SETTING_KEYS]));
  } catch {
    return parseSettings({});
  }
}

/** Calls `listener` with the new settings whenever one of ours changes. */
export function watchSettings(storage: SettingsStorage, listener: (settings: Settings) => void): void {
  storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !SETTING_KEYS.some((key) => key in changes)) return;
    void readSettings(storage).then(listener);
  });
}
