/**
 * Hardening of the built extension in a real Chromium (issue 6; SECURITY.md names these tests):
 * - hostile page text is shown as text — in the marks' tooltips and in the popup — and never runs; formulas are
 *   guarded in the CSV and TSV exports; the extension pages' CSP refuses eval, remote scripts and remote requests;
 * - a page cannot reach the extension: no runtime API, and window messages or DOM events it sends change nothing;
 * - pathological pages (10,000-row table, 500 tables, 50-deep nesting, huge spans, 20 MB, a page that never stops
 *   mutating) leave the tab responsive, and the popup shows the right state.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv';
import { serveHardening } from './hardening-pages';
import { chromiumSuite } from './chromium-suite';
import { badgeOf, eventually, hasChromium, openPopup } from './harness';

/** The extension API the tests call inside the popup and the worker (evaluated there, typed here). */
declare const chrome: {
  tabs: { sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown> };
  runtime: {
    onMessage: { addListener(listener: (message: unknown, sender: { tab?: { id?: number } }) => void): void };
  };
};

/** What the page publishes in hostile.html (test/fixtures/e2e/generate.mjs), as text in count cells. */
const HOSTILE = {
  markup: `<img src=x onerror="window.__pwned='markup'">`,
  script: `<script>window.__pwned='script'</script>`,
  formula: '=HYPERLINK("http://evil.example/","点此")',
};

/**
 * Installed before the page's own scripts: from the load event on, a 10 ms timer records the longest gap between
 * two of its runs — the longest time the page could not run its own code.
 */
const HEARTBEAT = `addEventListener('load', () => {
  let last = performance.now();
  window.__stall = 0;
  const tick = () => {
    const now = performance.now();
    window.__stall = Math.max(window.__stall, now - last);
    last = now;
    setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
});`;

