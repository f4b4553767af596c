/**
 * `virtual:rule-texts/<lang>`: the rules' descriptions and message templates in one language (`ruleStrings(lang)` of
 * src/rules/meta), for the popup and the side panel, which load only the language they show (src/popup/i18n.ts) —
 * the rules' metadata carries both. The values are the metadata modules' own, evaluated from source by Vite's module
 * runner (as vite.config.ts does for the content script's build), so nothing is parsed out of source text and
 * src/rules/meta stays the one source. Used by vite.config.ts and vitest.config.ts, like ./locale-messages.ts.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { RuleStrings } from './src/engine/messages';
import type { Lang } from './src/model';

const PREFIX = 'virtual:rule-texts/';
const RESOLVED = '\0rule-texts:';
const LANGS: ReadonlySet<string> = new Set<Lang>(['zh', 'en']);
const META = fileURLToPath(new URL('./src/rules/meta/', import.meta.url));

export function ruleTextsModules(): Plugin {
  let strings: Promise<(lang: Lang) => RuleStrings> | undefined;
  return {
    name: 'gov-report-auditor:rule-texts',
    enforce: 'pre',
    resolveId(id) {
      if (!id.startsWith(PREFIX)) return null;
      const lang = id.slice(PREFIX.length);
      if (!LANGS.has(lang)) throw new Error(`no rule texts in language "${lang}"`);
      return `${RESOLVED}${lang}`;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      for (const name of readdirSync(META)) this.addWatchFile(`${META}${name}`);
      strings ??= runnerImport<{ ruleStrings(lang: Lang): RuleStrings }>(`${META}index.ts`, {
        configFile: false,
        logLevel: 'warn',
      }).then(({ module }) => module.ruleStrings);
      const ruleStrings = await strings;
      return `export default ${JSON.stringify(ruleStrings(id.slice(RESOLVED.length) as Lang))};\n`;
    },
  };
}
