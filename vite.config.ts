/**
 * Extension build (docs/extension.md). One manifest, three modes:
 * - `vite build`                 → dist/          Chrome / Edge release (service worker)
 * - `vite build --mode firefox`  → dist-firefox/  Firefox release (background scripts + gecko settings)
 * - `vite build --mode review`   → dist-review/   the Chrome release unminified, for store reviewers (not shipped)
 * - `vite build --mode e2e`      → test-results/extension-e2e/  the Chrome build plus 127.0.0.1 test pages, for
 *                                  test/e2e only (a test artefact: git- and lint-ignored like the screenshots)
 * Vitest has its own vitest.config.ts so the crx plugin never runs under it (docs/browser-testing.md).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { ENGINE_SCRIPT } from './src/platform/engine-script';
import { OUT_DIRS } from './build-modes';
import { localeMessages } from './locale-messages';
import { ruleTextsModules } from './rule-texts';

/**
 * The content script the manifest declares: the small loader, built as one self-contained IIFE (no ES-module
 * loader). It loads the full content script only on pages that need it (src/content/lazy.ts).
 */
const LOADER_SCRIPT = 'src/content/loader.ts';
/** The full content script (engine, marks, popup requests): built by engineScript() below to ENGINE_SCRIPT. */
const FULL_CONTENT_SCRIPT = 'src/content/index.ts';

/** The "audit all" page: no manifest key names it (the popup opens it in a tab), so it is an input of its own. */
const BATCH_PAGE = 'src/batch-page/index.html';
/** The attachment page (PDF/Word files, issue 11): the popup shows it in a frame; the one page that loads pdf.js. */
const ATTACHMENT_PAGE = 'src/attachment/attachment.html';
/** The side panel (Chrome `side_panel`, Firefox `sidebar_action`). */
const PANEL_PAGE = 'src/panel/panel.html';

/** The virtual modules of one language: the pages' strings (locale-messages.ts), the rules' texts (rule-texts.ts). */
const ONE_LANGUAGE = /^\0(?:locale|rule-texts):/;

/** Pages of the e2e server that get the automatic content script; pages elsewhere test the on-demand path. */
export const E2E_AUTO_MATCH = 'http://127.0.0.1/portal/*';
/** The local portal's report column (test/fixtures/portal/site), for the "audit all" e2e test. */
export const E2E_PORTAL_MATCH = 'http://127.0.0.1/xxgk/*';
/** The e2e server's host (any port). */
export const E2E_HOSTS = 'http://127.0.0.1/*';

