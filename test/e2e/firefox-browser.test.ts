/**
 * The release Firefox build (dist-firefox/) in a real Firefox ESR, driven over WebDriver BiDi (./firefox-harness.ts):
 * on a *.gov.cn report page the manifest's loader import()s the engine by itself, which marks the wrong cells and
 * sets the badge, and the popup lists the findings; on a page outside the portals the popup audits on demand by
 * injecting the full content script with scripting.executeScript — the path Firefox resolves against the popup's
 * folder unless it is root-absolute. Screenshots: test-results/firefox-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ensureBuild, screenshotPath, serveFixtures } from './harness';
import {
  badgeOf,
  FIREFOX_TIMEOUT,
  GOV_HOST,
  grantOrigin,
  hasFirefox,
  launchFirefox,
  openExtensionPage,
  poll,
  tabIdOf,
  type FirefoxSession,
} from './firefox-harness';

const RED = '#C5221F';

/** Our outlines in the page's marks layer: their class names. */
function marksOn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('gov-report-auditor-marks')?.shadowRoot;
    return Array.from(root?.querySelectorAll<HTMLElement>('.mark') ?? []).map((box) => box.className);
  });
}

/** errors.html: two wrong totals (T3 （一）予以公开, T4 行政复议), each outlined with the parts it was checked against. */
const ERRORS_MARKS = { primary: 2, related: 10 };

const count = (classes: string[]) => ({
  primary: classes.filter((c) => c === 'mark error primary').length,
  related: classes.filter((c) => c === 'mark error related').length,
});

describe.skipIf(!hasFirefox)('the extension in a real Firefox', () => {
  let session: FirefoxSession;
  let port: string;
  let closeServer: () => Promise<void>;

  beforeAll(async () => {
    const dir = ensureBuild('firefox');
    const server = await serveFixtures();
    port = new URL(server.origin).port;
    closeServer = server.close;
    session = await launchFirefox(dir);
  }, 2 * FIREFOX_TIMEOUT);

  afterAll(async () => {
    await session?.close();
    await closeServer?.();
  }, FIREFOX_TIMEOUT);

  /** Opens `path` in a new tab, on the portal's host or on 127.0.0.1 (outside the portals). */
  async function open(host: string, path: string): Promise<{ page: Page; tabId: number }> {
    const page = await session.browser.newPage();
    await page.goto(`http://${host}:${port}${path}`, { timeout: FIREFOX_TIMEOUT });
    return { page, tabId: await tabIdOf(session, host, path) };
  }

  /** What the popup shows once it is past loading: its state (data-state) and text. */
  function shown(popup: Page, not?: string): Promise<{ state: string; text: string }> {
    return poll(
      () =>
        popup.evaluate(() => {
          const section = document.querySelector<HTMLElement>('[data-state]');
          return { state: section?.dataset.state ?? '', text: section?.innerText ?? '' };
        }),
      (view) => view.state !== '' && view.state !== not,
    );
  }

  /** The popup for a tab, opened as a page (popup.html?tabId=N), once it shows a state. */
  async function popupFor(tabId: number): Promise<{ popup: Page; state: string; text: string }> {
    const popup = await openExtensionPage(session.browser, `${session.base}/${session.popupPath}?tabId=${tabId}`);
    return { popup, ...(await shown(popup)) };
  }

  /** Whether a content script of ours answers in the tab (none does where the loader did not load the engine). */
  function contentAnswers(tabId: number): Promise<boolean> {
    return session.control.evaluate(
      (id) =>
        (globalThis as unknown as { browser: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } } }).browser.tabs
          .sendMessage(id, { type: 'get-state' }, { frameId: 0 })
          .then((reply) => reply !== undefined, () => false),
      tabId,
    );
  }

  it(
    'on a *.gov.cn report page the loader imports the engine: wrong cells marked, red badge, findings in the popup',
    async () => {
      const { page, tabId } = await open(GOV_HOST, '/portal/errors.html');
      // Nothing but the manifest's loader runs here until the popup opens: marks and badge prove its import().
      expect(await poll(() => badgeOf(session, tabId), (b) => b.text !== '')).toEqual({ text: '2', color: RED });
      expect(count(await poll(() => marksOn(page), (m) => m.length > 0))).toEqual(ERRORS_MARKS);
      await page.screenshot({ path: screenshotPath('firefox-page-errors-marked.png') });

      const { popup, state, text } = await popupFor(tabId);
      expect(state).toBe('report');
      expect(text).toContain('2 个错误');
      expect(text).toContain('t4-review-sum');
      expect(text).toContain('行政复议总计应为 1（维持1+纠正0+其他0+尚未审结0），表中为 0');
      await popup.screenshot({ path: screenshotPath('firefox-popup-findings.png') });
      await popup.close();
      await page.close();
    },
    FIREFOX_TIMEOUT,
  );

  it(
    'on a portal page that is not a report the loader loads nothing; the popup injects the engine and audits it when asked',
    async () => {
      const { page, tabId } = await open(GOV_HOST, '/portal/news.html');
      expect(await contentAnswers(tabId)).toBe(false);
      const { popup, state, text } = await popupFor(tabId);
      expect({ state, text }).toEqual({ state: 'not-report', text: expect.stringContaining('本页共有 1 个表格') });
      expect(await badgeOf(session, tabId)).toMatchObject({ text: '' });
      await popup.click('.not-report button.primary');
      expect(await shown(popup, 'not-report')).toEqual({ state: 'report', text: expect.stringContaining('强制核查') });
      await popup.close();
      await page.close();
    },
    FIREFOX_TIMEOUT,
  );

  it(
    'audits a page outside the portals on demand: the popup injects the content script with executeScript',
    async () => {
      // The host grant a click on the toolbar button (activeTab) would give.
      expect(await grantOrigin(session, 'http://127.0.0.1/*')).toBe(true);
      const { page, tabId } = await open('127.0.0.1', '/mirror/errors.html');
      expect(await contentAnswers(tabId)).toBe(false);
      expect(await marksOn(page)).toEqual([]);
      expect(await badgeOf(session, tabId)).toMatchObject({ text: '' });

      const { popup, state, text } = await popupFor(tabId);
      expect({ state, text }).toEqual({ state: 'report', text: expect.stringContaining('2 个错误') });
      expect(text).toContain('t4-review-sum');
      expect(await poll(() => badgeOf(session, tabId), (b) => b.text !== '')).toEqual({ text: '2', color: RED });
      expect(count(await poll(() => marksOn(page), (m) => m.length > 0))).toEqual(ERRORS_MARKS);
      await popup.close();
      await page.close();
    },
    FIREFOX_TIMEOUT,
  );
});
