/**
 * The findings' messages in the user's language, as the full content script renders them. Its build bundles the
 * rules' metadata with the messages of one language, AUDIT_LANG, and without the rules' descriptions, which it never
 * shows (vite.config.ts `contentRuleMeta`); the templates of the other language are written beside the script
 * (src/platform/engine-script.ts `ruleTextsFile`) and asked for the first time they are needed, from the worker
 * (src/platform/content-api.ts `askRuleTexts`). So the script audits in AUDIT_LANG and re-renders the messages in
 * the user's language — the same text, since a rule's data never depends on the language (rules.md; the golden
 * suites audit in both). A language whose templates cannot be had (the extension was reloaded under the page) is
 * shown in AUDIT_LANG rather than as bare message ids.
 */
import { renderFromTexts, type RuleTexts } from '../engine/messages';
import type { Finding, Lang } from '../model';
import { localiseFindings } from '../rules/meta';

/** The language whose messages the content script bundles (the reports' own, and most users'). */
export const AUDIT_LANG: Lang = 'zh';

/** The messages of the languages the content script does not bundle, loaded once each, on first use. */
export class RuleLocales {
  private readonly loaded = new Map<Lang, RuleTexts>();
  private readonly loading = new Map<Lang, Promise<void>>();

  constructor(private readonly fetchTexts: (lang: Lang) => Promise<RuleTexts | null>) {}

  /** Makes `lang` renderable: resolves once its templates are here, or could not be had. Never rejects. */
  ready(lang: Lang): Promise<void> {
    if (lang === AUDIT_LANG || this.loaded.has(lang)) return Promise.resolve();
    let loading = this.loading.get(lang);
    if (!loading) {
      loading = this.fetchTexts(lang).then(
        (texts) => {
          if (texts) this.loaded.set(lang, texts);
          // Asked again next time (the worker may have been restarting).
          else this.loading.delete(lang);
        },
        () => void this.loading.delete(lang),
      );
      this.loading.set(lang, loading);
    }
    return loading;
  }

  /** The findings with their messages in `lang` (in AUDIT_LANG while `lang`'s templates are not here). */
  localise(findings: readonly Finding[], lang: Lang): Finding[] {
    const texts = this.loaded.get(lang);
    if (lang === AUDIT_LANG || !texts) return localiseFindings(findings, AUDIT_LANG);
    return findings.map((f) => ({ ...f, message: renderFromTexts(texts, f, lang) }));
  }
}
