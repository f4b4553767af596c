/**
 * Firefox e2e harness (docs/browser-testing.md, "End-to-end in a real Firefox"): Debian's firefox-esr driven by
 * puppeteer-core over WebDriver BiDi, with the release Firefox build (dist-firefox/) installed as a temporary
 * add-on. Prefs fix the add-on's moz-extension:// address in advance and resolve GOV_HOST to 127.0.0.1, so the fixture
 * server (harness.ts serveFixtures) stands in for a *.gov.cn portal and the manifest's own match patterns apply.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** True when a real Firefox is installed (.ci/run installs firefox-esr; without it the suite is skipped). */
export const hasFirefox = existsSync(FIREFOX);

/** The portal's host name: any *.gov.cn name, resolved to 127.0.0.1 by network.dns.localDomains. */
export const GOV_HOST = 'www.qingshan-e2e.gov.cn';

/** Firefox takes 12–20 s to start on a busy 2-core machine: every wait here is generous and explicit. */
export const FIREFOX_TIMEOUT = 90_000;

/** The extension APIs the tests call inside an extension page (evaluated there, typed here). */
interface ExtensionApi {
  tabs: {
    query(query: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown, options?: object): Promise<unknown>;
  };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(details: { tabId: number }): Promise<number[]>;
  };
  permissions: { request(permissions: { origins: string[] }): Promise<boolean> };
}
declare const browser: ExtensionApi;

/** A Firefox with the extension installed. */
export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<uuid> — the add-on's address, fixed by the extensions.webextensions.uuids pref. */
  base: string;
  popupPath: string;
  /** An extension page (the popup, opened as a tab) to call the extension API from. */
  control: Page;
  close(): Promise<void>;
}

/** Launches firefox-esr headless with the add-on in `extensionDir` installed (a temporary add-on, over BiDi). */
export async function launchFirefox(extensionDir: string): Promise<FirefoxSession> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    action: { default_popup: string };
    browser_specific_settings: { gecko: { id: string } };
  };
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    timeout: FIREFOX_TIMEOUT,
    protocolTimeout: FIREFOX_TIMEOUT,
    // Without it, BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: uuid }),
      'network.dns.localDomains': GOV_HOST,
      'network.proxy.type': 0,
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'dom.security.https_only_mode': false,
      'browser.fixup.fallback-to-https': false,
      // An optional host permission asked for under a user gesture is granted without a prompt (headless has none):
      // the stand-in for the activeTab grant of a real click on the toolbar button, which automation cannot give.
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.locale.requested': 'zh-CN',
    },
  });
  try {
    await browser.installExtension(extensionDir);
    const base = `moz-extension://${uuid}`;
    const control = await openExtensionPage(browser, `${base}/${manifest.action.default_popup}`);
    return {
      browser,
      base,
      popupPath: manifest.action.default_popup,
      control,
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Opens a moz-extension:// page in a new tab. page.goto() of such a page never resolves in Firefox (the tab changes
 * process), so it is started and the page polled until it is there and loaded.
 */
export async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(url, { timeout: FIREFOX_TIMEOUT }).catch(() => undefined);
  await poll(
    () => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => ''),
    (state) => state === `${url} complete`,
  );
  return page;
}

/** The id of the tab showing `path` on `host` (a match pattern: no port). */
export async function tabIdOf(session: FirefoxSession, host: string, path: string): Promise<number> {
  const id = await poll(
    () =>
      session.control.evaluate(
        async (pattern) => (await browser.tabs.query({ url: pattern }))[0]?.id ?? -1,
        `*://${host}${path}`,
      ),
    (found) => found >= 0,
  );
  return id;
}

/** The badge of a tab: its text and background colour as #RRGGBB. */
export function badgeOf(session: FirefoxSession, tabId: number): Promise<{ text: string; color: string }> {
  return session.control.evaluate(async (id) => {
    const text = await browser.action.getBadgeText({ tabId: id });
    const [r = 0, g = 0, b = 0] = await browser.action.getBadgeBackgroundColor({ tabId: id });
    const hex = (n: number) => n.toString(16).padStart(2, '0');
    return { text, color: `#${hex(r)}${hex(g)}${hex(b)}`.toUpperCase() };
  }, tabId);
}

