/**
 * The extension pages' strings, read from the extension's own _locales files (one source of truth for both the
 * manifest's __MSG_*__ names and the pages). The pages have a language toggle, which browser.i18n cannot do (it
 * follows the browser's UI language), so the strings are the pages' own: each language is a chunk of its own
 * (`virtual:locale/…`, locale-messages.ts, messages without the translators' descriptions), and a page loads only
 * the language it shows — `loadLocale` before its first render and before a switch (the other one costs its bytes
 * only when the user switches). The rules' descriptions and message templates are loaded the same way, with the
 * strings (`virtual:rule-texts/…`, rule-texts.ts): the rules' metadata holds both languages, and the pages show one.
 */
import { renderFromTexts, type RuleStrings } from '../engine/render-texts';
import type { Finding, Lang } from '../model';
import type zh from '../../public/_locales/zh_CN/messages.json';

/** A key of the locale files. */
export type MessageKey = keyof typeof zh;

type Catalogue = Readonly<Record<string, string>>;

const LOADERS: Record<Lang, () => Promise<{ default: Catalogue }>> = {
  zh: () => import('virtual:locale/zh_CN'),
  en: () => import('virtual:locale/en'),
};

const RULE_LOADERS: Record<Lang, () => Promise<{ default: RuleStrings }>> = {
  zh: () => import('virtual:rule-texts/zh'),
  en: () => import('virtual:rule-texts/en'),
};

const loaded: Partial<Record<Lang, Catalogue>> = {};
const rules: Partial<Record<Lang, RuleStrings>> = {};
/** Where the rules' texts come from when not from their chunks (rulesFromMetadata). */
let ruleSource: ((lang: Lang) => RuleStrings) | undefined;

/**
 * For a page that bundles the rules' metadata anyway (the attachment page, for its engine): the rules' texts are
 * taken from it (`ruleStrings` of src/rules/meta) rather than loaded again as a chunk.
 */
export function rulesFromMetadata(ruleStrings: (lang: Lang) => RuleStrings): void {
  ruleSource = ruleStrings;
}

/**
 * Loads `lang`'s strings and the rules' texts (once each); `t`, `ruleDescription` and `localiseFindings` answer in
 * that language from then on.
 */
export async function loadLocale(lang: Lang): Promise<void> {
  const [strings, texts] = await Promise.all([
    loaded[lang] ?? LOADERS[lang]().then((module) => module.default),
    rules[lang] ?? ruleSource?.(lang) ?? RULE_LOADERS[lang]().then((module) => module.default),
  ]);
  loaded[lang] = strings;
  rules[lang] = texts;
}

/** True once `lang`'s strings and rule texts are loaded. */
export function hasLocale(lang: Lang): boolean {
  return loaded[lang] !== undefined && rules[lang] !== undefined;
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

/** A rule's description (its title in the findings list) in `lang`, or in a loaded language, Chinese first. */
export function ruleDescription(lang: Lang, rule: string): string {
  const [, strings] = ruleStrings(lang);
  return strings && Object.hasOwn(strings.descriptions, rule) ? (strings.descriptions[rule] ?? '') : '';
}

/**
 * Re-renders every finding's message in `lang` from its rule's templates (the language toggle: messages arrive in the
 * language of the page's audit). While no language's rule texts are loaded, the messages stay as they came.
 */
export function localiseFindings(findings: readonly Finding[], lang: Lang): Finding[] {
  const [shown, strings] = ruleStrings(lang);
  if (!strings) return [...findings];
  return findings.map((f) => ({ ...f, message: renderFromTexts(strings.messages, f, shown) }));
}

/** The rule texts to answer `lang` with: its own, else a loaded language's (Chinese first), with that language. */
function ruleStrings(lang: Lang): [Lang, RuleStrings | undefined] {
  const shown = rules[lang] ? lang : rules.zh ? 'zh' : 'en';
  return [shown, rules[shown]];
}
