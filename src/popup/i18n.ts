/**
 * The extension pages' strings, read from the extension's own _locales files (one source of truth for both the
 * manifest's __MSG_*__ names and the pages). The pages have a language toggle, which browser.i18n cannot do (it
 * follows the browser's UI language), so the strings are the pages' own: each language is a chunk of its own
 * (`virtual:locale/…`, locale-messages.ts, messages without the translators' descriptions), and a page loads only
 * the language it shows — `loadLocale` before its first render and before a switch (the other one costs its bytes
 * only when the user switches).
 */
import type { Lang } from '../model';
import type zh from '../../public/_locales/zh_CN/messages.json';

/** A key of the locale files. */
export type MessageKey = keyof typeof zh;

type Catalogue = Readonly<Record<string, string>>;

const LOADERS: Record<Lang, () => Promise<{ default: Catalogue }>> = {
  zh: () => import('virtual:locale/zh_CN'),
  en: () => import('virtual:locale/en'),
};

const loaded: Partial<Record<Lang, Catalogue>> = {};

/** Loads `lang`'s strings (once); `t` answers in that language from then on. */
export async function loadLocale(lang: Lang): Promise<void> {
  loaded[lang] ??= (await LOADERS[lang]()).default;
}

/** True once `lang`'s strings are loaded. */
export function hasLocale(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/**
 * The message `key` in `lang`, with $1…$9 replaced by `subs` (chrome.i18n's substitution syntax). A language not
 * loaded yet answers in one that is (Chinese first), never with nothing.
 */
export function t(lang: Lang, key: MessageKey, ...subs: Array<string | number>): string {
  const message = loaded[lang]?.[key] ?? loaded.zh?.[key] ?? loaded.en?.[key] ?? key;
  return message.replace(/\$([1-9])/g, (whole, n: string) => {
    const sub = subs[Number(n) - 1];
    return sub === undefined ? whole : String(sub);
  });
}
