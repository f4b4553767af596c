/**
 * E2E harness (docs/browser-testing.md): builds the extension when its build is stale, serves the portal-like pages
 * of test/fixtures/e2e on 127.0.0.1 (random port), and drives the built extension in Debian's Chromium through
 * playwright-core. Badge and tab ids are read in the extension's service worker.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { OUT_DIRS, type BuildMode } from '../../build-modes';

/** The extension APIs the tests call inside the service worker (evaluated there, typed here). */
declare const chrome: {
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(details: { tabId: number }): Promise<number[]>;
    openPopup(): Promise<void>;
  };
};

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const RESULTS = join(ROOT, 'test-results');
const FIXTURES = join(ROOT, 'test/fixtures/e2e');
/** Debian's Chromium (or CHROMIUM_PATH): the e2e suites and the benches drive it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The flags that make headless Chromium quiet and deterministic here (docs/browser-testing.md). */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** True when a real Chromium is installed (the e2e suite is skipped, loudly, without one). */
export const hasChromium = existsSync(CHROMIUM);

/**
 * Builds the extension in `mode` unless its build is newer than every source it is made from, and returns the
 * build's folder. `npm test` builds first; this keeps `vitest run --project e2e` correct on its own.
 */
export function ensureBuild(mode: BuildMode): string {
  const out = join(ROOT, OUT_DIRS[mode]);
  const built = join(out, 'manifest.json');
  const inputs = ['src', 'public', 'icons', 'manifest.json', 'vite.config.ts', 'build-modes.ts', 'package.json'].map(
    (p) => join(ROOT, p),
  );
  if (existsSync(built) && statSync(built).mtimeMs > newest(inputs)) return out;
  const run = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--mode', mode, '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`vite build --mode ${mode} failed:\n${run.stdout}\n${run.stderr}`);
  return out;
}

function newest(paths: string[]): number {
  let latest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (stat.isDirectory()) latest = Math.max(latest, newest(readdirSync(path).map((name) => join(path, name))));
    else latest = Math.max(latest, stat.mtimeMs);
  }
  return latest;
}

/** A static server for the fixture pages; `/img/*.png` answers with a placeholder image (tables pasted as images). */
export async function serveFixtures(): Promise<{ origin: string; close: () => Promise<void> }> {
  const placeholder = readFileSync(join(ROOT, 'icons/icon-128.png'));
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path.startsWith('/img/')) {
      response.writeHead(200, { 'content-type': 'image/png' });
      return response.end(placeholder);
    }
    const file = normalize(join(FIXTURES, path));
    if (!file.startsWith(FIXTURES) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      return response.end('not found');
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.png': 'image/png' };

/** A Chromium with the extension loaded. */
export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  popupPath: string;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the built extension (flags from docs/browser-testing.md) and waits for its worker. A fresh
 * profile each time, removed on close, unless `profile` names one to keep (a browser restarted on the same profile:
 * bench/paint.ts).
 */
export async function launch(extensionDir: string, lang = 'zh-CN', kept?: { profile: string }): Promise<Session> {
  const profile = kept?.profile ?? mkdtempSync(join(tmpdir(), 'gra-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: lang,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_FLAGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    action: { default_popup: string };
  };
  return {
    context,
    worker,
    extensionId,
    popupPath: manifest.action.default_popup,
    async close() {
      await context.close();
      if (!kept) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The id of the tab showing `page` (brought to the front so it is the active tab). */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error('no active tab');
  return id;
}

/** The badge of a tab: its text and background colour as #rrggbb. */
export async function badgeOf(session: Session, tabId: number): Promise<{ text: string; color: string }> {
  // No named function inside: tsx (the benches) compiles one with a `__name` helper the worker does not have.
  return session.worker.evaluate(async (id) => {
    const text = await chrome.action.getBadgeText({ tabId: id });
    const [r = 0, g = 0, b = 0] = await chrome.action.getBadgeBackgroundColor({ tabId: id });
    const color = [r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('');
    return { text, color: `#${color}`.toUpperCase() };
  }, tabId);
}

/** Polls `read` until `accept` holds (the content script audits at idle time, then messages the worker). */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 100));
    value = await read();
  }
  return value;
}

/** Opens `url` in a new tab of the session, waits until its audit is on the badge, and returns the tab's id. */
export async function auditedTab(session: Session, url: string): Promise<number> {
  const page = await session.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(session, page);
  await eventually(
    () => badgeOf(session, tabId),
    (badge) => badge.text !== '',
  );
  return tabId;
}

/** Opens the popup as a page for `tabId` (popup.html?tabId=N), in the given UI language. */
export async function openPopup(session: Session, tabId: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 460, height: 600 });
  await page.goto(`chrome-extension://${session.extensionId}/${session.popupPath}?tabId=${tabId}`);
  return page;
}

/** Where screenshots go (gitignored); created on demand. */
export function screenshotPath(name: string): string {
  mkdirSync(RESULTS, { recursive: true });
  return join(RESULTS, name);
}

/** The real toolbar popup, reached over CDP (it is not a Playwright page): evaluate in it and screenshot it. */
export interface ToolbarPopup {
  evaluate<T>(expression: string): Promise<T>;
  screenshot(path: string): Promise<void>;
}

/**
 * Opens the toolbar popup for the active tab with chrome.action.openPopup() in the worker, then attaches to it
 * through the Target domain (non-flattened, so plain CDPSession messages can carry its commands).
 */
export async function openToolbarPopup(session: Session, page: Page): Promise<ToolbarPopup> {
  await page.bringToFront();
  await session.worker.evaluate(() => chrome.action.openPopup());
  const cdp = await session.context.newCDPSession(page);
  const popupUrl = `chrome-extension://${session.extensionId}/${session.popupPath}`;
  const target = await eventually(
    async () => (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.url.startsWith(popupUrl)),
    (t) => t !== undefined,
  );
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target!.targetId, flatten: false });
  const pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  });
  let nextId = 0;
  const send = async <T>(method: string, params: object): Promise<T> => {
    const id = ++nextId;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((done) => pending.set(id, done));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const message = await reply;
    if (message.error) throw new Error(`${method}: ${message.error.message}`);
    return message.result as T;
  };
  return {
    async evaluate<T>(expression: string) {
      const { result } = await send<{ result: { value: T } }>('Runtime.evaluate', {
        expression,
        returnByValue: true,
        awaitPromise: true,
      });
      return result.value;
    },
    async screenshot(path: string) {
      const { data } = await send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
  };
}
