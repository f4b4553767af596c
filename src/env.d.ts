/** What Vite defines at build time (and Vitest at test time): `import.meta.env.MODE` is the build mode. */
interface ImportMetaEnv {
  readonly MODE: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/** A file imported with Vite's `?url` suffix: emitted as an asset of the build, its address the default export. */
declare module '*?url' {
  const url: string;
  export default url;
}

/** One of the extension's _locales files as `{ key: message }` (locale-messages.ts; src/popup/i18n.ts loads it). */
declare module 'virtual:locale/*' {
  const messages: Readonly<Record<string, string>>;
  export default messages;
}

/** The rules' descriptions and message templates in one language (rule-texts.ts; src/popup/i18n.ts loads it). */
declare module 'virtual:rule-texts/*' {
  const strings: import('./engine/render-texts').RuleStrings;
  export default strings;
}

/** A stylesheet imported with Vite's `?inline` suffix: its text, minified by the build, as the default export. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
