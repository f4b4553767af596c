/**
 * Text findings in a real Chromium: on portal/narrative.html the text says "共新收政府信息公开申请13件" where T3
 * 一 总计 is 12, and the page was published after the deadline. The sentence is highlighted over its own characters
 * (a long sentence that wraps, with the figure in a <span>), its tooltip names the contradicted cell, the popup
 * quotes it and "locate" scrolls to it. Screenshots: test-results/page-sentence-*.png, popup-zh-text-findings.png.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSuite } from './chromium-suite';
import { parseCsv } from '../helpers/csv';
import { badgeOf, eventually, hasChromium, openPopup, screenshotPath } from './harness';

const AMBER = '#F9AB00';
/** The start and end of the contradicting sentence as printed (its middle holds <span>13</span>). */
const SENTENCE_START = '2023年，我局通过门户网站';
const SENTENCE_END = '农村公路养护资金使用等方面；';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The line boxes of the sentence, measured by the page itself with a DOM Range over its text nodes. */
function sentenceRects(page: Page): Promise<Box[]> {
  return page.evaluate(
    ({ first, last }) => {
      const para = Array.from(document.querySelectorAll('p')).find((p) => p.textContent!.includes(first))!;
      const text = para.textContent!;
      const start = text.indexOf(first);
      const end = text.indexOf(last) + last.length;
      const range = document.createRange();
      let offset = 0;
      const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.nodeValue!.length;
        if (start >= offset && start < offset + length) range.setStart(node, start - offset);
        if (end > offset && end <= offset + length) range.setEnd(node, end - offset);
        offset += length;
      }
      // The range's rects include the <span>'s own box (in its own font: its own top and bottom) and split each line
      // at it. The distinct line boxes: rects whose vertical middle lies on a line already seen join it.
      const lines: Array<{ left: number; top: number; right: number; bottom: number; middle: number }> = [];
      for (const r of Array.from(range.getClientRects())) {
        if (r.width === 0 || r.height === 0) continue;
        const middle = (r.top + r.bottom) / 2;
        const line = lines.find(
          (l) => (middle > l.top && middle < l.bottom) || (l.middle > r.top && l.middle < r.bottom),
        );
        if (!line) lines.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, middle });
        else
          Object.assign(line, {
            left: Math.min(line.left, r.left),
            right: Math.max(line.right, r.right),
            top: Math.min(line.top, r.top),
            bottom: Math.max(line.bottom, r.bottom),
          });
      }
      return lines.sort((a, b) => a.top - b.top).map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
    },
    { first: SENTENCE_START, last: SENTENCE_END },
  );
}

/** Our boxes in the page's shadow layer, by CSS selector, in viewport coordinates. */
function boxesOf(page: Page, selector: string): Promise<Box[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector('gov-report-auditor-marks')?.shadowRoot;
    return Array.from(root?.querySelectorAll<HTMLElement>(sel) ?? []).map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
  }, selector);
}

const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const near = (a: number, b: number) => Math.abs(a - b) < 1.5;

/** The tooltip's text when it is shown, else null. */
function tipText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const tip = document.querySelector('gov-report-auditor-marks')?.shadowRoot?.querySelector<HTMLElement>('.tip');
    return tip && !tip.hidden ? tip.innerText : null;
  });
}

