/** What Vite defines at build time (and Vitest at test time): `import.meta.env.MODE` is the build mode. */
interface ImportMetaEnv {
  readonly MODE: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
