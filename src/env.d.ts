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

/** A stylesheet imported with Vite's `?inline` suffix: its text, minified by the build, as the default export. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
