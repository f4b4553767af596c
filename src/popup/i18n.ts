/**
 * The popup's strings, read from the extension's own _locales files (one source of truth for both the manifest's
 * __MSG_*__ names and the popup). The popup has a language toggle, which browser.i18n cannot do (it follows the
 * browser's UI language), so both locales are bundled and picked here.
 */
import type { Lang } from '../model';
import zh from '../../public/_locales/zh_CN/messages.json' with { type: 'json' };
import en from '../../public/_locales/en/messages.json' with { type: 'json' };

/** A key of the locale files. */
export type MessageKey = keyof typeof zh;

const CATALOGS: Record<Lang, Record<string, { message: string }>> = { zh, en };

/** The message `key` in `lang`, with $1…$9 replaced by `subs` (chrome.i18n's substitution syntax). */
export function t(lang: Lang, key: MessageKey, ...subs: Array<string | number>): string {
  const message = CATALOGS[lang][key]?.message ?? CATALOGS.zh[key]?.message ?? key;
  return message.replace(/\$([1-9])/g, (whole, n: string) => {
    const sub = subs[Number(n) - 1];
    return sub === undefined ? whole : String(sub);
  });
}
