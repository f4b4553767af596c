/**
 * Issue 12 in Chromium: the clean state, one card per cause with filters, stepping through the findings (in the
 * popup and by keyboard), and the screenshots of each new state (test-results/, copied to docs/images/ by hand).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeOf, ensureBuild, eventually, hasChromium, launch, openPopup, screenshotPath, serveFixtures, tabIdOf, type Session } from './harness';

describe.skipIf(!hasChromium)('issue 12 in Chromium', () => {
  let session: Session;
  let origin: string;
  let closeServer: () => Promise<void>;

  beforeAll(async () => {
    const dir = ensureBuild('e2e');
    const server = await serveFixtures();
    origin = server.origin;
    closeServer = server.close;
    session = await launch(dir);
  });

  afterAll(async () => {
    await session?.close();
    await closeServer?.();
  });

  async function open(path: string): Promise<{ page: Page; tabId: number }> {
    const page = await session.context.newPage();
    await page.goto(`${origin}${path}`);
    return { page, tabId: await tabIdOf(session, page) };
  }

  it('says "核查完成，未发现问题" on a clean report, with the tables and rules checked', async () => {
    const { tabId } = await open('/portal/clean.html');
    await eventually(() => badgeOf(session, tabId), (b) => b.text === '✓');
    const popup = await openPopup(session, tabId);
    const clean = popup.locator('[data-testid="clean-state"]');
    await clean.waitFor();
    expect(await clean.locator('.clean-title').innerText()).toContain('核查完成，未发现问题');
    expect(await clean.locator('.checked-tables li').allInnerTexts()).toEqual(['表二 已读取并核查', '表三 已读取并核查', '表四 已读取并核查']);
    await popup.screenshot({ path: screenshotPath('popup-zh-clean.png') });
    await popup.close();
  });

  it('steps through the findings: next/previous and J/K locate each in the page and highlight it in the list', async () => {
    const { page, tabId } = await open('/portal/errors.html');
    await eventually(() => badgeOf(session, tabId), (b) => b.text === '2');
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="report"]').waitFor();
    const position = popup.locator('[data-testid="step-position"]');
    expect(await position.innerText()).toBe('2 个可定位的问题');

    const cellInView = (table: number, row: number, cell: number) =>
      page.evaluate(
        ([t, r, c]) => {
          const el = document.querySelectorAll('table')[t]!.rows[r]!.cells[c]!;
          const rect = el.getBoundingClientRect();
          return rect.top >= 0 && rect.bottom <= window.innerHeight;
        },
        [table, row, cell] as const,
      );
    await popup.locator('button.step.next').click();
    expect(await position.innerText()).toBe('第 1 / 2 个');
    expect(await popup.locator('.finding.current').getAttribute('data-rule')).toBe('t3-row-total');
    await eventually(() => cellInView(1, 5, 8), (v) => v);
    await popup.keyboard.press('j');
    expect(await popup.locator('.finding.current').getAttribute('data-rule')).toBe('t4-review-sum');
    await eventually(() => cellInView(2, 3, 4), (v) => v);
    await popup.screenshot({ path: screenshotPath('popup-zh-stepping.png') });
    await popup.keyboard.press('k');
    expect(await popup.locator('.finding.current').getAttribute('data-rule')).toBe('t3-row-total');
    await popup.close();
  });
});