describe.skipIf(!hasChromium)('text findings in Chromium', () => {
  const { session, open: openPath } = chromiumSuite();

  async function open(): Promise<{ page: Page; tabId: number }> {
    const { page, tabId } = await openPath('/portal/narrative.html');
    // Two warnings: the sentence that contradicts T3, and the late publication.
    expect(
      await eventually(
        () => badgeOf(session, tabId),
        (b) => b.text !== '',
      ),
    ).toEqual({ text: '2', color: AMBER });
    return { page, tabId };
  }

  it('highlights the sentence over its own characters, with a tooltip naming the contradicted cell', async () => {
    const { page } = await open();
    const marks = await eventually(
      () => boxesOf(page, '.mark.sentence'),
      (m) => m.length > 0,
    );
    const lines = await sentenceRects(page);
    // The sentence wraps: one highlight per line, each over that line of the sentence and nothing else.
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(marks).toHaveLength(lines.length);
    for (const [i, line] of lines.entries()) {
      const mark = marks[i]!;
      expect(intersects(mark, line)).toBe(true);
      expect([
        near(mark.left, line.left),
        near(mark.right, line.right),
        near(mark.top, line.top),
        near(mark.bottom, line.bottom),
      ]).toEqual([true, true, true, true]);
    }
    expect(
      await page.evaluate(() => {
        const box = document.querySelector('gov-report-auditor-marks')!.shadowRoot!.querySelector('.mark.sentence')!;
        return [box.className, getComputedStyle(box).borderBottomColor, getComputedStyle(box).borderTopWidth];
      }),
    ).toEqual(['mark sentence warning', 'rgb(242, 153, 0)', '0px']);

    // The T3 total the sentence contradicts is outlined as a cell checked against (dashed), not as wrong.
    const cell = await page.evaluate(() => {
      const r = document.querySelectorAll('table')[1]!.rows[3]!.cells[7]!.getBoundingClientRect();
      return {
        text: document.querySelectorAll('table')[1]!.rows[3]!.cells[7]!.textContent!.trim(),
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      };
    });
    expect(cell.text).toBe('12');
    const related = await boxesOf(page, '.mark.warning.related');
    expect(
      related.filter((b) => near(b.left, cell.left) && near(b.top, cell.top) && near(b.right, cell.right)),
    ).toHaveLength(1);

    // Hover the second line of the sentence: the message, expected vs. actual, and the cell with its value.
    const second = lines[1]!;
    await page.mouse.move((second.left + second.right) / 2, (second.top + second.bottom) / 2);
    const tip = await eventually(
      () => tipText(page),
      (t) => t !== null,
    );
    expect(tip).toContain('警告 · text-new-requests');
    expect(tip).toContain('正文“共新收政府信息公开申请13件”与表格不符：表三“本年新收”总计为 12，正文为 13');
    expect(tip).toContain('表三 · 一、本年新收政府信息公开申请数量 · 总计：12');
    await page.screenshot({ path: screenshotPath('page-sentence-marked.png') });

    // The rest of the paragraph (the next sentence, on the last line) has no tooltip.
    const after = await page.evaluate((last) => {
      const para = Array.from(document.querySelectorAll('p')).find((p) => p.textContent!.includes(last))!;
      const r = para.getBoundingClientRect();
      return { x: r.right - 20, y: r.bottom - 8 };
    }, SENTENCE_END);
    await page.mouse.move(after.x, after.y);
    await eventually(
      () => tipText(page),
      (t) => t === null,
    );
    await page.close();
  });

  it('draws one highlight per line box of the sentence whatever the fonts and the width', async () => {
    const { page } = await open();
    await eventually(
      () => boxesOf(page, '.mark.sentence'),
      (m) => m.length > 0,
    );
    // Other fonts and widths than this machine's: the figure in a larger serif face (its own top and bottom on its
    // line), a narrow column (more lines), both. Each reflow redraws the marks; the page itself says how many
    // lines the sentence has.
    const styles = [
      'span { font-family: serif !important; font-size: 150% !important; }',
      'p { max-width: 22em !important; }',
      'p { max-width: 13em !important; letter-spacing: 0.1em; } span { font-family: monospace !important; font-size: 130% !important; vertical-align: super; }',
    ];
    const counts: number[] = [];
    for (const css of styles) {
      await page.evaluate((content) => {
        document.getElementById('gra-test-style')?.remove();
        const style = Object.assign(document.createElement('style'), { id: 'gra-test-style', textContent: content });
        document.head.append(style);
      }, css);
      const matches = async () => {
        const [marks, lines] = [await boxesOf(page, '.mark.sentence'), await sentenceRects(page)];
        return (
          marks.length === lines.length &&
          lines.every((line, i) =>
            ['left', 'top', 'right', 'bottom'].every((k) => near(marks[i]![k as keyof Box], line[k as keyof Box])),
          )
        );
      };
      // The marks are redrawn at the next frame after the reflow; then they must match the page's line boxes.
      const ok = await eventually(matches, (v) => v, 5_000).catch(() => false);
      const lines = await sentenceRects(page);
      expect({ css, lines: lines.length, marks: (await boxesOf(page, '.mark.sentence')).length, ok }).toEqual({
        css,
        lines: lines.length,
        marks: lines.length,
        ok: true,
      });
      counts.push(lines.length);
    }
    // The narrow columns wrap the sentence over more lines than the page's own width does.
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('lists the sentence in the popup; locate scrolls it into view and flashes it; the switch hides it', async () => {
    const { page, tabId } = await open();
    await eventually(
      () => boxesOf(page, '.mark.sentence'),
      (m) => m.length > 0,
    );
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="report"]').waitFor();

    const item = popup.locator('.finding[data-rule="text-new-requests"]');
    const quote = await item.locator('blockquote.sentence').innerText();
    expect(quote.startsWith(`“${SENTENCE_START}`)).toBe(true);
    expect(quote.endsWith('…”')).toBe(true);
    expect(await item.locator('blockquote.sentence').getAttribute('title')).toMatch(
      new RegExp(`^${SENTENCE_START}.*${SENTENCE_END}$`),
    );
    expect(await item.locator('.table-cells').innerText()).toContain('总计：12');
    // The late publication has no place on the page: listed, with no locate button.
    const late = popup.locator('.finding[data-rule="meta-deadline"]');
    expect(await late.locator('.message').innerText()).toContain('2024-03-05');
    expect(await late.locator('button.locate').count()).toBe(0);
    await popup.screenshot({ path: screenshotPath('popup-zh-text-findings.png') });

    // The findings CSV carries the whole sentence.
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('[data-export="findings"]').click(),
    ]);
    const [header, ...rows] = parseCsv(
      readFileSync((await download.path())!)
        .subarray(3)
        .toString('utf8'),
    );
    const column = header!.indexOf('语句');
    const row = rows.find((r) => r[4] === 'text-new-requests');
    expect(row?.[column]).toMatch(new RegExp(`^${SENTENCE_START}.*13件.*${SENTENCE_END}$`));

    const inView = async () => {
      const lines = await sentenceRects(page);
      const height = await page.evaluate(() => window.innerHeight);
      return lines.length > 0 && lines.every((r) => r.top >= 0 && r.bottom <= height);
    };
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await inView()).toBe(false);
    await item.locator('button.locate').click();
    await eventually(inView, (v) => v);
    const flashes = await boxesOf(page, '.flash.sentence');
    const lines = await sentenceRects(page);
    expect(flashes).toHaveLength(lines.length);
    expect(flashes.every((f, i) => intersects(f, lines[i]!))).toBe(true);
    await page.bringToFront();
    await page.screenshot({ path: screenshotPath('page-sentence-after-locate.png') });

    const toggle = popup.locator('.switch input');
    await toggle.uncheck();
    await eventually(
      () => boxesOf(page, '.mark'),
      (m) => m.length === 0,
    );
    await toggle.check();
    await eventually(
      () => boxesOf(page, '.mark.sentence'),
      (m) => m.length === lines.length,
    );
    await popup.close();
    await page.close();
  });
});
