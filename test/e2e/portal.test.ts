/**
 * "Audit a whole portal" in the built extension, in Chromium: the local portal (test/fixtures/portal/site, served by
 * test/unit/batch/portal-server.ts with its slow, GBK and broken pages) is opened at its listing; the badge counts
 * the reports listed, the popup offers "audit all", the batch page runs with its progress bar, is closed mid-run and
 * reopened (nothing done is lost or fetched again), and ends with the summary, the cross-year finding linking last
 * year's report, and the exports' bytes. Screenshots go to test-results/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BROKEN_PATH, FOLLOWED_PATH, GBK_PATH, NOT_A_REPORT_PATH, REPORTS } from '../fixtures/portal/generate';
import { startHostilePortal } from '../unit/batch/hostile-server';
import { startPortal } from '../unit/batch/portal-server';
import { parseCsv } from '../helpers/csv';
import { chromiumSuite } from './chromium-suite';
import { badgeOf, eventually, hasChromium, openPopup, screenshotPath, tabIdOf } from './harness';

/** The neutral badge of a listing page (src/background/badge.ts). */
const LISTING_BLUE = '#1A73E8';
const POLICE_2023 = '/xxgk/ndbg/2024/01/gaj-2023.html';
const POLICE_2022 = '/xxgk/ndbg/2023/01/gaj-2022.html';