export default defineConfig(({ mode }) => ({
  plugins: [
    preact(),
    crx({
      manifest: manifestFor(mode),
      browser: mode === 'firefox' ? 'firefox' : 'chrome',
      contentScripts: { standaloneFiles: [LOADER_SCRIPT] },
    }),
    engineScript(mode),
    extraIcons(),
    localeMessages(),
    ruleTextsModules(),
    inlineFrameStyle(),
    pdfjsData(),
    mammothWithoutEval(),
    xlsxZipSync(),
    moduleMap(mode),
  ],
  build: {
    outDir: (OUT_DIRS as Record<string, string>)[mode] ?? 'dist',
    emptyOutDir: true,
    // Minified releases (size budgets in .size-limit.json); reviewers read the same code unminified in `--mode review`.
    minify: minifies(mode),
    sourcemap: false,
    target: 'es2022',
    // Browsers that run MV3 support modulepreload; the polyfill would only add a fetch() to the bundle.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // Chrome's side_panel page is built by crxjs from the manifest; Firefox's sidebar_action is not, so it is an input.
      input: {
        batch: BATCH_PAGE,
        attachment: ATTACHMENT_PAGE,
        ...(mode === 'firefox' ? { panel: PANEL_PAGE } : {}),
      } as Record<string, string>,
      output: {
        // Shared chunks are cut by what they are for, so each page loads only what it needs: "browser-…", the
        // extension API through webextension-polyfill (the background worker, the batch and attachment pages),
        // "platform-…" (below), "rule-meta-…", the rules' metadata and the message renderer (what the worker, the
        // batch and attachment pages render findings with), and "template-…", the national template and the source
        // keys. Left to itself the bundler merged the national template into the worker's chunk and the rule metadata
        // into the popup's preact chunk.
        codeSplitting: {
          groups: [
            // "platform-…": the message contracts, the settings and the pages' calls on the browser's own namespace,
            // without the polyfill, which the popup and the side panel do not load (src/platform/page-api.ts). Listed
            // before "browser", whose modules import these (see render-texts below).
            {
              name: 'platform',
              test: /src[\\/]platform[\\/](?:page-api|messages|result-shape|settings|engine-script)\.ts/,
            },
            { name: 'browser', test: /node_modules[\\/]webextension-polyfill|src[\\/]platform[\\/]browser\.ts/ },
            // "render-texts-…": the renderer of one language's templates, for the popup and the side panel, which load
            // no metadata (src/popup/i18n.ts). Listed before rule-meta, whose modules import it: a group takes its
            // modules' imports along, and the first group listed wins.
            { name: 'render-texts', test: /src[\\/]engine[\\/]render-texts\.ts/ },
            { name: 'rule-meta', test: /src[\\/](?:rules[\\/]meta[\\/]|engine[\\/](?:messages|define-rule)\.ts)/ },
            // The national template and the source keys: what the popup names cells with and the worker audits by.
            { name: 'template', test: /src[\\/](?:template[\\/]|extract[\\/]source\.ts)/ },
          ],
        },
        // Shared chunks are named for what they hold, not after whichever module the bundler meets first in them (a
        // chunk was "source-…", then "palette-…", and the size budgets silently stopped counting it): the popup's
        // views, shared by the popup and the side panel, are "popup-ui-…", and the exporters (loaded by the popup on
        // the first click, by the batch page at once) "export-…"; pdf.js and mammoth (the attachment page's readers,
        // loaded on use) are "pdf-…" and "docx-…"; the rule runner with the rules, shared by the batch page and the
        // attachment page (never by the popup or the side panel: test/e2e/bundle.test.ts), is "engine-…"; the .xlsx
        // writer (its own chunk, loaded on the .xlsx click) "xlsx-…"; one language's strings, UI and rules (the popup's,
        // the side panel's), "locale-<folder>-…" and "rule-texts-<lang>-…"; .size-limit.json budgets them by these names.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => ONE_LANGUAGE.test(id))
            ? `assets/${chunk.moduleIds
                .find((id) => ONE_LANGUAGE.test(id))!
                .slice(1)
                .replace(':', '-')}-[hash].js`
            : chunk.moduleIds.some((id) => id.includes('/node_modules/pdfjs-dist/'))
              ? 'assets/pdf-[hash].js'
              : chunk.moduleIds.some((id) => id.includes('/node_modules/mammoth/'))
                ? 'assets/docx-[hash].js'
                : !chunk.facadeModuleId && chunk.moduleIds.some((id) => id.endsWith('/src/engine/run-rules.ts'))
                  ? 'assets/engine-[hash].js'
                  : !chunk.facadeModuleId && chunk.moduleIds.some((id) => id.includes('/src/export/'))
                    ? 'assets/export-[hash].js'
                    : !chunk.facadeModuleId &&
                        chunk.moduleIds.some(
                          (id) => id.includes('/src/popup/') || id.endsWith('/src/portal/attachment.ts'),
                        )
                      ? 'assets/popup-ui-[hash].js'
                      : chunk.moduleIds.some((id) => id.includes('/node_modules/write-excel-file/'))
                        ? 'assets/xlsx-[hash].js'
                        : !chunk.facadeModuleId && chunk.moduleIds.some((id) => id.includes('/node_modules/preact/'))
                          ? 'assets/preact-[hash].js'
                          : 'assets/[name]-[hash].js',
      },
    },
  },
}));

/** Every build is minified but the review build, which is the release build as readable code. */
function minifies(mode: string): boolean {
  return mode !== 'review';
}

