/**
 * Issue 12 in Chromium: the clean state, one card per cause with filters, stepping through the findings (in the
 * popup and by keyboard), the sum-bar of a broken 表三 identity, and screenshots of each state in test-results/
 * (docs/images/ is written by `npm run screenshots`, scripts/screenshots.ts).
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv';
import { chromiumSuite } from './chromium-suite';
import { badgeOf, eventually, hasChromium, openPopup, screenshotPath } from './harness';

describe.skipIf(!hasChromium)('issue 12 in Chromium', () => {
  const { session, server, open } = chromiumSuite();

  it('says "核查完成，未发现问题" on a clean report, with the tables and rules checked', async () => {
    const { tabId } = await open('/portal/clean.html');
    await eventually(
      () => badgeOf(session, tabId),
      (b) => b.text === '✓',
    );
    const popup = await openPopup(session, tabId);
    const clean = popup.locator('[data-testid="clean-state"]');
    await clean.waitFor();
    expect(await clean.locator('.clean-title').innerText()).toContain('核查完成，未发现问题');
    expect(await clean.locator('.checked-tables li').allInnerTexts()).toEqual([
      '表二 已读取并核查',
      '表三 已读取并核查',
      '表四 已读取并核查',
    ]);
    await popup.screenshot({ path: screenshotPath('popup-zh-clean.png') });
    await popup.close();
  });

  it('one card per cause, filtered by severity and by rule', async () => {
    const { tabId } = await open('/portal/causes.html');
    await eventually(
      () => badgeOf(session, tabId),
      (b) => b.text === '1',
    );
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="report"]').waitFor();
    const cards = () =>
      popup.locator('.finding.card').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
    // Three blank 总计 cells of 表三 are one cause: one card naming the three cells.
    expect(await cards()).toEqual(['t4-review-sum', 't3-blank-total', 't2-valid-lower']);
    const blank = popup.locator('.finding.card[data-rule="t3-blank-total"]');
    expect(await blank.locator('.cell-ref').count()).toBe(3);
    expect(await popup.locator('.filters [data-filter]').allInnerTexts()).toEqual(['错误 1', '警告 2']);
    await popup.screenshot({ path: screenshotPath('popup-zh-causes.png') });
    // Severity: errors off.
    await popup.locator('[data-filter="error"]').click();
    expect(await popup.locator('[data-filter="error"]').getAttribute('aria-pressed')).toBe('false');
    expect(await cards()).toEqual(['t3-blank-total', 't2-valid-lower']);
    // Rule: only t3-blank-total.
    await popup.locator('select.rule-filter').selectOption('t3-blank-total');
    expect(await cards()).toEqual(['t3-blank-total']);
    await popup.screenshot({ path: screenshotPath('popup-zh-filtered.png') });
    // A filter that leaves nothing says so.
    await popup.locator('[data-filter="warning"]').click();
    expect(await cards()).toEqual([]);
    expect(await popup.locator('.findings .empty').count()).toBe(1);
    await popup.close();
  });

  it('steps through the findings: next/previous and J/K locate each in the page and highlight it in the list', async () => {
    const { page, tabId } = await open('/portal/errors.html');
    await eventually(
      () => badgeOf(session, tabId),
      (b) => b.text === '2',
    );
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
    await eventually(
      () => cellInView(1, 5, 8),
      (v) => v,
    );
    await popup.keyboard.press('j');
    expect(await popup.locator('.finding.current').getAttribute('data-rule')).toBe('t4-review-sum');
    await eventually(
      () => cellInView(2, 3, 4),
      (v) => v,
    );
    await popup.screenshot({ path: screenshotPath('popup-zh-stepping.png') });
    await popup.keyboard.press('k');
    expect(await popup.locator('.finding.current').getAttribute('data-rule')).toBe('t3-row-total');
    await popup.close();
  });

  it('exports a journalist can pivot: readable labels, units, the report on every row, one table as on the page', async () => {
    const { tabId } = await open('/portal/errors.html');
    await eventually(
      () => badgeOf(session, tabId),
      (b) => b.text === '2',
    );
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="report"]').waitFor();
    const save = async (what: string) => {
      const [download] = await Promise.all([
        popup.waitForEvent('download'),
        popup.locator(`[data-export="${what}"]`).click(),
      ]);
      return {
        name: download.suggestedFilename(),
        text: readFileSync((await download.path())!)
          .toString('utf8')
          .replace(/^\uFEFF/, ''),
      };
    };
    const [header, ...data] = parseCsv((await save('data')).text);
    const col = (name: string) => header!.indexOf(name);
    const noInfo = data.find((r) => r[5] === 'unable.noInfo' && r[7] === 'total')!;
    expect(noInfo[col('单元格')]).toBe(
      '表三 / 三、本年度办理结果 / （四）无法提供 / 1.本机关不掌握相关政府信息 / 总计',
    );
    expect(noInfo[col('行分组')]).toBe('三、本年度办理结果 / （四）无法提供');
    expect(noInfo[col('表名')]).toBe('表三');
    expect(noInfo[col('单位')]).toBe('件');
    expect(data.find((r) => r[5] === 'fees')![col('单位')]).toBe('万元');
    expect(
      data.every(
        (r) => r[col('报告标题')] === '青山县交通运输局2023年政府信息公开工作年度报告' && r[col('格式')] === '2021',
      ),
    ).toBe(true);
    expect(noInfo[col('核查时间')]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);

    const [fHeader, ...findings] = parseCsv((await save('findings')).text);
    expect(findings.map((r) => r[fHeader!.indexOf('级别名称')])).toEqual(['错误', '错误']);
    expect(findings[1]![fHeader!.indexOf('单元格名称')]).toContain('表四 / 行政复议 / 总计：0');

    await popup.locator('[role="tab"]').nth(1).click();
    await popup.locator('.table-block').first().waitFor();
    const t3 = await save('table-T3');
    expect(t3.name).toBe('青山县交通运输局-2023-表三.csv');
    const grid = parseCsv(t3.text);
    // Wide, as on the page: 3 header rows + 25 data rows, 10 columns (3 label columns + 7), merged labels repeated.
    expect(grid).toHaveLength(28);
    expect(grid.every((r) => r.length === 10)).toBe(true);
    expect(grid[5]!.slice(0, 3)).toEqual(['三、本年度办理结果', '（一）予以公开', '（一）予以公开']);
    await popup.close();
  });

  it('the .xlsx download: one workbook with 报告, the three tables as on the page and 问题, its writer loaded on the click (bundle.test.ts: not in the first paint)', async () => {
    const { tabId } = await open('/portal/errors.html');
    await eventually(
      () => badgeOf(session, tabId),
      (b) => b.text === '2',
    );
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="report"]').waitFor();
    const button = popup.locator('[data-export="xlsx"]');
    expect(await button.innerText()).toBe('导出 Excel (.xlsx)');
    expect(await button.getAttribute('title')).toContain('Excel');
    const [download] = await Promise.all([popup.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('青山县交通运输局-2023-年报数据.xlsx');
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/gu)].map((m) => m[1])).toEqual([
      '报告',
      '表二',
      '表三',
      '表四',
      '问题',
    ]);
    // 问题: the header and one row per finding; 表三: numbers stored as numbers (no t="s").
    const findings = await zip.file('xl/worksheets/sheet5.xml')!.async('string');
    expect(findings.match(/<row /gu)).toHaveLength(3);
    const t3 = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
    expect(t3).toMatch(/<c r="[D-J]\d+"(?: s="\d+")?><v>\d+<\/v><\/c>/u);
    expect(await popup.locator('.exports .status').innerText()).toContain('.xlsx');
    await popup.locator('.exports').screenshot({ path: screenshotPath('popup-zh-exports.png') });
    await popup.close();
  });

  it('tables view: jump links, the finding of a hovered cell, locate from a label cell, 表四 close below 表三', async () => {
    const { page, tabId } = await open('/portal/errors.html');
    await eventually(
      () => badgeOf(session, tabId),
      (b) => b.text === '2',
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="report"]').waitFor();
    await popup.locator('[role="tab"]').nth(1).click();
    await popup.locator('.table-block').first().waitFor();
    expect(await popup.locator('.jump-link').allInnerTexts()).toEqual(['表二', '表三 1', '表四 1']);
    const total = popup.locator('.table-block[data-table="T4"] td.error.role-primary');
    await total.hover();
    expect(await popup.locator('[data-testid="cell-info-T4"]').innerText()).toBe(
      '行政复议总计应为 1（维持1+纠正0+其他0+尚未审结0），表中为 0',
    );
    await popup.screenshot({ path: screenshotPath('popup-zh-tables-hover.png') });
    // 表四 starts within one popup screen of where 表三 starts.
    const tops = await popup.evaluate(() =>
      ['T3', 'T4'].map((id) => document.querySelector(`.table-block[data-table="${id}"]`)!.getBoundingClientRect().top),
    );
    expect(tops[1]! - tops[0]!).toBeLessThan(500);
    // A label cell locates its row's label in the page.
    const label = popup.locator('.table-block[data-table="T3"] td', { hasText: '四、结转下年度继续办理' });
    const inView = () =>
      page.evaluate(() => {
        const cell = Array.from(document.querySelectorAll('td')).find(
          (td) => td.textContent?.trim() === '四、结转下年度继续办理',
        )!;
        const r = cell.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
    expect(await inView()).toBe(false);
    await label.click();
    await eventually(inView, (v) => v);
    await popup.locator('.jump-link[data-jump="T4"]').click();
    await popup.close();
  });

  it('side panel: the same findings and tables as the popup, following the active tab', async () => {
    const errors = await open('/portal/errors.html');
    await eventually(
      () => badgeOf(session, errors.tabId),
      (b) => b.text === '2',
    );
    const clean = await open('/portal/clean.html');
    await eventually(
      () => badgeOf(session, clean.tabId),
      (b) => b.text === '✓',
    );
    const panel = await session.context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(`chrome-extension://${session.extensionId}/src/panel/panel.html?tabId=${errors.tabId}`);
    await panel.locator('[data-surface="panel"] [data-state="report"]').waitFor();
    expect(await panel.locator('.finding.card').count()).toBe(2);
    await panel.screenshot({ path: screenshotPath('panel-zh-findings.png') });
    // Switching tabs: the panel shows the newly active tab's audit.
    await clean.page.bringToFront();
    await eventually(
      () => panel.locator('[data-testid="clean-state"]').count(),
      (n) => n === 1,
    );
    await errors.page.bringToFront();
    await eventually(
      () => panel.locator('.finding.card').count(),
      (n) => n === 2,
    );
    // The same tables view.
    await panel.locator('[role="tab"]').nth(1).click();
    await panel.locator('.table-block').first().waitFor();
    expect(await panel.locator('.table-block').count()).toBe(3);
    // The tab loading another page: the panel follows it.
    await errors.page.goto(`${server.origin}/portal/clean.html`);
    await eventually(
      () => panel.locator('[data-testid="clean-state"]').count(),
      (n) => n === 1,
    );
    await panel.close();
  });

  it("a broken 表三 identity is drawn as a sum-bar in the popup and the side panel, with the page table's figures", async () => {
    const { page, tabId } = await open('/portal/identity.html');
    await eventually(
      () => badgeOf(session, tabId),
      (b) => b.text === '1',
    );
    // The page's own 表三 (its second table): the last 7 cells of a row are its values, whatever its label cells.
    const columns = await page.evaluate(() => {
      const table = document.querySelectorAll('table')[1]!;
      const row = (label: string) => {
        const tr = Array.from(table.rows).find((r) => r.cells[0]!.textContent!.trim().startsWith(label))!;
        return Array.from(tr.cells)
          .slice(-7)
          .map((td) => Number(td.textContent!.trim()));
      };
      const [a, b, c, d] = ['一、本年新收', '二、上年结转', '（七）总计', '四、结转下年度'].map(row);
      return a!.map((_, i) => [a![i]!, b![i]!, c![i]!, d![i]!] as const);
    });
    const broken = columns.filter(([a, b, c, d]) => a + b !== c + d);
    // One applicant column and the 总计 column it puts off: one cause, one card, one bar (the applicant column's).
    expect(broken).toHaveLength(2);
    const [a, b, c, d] = broken[0]!;
    const expected = {
      left: `一 + 二 = ${a + b}`,
      right: `三 + 四 = ${c + d}`,
      legend: [
        `一 本年新收 ${a}`,
        `二 上年结转 ${b}`,
        `三 办理结果总计 ${c}`,
        `四 结转下年度 ${d}`,
        `相差 ${Math.abs(a + b - c - d)}`,
      ],
    };
    const bar = async (surface: Page) => {
      const figure = surface.locator('[data-testid="sum-bar"]');
      await figure.waitFor();
      return {
        left: (await figure.locator('[data-side="left"] .sum-total').innerText()).trim(),
        right: (await figure.locator('[data-side="right"] .sum-total').innerText()).trim(),
        legend: (await figure.locator('.sum-legend > span').allInnerTexts()).map((t) => t.trim()),
      };
    };
    const popup = await openPopup(session, tabId);
    expect(await bar(popup)).toEqual(expected);
    expect(await popup.locator('[data-testid="sum-bar"]').count()).toBe(1);
    await popup.locator('[data-testid="sum-bar"]').screenshot({ path: screenshotPath('popup-zh-sum-bar.png') });
    await popup.close();
    const panel = await session.context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(`chrome-extension://${session.extensionId}/src/panel/panel.html?tabId=${tabId}`);
    expect(await bar(panel)).toEqual(expected);
    await panel.close();
    await page.close();
  });

  it('marks are reachable by keyboard in the page (Alt+Shift+J / K) with their tooltip', async () => {
    const { page, tabId } = await open('/portal/errors.html');
    await eventually(
      () => badgeOf(session, tabId),
      (b) => b.text === '2',
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.bringToFront();
    /** The tooltip's text, read through the overlay's layer (its shadow root, when it is open). */
    const tipText = () =>
      page.evaluate(() => {
        const tip = document.querySelector('gov-report-auditor-marks')?.shadowRoot?.querySelector<HTMLElement>('.tip');
        return tip && !tip.hidden ? tip.textContent : null;
      });
    await page.keyboard.press('Alt+Shift+KeyJ');
    expect(await eventually(tipText, (t) => t !== null)).toContain('t3-row-total');
    await page.keyboard.press('Alt+Shift+KeyJ');
    expect(await eventually(tipText, (t) => t?.includes('t4-review-sum') ?? false)).toContain('行政复议总计应为 1');
    await page.screenshot({ path: screenshotPath('page-keyboard-tip.png') });
    await page.keyboard.press('Escape');
    expect(await tipText()).toBeNull();
  });
});
