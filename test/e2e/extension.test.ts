/**
 * The built extension in a real Chromium, as a journalist would use it: portal pages are opened, the badge, the
 * marks, the popup (as a page with ?tabId=N, and once as the real toolbar popup), locate and the exports are
 * checked. Screenshots of the page and the popup (zh and en) are written to test-results/ on every run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSuite } from './chromium-suite';
import { parseCsv } from '../helpers/csv';
import { badgeOf, eventually, hasChromium, openPopup, openToolbarPopup, screenshotPath, tabIdOf } from './harness';

/** The one extension API the tests call inside the popup page (evaluated there, typed here). */
declare const chrome: {
  tabs: { sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown> };
  action: { getTitle(details: { tabId: number }): Promise<string> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

const RED = '#C5221F';
const AMBER = '#F9AB00';
const GREEN = '#188038';
const GREY = '#5F6368';

/** A cell of the page by table index, row index and cell index in the DOM (not the grid). */
type CellId = `${number}/${number}/${number}`;

/** What the page shows of our marks: each outline, the cell it covers and how it is drawn. */
async function marksOn(
  page: Page,
  frameUrl?: RegExp,
): Promise<Array<{ cell: CellId | null; className: string; border: string }>> {
  const frame = frameUrl ? page.frames().find((f) => frameUrl.test(f.url())) : page.mainFrame();
  if (!frame) throw new Error(`no frame ${frameUrl}`);
  return frame.evaluate(() => {
    const host = document.querySelector('gov-report-auditor-marks');
    if (!host?.shadowRoot) return [];
    const cells = Array.from(document.querySelectorAll('table')).flatMap((table, t) =>
      Array.from(table.rows).flatMap((row, r) =>
        Array.from(row.cells).map((cell, c) => ({ id: `${t}/${r}/${c}`, rect: cell.getBoundingClientRect() })),
      ),
    );
    return Array.from(host.shadowRoot.querySelectorAll<HTMLElement>('.mark')).map((box) => {
      const rect = box.getBoundingClientRect();
      const near = (a: number, b: number) => Math.abs(a - b) < 1;
      const cell = cells.find(
        (c) => near(c.rect.left, rect.left) && near(c.rect.top, rect.top) && near(c.rect.width, rect.width),
      );
      return {
        cell: (cell?.id ?? null) as CellId | null,
        className: box.className,
        border: getComputedStyle(box).borderTopColor,
      };
    });
  });
}

/** errors.html: T3 is table 1, its row 5 is （一）予以公开 (cells 2–7 the parts, 8 the total); T4 is table 2, row 3. */
const T3_GRANTED_TOTAL: CellId = '1/5/8';
const T3_GRANTED_PARTS: CellId[] = ['1/5/2', '1/5/3', '1/5/4', '1/5/5', '1/5/6', '1/5/7'];
const T4_REVIEW_TOTAL: CellId = '2/3/4';
const T4_REVIEW_PARTS: CellId[] = ['2/3/0', '2/3/1', '2/3/2', '2/3/3'];

describe.skipIf(!hasChromium)('the extension in Chromium', () => {
  const { session, server, open } = chromiumSuite();

  const badge = (tabId: number, accept: (b: { text: string; color: string }) => boolean) =>
    eventually(() => badgeOf(session, tabId), accept);
  /** The toolbar title (tooltip) of a tab. */
  const titleOf = (tabId: number) => session.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);

  it('marks a report with errors: red badge with the error count, outlines on exactly the wrong cells', async () => {
    const { page, tabId } = await open('/portal/errors.html');
    expect(await badge(tabId, (b) => b.text !== '')).toEqual({ text: '2', color: RED });
    expect(await titleOf(tabId)).toMatch(/^2 个错误 — \S+ 20\d\d 年报$/);

    const marks = await eventually(
      () => marksOn(page),
      (m) => m.length > 0,
    );
    const drawn = Object.fromEntries(marks.map((m) => [m.cell, m.className]));
    expect(Object.keys(drawn).sort()).toEqual(
      [T3_GRANTED_TOTAL, ...T3_GRANTED_PARTS, T4_REVIEW_TOTAL, ...T4_REVIEW_PARTS].sort(),
    );
    expect(drawn[T3_GRANTED_TOTAL]).toBe('mark error primary');
    expect(drawn[T4_REVIEW_TOTAL]).toBe('mark error primary');
    for (const cell of [...T3_GRANTED_PARTS, ...T4_REVIEW_PARTS]) expect(drawn[cell]).toBe('mark error related');
    // The portal's `* { box-sizing: content-box }` and friends do not reach into the shadow root.
    expect(marks[0]!.border).toBe('rgb(217, 48, 37)');

    // Hovering the wrong total shows expected vs. actual.
    await page.locator('table').nth(2).locator('tr').nth(3).locator('td').nth(4).hover();
    const tip = await page.evaluate(() => {
      const el = document.querySelector('gov-report-auditor-marks')?.shadowRoot?.querySelector<HTMLElement>('.tip');
      return el && !el.hidden ? el.textContent : null;
    });
    expect(tip).toBe('错误 · t4-review-sum行政复议总计应为 1（维持1+纠正0+其他0+尚未审结0），表中为 0');
    await page.screenshot({ path: screenshotPath('page-errors-marked.png') });
  });

  it("reports how long each audit stage took (printed: timing is the benchmark's job, not a test's)", async () => {
    const { tabId } = await open('/portal/errors.html');
    await badge(tabId, (b) => b.text === '2');
    const popup = await openPopup(session, tabId);
    const timings = await popup.evaluate(async (id) => {
      const state = await chrome.tabs.sendMessage(id, { type: 'get-state' }, { frameId: 0 });
      return (state as { result: { timings: Record<string, number> } }).result.timings;
    }, tabId);
    const total = Object.values(timings).reduce((a, b) => a + b, 0);
    console.log(`audit timings in Chromium (ms): ${JSON.stringify(timings)}, total ${total.toFixed(1)}`);
    // No bound: on a loaded machine it would measure the machine (npm run bench:browser has the budgets).
    // The engine's stages, timed in the worker, and the page's own: the walk into the snapshot sent to it.
    expect(Object.keys(timings).sort()).toEqual(['extract', 'recognise', 'rules', 'snapshot']);
    expect(Object.values(timings).every((ms) => Number.isFinite(ms) && ms >= 0)).toBe(true);
    await popup.close();
  });

  it('shows a green ✓ and no marks on a clean report, and says so in the popup and the toolbar title', async () => {
    const { page, tabId } = await open('/portal/clean.html');
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="report"]').waitFor();
    expect(await popup.locator('[data-testid="counts"]').innerText()).toBe('未发现错误或警告');
    expect(await badge(tabId, (b) => b.text !== '')).toEqual({ text: '✓', color: GREEN });
    expect(await titleOf(tabId)).toMatch(/^核查完成，未发现问题 — /);
    expect(await page.evaluate(() => document.querySelector('gov-report-auditor-marks'))).toBeNull();
    await popup.close();
  });

  it('shows the warning count on amber when there are only warnings', async () => {
    const { page, tabId } = await open('/portal/warnings.html');
    expect(await badge(tabId, (b) => b.text !== '')).toEqual({ text: '1', color: AMBER });
    const marks = await eventually(
      () => marksOn(page),
      (m) => m.length > 0,
    );
    expect(marks.find((m) => m.className === 'mark warning primary')?.cell).toBe('0/3/3');
  });

  it('lists findings by severity and rule in the popup; locate scrolls the page to the cell and flashes it', async () => {
    const { page, tabId } = await open('/portal/errors.html');
    await badge(tabId, (b) => b.text === '2');
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="report"]').waitFor();

    const groups = await popup
      .locator('section.severity')
      .evaluateAll((sections) =>
        sections.map((s) => [
          s.getAttribute('data-severity'),
          Array.from(s.querySelectorAll('.rule')).map((r) => r.getAttribute('data-rule')),
        ]),
      );
    expect(groups).toEqual([['error', ['t3-row-total', 't4-review-sum']]]);
    expect(await popup.locator('.finding[data-rule="t4-review-sum"] .message').innerText()).toBe(
      '行政复议总计应为 1（维持1+纠正0+其他0+尚未审结0），表中为 0',
    );
    expect(await popup.locator('.summary .title').innerText()).toBe('青山县交通运输局2023年政府信息公开工作年度报告');
    expect(await popup.locator('.meta').innerText()).toContain('青山县交通运输局');
    await popup.screenshot({ path: screenshotPath('popup-zh-findings.png') });

    const cell = page.locator('table').nth(2).locator('tr').nth(3).locator('td').nth(4);
    const inView = () =>
      cell.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
      });
    expect(await inView()).toBe(false);
    await popup.locator('.finding[data-rule="t4-review-sum"] button.locate').click();
    await eventually(inView, (v) => v);
    const flashes = await page.evaluate(
      () => document.querySelector('gov-report-auditor-marks')?.shadowRoot?.querySelectorAll('.flash').length ?? 0,
    );
    expect(flashes).toBe(1);
    await page.bringToFront();
    await page.screenshot({ path: screenshotPath('page-after-locate.png') });

    // The tables view: real grids, the wrong cells highlighted, span-filled cells marked.
    await popup.locator('[role="tab"]').nth(1).click();
    // The tables view loads when its tab is first opened.
    await popup.locator('.table-block[data-table="T4"]').waitFor();
    const t4 = popup.locator('.table-block[data-table="T4"]');
    expect(await t4.locator('td.error').count()).toBe(5);
    expect(await t4.locator('td.error.role-primary').innerText()).toBe('0');
    expect(await popup.locator('.table-block[data-table="T3"] td.error').count()).toBe(7);
    expect(await popup.locator('.table-block[data-table="T3"] td.error.role-primary').innerText()).toBe('7');
    expect(await popup.locator('.table-block').count()).toBe(3);
    // Merged cells are drawn merged, as on the page: T3's 勾稽 note spans 3×3.
    expect(await popup.locator('.table-block[data-table="T3"] td[rowspan="3"][colspan="3"]').count()).toBe(1);
    await popup.screenshot({ path: screenshotPath('popup-zh-tables.png') });
    await popup.locator('.table-block[data-table="T3"]').screenshot({ path: screenshotPath('popup-zh-table3.png') });
    await popup.close();
  });

  it('turns the marks off and on from the popup switch', async () => {
    const { page, tabId } = await open('/portal/errors.html');
    await badge(tabId, (b) => b.text === '2');
    const popup = await openPopup(session, tabId);
    const toggle = popup.locator('.switch input');
    await toggle.uncheck();
    await eventually(
      () => marksOn(page),
      (m) => m.length === 0,
    );
    await toggle.check();
    await eventually(
      () => marksOn(page),
      (m) => m.length === 12,
    );
    await popup.close();
  });

  it('downloads the data CSV as UTF-8 with BOM, quoted where needed, and the findings CSV and JSON', async () => {
    const { tabId } = await open('/portal/errors.html');
    await badge(tabId, (b) => b.text === '2');
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="report"]').waitFor();
    const save = async (what: string) => {
      const [download] = await Promise.all([
        popup.waitForEvent('download'),
        popup.locator(`[data-export="${what}"]`).click(),
      ]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };

    const data = await save('data');
    expect(data.name).toBe('青山县交通运输局-2023-年报数据.csv');
    expect([...data.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(data.bytes.subarray(3).toString('utf8'));
    const [header, ...body] = rows;
    // The original fifteen keys first, unchanged; the readable columns after them.
    expect(header).toEqual([
      '页面地址',
      '核查时间',
      '机关',
      '年度',
      '表',
      '行键',
      '行名称',
      '列键',
      '列名称',
      '数值',
      '原文',
      '空白',
      '合并单元格填充',
      '单位',
      '问题规则',
      '表名',
      '行分组',
      '列分组',
      '单元格',
      '报告标题',
      '发布日期',
      '格式',
    ]);
    expect(body).toHaveLength(10 + 175 + 15);
    const row = (table: string, key: string, column: string) =>
      body.find((r) => r[4] === table && r[5] === key && r[7] === column);
    // "1,280" as printed (a quoted field in the file), 1280 as the value.
    expect(row('T2', 'penalty', 'decisions')?.slice(9, 11)).toEqual(['1280', '1,280']);
    expect(data.bytes.toString('utf8')).toContain(',"1,280",');
    expect(row('T4', 'review', 'review.total')?.[14]).toBe('t4-review-sum');
    expect(row('T3', 'granted', 'total')?.slice(9, 11)).toEqual(['7', '7']);
    expect(body.every((r) => r.length === header!.length && r[0] === `${server.origin}/portal/errors.html`)).toBe(true);

    const findings = await save('findings');
    expect(findings.name).toBe('青山县交通运输局-2023-核查结果.csv');
    expect([...findings.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const findingRows = parseCsv(findings.bytes.subarray(3).toString('utf8'));
    expect(findingRows.slice(1).map((r) => [r[4], r[5], r[9]])).toEqual([
      ['t3-row-total', 'error', '错误'],
      ['t4-review-sum', 'error', '错误'],
    ]);

    const json = await save('json');
    expect(json.name).toBe('青山县交通运输局-2023-核查结果.json');
    expect(json.bytes[0]).toBe('{'.charCodeAt(0));
    const parsed = JSON.parse(json.bytes.toString('utf8')) as unknown;
    expect(JSON.stringify(parsed)).toContain('t4-review-sum');
    await popup.close();
  });

  it('copies the tables as TSV to the clipboard', async () => {
    const { tabId } = await open('/portal/errors.html');
    await badge(tabId, (b) => b.text === '2');
    // Reading the clipboard back needs a grant (Chromium refuses one for the extension's origin specifically).
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-export="tsv"]').click();
    await popup.locator('.exports .status', { hasText: '已复制' }).waitFor();
    const tsv = await popup.evaluate(() => navigator.clipboard.readText());
    const lines = tsv.split('\n');
    expect(lines[0]).toBe('T2');
    expect(lines.some((l) => l.startsWith('（一）予以公开\t5\t1\t0\t0\t0\t0\t7'))).toBe(true);
    await popup.close();
  });

  it('switches the popup to English and remembers it', async () => {
    const { tabId } = await open('/portal/errors.html');
    await badge(tabId, (b) => b.text === '2');
    let popup = await openPopup(session, tabId);
    await popup.locator('[data-state="report"]').waitFor();
    await popup.locator('button.lang').click();
    await popup.locator('.finding[data-rule="t4-review-sum"] .message', { hasText: 'review' }).waitFor();
    expect(await popup.locator('[data-testid="counts"]').innerText()).toBe('2 error(s)');
    await popup.screenshot({ path: screenshotPath('popup-en-findings.png') });
    await popup.close();

    popup = await openPopup(session, tabId);
    await popup.locator('[data-state="report"]').waitFor();
    expect(await popup.locator('.tabs').innerText()).toContain('Findings');
    await popup.locator('[role="tab"]').nth(1).click();
    await popup.locator('.table-block').first().waitFor();
    await popup.screenshot({ path: screenshotPath('popup-en-tables.png') });
    await popup.locator('button.lang').click();
    await popup.locator('.tabs', { hasText: '问题' }).waitFor();
    await popup.close();
  });

  it("re-renders the page's findings and tooltips in the language switched to (English fetched on first use)", async () => {
    const { page, tabId } = await open('/portal/errors.html');
    await badge(tabId, (b) => b.text === '2');
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="report"]').waitFor();
    /** The content script's own messages (not the popup's rendering of them) and the tooltip over the wrong total. */
    const spoken = async () => {
      const state = (await popup.evaluate(
        (id) => chrome.tabs.sendMessage(id, { type: 'get-state' }, { frameId: 0 }),
        tabId,
      )) as { result: { findings: Array<{ rule: string; message: string }> } };
      await page.mouse.move(0, 0);
      await page.locator('table').nth(2).locator('tr').nth(3).locator('td').nth(4).hover();
      const tip = await page.evaluate(() => {
        const el = document.querySelector('gov-report-auditor-marks')?.shadowRoot?.querySelector<HTMLElement>('.tip');
        return el && !el.hidden ? el.textContent : null;
      });
      return { message: state.result.findings.find((f) => f.rule === 't4-review-sum')?.message, tip };
    };
    const setLang = (lang: 'zh' | 'en') => popup.evaluate((l) => chrome.storage.local.set({ lang: l }), lang);
    try {
      await setLang('en');
      expect(await eventually(spoken, (s) => s.message?.startsWith('Administrative') ?? false)).toEqual({
        message:
          'Administrative review total should be 1 (upheld 1 + corrected 0 + other 0 + pending 0); the table says 0',
        tip: 'Error · t4-review-sumAdministrative review total should be 1 (upheld 1 + corrected 0 + other 0 + pending 0); the table says 0',
      });
      await setLang('zh');
      expect(await eventually(spoken, (s) => s.message?.startsWith('行政复议') ?? false)).toEqual({
        message: '行政复议总计应为 1（维持1+纠正0+其他0+尚未审结0），表中为 0',
        tip: '错误 · t4-review-sum行政复议总计应为 1（维持1+纠正0+其他0+尚未审结0），表中为 0',
      });
    } finally {
      await setLang('zh');
      await popup.close();
    }
  });

  /**
   * Which of our scripts run in the page: read in the content scripts' isolated world through CDP (the page's own
   * world cannot see them). `loader` and `engine` are the markers of src/content/markers.ts.
   */
  async function ourScripts(page: Page): Promise<{ loader: boolean; engine: boolean }> {
    const cdp = await session.context.newCDPSession(page);
    const contexts: Array<{ id: number; name: string; auxData?: { type?: string; frameId?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
    const isolated = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameId && c.name !== '',
    );
    if (!isolated) return { loader: false, engine: false };
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: isolated.id,
      returnByValue: true,
      expression: `({ loader: globalThis[Symbol.for('gov-report-auditor.loader')] === true,
        engine: globalThis[Symbol.for('gov-report-auditor.content')] === true })`,
    });
    await cdp.detach();
    return result.value as { loader: boolean; engine: boolean };
  }

  it('loads only the small loader on a portal page that is not a report, and the full audit on a report page', async () => {
    const news = await open('/portal/news.html');
    await eventually(
      () => ourScripts(news.page),
      (s) => s.loader,
    );
    // Give the loader its idle moment and more: it still has not loaded the engine.
    await news.page.waitForTimeout(1000);
    expect(await ourScripts(news.page)).toEqual({ loader: true, engine: false });
    // No content script answers there (so the popup injects the full one on demand, as the next test checks).
    const answer = await session.worker.evaluate(
      (id) =>
        chrome.tabs.sendMessage(id, { type: 'get-state' }, { frameId: 0 }).then(
          () => 'answered',
          () => 'none',
        ),
      news.tabId,
    );
    expect(answer).toBe('none');
    await news.page.close();

    const report = await open('/portal/errors.html');
    expect(await badge(report.tabId, (b) => b.text !== '')).toEqual({ text: '2', color: RED });
    expect(await ourScripts(report.page)).toEqual({ loader: true, engine: true });
    expect(
      (
        await eventually(
          () => marksOn(report.page),
          (m) => m.length > 0,
        )
      ).length,
    ).toBeGreaterThan(0);
    await report.page.close();
  });

  it('leaves a page that is not a report alone, and audits its tables when asked to', async () => {
    const { page, tabId } = await open('/portal/news.html');
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="not-report"]').waitFor();
    expect(await badgeOf(session, tabId)).toMatchObject({ text: '' });
    expect(await page.evaluate(() => document.querySelector('gov-report-auditor-marks'))).toBeNull();
    expect(await popup.locator('.not-report').innerText()).toContain('本页共有 1 个表格');
    await popup.screenshot({ path: screenshotPath('popup-zh-not-report.png') });
    await popup.locator('.not-report button.primary').click();
    await popup.locator('[data-state="report"]').waitFor();
    expect(await popup.locator('.banner.caution').innerText()).toContain('强制核查');
    await popup.close();
  });

  it("leaves the portal's list of annual reports alone", async () => {
    const { page, tabId } = await open('/portal/list.html');
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="not-report"]').waitFor();
    expect(await badgeOf(session, tabId)).toMatchObject({ text: '' });
    expect(await page.evaluate(() => document.querySelector('gov-report-auditor-marks'))).toBeNull();
    await popup.close();
  });

  it('says which tables are images and were not audited, with their links', async () => {
    const { tabId } = await open('/portal/images.html');
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="report"]').waitFor();
    const banner = popup.locator('[data-testid="not-audited"]');
    expect(await banner.locator('li').count()).toBe(3);
    expect(
      await banner
        .locator('a')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    ).toEqual(['/img/t2.png', '/img/t3.png', '/img/t4.png']);
    // Info findings only: a grey "?" (never a ✓) — and the popup does not call an unaudited report clean.
    expect(await badge(tabId, (b) => b.text !== '')).toEqual({ text: '?', color: GREY });
    expect(await titleOf(tabId)).toMatch(/^统计表未核查/);
    expect(await popup.locator('[data-testid="counts"]').innerText()).toContain('统计表都未能核查');
    await popup.screenshot({ path: screenshotPath('popup-zh-images.png') });
    await popup.close();
  });

  it('audits a report inside a same-origin iframe and marks the cells inside the frame', async () => {
    const { page, tabId } = await open('/portal/framed.html');
    expect(await badge(tabId, (b) => b.text !== '')).toEqual({ text: '2', color: RED });
    const marks = await eventually(
      () => marksOn(page, /framed-body/),
      (m) => m.length > 0,
    );
    expect(
      marks
        .filter((m) => m.className === 'mark error primary')
        .map((m) => m.cell)
        .sort(),
    ).toEqual([T3_GRANTED_TOTAL, T4_REVIEW_TOTAL].sort());
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="report"]').waitFor();
    expect(await popup.locator('.banner', { hasText: '框架' }).innerText()).toContain('/portal/framed-body.html');

    // Locate scrolls the top page so that the cell inside the (unscrollable, 2600 px) frame is in view.
    const cellInView = () =>
      page.evaluate(() => {
        const frame = document.getElementById('report-frame') as HTMLIFrameElement;
        const cell = frame.contentDocument!.querySelectorAll('table')[2]!.rows[3]!.cells[4]!;
        const top = frame.getBoundingClientRect().top + cell.getBoundingClientRect().top;
        return top >= 0 && top + cell.getBoundingClientRect().height <= window.innerHeight;
      });
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await cellInView()).toBe(false);
    await popup.locator('.finding[data-rule="t4-review-sum"] button.locate').click();
    await eventually(cellInView, (v) => v);
    await popup.close();
  });

  it('re-audits when the report arrives after the page has loaded', async () => {
    const { page, tabId } = await open('/portal/late.html');
    expect(await badgeOf(session, tabId)).toMatchObject({ text: '' });
    expect(await badge(tabId, (b) => b.text !== '')).toEqual({ text: '2', color: RED });
    expect(
      (
        await eventually(
          () => marksOn(page),
          (m) => m.length > 0,
        )
      ).length,
    ).toBe(12);
  });

  it('audits a page outside the portals on demand, through the real toolbar popup', async () => {
    const { page, tabId } = await open('/mirror/errors.html');
    // No automatic content script here.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.querySelector('gov-report-auditor-marks'))).toBeNull();
    expect(await badgeOf(session, tabId)).toMatchObject({ text: '' });

    const toolbar = await openToolbarPopup(session, page);
    const text = await eventually(
      () => toolbar.evaluate<string>('document.querySelector("[data-state]")?.innerText ?? ""'),
      (t) => t.includes('t4-review-sum'),
    );
    expect(text).toContain('2 个错误');
    await toolbar.screenshot(screenshotPath('popup-toolbar-zh.png'));
    expect(await badge(tabId, (b) => b.text !== '')).toEqual({ text: '2', color: RED });
    expect((await marksOn(page)).length).toBe(12);
  });

  it('resets the badge when the tab navigates away', async () => {
    const { page, tabId } = await open('/portal/errors.html');
    await badge(tabId, (b) => b.text === '2');
    await page.goto(`${server.origin}/mirror/news.html`);
    expect(await badge(tabId, (b) => b.text === '')).toMatchObject({ text: '' });
  });

  it('says it cannot run on browser pages', async () => {
    const page = await session.context.newPage();
    await page.goto('chrome://version');
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="restricted"]').waitFor();
    expect(await popup.locator('[data-state="restricted"] h2').innerText()).toBe('无法在此页面运行');
    await popup.close();
  });
});
