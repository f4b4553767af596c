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

const PREFIX = 'virtual:locale/';
const RESOLVED = '\0locale:';
const FOLDERS = new Set(['zh_CN', 'en']);

export function localeMessages(): Plugin {
  return {
    name: 'gov-report-auditor:locale-messages',
    enforce: 'pre',
    resolveId(id) {
      if (!id.startsWith(PREFIX)) return null;
      const folder = id.slice(PREFIX.length);
      if (!FOLDERS.has(folder)) throw new Error(`no locale folder public/_locales/${folder}`);
      return `${RESOLVED}${folder}`;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const file = fileURLToPath(
        new URL(`./public/_locales/${id.slice(RESOLVED.length)}/messages.json`, import.meta.url),
      );
      this.addWatchFile(file);
      return `export default ${JSON.stringify(messagesOf(readFileSync(file, 'utf8')))};\n`;
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
