/**
 * Every rule's metadata (src/rules/meta/<id>.ts: id, severity, formats, descriptions, messages, options), in the
 * registry's order, and the message renderer over it: what the engine's front ends render findings with (the popup
 * and the side panel load one language of its texts instead, `ruleStrings`). Holds no check code;
 * src/rules/index.ts adds the checks. Its order is the registry's (the convention test checks it).
 */
import type { RuleMeta } from '../../engine/define-rule';
import { ENGINE_RULE_CRASH, renderFromMeta, type RuleStrings, type RuleTexts } from '../../engine/messages';
import type { Finding, Lang } from '../../model';
import cellBlank from './cell-blank';
import cellNotNumber from './cell-not-number';
import docEmptySection from './doc-empty-section';
import docMissingSection from './doc-missing-section';
import docMissingTable from './doc-missing-table';
import docTooLarge from './doc-too-large';
import metaAgency from './meta-agency';
import metaBasis from './meta-basis';
import metaDeadline from './meta-deadline';
import metaYear from './meta-year';
import metaYearBody from './meta-year-body';
import t2FeeUnit from './t2-fee-unit';
import t2OldLayout from './t2-old-layout';
import t2ValidLower from './t2-valid-lower';
import t3BlankTotal from './t3-blank-total';
import t3FeeNote from './t3-fee-note';
import t3Identity from './t3-identity';
import t3MissingRows from './t3-missing-rows';
import t3ResultSum from './t3-result-sum';
import t3RowTotal from './t3-row-total';
import t4DirectSum from './t4-direct-sum';
import t4PostReviewSum from './t4-post-review-sum';
import t4ReviewSum from './t4-review-sum';
import t4Shape from './t4-shape';
import tableNotRecognised from './table-not-recognised';
import textCarry from './text-carry';
import textCompleted from './text-completed';
import textLitigation from './text-litigation';
import textNewRequests from './text-new-requests';
import textOutcomes from './text-outcomes';
import textPercent from './text-percent';
import textReview from './text-review';
import textSubtotal from './text-subtotal';
import textTable2 from './text-table2';
import yearCarry from './year-carry';
import yearDuplicate from './year-duplicate';
import yearValidDocs from './year-valid-docs';
import yearYoyClaim from './year-yoy-claim';

/** The metadata of all registered rules, in registry order. */
export const ruleMetas: readonly RuleMeta[] = [
  // A. Table 三
  t3Identity,
  t3ResultSum,
  t3RowTotal,
  t3BlankTotal,
  t3MissingRows,
  t3FeeNote,
  // B. Table 四
  t4ReviewSum,
  t4DirectSum,
  t4PostReviewSum,
  t4Shape,
  // C. Table 二
  t2ValidLower,
  t2FeeUnit,
  t2OldLayout,
  // D. Cells
  cellNotNumber,
  cellBlank,
  // E. Narrative ↔ tables
  textNewRequests,
  textCarry,
  textCompleted,
  textOutcomes,
  textReview,
  textLitigation,
  textTable2,
  textSubtotal,
  textPercent,
  // F. Document
  metaYear,
  metaYearBody,
  metaDeadline,
  metaBasis,
  metaAgency,
  docMissingTable,
  docMissingSection,
  docEmptySection,
  // G. Across years (find nothing unless runRules is given last year's report)
  yearCarry,
  yearValidDocs,
  yearYoyClaim,
  yearDuplicate,
  tableNotRecognised,
  docTooLarge,
];

/** Metadata of every registered rule and engine pseudo-rule by id, for UIs and exports. */
export const RULES: Readonly<Record<string, RuleMeta>> = Object.freeze(
  Object.fromEntries([...ruleMetas, ENGINE_RULE_CRASH].map((r) => [r.id, r])),
);

/** Renders a finding's message (or a rule's message from its id and data) in the given language. */
export function renderMessage(finding: Pick<Finding, 'rule' | 'messageId' | 'data'>, lang: Lang): string;
export function renderMessage(
  rule: string | RuleMeta,
  messageId: string,
  data: Readonly<Record<string, string | number>>,
  lang: Lang,
): string;
export function renderMessage(
  target: string | RuleMeta | Pick<Finding, 'rule' | 'messageId' | 'data'>,
  langOrMessageId: string,
  data?: Readonly<Record<string, string | number>>,
  lang?: Lang,
): string {
  if (typeof target === 'object' && 'rule' in target) {
    return renderFromMeta(RULES[target.rule], target, langOrMessageId as Lang);
  }
  const meta = typeof target === 'string' ? RULES[target] : target;
  const rule = typeof target === 'string' ? target : target.id;
  return renderFromMeta(meta, { rule, messageId: langOrMessageId, data: data ?? {} }, lang ?? 'zh');
}

/** Re-renders every finding's message in another language (the popup's language toggle). */
export function localiseFindings(findings: readonly Finding[], lang: Lang): Finding[] {
  return findings.map((f) => ({ ...f, message: renderMessage(f, lang) }));
}

/** Every rule's message templates in one language, by rule id and message id (part of {@link ruleStrings}). */
export function ruleTexts(lang: Lang): RuleTexts {
  return Object.fromEntries(
    Object.values(RULES).map((meta) => [
      meta.id,
      Object.fromEntries(Object.entries(meta.messages).map(([id, text]) => [id, text[lang]])),
    ]),
  );
}

/**
 * What the popup and the side panel show of the rules in one language: every rule's description and its message
 * templates. The build makes each language a chunk of its own (`virtual:rule-texts/<lang>`, rule-texts.ts), so those
 * pages load only the language they show (src/popup/i18n.ts).
 */
export function ruleStrings(lang: Lang): RuleStrings {
  return {
    descriptions: Object.fromEntries(Object.values(RULES).map((meta) => [meta.id, meta.description[lang]])),
    messages: ruleTexts(lang),
  };
}
