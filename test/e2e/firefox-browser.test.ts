/**
 * The release Firefox build (dist-firefox/) in a real Firefox ESR, driven over WebDriver BiDi (./firefox-harness.ts):
 * on a *.gov.cn report page the manifest's loader import()s the engine by itself, which marks the wrong cells and
 * sets the badge, and the popup lists the findings; on a page outside the portals the popup audits on demand by
 * injecting the full content script with scripting.executeScript — the path Firefox resolves against the popup's
 * folder unless it is root-absolute. The marks are checked on screen (the release build's marks layer is closed to the
 * page). The real sidebar (sidebar_action) shows the popup's findings and follows the active tab. Screenshots:
 * test-results/firefox-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ensureBuild, screenshotPath, serveFixtures } from './harness';
import { readPng } from './png';
import {
  badgeOf,
  FIREFOX_TIMEOUT,
  GOV_HOST,
  grantOrigin,
  hasFirefox,
  launchFirefox,
  openExtensionPage,
  openSidebar,
  poll,
  sidebarView,
  tabIdOf,
  viewOf,
  type FirefoxSession,
} from './firefox-harness';

const RED = '#C5221F';

/** A cell by table, row and cell index in the DOM (not the grid). */
type CellId = `${number}/${number}/${number}`;

/** errors.html: T3 （一）予以公开 (table 1, row 5: parts 2–7, total 8) and T4 行政复议 (table 2, row 3: parts 0–3, total 4). */
const WRONG_TOTALS: CellId[] = ['1/5/8', '2/3/4'];
const CHECKED_PARTS: CellId[] = [
  '1/5/2',
  '1/5/3',
  '1/5/4',
  '1/5/5',
  '1/5/6',
  '1/5/7',
  '2/3/0',
  '2/3/1',
  '2/3/2',
  '2/3/3',
];
/** Cells next to them that no finding concerns. */
const UNMARKED: CellId[] = ['1/4/7', '1/6/7', '1/5/1', '2/3/5', '2/3/9'];

/** The marks' red (#d93025): solid 2 px around a wrong total, dashed 1 px around the cells it was checked against. */
const isMarkRed = ([r, g, b]: readonly number[]) =>
  Math.abs(r! - 217) <= 12 && Math.abs(g! - 48) <= 12 && Math.abs(b! - 37) <= 12;

/**
 * Which of `cells` are outlined in red on screen. Read from screenshots — what the reader sees — so it holds
 * whether the marks layer's shadow root is open or closed (the release build closes it to the page).
 */
async function outlined(page: Page, cells: CellId[]): Promise<CellId[]> {
  const found: CellId[] = [];
  for (const id of cells) {
    const [t, r, c] = id.split('/').map(Number) as [number, number, number];
    const box = await page.evaluate(
      (table, row, cell) => {
        const td = document.querySelectorAll('table')[table]!.rows[row]!.cells[cell]!;
        td.scrollIntoView({ block: 'center', inline: 'center' });
        const rect = td.getBoundingClientRect();
        return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, scale: devicePixelRatio };
      },
      t,
      r,
      c,
    );
    await page.bringToFront();
    const image = readPng(await page.screenshot({ type: 'png' }));
    // An outline runs round all four edges of its cell; a neighbour's outline touches at most the one edge they share.
    const [left, top] = [Math.floor(box.left * box.scale), Math.floor(box.top * box.scale)];
    const [right, bottom] = [Math.ceil(box.right * box.scale) - 1, Math.ceil(box.bottom * box.scale) - 1];
    const redIn = (x0: number, x1: number, y0: number, y1: number) => {
      let red = 0;
      for (let y = Math.max(0, y0); y <= Math.min(image.height - 1, y1); y++) {
        for (let x = Math.max(0, x0); x <= Math.min(image.width - 1, x1); x++) if (isMarkRed(image.pixel(x, y))) red++;
      }
      return red;
    };
    const edges = [
      redIn(left + 4, right - 4, top, top + 2),
      redIn(left + 4, right - 4, bottom - 2, bottom),
      redIn(left, left + 2, top + 4, bottom - 4),
      redIn(right - 2, right, top + 4, bottom - 4),
    ];
    if (edges.filter((red) => red >= 3).length >= 3) found.push(id);
  }
  return found;
}

