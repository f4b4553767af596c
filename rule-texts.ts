/**
 * `virtual:rule-texts/<lang>`: the rules' descriptions and message templates in one language (`ruleStrings(lang)` of
 * src/rules/meta), for the popup and the side panel, which load only the language they show (src/popup/i18n.ts) —
 * the rules' metadata carries both. The values are the metadata modules' own, evaluated from source by Vite's module
 * runner, so nothing is parsed out of source text and src/rules/meta stays the one source. Used by vite.config.ts
 * and vitest.config.ts, like ./locale-messages.ts, whose `oneLanguageModules` it is built on.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { oneLanguageModules } from './locale-messages';
import type { RuleStrings } from './src/engine/messages';
import type { Lang } from './src/model';

const META = fileURLToPath(new URL('./src/rules/meta/', import.meta.url));

export function ruleTextsModules(): Plugin {
  let strings: Promise<(lang: Lang) => RuleStrings> | undefined;
  return oneLanguageModules({
    name: 'rule-texts',
    kind: 'rule-texts',
    languages: new Set<Lang>(['zh', 'en']),
    unknown: (lang) => `no rule texts in language "${lang}"`,
    async value(lang, watch) {
      for (const name of readdirSync(META)) watch(`${META}${name}`);
      strings ??= runnerImport<{ ruleStrings(lang: Lang): RuleStrings }>(`${META}index.ts`, {
        configFile: false,
        logLevel: 'warn',
      }).then(({ module }) => module.ruleStrings);
      return (await strings)(lang as Lang);
    },
  });
}
