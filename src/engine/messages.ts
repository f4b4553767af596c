/**
 * Message templates: `{{name}}` placeholders filled from a finding's data, in either locale, and a finding's message
 * rendered from rule metadata alone (src/rules/meta gives the metadata; no check code is needed to show a finding).
 */
import type { Finding, Lang } from '../model';
import type { LocalText, RuleMeta } from './define-rule';

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

/** Renders a bilingual text in one language. */
export function formatLocal(text: LocalText, data: Readonly<Record<string, string | number>>, lang: Lang): string {
  return formatTemplate(text[lang], data, lang);
}

/** Both renderings of a bilingual label, as data entries: `{ [name]: zh, [name@en]: en }`. */
export function bilingual(name: string, text: LocalText): Record<string, string> {
  return { [name]: text.zh, [`${name}@en`]: text.en };
}

/** Metadata of rules by id, as a renderer needs it. */
export type RuleCatalogue = Readonly<Record<string, RuleMeta>>;

/**
 * A finding's message rendered from its rule's metadata (`meta`, looked up by the caller); a rule or message id the
 * metadata does not know (a finding saved by another version) still renders as something readable.
 */
export function renderFromMeta(
  meta: RuleMeta | undefined,
  finding: Pick<Finding, 'rule' | 'messageId' | 'data'>,
  lang: Lang,
): string {
  const { rule: id, messageId, data } = finding;
  const template = meta && Object.hasOwn(meta.messages, messageId) ? meta.messages[messageId] : undefined;
  if (template) return formatLocal(template, data, lang);
  const details = Object.entries(data)
    .filter(([k]) => !k.includes('@'))
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  return details ? `${id}/${messageId} (${details})` : `${id}/${messageId}`;
}

/** Message templates of one language by rule id and message id (what src/content/locale.ts loads on demand). */
export type RuleTexts = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * A finding's message rendered from templates of one language (`texts`, e.g. `ruleTexts('en')` of src/rules/meta):
 * the same text renderFromMeta gives with the metadata those templates came from.
 */
export function renderFromTexts(
  texts: RuleTexts,
  finding: Pick<Finding, 'rule' | 'messageId' | 'data'>,
  lang: Lang,
): string {
  const messages = Object.hasOwn(texts, finding.rule) ? texts[finding.rule] : undefined;
  const template = messages && Object.hasOwn(messages, finding.messageId) ? messages[finding.messageId] : undefined;
  return template === undefined
    ? renderFromMeta(undefined, finding, lang)
    : formatTemplate(template, finding.data, lang);
}

/** The engine's own pseudo-rule: a rule that threw is reported, never allowed to crash the audit. */
export const ENGINE_RULE_CRASH: RuleMeta<'crash'> = Object.freeze<RuleMeta<'crash'>>({
  id: 'engine-rule-crash',
  severity: 'info',
  appliesTo: ['2021', '2019', 'legacy', 'unknown'],
  description: {
    zh: '某条规则运行出错，已跳过（其余规则照常运行）',
    en: 'A rule failed and was skipped (the other rules still ran)',
  },
  messages: {
    crash: {
      zh: '规则 {{rule}} 运行出错，未能完成核查：{{error}}',
      en: 'Rule {{rule}} failed and could not complete its check: {{error}}',
    },
  },
});

const PLACEHOLDER = /\{\{\s*([\w.@-]+)\s*\}\}/g;
