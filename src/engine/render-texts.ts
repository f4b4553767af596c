/**
 * A finding's message rendered from templates of one language: `{{name}}` placeholders filled from its data. Apart
 * from ./messages.ts (which re-exports it) so that a page holding one language's templates — the popup and the side
 * panel (src/popup/i18n.ts) — loads this without the rules' metadata in both languages, which the build keeps in
 * the "rule-meta" chunk with ./messages.ts (vite.config.ts).
 */
import type { Finding, Lang } from '../model';

/** Message templates of one language by rule id and message id. */
export type RuleTexts = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * What a page shows of the rules in one language: each rule's description (its title in the findings list) and its
 * message templates, by rule id (`ruleStrings(lang)` of src/rules/meta; the popup's `virtual:rule-texts/<lang>`).
 */
export interface RuleStrings {
  descriptions: Readonly<Record<string, string>>;
  messages: RuleTexts;
}

/** Fills `{{name}}` placeholders; in English a data key `name@en` wins over `name`. Unknown names stay visible. */
export function formatTemplate(template: string, data: Readonly<Record<string, string | number>>, lang: Lang): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = (lang === 'en' ? data[`${name}@en`] : undefined) ?? data[name];
    return value === undefined ? whole : String(value);
  });
}

/** The placeholder names a template uses, sorted and unique (for the convention test and the rule tester). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}

/**
 * A finding's message rendered from templates of one language (`texts`, e.g. `ruleTexts('en')` of src/rules/meta):
 * the same text renderFromMeta (./messages.ts) gives with the metadata those templates came from.
 */
export function renderFromTexts(
  texts: RuleTexts,
  finding: Pick<Finding, 'rule' | 'messageId' | 'data'>,
  lang: Lang,
): string {
  const messages = Object.hasOwn(texts, finding.rule) ? texts[finding.rule] : undefined;
  const template = messages && Object.hasOwn(messages, finding.messageId) ? messages[finding.messageId] : undefined;
  return template === undefined ? unknownMessage(finding) : formatTemplate(template, finding.data, lang);
}

/** A finding whose rule or message id the templates do not know (saved by another version), still readable. */
export function unknownMessage({ rule, messageId, data }: Pick<Finding, 'rule' | 'messageId' | 'data'>): string {
  const details = Object.entries(data)
    .filter(([k]) => !k.includes('@'))
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  return details ? `${rule}/${messageId} (${details})` : `${rule}/${messageId}`;
}

const PLACEHOLDER = /\{\{\s*([\w.@-]+)\s*\}\}/g;
