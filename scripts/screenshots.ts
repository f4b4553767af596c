/**
 * `npm run screenshots`: redraws the pictures of issue 12's states in docs/images/ that README and docs/extension.md
 * show and the e2e suites do not already leave there: the badge states, one card per cause with the filters, a
 * filtered list, the sum-bar of a broken 表三 identity, and the batch page's totals line and charts. It drives the e2e build in Debian's Chromium
 * (test/e2e/harness.ts) on the fixture pages of test/fixtures/e2e and the local portal of test/fixtures/portal, both
 * served on 127.0.0.1, in Chinese, and crops each
 * picture to the popup or the part of it that shows the state. Every PNG must stay under MAX_BYTES (exit 1 if not).
 *
 * Headless Chromium has no toolbar to photograph, so the badge picture is drawn from what the extension set on each
 * tab (chrome.action's badge text, colours and title, read in its worker) beside its icon as the toolbar shows it.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  badgeOf,
  ensureBuild,
  eventually,
  launch,
  openPopup,
  ROOT,
  serveFixtures,
  tabIdOf,
  type Session,
} from '../test/e2e/harness';
import { REPORTS } from '../test/fixtures/portal/generate';
import { startPortal } from '../test/unit/batch/portal-server';

/** The extension API read in the worker (evaluated there, typed here). */
declare const chrome: {
  action: {
    getTitle(details: { tabId: number }): Promise<string>;
    getBadgeTextColor(details: { tabId: number }): Promise<number[]>;
  };
};

const OUT = join(ROOT, 'docs/images');
/** A picture in the docs stays small: cropped to the popup, never the whole screen. */
export const MAX_BYTES = 120 * 1024;

const written: string[] = [];
const out = (name: string) => {
  written.push(name);
  return join(OUT, name);
};

async function reportTab(
  session: Session,
  origin: string,
  path: string,
  badge: string,
): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(`${origin}${path}`);
  const tabId = await tabIdOf(session, page);
  await eventually(
    () => badgeOf(session, tabId),
    (b) => b.text === badge,
  );
  return { page, tabId };
}

async function popupOn(session: Session, tabId: number, height = 600): Promise<Page> {
  const popup = await openPopup(session, tabId);
  await popup.setViewportSize({ width: 460, height });
  await popup.locator('[data-state="report"]').waitFor();
  // No caret, no hover left over from the last click.
  await popup.mouse.move(0, 0);
  return popup;
}

