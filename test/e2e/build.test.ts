/**
 * What the release build asks of the user and of the browser: the narrowest permissions, no host access beyond the
 * content script's *.gov.cn match, nothing exposed to web pages, no network code of our own, no remote code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuild, ROOT } from './harness';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the release build (dist/)', () => {
  const dist = ensureBuild('production');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));

  it('asks only for activeTab, scripting and storage, and runs automatically on *.gov.cn only', () => {
    expect(manifest.manifest_version).toBe(3);
    // sidePanel: the side panel that stays open next to the page (no access to any page of its own).
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage', 'sidePanel']);
    expect(manifest.side_panel).toEqual({ default_path: 'src/panel/panel.html' });
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    // Asked for at the moment of an "audit all" click, for that one site (docs/extension.md).
    expect(manifest.optional_host_permissions).toEqual(['*://*.gov.cn/*', 'http://*/*', 'https://*/*']);
    // Only the small loader runs on every portal page; it loads the full content script where it is needed.
    expect(manifest.content_scripts).toEqual([
      { js: ['src/content/loader.js'], matches: ['*://*.gov.cn/*'], run_at: 'document_idle', all_frames: false },
    ]);
  });

  it('exposes nothing to web pages but the full content script, to *.gov.cn only, at a per-session address', () => {
    // The loader import()s it (Chrome lets the background inject only with a host permission): web-accessible to
    // the content script's own pages, under a random address each session (use_dynamic_url), so no page can probe
    // for it (SECURITY.md §5).
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['src/content/index.js'], matches: ['*://*.gov.cn/*'], use_dynamic_url: true },
    ]);
  });

  it('tightens the content security policy of its own pages and connects to no page', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    // SECURITY.md: only our own scripts, no eval, no plugins. Extension pages may connect over http(s) because the
    // batch page fetches a portal's reports — only from hosts the user granted at that moment (optional host
    // permissions); the popup narrows this back to nothing with its own <meta> policy.
    const policy = new Map<string, string[]>(
      String(manifest.content_security_policy?.extension_pages ?? '')
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name, ...values]) => [name!, values]),
    );
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    // 'self': pdf.js on the attachment page reads its CMaps and fonts from the build; frame-src 'self': the popup
    // shows the attachment page in a frame (issue 11, SECURITY.md).
    expect(policy.get('connect-src')).toEqual(["'self'", 'http:', 'https:']);
    expect(policy.get('frame-src')).toEqual(["'self'"]);
    const popupHtml = readFileSync(join(dist, manifest.action.default_popup), 'utf8');
    expect(popupHtml).toMatch(/http-equiv="Content-Security-Policy" content="connect-src 'none'"/);
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
  });

  it('ships every file the manifest and the background worker name, with localised names', () => {
    const names = files(dist).map((f) => f.slice(dist.length + 1));
    for (const size of [16, 32, 48, 128]) {
      expect(names).toContain(`icons/icon-${size}.png`);
      expect(names).toContain(`icons/icon-found-${size}.png`);
    }
    expect(names).toContain(manifest.action.default_popup);
    expect(manifest.name).toBe('__MSG_extName__');
    for (const locale of ['zh_CN', 'en']) {
      const messages = JSON.parse(readFileSync(join(dist, `_locales/${locale}/messages.json`), 'utf8'));
      expect(messages.extName.message.length).toBeGreaterThan(0);
    }
  });

  it('contains no network or dynamic-code calls (no telemetry, no remote code)', () => {
    const code = files(dist).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
    expect(code.length).toBeGreaterThan(2);
    // The batch page's own chunk fetches the reports of a portal the user asked to audit; the PDF reader (the
    // attachment page's lazy chunk and pdf.js's worker) the file the user asked to audit and pdf.js's own CMaps and
    // fonts from the build. Nothing else fetches: not the worker, which audits the pages' snapshots it is sent.
    const workerChunk = /[/\\]assets[/\\]index\.ts-[^/\\]+\.js$/;
    expect(code.filter((f) => workerChunk.test(f))).toHaveLength(1);
    const batchChunk = /[/\\]assets[/\\]batch-[^/\\]+\.js$/;
    const pdfReader = /[/\\]assets[/\\](?:audit-file-[^/\\]+\.js|pdf-[^/\\]+\.js|pdf\.worker\.min-[^/\\]+\.mjs)$/;
    expect(code.filter((f) => batchChunk.test(f))).toHaveLength(1);
    expect(code.filter((f) => pdfReader.test(f))).toHaveLength(3);
    for (const file of code) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/WebSocket|sendBeacon|EventSource|importScripts\(|\beval\(|new Function\(/);
      if (!pdfReader.test(file)) expect(text, file).not.toMatch(/XMLHttpRequest/);
      // Not even the bare Function constructor (mammoth's bundled underscore had two: cut out in vite.config.ts).
      expect(text, file).not.toMatch(/(?<![\w.$])Function\(\s*["'`]/);
      if (!batchChunk.test(file) && !pdfReader.test(file)) expect(text, file).not.toMatch(/\bfetch\(/);
    }
  });

  it('loads pdf.js and mammoth on the attachment page only, on use: never in the popup, the side panel or the content script', () => {
    const readers = /assets\/(?:pdf|docx|page)-[^"']+\.js|pdf\.worker/;
    for (const page of [manifest.action.default_popup, 'src/panel/panel.html', 'src/attachment/attachment.html']) {
      expect(readFileSync(join(dist, page), 'utf8'), page).not.toMatch(readers);
    }
    for (const script of ['src/content/index.js', 'src/content/loader.js']) {
      expect(readFileSync(join(dist, script), 'utf8'), script).not.toMatch(/GlobalWorkerOptions|pdfjs|mammoth/i);
    }
    // The CMaps pdf.js needs for Chinese fonts are in the build (no network).
    expect(files(dist).some((f) => /[/\\]pdfjs[/\\]cmaps[/\\]UniGB-UCS2-H\.bcmap$/.test(f))).toBe(true);
  });

  it('builds the loader and the full content script as self-contained files (no module loader for pages to see)', () => {
    const content = readFileSync(join(dist, 'src/content/index.js'), 'utf8');
    expect(content).not.toMatch(/^\s*import\s|\bimport\(/m);
    const loader = readFileSync(join(dist, 'src/content/loader.js'), 'utf8');
    expect(loader).not.toMatch(/^\s*import\s/m);
    // Its one dynamic import: the full content script, at the address runtime.getURL gives (src/platform/engine-script.ts).
    expect(loader.match(/\bawait import\(/g)).toHaveLength(1);
    // Minified output writes strings in any quotes, backticks included.
    expect(loader).toMatch(/getURL\?\.\(["'`]src\/content\/index\.js["'`]\)/);
    // Nothing of the engine, the marks or the polyfill in the script every portal page gets.
    expect(loader).not.toMatch(/auditDocument|class Overlay|webextension-polyfill|This script should only be loaded/);
  });

  it("closes the marks layer's shadow root, and ships no test hook to open it (SECURITY.md §9)", () => {
    // The e2e build opens the root for its tests (import.meta.env.MODE === 'e2e'); in the release build that branch
    // must be gone, not merely untaken: no "open" mode and no mention of the e2e mode in any shipped script.
    const content = readFileSync(join(dist, 'src/content/index.js'), 'utf8');
    const modes = [...content.matchAll(/attachShadow\(\s*\{\s*mode:\s*([^}]*?)\s*\}\s*\)/g)].map((m) => m[1]);
    expect(modes.map((m) => m?.replace(/^[`']|[`']$/g, '"'))).toEqual(['"closed"']);
    for (const file of files(dist).filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/["'`]e2e["'`]/);
    }
  });

  it('inlines the frame style into the popup and the side panel (src/popup/frame.css), so they paint before any stylesheet', () => {
    for (const page of [manifest.action.default_popup, manifest.side_panel.default_path]) {
      const head = readFileSync(join(dist, page), 'utf8').split('</head>')[0] ?? '';
      expect(head, page).toMatch(/<style>[^<]*\.shell \.spinner\{[^<]*<\/style>/);
      expect(head, page).not.toMatch(/<link[^>]+stylesheet/);
    }
  });

  it('counts in its size budget every script and style the popup and the batch page load', () => {
    const budgets = JSON.parse(readFileSync(join(ROOT, '.size-limit.json'), 'utf8')) as Array<{
      name: string;
      path: string | string[];
    }>;
    const globs = (prefix: string) => {
      const entry = budgets.find((b) => b.name.startsWith(prefix));
      const paths = entry === undefined ? [] : Array.isArray(entry.path) ? entry.path : [entry.path];
      return paths.map(
        (p) =>
          new RegExp(
            `^${p
              .replace(/^dist\//, '')
              .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
              .replace(/\*/g, '[^/]*')}$`,
          ),
      );
    };
    for (const [page, prefix] of [
      [manifest.action.default_popup, 'popup'],
      [manifest.side_panel.default_path, 'side panel'],
      ['src/batch-page/index.html', 'portal batch page'],
      ['src/attachment/attachment.html', 'attachment page'],
    ] as const) {
      const assets = [...readFileSync(join(dist, page), 'utf8').matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map(
        (m) => m[1] as string,
      );
      expect(assets.length, page).toBeGreaterThan(2);
      const budgeted = globs(prefix);
      for (const asset of assets)
        expect(
          budgeted.some((re) => re.test(asset)),
          `${page} loads ${asset}`,
        ).toBe(true);
    }
  });
});