/**
 * Grants the add-on an optional host permission from a click in the control page: Firefox lets
 * permissions.request run only in a user input handler, and BiDi's clicks are real input.
 */
export async function grantOrigin(session: FirefoxSession, origin: string): Promise<boolean> {
  const page = session.control;
  await page.evaluate((pattern) => {
    const button = Object.assign(document.createElement('button'), { id: 'e2e-grant', textContent: 'grant' });
    button.style.cssText = 'position:fixed;inset:0 auto auto 0;width:120px;height:40px;z-index:2147483647';
    button.addEventListener('click', () => {
      void browser.permissions.request({ origins: [pattern] }).then(
        (granted) => (button.dataset.granted = String(granted)),
        () => (button.dataset.granted = 'error'),
      );
    });
    document.body.append(button);
  }, origin);
  await page.click('#e2e-grant');
  const granted = await poll(
    () => page.evaluate(() => document.getElementById('e2e-grant')?.dataset.granted ?? ''),
    (value) => value !== '',
  );
  await page.evaluate(() => document.getElementById('e2e-grant')?.remove());
  return granted === 'true';
}

/** Polls `read` until `accept` holds, every 200 ms, for up to `timeoutMs` (generous: Firefox on a busy machine). */
export async function poll<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 200));
    value = await read();
  }
  return value;
}

/**
 * Opens the add-on's real sidebar (sidebar_action, src/panel/panel.html) in the browser window from a click in the
 * control page: sidebarAction.open() runs only in a user input handler, and BiDi's clicks are real input.
 */
export async function openSidebar(session: FirefoxSession): Promise<void> {
  const page = session.control;
  await page.bringToFront();
  await page.evaluate(() => {
    const button = Object.assign(document.createElement('button'), { id: 'e2e-sidebar', textContent: 'sidebar' });
    button.style.cssText = 'position:fixed;inset:0 auto auto 0;width:120px;height:40px;z-index:2147483647';
    button.addEventListener('click', () => {
      const sidebar = (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction;
      void sidebar.open().then(
        () => (button.dataset.opened = 'true'),
        () => (button.dataset.opened = 'error'),
      );
    });
    document.body.append(button);
  });
  await page.click('#e2e-sidebar');
  const opened = await poll(
    () => page.evaluate(() => document.getElementById('e2e-sidebar')?.dataset.opened ?? ''),
    (value) => value !== '',
  );
  await page.evaluate(() => document.getElementById('e2e-sidebar')?.remove());
  if (opened !== 'true') throw new Error('sidebarAction.open() failed');
}

/** What an extension page shows: its state (data-state), the rule and message of each finding card, its text. */
export interface ShownView {
  state: string;
  cards: Array<{ rule: string; message: string }>;
  text: string;
}

/** Reads `doc`'s view (run inside an extension page: the popup opened as a tab, or the sidebar's document). */
function readView(doc: Document | undefined): ShownView {
  const section = doc?.querySelector<HTMLElement>('[data-state]');
  const cards = Array.from(doc?.querySelectorAll<HTMLElement>('.finding.card') ?? []).map((card) => ({
    rule: card.dataset.rule ?? '',
    message: card.querySelector('.message')?.textContent ?? '',
  }));
  return { state: section?.dataset.state ?? '', cards, text: section?.innerText ?? '' };
}

/** What a page of ours (the popup opened as a tab) shows. */
export function viewOf(page: Page): Promise<ShownView> {
  return page.evaluate(`(${readView.toString()})(document)`) as Promise<ShownView>;
}

/**
 * What the open sidebar shows, read from its document through extension.getViews({ type: 'sidebar' }) in the control
 * page (Firefox's extension pages share one process, so the sidebar's window is reachable from another of ours).
 * Empty state when no sidebar is open.
 */
export function sidebarView(session: FirefoxSession): Promise<ShownView> {
  return session.control.evaluate(
    `(${readView.toString()})(browser.extension.getViews({ type: 'sidebar' })[0]?.document)`,
  ) as Promise<ShownView>;
}