describe.skipIf(!hasChromium)('hardening of the extension in Chromium', () => {
  const suite = chromiumSuite({
    serve: serveHardening,
    // Count the summaries each tab's content script sends: one per audit.
    setup: (session) =>
      session.worker.evaluate(() => {
        const counts: Record<number, number> = {};
        (globalThis as unknown as { __audits: Record<number, number> }).__audits = counts;
        chrome.runtime.onMessage.addListener((message, sender) => {
          const id = sender.tab?.id;
          if (id !== undefined && (message as { type?: string } | null)?.type === 'summary')
            counts[id] = (counts[id] ?? 0) + 1;
        });
      }),
  });
  const { session, server } = suite;

  const open = (path: string) => suite.open(path, { initScript: HEARTBEAT, timeout: 60_000 });

  const audits = (tabId: number) =>
    session.worker.evaluate(
      (id) => (globalThis as unknown as { __audits: Record<number, number> }).__audits[id] ?? 0,
      tabId,
    );

  /** The popup for a tab, recording every CSP violation its console reports. */
  async function popupFor(tabId: number): Promise<{ popup: Page; violations: string[] }> {
    const violations: string[] = [];
    const popup = await openPopup(session, tabId);
    popup.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    return { popup, violations };
  }

  describe('hostile page text', () => {
    it("is shown literally in the marks' tooltips and never runs in the page", async () => {
      const { page, tabId } = await open('/portal/hostile.html');
      expect(
        await eventually(
          () => badgeOf(session, tabId),
          (b) => b.text !== '',
        ),
      ).toMatchObject({ text: '4' });
      const tooltip = async () =>
        page.evaluate(() => {
          const tip = document
            .querySelector('gov-report-auditor-marks')
            ?.shadowRoot?.querySelector<HTMLElement>('.tip');
          return tip && !tip.hidden
            ? { text: tip.textContent ?? '', elements: tip.querySelectorAll('img, script, a, iframe').length }
            : null;
        });
      // T3's 上年结转 总计 holds the markup; T2's 行政规范性文件 本年废止件数 the script.
      await page.locator('table').nth(1).locator('tr').nth(4).locator('td').last().hover();
      const markup = await eventually(tooltip, (t) => t !== null);
      expect(markup!.text).toContain(HOSTILE.markup);
      expect(markup!.elements).toBe(0);
      await page.locator('table').nth(0).locator('tr').nth(3).locator('td').nth(2).hover();
      const script = await eventually(tooltip, (t) => t !== null && t.text.includes('script'));
      expect(script!.text).toContain(HOSTILE.script);
      expect(script!.elements).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      await page.close();
    });

    it('is shown literally in the popup, whose CSP then reports no violation at all', async () => {
      const { page, tabId } = await open('/portal/hostile.html');
      const { popup, violations } = await popupFor(tabId);
      await popup.locator('[data-state="report"]').waitFor();
      const messages = await popup.locator('.finding[data-rule="cell-not-number"] .message').allInnerTexts();
      for (const text of Object.values(HOSTILE)) expect(messages.some((m) => m.includes(text))).toBe(true);
      await popup.locator('[role="tab"]').nth(1).click();
      await popup.locator('.table-block[data-table="T3"]').waitFor();
      expect(await popup.locator('.table-block[data-table="T3"]').innerText()).toContain(HOSTILE.markup);
      expect(await popup.evaluate(() => document.querySelectorAll('img[src="x"], script:not([src])').length)).toBe(0);
      expect(await popup.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(violations).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('has its formulas guarded in the CSV and TSV exports', async () => {
      const { page, tabId } = await open('/portal/hostile.html');
      await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const { popup, violations } = await popupFor(tabId);
      await popup.locator('[data-state="report"]').waitFor();
      const [download] = await Promise.all([
        popup.waitForEvent('download'),
        popup.locator('[data-export="data"]').click(),
      ]);
      const rows = parseCsv(
        readFileSync((await download.path())!)
          .subarray(3)
          .toString('utf8'),
      );
      const cell = rows.find((r) => r[4] === 'T3' && r[5] === 'newReceived' && r[7] === 'total');
      expect(cell?.[10]).toBe(`'${HOSTILE.formula}`);
      // No field of the file starts with a formula trigger unguarded (numbers such as -1 aside).
      for (const field of rows.flat()) expect(field).not.toMatch(/^[=+@\t\r]/);

      await popup.locator('[data-export="tsv"]').click();
      await popup.locator('.exports .status', { hasText: '已复制' }).waitFor();
      const tsv = await popup.evaluate(() => navigator.clipboard.readText());
      expect(tsv).toContain(`'${HOSTILE.formula.replace(/"/g, '""')}`);
      expect(tsv.split(/[\t\n]/).filter((f) => /^"?=/.test(f))).toEqual([]);
      expect(violations).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('cannot use eval, remote scripts or remote requests in the extension pages (CSP)', async () => {
      const { page, tabId } = await open('/portal/news.html');
      const { popup, violations } = await popupFor(tabId);
      await popup.locator('[data-state]').first().waitFor();
      const attempts = await popup.evaluate(async (remote) => {
        // Out of the DevTools call first: CDP's own evaluation may eval (allowUnsafeEvalBlockedByCSP); page code may not.
        await new Promise((done) => setTimeout(done, 0));
        const tried: Record<string, string> = {};
        try {
          // eslint-disable-next-line no-eval -- the point: the extension pages' CSP must refuse it
          tried.eval = String(eval('"ran"'));
        } catch (error) {
          tried.eval = (error as Error).name;
        }
        try {
          // eslint-disable-next-line no-new-func -- the point: the extension pages' CSP must refuse it
          tried.newFunction = String(new Function('return "ran"')());
        } catch (error) {
          tried.newFunction = (error as Error).name;
        }
        try {
          await fetch(remote);
          tried.fetch = 'ran';
        } catch (error) {
          tried.fetch = (error as Error).name;
        }
        const script = document.createElement('script');
        script.src = `${remote}/evil.js`;
        tried.script = await new Promise<string>((done) => {
          script.onload = () => done('ran');
          script.onerror = () => done('blocked');
          document.head.append(script);
        });
        return tried;
      }, server.origin);
      expect(attempts).toEqual({ eval: 'EvalError', newFunction: 'EvalError', fetch: 'TypeError', script: 'blocked' });
      expect(violations.length).toBeGreaterThanOrEqual(3);
      await popup.close();
      await page.close();
    });
  });

  describe('forged messages', () => {
    it('a page has no extension API and cannot drive the content script with window messages or events', async () => {
      const { page, tabId } = await open('/portal/news.html');
      const { popup } = await popupFor(tabId);
      await popup.locator('[data-state="not-report"]').waitFor();
      const before = await audits(tabId);
      const pages = session.context.pages().length;
      let downloads = 0;
      session.context.on('page', (p) => p.on('download', () => downloads++));
      page.on('download', () => downloads++);
      popup.on('download', () => downloads++);

      const reach = await page.evaluate(async () => {
        const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } };
        const forged = [
          { type: 'audit-anyway' },
          { type: 'get-state' },
          { type: 'summary', detected: true, errors: 9, warnings: 0 },
          { status: 'report', url: location.href, result: { findings: [] } },
          { type: 'download', name: 'evil.csv', text: '=1+1' },
        ];
        for (const message of forged) {
          window.postMessage(message, '*');
          window.dispatchEvent(new MessageEvent('message', { data: message, origin: location.origin }));
          document.dispatchEvent(new CustomEvent('gov-report-auditor', { detail: message }));
        }
        await new Promise((done) => setTimeout(done, 1000));
        return typeof w.chrome?.runtime?.sendMessage;
      });
      expect(reach).toBe('undefined');

      expect(await audits(tabId)).toBe(before);
      const state = await popup.evaluate(
        (id) => chrome.tabs.sendMessage(id, { type: 'get-state' }, { frameId: 0 }),
        tabId,
      );
      expect(state).toMatchObject({ status: 'not-report' });
      expect(await badgeOf(session, tabId)).toMatchObject({ text: '' });
      expect(await page.evaluate(() => document.querySelector('gov-report-auditor-marks'))).toBeNull();
      expect(downloads).toBe(0);
      expect(session.context.pages().length).toBe(pages);
      await popup.close();
      await page.close();
    });
  });

  describe('pathological pages', () => {
    /**
     * Watches the page for `ms` while the content script measures and audits: the longest page.evaluate round trip
     * (sampled every 25 ms) and the longest stall of the page's own timers since load (the heartbeat).
     */
    async function responsiveness(page: Page, ms: number): Promise<{ roundTrip: number; stall: number }> {
      let roundTrip = 0;
      const end = Date.now() + ms;
      while (Date.now() < end) {
        const start = performance.now();
        await page.evaluate(() => 0);
        roundTrip = Math.max(roundTrip, performance.now() - start);
        await new Promise((done) => setTimeout(done, 25));
      }
      const stall = await page.evaluate(() => (window as unknown as { __stall?: number }).__stall ?? Number.NaN);
      return { roundTrip, stall };
    }

    /**
     * The tab kept answering and running its own timers while we measured and audited it. How long its longest
     * stall and round trip were is printed, not asserted: on a loaded machine they measure the machine, so no test
     * times them (docs/browser-testing.md; the benchmarks have the budgets).
     */
    function expectResponsive(path: string, { roundTrip, stall }: { roundTrip: number; stall: number }): void {
      console.log(
        `${path}: longest stall of the page's timers ${stall.toFixed(0)} ms, longest round trip ${roundTrip.toFixed(0)} ms`,
      );
      expect(Number.isFinite(stall)).toBe(true);
      expect(Number.isFinite(roundTrip)).toBe(true);
    }

    async function stateOf(tabId: number) {
      const { popup } = await popupFor(tabId);
      const state = (await popup.evaluate(
        (id) => chrome.tabs.sendMessage(id, { type: 'get-state' }, { frameId: 0 }),
        tabId,
      )) as {
        status: string;
        over?: { key: string; count: number; limit: number };
        result?: { timings?: Record<string, number> };
      };
      return { popup, state };
    }

    it.each([
      ['a 10,000-row table', 'too-large', '/portal/patho/rows-10000.html'],
      ['a 20 MB page', 'too-large', '/portal/patho/huge-20mb.html'],
      ['500 tables', 'report', '/portal/patho/tables-500.html'],
      ['tables nested 50 deep', 'report', '/portal/patho/nested-50.html'],
      ['rowspan=65534, colspan=1000 and rowspan=0', 'report', '/portal/patho/spans.html'],
    ])('%s: the tab stays responsive and the popup says "%s"', async (_name, status, path) => {
      const { page, tabId } = await open(path);
      // The content script starts at document_idle: watch the page while it measures and audits.
      expectResponsive(path, await responsiveness(page, 2500));
      const { popup, state } = await stateOf(tabId);
      expect(state.status).toBe(status);
      if (status === 'too-large') {
        expect(state.over!.count).toBeGreaterThan(state.over!.limit);
        await popup.reload();
        await popup.locator('[data-state="too-large"]').waitFor();
        expect(await popup.locator('[data-state="too-large"] h2').innerText()).toBe('页面过大，未核查');
        expect(await popup.locator('[data-testid="too-large-detail"]').innerText()).toContain(
          state.over!.count.toLocaleString('zh-CN'),
        );
        // No badge shout, no marks, for a page we did not audit.
        expect(await badgeOf(session, tabId)).toMatchObject({ text: '' });
        expect(await page.evaluate(() => document.querySelector('gov-report-auditor-marks'))).toBeNull();
      } else {
        // Audited: the report's two known errors, found in one bounded task per stage.
        expect(
          await eventually(
            () => badgeOf(session, tabId),
            (b) => b.text !== '',
          ),
        ).toMatchObject({ text: '2' });
        const total = Object.values(state.result?.timings ?? {}).reduce((a, b) => a + b, 0);
        console.log(`${path}: audit stages ${JSON.stringify(state.result?.timings)}, total ${total.toFixed(0)} ms`);
        expect(Object.keys(state.result?.timings ?? {}).length).toBeGreaterThan(0);
      }
      await popup.close();
      await page.close();
    });

    it('a page that never stops mutating: audited, re-audited a bounded number of times, still responsive', async () => {
      const started = Date.now();
      const { page, tabId } = await open('/portal/patho/mutating.html');
      expect(
        await eventually(
          () => badgeOf(session, tabId),
          (b) => b.text !== '',
          60_000,
        ),
      ).toMatchObject({ text: '2' });
      // The page changes what an audit reads every 16 ms of its own clock; debounced and rate-limited, the content
      // script re-audits at most every 4 s and at most 6 times a minute. Waited for by events, not by a fixed time.
      // It does follow the page (the first audit, then re-audits as the tables change)…
      await eventually(
        () => audits(tabId),
        (n) => n >= 2,
        90_000,
      );
      const changes = () =>
        page.evaluate(() => Number(document.getElementById('clock')?.textContent?.split(' ')[0] ?? 0));
      await eventually(changes, (n) => n >= 600, 90_000);
      const watched = await responsiveness(page, 1000);
      const [count, changed] = [await audits(tabId), await changes()];
      const minutes = Math.ceil((Date.now() - started) / 60_000);
      console.log(`mutating page: ${count} audits for ${changed} changes in ${minutes} min or less`);
      // …but nowhere near once per change, and never past the limit of 6 a minute, however long this took.
      expect(count).toBeLessThan(changed / 50);
      expect(count).toBeLessThanOrEqual(6 * minutes + 1);
      expectResponsive('mutating page', watched);
      const { popup, state } = await stateOf(tabId);
      expect(state.status).toBe('report');
      await popup.close();
      await page.close();
    }, 300_000);
  });
});