/** The four looks of the toolbar button, each as the extension set it on a tab, with the title in words. */
async function badgeStates(session: Session, origin: string, extensionDir: string): Promise<void> {
  const tabs = [
    { path: '/portal/errors.html', badge: '2', caption: '有错误：错误数，红色' },
    { path: '/portal/warnings.html', badge: '1', caption: '只有警告：警告数，琥珀色' },
    { path: '/portal/clean.html', badge: '✓', caption: '三张表均已核查且无问题：绿色 ✓' },
    { path: '/portal/images.html', badge: '?', caption: '统计表未核查（图片等）：灰色 ?' },
  ];
  const looks = [];
  for (const tab of tabs) {
    const { page, tabId } = await reportTab(session, origin, tab.path, tab.badge);
    const badge = await badgeOf(session, tabId);
    const extra = await session.worker.evaluate(async (id) => {
      const [r = 255, g = 255, b = 255] = await chrome.action.getBadgeTextColor({ tabId: id });
      return { title: await chrome.action.getTitle({ tabId: id }), textColor: `rgb(${r}, ${g}, ${b})` };
    }, tabId);
    looks.push({ ...tab, ...badge, ...extra });
    await page.close();
  }
  const icon = readFileSync(join(extensionDir, 'icons/icon-found-32.png')).toString('base64');
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rows = looks
    .map(
      (look) => `<div class="row">
  <span class="button"><img src="data:image/png;base64,${icon}" alt=""><span class="badge" style="background:${look.color};color:${look.textColor}">${escape(look.text)}</span></span>
  <span class="words"><span class="tip">${escape(look.title)}</span><span class="caption">${escape(look.caption)}</span></span>
</div>`,
    )
    .join('\n');
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 640, height: 400 });
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>
  body { margin: 0; font: 13px/1.4 "WenQuanYi Micro Hei", sans-serif; color: #202124; background: #fff; }
  #strip { display: inline-block; padding: 12px 16px; background: #f1f3f4; }
  .row { display: flex; align-items: center; gap: 14px; padding: 6px 0; }
  .button { position: relative; width: 32px; height: 32px; padding: 4px; border-radius: 50%; background: #fff; }
  .button img { width: 32px; height: 32px; }
  .badge { position: absolute; right: -6px; bottom: -2px; min-width: 12px; padding: 0 4px; border-radius: 8px;
    font: bold 11px/16px sans-serif; text-align: center; }
  .words { display: flex; flex-direction: column; }
  .tip { background: #fff; border: 1px solid #dadce0; border-radius: 4px; padding: 1px 6px; font-size: 12px; }
  .caption { color: #5f6368; font-size: 12px; margin-top: 2px; }
</style><div id="strip">${rows}</div>`);
  await page.locator('#strip').screenshot({ path: out('badge-states-zh.png') });
  await page.close();
}

/** One card per cause (three blank 总计 cells, one card) and the severity and rule filters; then a filtered list. */
async function causesAndFilters(session: Session, origin: string): Promise<void> {
  const { page, tabId } = await reportTab(session, origin, '/portal/causes.html', '1');
  const popup = await popupOn(session, tabId, 760);
  await popup.locator('.finding.card[data-rule="t3-blank-total"]').scrollIntoViewIfNeeded();
  await popup.screenshot({ path: out('popup-causes-zh.png') });
  await popup.locator('[data-filter="error"]').click();
  await popup.locator('select.rule-filter').selectOption('t3-blank-total');
  await popup.setViewportSize({ width: 460, height: 600 });
  await popup.evaluate(() => window.scrollTo(0, 0));
  await popup.mouse.move(0, 0);
  await popup.screenshot({ path: out('popup-filtered-zh.png') });
  await popup.close();
  await page.close();
}

/** The sum-bar of a broken 表三 identity, cropped to its card. */
async function sumBar(session: Session, origin: string): Promise<void> {
  const { page, tabId } = await reportTab(session, origin, '/portal/identity.html', '1');
  // Tall enough that the card is clear of the export bar at the bottom.
  const popup = await popupOn(session, tabId, 1100);
  await popup.locator('.finding.card[data-rule="t3-identity"]').screenshot({ path: out('popup-sum-bar-zh.png') });
  await popup.close();
  await page.close();
}

/** The batch page over the local portal: the totals line with the first rows, and the two charts. */
async function batchPage(session: Session): Promise<void> {
  const portal = await startPortal();
  try {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(
      `chrome-extension://${session.extensionId}/src/batch-page/index.html?listing=${encodeURIComponent(portal.listing)}`,
    );
    await page.locator('[data-state="done"]').waitFor({ timeout: 120_000 });
    // The summary follows the entries after a short debounce (and the cross-year pass): wait for every row.
    await eventually(
      () => page.locator('table.summary tbody tr[data-url]').count(),
      (n) => n === REPORTS.length + 2,
      60_000,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    const top = await page.locator('[data-testid="totals"]').boundingBox();
    const rows = await page.locator('table.summary tbody tr[data-url]').nth(3).boundingBox();
    if (!top || !rows) throw new Error('the batch page has no totals line or summary rows');
    await page.screenshot({
      path: out('batch-totals-zh.png'),
      clip: { x: 0, y: 0, width: 1100, height: rows.y + rows.height + 8 },
    });
    await page.locator('[data-testid="charts"]').screenshot({ path: out('batch-charts-zh.png') });
    await page.close();
  } finally {
    await portal.close();
  }
}

async function main(): Promise<void> {
  const dir = ensureBuild('e2e');
  const server = await serveFixtures();
  const session = await launch(dir);
  // tsx keeps function names with an `__name` helper, which functions evaluated in the worker then call.
  await session.worker.evaluate('globalThis.__name = (f) => f');
  try {
    await badgeStates(session, server.origin, dir);
    await causesAndFilters(session, server.origin);
    await sumBar(session, server.origin);
    await batchPage(session);
  } finally {
    await session.close();
    await server.close();
  }
  let over = false;
  for (const name of written) {
    const bytes = statSync(join(OUT, name)).size;
    over ||= bytes > MAX_BYTES;
    console.log(`${bytes > MAX_BYTES ? 'TOO LARGE' : 'wrote'} docs/images/${name} (${(bytes / 1024).toFixed(0)} KB)`);
  }
  process.exitCode = over ? 1 : 0;
}

await main();