/** The manifest for a build mode; the version always comes from package.json. */
function manifestFor(mode: string): ManifestV3Export {
  const base = { ...manifest, version: pkg.version };
  if (mode === 'firefox') {
    // Firefox has no side_panel/sidePanel: the same page is its sidebar_action.
    const { side_panel: sidePanel, ...rest } = base;
    return {
      ...rest,
      permissions: base.permissions.filter((permission) => permission !== 'sidePanel'),
      sidebar_action: {
        default_panel: sidePanel.default_path,
        default_title: '__MSG_extShortName__',
        default_icon: base.action.default_icon,
        open_at_install: false,
      },
      // Firefox MV3 has no extension service workers; crxjs needs `scripts` here (docs/browser-testing.md).
      background: { scripts: [manifest.background.service_worker] },
      browser_specific_settings: {
        gecko: {
          id: 'gov-report-auditor@nianbao-hecha',
          strict_min_version: '142.0',
          // We collect nothing: no telemetry, no network requests of our own.
          data_collection_permissions: { required: ['none'] },
        },
      },
    } as ManifestV3Export;
  }
  if (mode === 'e2e') {
    return {
      ...base,
      // Stands in for the activeTab grant of a real click, which automation cannot give (chrome.action.openPopup()
      // opens the popup without it): lets the on-demand path inject into 127.0.0.1 pages outside E2E_AUTO_MATCH.
      host_permissions: [E2E_HOSTS],
      content_scripts: base.content_scripts.map((script) => ({
        ...script,
        matches: [...script.matches, E2E_AUTO_MATCH, E2E_PORTAL_MATCH],
      })),
      // The loader on those pages loads the engine like on a portal (web-accessible resources match origins only).
      web_accessible_resources: base.web_accessible_resources.map((resource) => ({
        ...resource,
        matches: [...resource.matches, E2E_HOSTS],
      })),
    };
  }
  return base;
}

/**
 * Builds the full content script as one self-contained IIFE at ENGINE_SCRIPT (no manifest key declares it, so crxjs
 * does not: the loader imports it, the popup injects it). A separate Vite build without plugins, like crxjs's own for
 * declared IIFE scripts; emitted before the manifest is written, which names it as a web-accessible resource.
 */
function engineScript(mode: string): Plugin {
  return {
    name: 'gov-report-auditor:engine-script',
    apply: 'build',
    enforce: 'pre',
    generateBundle: {
      order: 'pre',
      async handler() {
        const output = await build({
          configFile: false,
          logLevel: 'warn',
          mode,
          build: {
            write: false,
            emptyOutDir: false,
            minify: minifies(mode),
            sourcemap: false,
            target: 'es2022',
            lib: {
              entry: FULL_CONTENT_SCRIPT,
              formats: ['iife'],
              name: 'govReportAuditorContent',
              fileName: () => ENGINE_SCRIPT,
            },
            rollupOptions: { output: { entryFileNames: ENGINE_SCRIPT } },
          },
        });
        const results = Array.isArray(output) ? output : [output];
        const chunk = results
          .flatMap((result) => ('output' in result ? result.output : []))
          .find((item) => item.type === 'chunk' && item.isEntry);
        if (!chunk || chunk.type !== 'chunk') throw new Error(`could not build ${FULL_CONTENT_SCRIPT}`);
        this.emitFile({ type: 'asset', fileName: ENGINE_SCRIPT, source: chunk.code });
      },
    },
  };
}

/**
 * Writes which source modules went into each chunk, and what each chunk imports, to
 * test-results/bundle-modules/<mode>.json — beside the build, not in it — so test/e2e/bundle.test.ts can prove
 * from the bundler's own records that the popup and the side panel hold no rule check code.
 */
