/**
 * The cross-year rules (rules.md G) where the report is read, in the built extension in Chromium: last year's report
 * of an agency is visited, then this year's; the content script asks the worker for last year's report from the
 * extension's memory, so this year's badge counts the cross-year error, a page mark carries it, and the popup shows
 * it with the link to last year's report — without running a rule itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage } from '../../src/cli/batch-io';
import { withPreviousYear } from '../../src/portal/cross-year';
import { SITE_DIR } from '../fixtures/portal/generate';
import { startPortal, type Portal } from '../unit/batch/portal-server';
import {
  badgeOf,
  ensureBuild,
  eventually,
  hasChromium,
  launch,
  openPopup,
  screenshotPath,
  tabIdOf,
  type Session,
} from './harness';

const POLICE_2023 = '/xxgk/ndbg/2024/01/gaj-2023.html';
const POLICE_2022 = '/xxgk/ndbg/2023/01/gaj-2022.html';

describe.skipIf(!hasChromium)('cross-year findings on the page, in Chromium', () => {
  let session: Session;
  let portal: Portal;

  beforeAll(async () => {
    const dir = ensureBuild('e2e');
    portal = await startPortal();
    session = await launch(dir);
  });

  afterAll(async () => {
    await session?.close();
    await portal?.close();
  });

  it("counts the cross-year error on this year's badge, marks its cells and lists it in the popup", async () => {
    // What the engine finds in this year's report alone, and with last year's (the same pages, audited in Node).
    const read = (path: string, url: string) =>
      auditPage({ url, bytes: new Uint8Array(readFileSync(join(SITE_DIR, path))), contentType: 'text/html' }, 'zh')
        .result;
    const before = read(POLICE_2022, `${portal.origin}${POLICE_2022}`);
    const alone = read(POLICE_2023, `${portal.origin}${POLICE_2023}`);
    const compared = withPreviousYear(alone, { report: before.report, source: before.report.source }, 'zh');
    const errors = (r: typeof alone) => r.findings.filter((f) => f.severity === 'error').length;
    const carry = compared.findings.find((f) => f.rule === 'year-carry');
    expect(carry, 'the fixture pair has a year-carry error').toBeDefined();
    expect(errors(compared)).toBe(errors(alone) + 1);

    // 1. Last year's report is visited: audited and remembered by the worker.
    const lastYear = await session.context.newPage();
    await lastYear.goto(`${portal.origin}${POLICE_2022}`);
    const lastTab = await tabIdOf(session, lastYear);
    await eventually(
      () => badgeOf(session, lastTab),
      (b) => b.text !== '',
    );

    // 2. This year's: the badge counts the cross-year error too (it may first show the count without it).
    const page = await session.context.newPage();
    await page.goto(`${portal.origin}${POLICE_2023}`);
    const tabId = await tabIdOf(session, page);
    const badge = await eventually(
      () => badgeOf(session, tabId),
      (b) => b.text === String(errors(compared)),
    );
    expect(badge.text).toBe(String(errors(compared)));

    // 3. A mark on the page carries it: hovering the marks, one shows the year-carry message.
    const tip = await eventually(
      async () => {
        const points = await page.evaluate(() =>
          Array.from(
            document.querySelector('gov-report-auditor-marks')?.shadowRoot?.querySelectorAll<HTMLElement>('.mark') ??
              [],
          ).map((box) => {
            box.scrollIntoView({ block: 'center' });
            const rect = box.getBoundingClientRect();
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }),
        );
        for (const point of points) {
          // Away, then onto the marked cell: a mouseover is what shows a mark's tip.
          await page.mouse.move(1, 1);
          await page.mouse.move(point.x, point.y);
          const text = await page.evaluate(() => {
            const el = document
              .querySelector('gov-report-auditor-marks')
              ?.shadowRoot?.querySelector<HTMLElement>('.tip');
            return el && !el.hidden ? el.textContent : null;
          });
          if (text?.includes('year-carry')) return text;
        }
        return null;
      },
      (text) => text !== null,
    );
    expect(tip).toContain('上年报告');
    await page.screenshot({ path: screenshotPath('page-cross-year-marked.png') });

    // 4. The popup shows it from the page's state, with the link to last year's report.
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="report"]').waitFor();
    await popup.locator('[data-testid="previous-report"]').waitFor();
    expect(await popup.locator('main').innerText()).toContain('year-carry');
    expect(await popup.locator('[data-testid="previous-report"]').innerText()).toContain('gaj-2022.html');
    await popup.close();
    await page.close();
    await lastYear.close();
  });
});
