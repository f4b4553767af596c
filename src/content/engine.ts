/**
 * The engine as the content script uses it: the shared audit facade (whose `force` option is the popup's "audit
 * anyway" for pages that were not recognised as reports), the quick recognition, source keys, re-rendering and the
 * cross-year rules run again with last year's report. It audits in AUDIT_LANG, the language whose messages the
 * script bundles, and renders the findings in the user's language through ./locale.ts (whose templates the script
 * must have made ready first: src/content/index.ts).
 */
import { auditDocument } from '../audit';
import { quickLooksLikeReport } from '../detect/recognise';
import { sourceKey } from '../extract/source';
import type { AuditResult, Lang } from '../model';
import { askRuleTexts } from '../platform/content-api';
import { withPreviousYear } from '../portal/cross-year';
import type { Engine } from './auditor';
import { AUDIT_LANG, RuleLocales } from './locale';

/** The content script's languages: the bundled one, and the others asked of the worker on first use. */
export const ruleLocales = new RuleLocales((lang) => askRuleTexts(lang));

/** The engine for PageAuditor, rendering through `locales`. */
export function engineWith(locales: RuleLocales): Engine {
  const inLang = <R extends AuditResult>(result: R, lang: Lang): R =>
    lang === AUDIT_LANG ? result : { ...result, findings: locales.localise(result.findings, lang) };
  return {
    audit: (doc, opts) => inLang(auditDocument(doc, { ...opts, lang: AUDIT_LANG }), opts.lang),
    looksLikeReport: quickLooksLikeReport,
    keyOf: sourceKey,
    localise: (findings, lang) => locales.localise(findings, lang),
    crossYear: (result, previous, lang) => inLang(withPreviousYear(result, previous, AUDIT_LANG), lang),
  };
}

/** The real engine for PageAuditor. */
export const contentEngine: Engine = engineWith(ruleLocales);