function moduleMap(mode: string): Plugin {
  const root = fileURLToPath(new URL('.', import.meta.url));
  return {
    name: 'gov-report-auditor:module-map',
    apply: 'build',
    writeBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((item) =>
        item.type === 'chunk'
          ? [
              {
                fileName: item.fileName,
                modules: item.moduleIds.map((id) => relative(root, id).replaceAll('\\', '/')),
                imports: item.imports,
                dynamicImports: item.dynamicImports,
                // The stylesheets Vite loads with the chunk (for a lazily imported chunk: before its code runs).
                css: [...((item as { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata?.importedCss ?? [])],
              },
            ]
          : [],
      );
      const dir = new URL('./test-results/bundle-modules/', import.meta.url);
      mkdirSync(dir, { recursive: true });
      writeFileSync(new URL(`${mode}.json`, dir), `${JSON.stringify({ chunks }, null, 1)}\n`);
    },
  };
}

/** Copies the "report found" toolbar icons, which only the background worker names (setIcon), into the build. */
function extraIcons(): Plugin {
  const sizes = [16, 32, 48, 128];
  return {
    name: 'gov-report-auditor:extra-icons',
    apply: 'build',
    generateBundle() {
      for (const size of sizes) {
        const fileName = `icons/icon-found-${size}.png`;
        this.emitFile({ type: 'asset', fileName, source: readFileSync(new URL(`./${fileName}`, import.meta.url)) });
      }
    },
  };
}

/**
 * pdf.js's packed CJK CMaps and standard font data, copied into the build under `pdfjs/` (the attachment page points
 * pdf.js at them: nothing is fetched from the network), as the CLI reads them from the installed package.
 */
function pdfjsData(): Plugin {
  return {
    name: 'gov-report-auditor:pdfjs-data',
    apply: 'build',
    generateBundle() {
      for (const folder of ['cmaps', 'standard_fonts']) {
        const dir = new URL(`./node_modules/pdfjs-dist/${folder}/`, import.meta.url);
        for (const name of readdirSync(dir)) {
          if (name.startsWith('LICENSE')) continue;
          this.emitFile({
            type: 'asset',
            fileName: `pdfjs/${folder}/${name}`,
            source: readFileSync(new URL(name, dir)),
          });
        }
      }
    },
  };
}

/**
 * mammoth's browser build carries two Function constructors of the underscore it bundles, neither reached by
 * mammoth: `_.template` (mammoth has no templates) and a global-object fallback after `self` (always there in a
 * page). The extension's CSP would refuse both anyway; they are cut out so that the bundle holds no dynamic code at
 * all (SECURITY.md §6, and `web-ext lint` flags them). Fails the build when a new mammoth no longer matches.
 */
function mammothWithoutEval(): Plugin {
  const cuts: Array<[string, string]> = [
    ['render=new Function(argument,"_",source)', 'render=(()=>{throw new Error("no templates")})()'],
    ['||Function("return this")()||{}', '||{}'],
  ];
  return {
    name: 'gov-report-auditor:mammoth-without-eval',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/mammoth/mammoth.browser.min.js')) return null;
      let out = code;
      for (const [from, to] of cuts) {
        if (!out.includes(from)) throw new Error(`mammoth's browser build changed: "${from}" not found`);
        out = out.split(from).join(to);
      }
      return { code: out, map: null };
    },
  };
}

/**
 * write-excel-file zips the workbook with fflate's asynchronous `zip()`, which starts a Worker from a blob: URL for a
 * file over 160 kB; the extension's CSP refuses it in Firefox and the download never came. Its zipper module is
 * swapped for src/export/xlsx-zip.ts (fflate's `zipSync`, same signature). Fails the build when the module is gone.
 */
function xlsxZipSync(): Plugin {
  const zipper = '../zip/zipToArrayBuffer.js';
  let swapped = false;
  return {
    name: 'gov-report-auditor:xlsx-zip-sync',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== zipper || !importer?.includes('/node_modules/write-excel-file/modules/export/')) return null;
      swapped = true;
      return fileURLToPath(new URL('./src/export/xlsx-zip.ts', import.meta.url));
    },
    buildEnd() {
      const bundled = [...this.getModuleIds()].some((id) => id.includes('/node_modules/write-excel-file/'));
      if (bundled && !swapped) this.error(`write-excel-file changed: it no longer imports "${zipper}"`);
    },
  };
}

/** The pages whose frame paints before their scripts and stylesheets: the popup and the side panel. */
const FRAMED_PAGES = /(?:^|[\\/])src[\\/](?:popup[\\/]index|panel[\\/]panel)\.html$/;

/**
 * Inlines src/popup/frame.css into the head of the popup and the side panel (one source for both), so that their
 * frame paints before any stylesheet or script has loaded; the full stylesheets come with the app's code.
 */
function inlineFrameStyle(): Plugin {
  const file = fileURLToPath(new URL('./src/popup/frame.css', import.meta.url));
  return {
    name: 'gov-report-auditor:inline-frame-style',
    transformIndexHtml: {
      order: 'pre',
      handler(_html, { filename }) {
        if (!FRAMED_PAGES.test(filename)) return;
        return [{ tag: 'style', children: readFileSync(file, 'utf8'), injectTo: 'head' }];
      },
    },
  };
}
