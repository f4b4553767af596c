/**
 * Message templates: `{{name}}` placeholders filled from a finding's data, in either locale, and a finding's message
 * rendered from rule metadata alone (src/rules/meta gives the metadata; no check code is needed to show a finding).
 */
import type { Finding, Lang } from '../model';
import type { LocalText, RuleMeta } from './define-rule';
import { formatTemplate, unknownMessage } from './render-texts';

export { formatTemplate, placeholders, renderFromTexts, type RuleStrings, type RuleTexts } from './render-texts';

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
  const template =
    meta && Object.hasOwn(meta.messages, finding.messageId) ? meta.messages[finding.messageId] : undefined;
  return template ? formatLocal(template, finding.data, lang) : unknownMessage(finding);
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
