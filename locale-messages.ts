/**
 * `virtual:locale/<folder>`: one of the extension's _locales message files as `{ key: message }`, without the
 * translators' descriptions (half the file's bytes), for the extension pages' `t()` (src/popup/i18n.ts), which loads
 * only the language in use. The files in public/_locales stay the one source of truth (the browser reads them for
 * the manifest's __MSG_*__ names). Used by vite.config.ts and vitest.config.ts; a file of its own so the tests need
 * not load the extension build's plugins.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export function localeMessages(): Plugin {
  return oneLanguageModules({
    name: 'locale-messages',
    kind: 'locale',
    languages: new Set(['zh_CN', 'en']),
    unknown: (folder) => `no locale folder public/_locales/${folder}`,
    value(folder, watch) {
      const file = fileURLToPath(new URL(`./public/_locales/${folder}/messages.json`, import.meta.url));
      watch(file);
      return messagesOf(readFileSync(file, 'utf8'));
    },
  });
}

/**
 * A plugin serving `virtual:<kind>/<language>` for each of `languages` as a module whose default export is
 * `value(language)`, as JSON: one language's texts in a chunk of their own, so a page loads only the language it
 * shows. The modules resolve to `\0<kind>:<language>`, the ids vite.config.ts names those chunks by. Shared by this
 * plugin and ./rule-texts.ts.
 */
export function oneLanguageModules(spec: {
  name: string;
  kind: string;
  languages: ReadonlySet<string>;
  /** The error for a language that has no texts. */
  unknown: (language: string) => string;
  /** The texts of `language`; `watch` names a file they were read from. */
  value: (language: string, watch: (file: string) => void) => unknown;
}): Plugin {
  const prefix = `virtual:${spec.kind}/`;
  const resolved = `\0${spec.kind}:`;
  return {
    name: `gov-report-auditor:${spec.name}`,
    enforce: 'pre',
    resolveId(id) {
      if (!id.startsWith(prefix)) return null;
      const language = id.slice(prefix.length);
      if (!spec.languages.has(language)) throw new Error(spec.unknown(language));
      return `${resolved}${language}`;
    },
    async load(id) {
      if (!id.startsWith(resolved)) return null;
      const value = await spec.value(id.slice(resolved.length), (file) => this.addWatchFile(file));
      return `export default ${JSON.stringify(value)};\n`;
    },
  };
}

/** The `message` of each entry of a _locales messages.json text. */
export function messagesOf(text: string): Record<string, string> {
  const entries = JSON.parse(text) as Record<string, { message?: unknown }>;
  return Object.fromEntries(
    Object.entries(entries).map(([key, entry]) => {
      if (typeof entry?.message !== 'string') throw new Error(`locale message ${key} has no message text`);
      return [key, entry.message];
    }),
  );
}