/** Waits until the marks are drawn (the audit runs at an idle moment), then says which of the cells are outlined. */
async function marksDrawn(page: Page): Promise<CellId[]> {
  await poll(
    () => outlined(page, WRONG_TOTALS.slice(0, 1)),
    (cells) => cells.length === 1,
  );
  return outlined(page, [...WRONG_TOTALS, ...CHECKED_PARTS, ...UNMARKED]);
}

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

  /** The content script's answer to get-state in the tab; undefined when none of ours answers. */
  function contentState(tabId: number): Promise<unknown> {
    return session.control.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            browser: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } };
          }
        ).browser.tabs
          .sendMessage(id, { type: 'get-state' }, { frameId: 0 })
          .catch(() => undefined),
      tabId,
    );
  }

  /** Whether a content script of ours answers in the tab (none does where the loader did not load the engine). */
  async function contentAnswers(tabId: number): Promise<boolean> {
    return (await contentState(tabId)) !== undefined;
  }

  it(
    'on a *.gov.cn report page the loader imports the engine: wrong cells marked, red badge, findings in the popup',
    async () => {
      const { page, tabId } = await open(GOV_HOST, '/portal/errors.html');
      // Nothing but the manifest's loader runs here until the popup opens: marks and badge prove its import().
      expect(
        await poll(
          () => badgeOf(session, tabId),
          (b) => b.text !== '',
        ),
      ).toEqual({ text: '2', color: RED });
      expect(await marksDrawn(page)).toEqual([...WRONG_TOTALS, ...CHECKED_PARTS]);
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

  /** The content script's own message for the wrong 行政复议 total (not the popup's rendering of it). */
  async function reviewMessage(tabId: number): Promise<string | undefined> {
    const state = (await contentState(tabId)) as
      { result?: { findings: Array<{ rule: string; message: string }> } } | undefined;
    return state?.result?.findings.find((f) => f.rule === 't4-review-sum')?.message;
  }

  /** Stores the language setting, as the popup's toggle does. */
  function setLang(lang: 'zh' | 'en'): Promise<void> {
    return session.control.evaluate(
      (l) =>
        (
          globalThis as unknown as {
            browser: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
          }
        ).browser.storage.local.set({ lang: l }),
      lang,
    );
  }

  it(
    "re-renders the page's findings in the language switched to: the English messages come from the background",
    async () => {
      const { page, tabId } = await open(GOV_HOST, '/portal/errors.html');
      await poll(
        () => reviewMessage(tabId).catch(() => undefined),
        (message) => message !== undefined,
      );
      expect(await reviewMessage(tabId)).toBe('行政复议总计应为 1（维持1+纠正0+其他0+尚未审结0），表中为 0');
      try {
        await setLang('en');
        expect(
          await poll(
            () => reviewMessage(tabId),
            (message) => message?.startsWith('Administrative') ?? false,
          ),
        ).toBe(
          'Administrative review total should be 1 (upheld 1 + corrected 0 + other 0 + pending 0); the table says 0',
        );
        await setLang('zh');
        expect(
          await poll(
            () => reviewMessage(tabId),
            (message) => message?.startsWith('行政复议') ?? false,
          ),
        ).toBe('行政复议总计应为 1（维持1+纠正0+其他0+尚未审结0），表中为 0');
      } finally {
        await setLang('zh');
        await page.close();
      }
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
      expect(await outlined(page, WRONG_TOTALS)).toEqual([]);
      expect(await badgeOf(session, tabId)).toMatchObject({ text: '' });

      const { popup, state, text } = await popupFor(tabId);
      expect({ state, text }).toEqual({ state: 'report', text: expect.stringContaining('2 个错误') });
      expect(text).toContain('t4-review-sum');
      expect(
        await poll(
          () => badgeOf(session, tabId),
          (b) => b.text !== '',
        ),
      ).toEqual({ text: '2', color: RED });
      expect(await marksDrawn(page)).toEqual([...WRONG_TOTALS, ...CHECKED_PARTS]);
      await popup.close();
      await page.close();
    },
    FIREFOX_TIMEOUT,
  );

  it(
    "the sidebar (sidebar_action) shows the popup's findings for a report tab and follows the active tab",
    async () => {
      // Covered: the add-on's real sidebar, opened in the browser window by sidebarAction.open() under a real click
      // (BiDi input), its page (panel.html of the Firefox build) read through extension.getViews({ type: 'sidebar' });
      // following tabs.onActivated (switching tabs) and tabs.onUpdated (the active tab loading another page).
      // Not covered: the sidebar's pixels (BiDi screenshots a tab's content, not the browser's chrome), and opening
      // it from Firefox's own sidebar menu or the popup's "侧边栏" button (the same sidebarAction.open() call).
      const errors = await open(GOV_HOST, '/portal/errors.html');
      expect(
        await poll(
          () => badgeOf(session, errors.tabId),
          (b) => b.text !== '',
        ),
      ).toMatchObject({ text: '2' });
      const clean = await open(GOV_HOST, '/portal/clean.html');
      expect(
        await poll(
          () => badgeOf(session, clean.tabId),
          (b) => b.text !== '',
        ),
      ).toMatchObject({ text: '✓' });
      const popup = await openExtensionPage(
        session.browser,
        `${session.base}/${session.popupPath}?tabId=${errors.tabId}`,
      );
      const inPopup = await poll(
        () => viewOf(popup),
        (v) => v.state === 'report',
      );
      await popup.close();
      expect(inPopup.cards.map((c) => c.rule)).toEqual(['t3-row-total', 't4-review-sum']);

      // Opened from the control page and switched away from at once, while it is still loading: it shows the tab
      // switched to (it listens from its first script on), not the control page's "cannot run here".
      await openSidebar(session);
      await errors.page.bringToFront();
      const inSidebar = await poll(
        () => sidebarView(session),
        (v) => v.state === 'report' && v.cards.length > 0,
      );
      expect(inSidebar.cards).toEqual(inPopup.cards);
      expect(inSidebar.text).toContain('2 个错误');

      // Switching tabs: the sidebar shows the newly active tab's audit, then the first one's again.
      await clean.page.bringToFront();
      expect(
        (
          await poll(
            () => sidebarView(session),
            (v) => v.text.includes('核查完成'),
          )
        ).cards,
      ).toEqual([]);
      await errors.page.bringToFront();
      expect(
        (
          await poll(
            () => sidebarView(session),
            (v) => v.cards.length > 0,
          )
        ).cards,
      ).toEqual(inPopup.cards);
      // The active tab loading another page: the sidebar follows it.
      await errors.page.goto(`http://${GOV_HOST}:${port}/portal/clean.html`, { timeout: FIREFOX_TIMEOUT });
      expect(
        (
          await poll(
            () => sidebarView(session),
            (v) => v.text.includes('核查完成'),
          )
        ).state,
      ).toBe('report');
      await errors.page.close();
      await clean.page.close();
    },
    2 * FIREFOX_TIMEOUT,
  );
});