describe.skipIf(!hasChromium)('auditing a whole portal in Chromium', () => {
  const { session, server: portal } = chromiumSuite({ serve: () => startPortal({ slowMs: 800 }) });

  /** The rows of the batch page's summary: address path → status. */
  const rowsOf = (page: Page) =>
    page
      .locator('table.summary tbody tr[data-url]')
      .evaluateAll((rows) =>
        rows.map((r) => [new URL(r.getAttribute('data-url') ?? '').pathname, r.getAttribute('data-status')] as const),
      );

  it('counts the listed reports on the badge, audits them all from the popup, survives closing, and exports', async () => {
    // 1. The listing page: a neutral badge with the number of reports listed on it.
    const listingPage = await session.context.newPage();
    await listingPage.goto(portal.listing);
    const tabId = await tabIdOf(session, listingPage);
    expect(
      await eventually(
        () => badgeOf(session, tabId),
        (b) => b.text !== '',
      ),
    ).toEqual({ text: '8', color: LISTING_BLUE });

    // 2. The popup offers "audit all".
    const popup = await openPopup(session, tabId);
    const listingView = popup.locator('[data-state="listing"]');
    await listingView.waitFor();
    expect(await listingView.innerText()).toContain('本页列出 8 份年度报告');
    await popup.screenshot({ path: screenshotPath('popup-zh-listing.png') });
    const [batch] = await Promise.all([
      session.context.waitForEvent('page'),
      popup.locator('[data-action="audit-all"]').click(),
    ]);
    const batchUrl = batch.url();
    expect(batchUrl).toContain('/src/batch-page/index.html?listing=');
    await popup.close();

    // 3. The progress bar, then closing the page mid-run.
    await batch.locator('[data-testid="progress"]').waitFor();
    await eventually(
      () => rowsOf(batch),
      (rows) => rows.length >= 3,
      20_000,
    );
    await batch.screenshot({ path: screenshotPath('batch-running.png'), fullPage: true });
    await batch.close();
    // Whatever was in flight when the tab closed may still reach the server; wait for it before counting.
    await new Promise((done) => setTimeout(done, 1500));
    const hitsAtClose = new Map(portal.hits);

    // 4. Reopened: what was done shows at once and is not fetched again.
    const reopened = await session.context.newPage();
    await reopened.goto(`${batchUrl}&delay=150`);
    const stored = await eventually(
      () => rowsOf(reopened),
      (rows) => rows.length >= 3,
    );
    const storedPaths = stored.map(([path]) => path);
    await reopened.locator('[data-state="done"]').waitFor({ timeout: 45_000 });
    for (const path of storedPaths) expect(portal.hits.get(path), path).toBe(hitsAtClose.get(path));

    // 5. The summary: every report, the broken link and the page that is not a report, each listed as such.
    // The summary follows the entries after a short debounce (and the cross-year pass): wait for the last rows.
    const rows = Object.fromEntries(
      await eventually(
        () => rowsOf(reopened),
        (r) => r.length === REPORTS.length + 2,
      ),
    );
    expect(Object.keys(rows)).toHaveLength(REPORTS.length + 2);
    expect(rows[BROKEN_PATH]).toBe('failed');
    expect(rows[NOT_A_REPORT_PATH]).toBe('not-report');
    expect(rows[GBK_PATH]).toBe('report');
    expect(rows[FOLLOWED_PATH]).toBe('report');
    expect(Object.values(rows).filter((s) => s === 'report')).toHaveLength(REPORTS.length);
    expect(await reopened.locator(`tr[data-url$="${GBK_PATH}"] td.agency`).innerText()).toBe('示例县卫生健康局');

    // 6. The carry-over mismatch, naming last year's report and linking to it.
    const police = reopened.locator(`tr[data-url$="${POLICE_2023}"]`);
    expect(await police.locator('a.previous').getAttribute('href')).toBe(`${portal.origin}${POLICE_2022}`);
    await police.locator('button.details').click();
    const carry = reopened.locator(`tr[data-details$="${POLICE_2023}"] li[data-rule="year-carry"]`);
    expect(await carry.innerText()).toContain('上年报告：示例县公安局2022年报告');
    expect(await carry.locator('a.previous-link').getAttribute('href')).toBe(`${portal.origin}${POLICE_2022}`);
    await reopened.screenshot({ path: screenshotPath('batch-summary-zh.png'), fullPage: true });

    // 6b. Issue 12: the totals line adds up, the broken link speaks Chinese only, each report shows its first
    // problem, "only problems" keeps reports with errors or warnings, and the charts count findings per rule and body.
    const totals = await reopened.locator('[data-testid="totals"]').innerText();
    expect(totals).toMatch(
      new RegExp(
        `^共 ${REPORTS.length + 2} 页：有错误 \\d+ · 仅有警告 \\d+ · 未发现问题 \\d+ · 未核查 \\d+ · 无法读取 1$`,
      ),
    );
    const counts = (totals.match(/\d+/g) ?? []).map(Number);
    expect(counts.slice(1).reduce((a, b) => a + b, 0)).toBe(counts[0]);
    expect(await reopened.locator(`tr[data-url$="${BROKEN_PATH}"] .why`).innerText()).toBe(
      'HTTP 404：页面不存在（链接失效）',
    );
    expect(await police.locator('.first-problem .first').count()).toBe(1);
    expect(await reopened.locator('[data-chart="rule"] li[data-label="year-carry"]').count()).toBe(1);
    await reopened.locator('[data-testid="charts"]').scrollIntoViewIfNeeded();
    await reopened.screenshot({ path: screenshotPath('batch-totals-chart-zh.png'), fullPage: true });
    await reopened.locator('[data-filter="problems"]').check();
    const problems = await reopened
      .locator('table.summary tbody tr[data-url]')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.querySelector('td.errors')?.textContent ?? '',
          tr.querySelector('td.warnings')?.textContent ?? '',
        ]),
      );
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every(([e, w]) => Number(e) + Number(w) > 0)).toBe(true);
    await reopened.locator('[data-filter="problems"]').uncheck();

    // 7. Sorting by errors, most first.
    await reopened.locator('th button[data-sort="errors"]').click();
    await reopened.locator('th button[data-sort="errors"]').click();
    const errors = await reopened.locator('table.summary tbody tr[data-status="report"] td.errors').allInnerTexts();
    expect(errors.map(Number)).toEqual([...errors.map(Number)].sort((a, b) => b - a));

    // 8. The exports' bytes.
    const summary = await downloadText(reopened, 'summary');
    expect(summary.name).toBe('127.0.0.1-年报汇总.csv');
    expect(summary.text.startsWith('\uFEFF')).toBe(true);
    const summaryRows = parseCsv(summary.text.slice(1));
    expect(summaryRows[0]).toEqual([
      '机关',
      '年度',
      '格式',
      '错误',
      '警告',
      '提示',
      '发布日期',
      '页面地址',
      '状态',
      '标题',
      '上年报告',
      '说明',
    ]);
    expect(summaryRows).toHaveLength(1 + REPORTS.length + 2);
    const policeRow = summaryRows.find((r) => r[7] === `${portal.origin}${POLICE_2023}`);
    expect(policeRow?.[10]).toBe(`${portal.origin}${POLICE_2022}`);
    expect(summaryRows.find((r) => r[7] === `${portal.origin}${BROKEN_PATH}`)?.[8]).toBe('无法读取');

    const data = await downloadText(reopened, 'data');
    expect(data.name).toBe('127.0.0.1-年报数据.csv');
    expect(data.text.startsWith('\uFEFF')).toBe(true);
    const dataRows = parseCsv(data.text.slice(1));
    expect(dataRows[0]?.slice(0, 4)).toEqual(['页面地址', '核查时间', '机关', '年度']);
    expect(new Set(dataRows.slice(1).map((r) => r[0])).size).toBe(REPORTS.length);

    const findings = await downloadText(reopened, 'findings');
    expect(parseCsv(findings.text.slice(1)).some((r) => r.includes('year-carry'))).toBe(true);
  });

  it("shows last year's comparison in the popup of a single report once the batch has remembered it", async () => {
    const page = await session.context.newPage();
    await page.goto(`${portal.origin}${POLICE_2023}`);
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="report"]').waitFor();
    const carry = popup.locator('li[data-rule="year-carry"]');
    await carry.waitFor();
    expect(await carry.innerText()).toContain('示例县公安局2022年报告');
    expect(await popup.locator('[data-testid="previous-report"] a').getAttribute('href')).toBe(
      `${portal.origin}${POLICE_2022}`,
    );
    await popup.screenshot({ path: screenshotPath('popup-zh-cross-year.png') });
    await popup.close();
  });

  it('forgets everything on "forget all"', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/src/batch-page/index.html`);
    await page.locator('[data-state="no-listing"]').waitFor();
    const memory = page.locator('[data-testid="memory"]');
    await eventually(
      () => memory.innerText(),
      (text) => text.includes('年度报告 13 份'),
    );
    await memory.locator('[data-action="forget"]').click();
    await memory.locator('[data-action="forget"]').click();
    await eventually(
      () => memory.innerText(),
      (text) => text.includes('本地记录：0 页'),
    );
  });

  it('fetches only the granted site: a link and a redirect to another site, and file: links, are skipped with why', async () => {
    // The e2e build is granted http://127.0.0.1/* (any port); `localhost` is another site, never granted.
    const hostile = await startHostilePortal({ foreignHost: 'localhost' });
    try {
      const listing = `${hostile.origin}/list-foreign.html`;
      const page = await session.context.newPage();
      await page.goto(
        `chrome-extension://${session.extensionId}/src/batch-page/index.html?listing=${encodeURIComponent(listing)}&delay=100`,
      );
      await page.locator('[data-state="done"]').waitFor({ timeout: 60_000 });
      const status = async (url: string) => page.locator(`tr[data-url="${url}"]`).getAttribute('data-status');
      const why = async (url: string) => page.locator(`tr[data-url="${url}"] .why`).innerText();
      const foreignLink = `${hostile.foreign}/r/zfb-2023.html`;
      expect(await status(foreignLink)).toBe('skipped');
      expect(await why(foreignLink)).toContain('未获准访问 localhost');
      expect(hostile.hits.get('foreign:/r/zfb-2023.html')).toBeUndefined();
      // The browser followed the redirect itself; the answer from the other site was not read, nor kept.
      expect(await status(`${hostile.origin}/redirect/foreign.html`)).toBe('skipped');
      expect(await why(`${hostile.origin}/redirect/foreign.html`)).toContain('重定向到未授权的网站 localhost');
      expect(await status('file:///etc/passwd')).toBe('skipped');
      expect(await page.locator('tr[data-url="file:///etc/passwd"] a').count()).toBe(0);
      expect(await status(`${hostile.origin}/huge.html`)).toBe('failed');
      expect(await why(`${hostile.origin}/endless.html`)).toContain('页面过大');
      expect(await status(`${hostile.origin}/xxgk/ndbg/2024/01/gaj-2023.html`)).toBe('report');
      expect(await page.locator('[data-testid="skipped"]').innerText()).toContain('7 页未下载或未读取');
      expect(await page.locator('table.summary').innerText()).not.toContain('root:x:0:0');
      await page.screenshot({ path: screenshotPath('batch-skipped-zh.png'), fullPage: true });
      await page.close();
    } finally {
      await hostile.close();
    }
  }, 120_000);
});

/** Clicks an export button and returns the downloaded file's name and text. */
async function downloadText(page: Page, what: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-export="${what}"]`).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}
