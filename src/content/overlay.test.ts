// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sourceKey } from '../extract/source';
import { PageAuditor } from './auditor';
import { localEngine } from '../../test/helpers/local-engine';
import type { Mark } from './marks';
import { lineBoxes, OVERLAY_TAG, Overlay } from './overlay';

const LABELS = { error: '错误', warning: '警告' };

/** happy-dom does no layout: give an element a fixed box. */
function place(element: Element, left: number, top: number, width = 40, height = 20): Element {
  element.getBoundingClientRect = () =>
    ({
      left,
      top,
      width,
      height,
      right: left + width,
      bottom: top + height,
      x: left,
      y: top,
      toJSON: () => ({}),
    }) as DOMRect;
  return element;
}

function setup() {
  document.body.innerHTML =
    '<table><tr><td id="a"><p id="ap">0</p></td><td id="b">1</td><td id="c">2</td></tr></table>';
  const a = place(document.getElementById('a')!, 100, 50);
  place(document.getElementById('ap')!, 102, 52, 30, 16);
  const b = place(document.getElementById('b')!, 140, 50);
  const marks: Mark[] = [
    {
      element: a,
      severity: 'error',
      role: 'primary',
      lines: [{ severity: 'error', rule: 't4-review-sum', message: '行政复议总计应为 1，表中为 0' }],
    },
    {
      element: b,
      severity: 'warning',
      role: 'related',
      lines: [{ severity: 'warning', rule: 'text-review', message: '正文称 2 件' }],
    },
  ];
  const overlay = new Overlay(document);
  place(overlay.host, 0, 0, 0, 0);
  return { overlay, marks, a, b };
}

/** The layer's closed shadow root, through the private field (no page can do this: the Overlay lives in our world). */
const shadow = (overlay: Overlay) => (overlay as unknown as { root: ShadowRoot }).root;
const boxes = (overlay: Overlay) => Array.from(shadow(overlay).querySelectorAll<HTMLElement>('.mark'));
const tip = (overlay: Overlay) => shadow(overlay).querySelector<HTMLElement>('.tip')!;

const realRects = Range.prototype.getClientRects;
afterEach(() => {
  for (const host of Array.from(document.querySelectorAll(OVERLAY_TAG))) host.remove();
  Range.prototype.getClientRects = realRects;
  vi.restoreAllMocks();
});

describe('Overlay', () => {
  it('draws one outline per mark, over the element, inside a shadow root attached to <html>', async () => {
    const { overlay, marks } = setup();
    overlay.show(marks, LABELS);
    expect(overlay.host.parentElement).toBe(document.documentElement);
    expect(overlay.host.getAttribute('style')).toContain('pointer-events: none !important');
    expect(boxes(overlay).map((b) => [b.className, b.style.left, b.style.top, b.style.width, b.style.height])).toEqual([
      ['mark error primary', '100px', '50px', '40px', '20px'],
      ['mark warning related', '140px', '50px', '40px', '20px'],
    ]);
    // The page's own DOM is untouched: no class, attribute or child added to the cells.
    expect(document.body.innerHTML).toBe(
      '<table><tbody><tr><td id="a"><p id="ap">0</p></td><td id="b">1</td><td id="c">2</td></tr></tbody></table>',
    );
  });

  it("keeps its layer out of the page's reach: the shadow root is closed, the tooltip text unreadable from the host", async () => {
    const { overlay, marks, a } = setup();
    overlay.show(marks, LABELS);
    a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    // What a page script sees of our element: no shadow root, no children, no text.
    const host = document.querySelector(OVERLAY_TAG) as HTMLElement;
    expect(host.shadowRoot).toBeNull();
    expect(host.childNodes).toHaveLength(0);
    expect(host.textContent).toBe('');
    expect(shadow(overlay).querySelectorAll('.mark')).toHaveLength(2);
  });

  it('styles its marks from its own stylesheet, inside the shadow root', async () => {
    const { overlay, marks } = setup();
    overlay.show(marks, LABELS);
    const css = shadow(overlay).querySelector('style')?.textContent ?? '';
    // ./overlay.css, inlined by the build: every class the layer draws with has its rule.
    for (const selector of ['.mark.error', '.mark.warning', '.mark.related', '.mark.sentence', '.flash', '.tip'])
      expect(css).toContain(selector);
  });

  it('positions relative to the layer when the page moved it (html with a margin)', async () => {
    const { overlay, marks } = setup();
    place(overlay.host, 8, -300, 0, 0);
    overlay.show(marks, LABELS);
    expect(boxes(overlay)[0]!.style.top).toBe('350px');
    expect(boxes(overlay)[0]!.style.left).toBe('92px');
  });

  it('turns off and on, and flashes even when off', async () => {
    const { overlay, marks, a } = setup();
    overlay.show(marks, LABELS);
    overlay.setVisible(false);
    expect(overlay.drawn).toBe(0);
    overlay.flash({ element: a });
    expect(shadow(overlay).querySelectorAll('.flash')).toHaveLength(1);
    overlay.setVisible(true);
    expect(overlay.drawn).toBe(2);
  });

  it('shows the tooltip (severity, rule, expected vs. actual) when the pointer is over a marked cell or its content', async () => {
    const { overlay, marks } = setup();
    overlay.show(marks, LABELS);
    expect(tip(overlay).hidden).toBe(true);
    document.getElementById('ap')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(tip(overlay).hidden).toBe(false);
    expect(tip(overlay).textContent).toBe('错误 · t4-review-sum行政复议总计应为 1，表中为 0');
    expect(tip(overlay).style.top).toBe('76px');
    document.getElementById('c')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(tip(overlay).hidden).toBe(true);
  });

  it('skips elements that take no space and removes itself on destroy', async () => {
    const { overlay, marks } = setup();
    place(marks[1]!.element, 0, 0, 0, 0);
    overlay.show(marks, LABELS);
    expect(overlay.drawn).toBe(1);
    overlay.destroy();
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });
});

/**
 * happy-dom does no layout: lay out `block`'s text (its textContent) from (left, top), 10 px a character, `perLine`
 * characters to a 20 px line, and answer Range.getClientRects() from that — one rect per line a range covers.
 */
function layOut(block: Element, left = 100, top = 200, perLine = 20): void {
  const offsetOf = (node: Node, offset: number) => {
    let before = 0;
    const walk = (n: Node): boolean => {
      if (n === node) return true;
      if (n.nodeType === 3) before += (n.nodeValue ?? '').length;
      return Array.from(n.childNodes).some(walk);
    };
    walk(block);
    return before + offset;
  };
  Range.prototype.getClientRects = function (this: Range) {
    const rects: DOMRect[] = [];
    let from = offsetOf(this.startContainer, this.startOffset);
    const to = offsetOf(this.endContainer, this.endOffset);
    while (from < to) {
      const line = Math.floor(from / perLine);
      const end = Math.min(to, (line + 1) * perLine);
      rects.push(new DOMRect(left + (from % perLine) * 10, top + line * 20, (end - from) * 10, 20));
      from = end;
    }
    return rects as unknown as DOMRectList;
  };
}

/** A paragraph whose second sentence (characters 6–31) crosses a <span> and wraps onto a second line. */
function paragraph() {
  document.body.innerHTML =
    '<div id="text"><p id="para">（二）情况。全年共新收政府信息公开申请<span id="n">13</span>件，较上年有所增加；上年结转1件。</p></div>';
  const para = document.getElementById('para')!;
  const sentence = '全年共新收政府信息公开申请13件，较上年有所增加；';
  const start = para.textContent!.indexOf(sentence);
  const mark: Mark = {
    element: para,
    text: { start, end: start + sentence.length, text: sentence },
    severity: 'warning',
    role: 'primary',
    lines: [
      {
        severity: 'warning',
        rule: 'text-new-requests',
        message: '正文“共新收政府信息公开申请13件”与表格不符：表三“本年新收”总计为 12，正文为 13',
        cells: ['表三 · 一、本年新收政府信息公开申请数量 · 总计：12'],
      },
    ],
  };
  layOut(para);
  place(para, 100, 200, 200, 40);
  const overlay = new Overlay(document);
  place(overlay.host, 0, 0, 0, 0);
  return { overlay, mark, para, start, sentence };
}

const rectsOf = (boxes: HTMLElement[]) =>
  boxes.map((b) => [b.className, b.style.left, b.style.top, b.style.width, b.style.height]);

describe('Overlay: sentences', () => {
  it("highlights exactly the sentence's characters, one box per line, across inline elements", async () => {
    const { overlay, mark, start } = paragraph();
    expect(start).toBe(6);
    overlay.show([mark], LABELS);
    // Characters 6–19 on the first line (x from 160 px), 20–30 on the second; the <span> adds no box of its own.
    expect(rectsOf(boxes(overlay))).toEqual([
      ['mark sentence warning', '160px', '200px', '140px', '20px'],
      ['mark sentence warning', '100px', '220px', '110px', '20px'],
    ]);
    expect(boxes(overlay).every((b) => b.dataset.severity === 'warning')).toBe(true);
    expect(document.getElementById('para')!.outerHTML).not.toContain('gov-report');
  });

  it('draws one box per line when a figure in another font or size has its own top and bottom on that line', async () => {
    const { overlay, mark } = paragraph();
    // The figure "13" in a larger font (宋体 where the text falls back to another face), split by the wrap: its
    // rect on line one is taller than the text's.
    const laidOut = Range.prototype.getClientRects;
    Range.prototype.getClientRects = function (this: Range) {
      const rects = Array.from(laidOut.call(this));
      if (this.startContainer.parentElement?.id !== 'n') return rects as unknown as DOMRectList;
      return rects.map((r) =>
        r.top === 200 ? new DOMRect(r.left, r.top - 4, r.width, r.height + 7) : r,
      ) as unknown as DOMRectList;
    };
    overlay.show([mark], LABELS);
    expect(rectsOf(boxes(overlay))).toEqual([
      ['mark sentence warning', '160px', '196px', '140px', '27px'],
      ['mark sentence warning', '100px', '220px', '110px', '20px'],
    ]);
  });

  it('shows the tooltip, with the contradicted cell, only while the pointer is over the sentence', async () => {
    const { overlay, mark, para } = paragraph();
    overlay.show([mark], LABELS);
    const move = (target: Element, x: number, y: number) =>
      target.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: x, clientY: y }));
    move(document.getElementById('n')!, 150, 225); // the second line, in the <span>
    expect(tip(overlay).hidden).toBe(false);
    expect(Array.from(tip(overlay).querySelectorAll('.sev, .msg, .cell')).map((e) => e.textContent)).toEqual([
      '警告 · text-new-requests',
      '正文“共新收政府信息公开申请13件”与表格不符：表三“本年新收”总计为 12，正文为 13',
      '表三 · 一、本年新收政府信息公开申请数量 · 总计：12',
    ]);
    // Under the sentence's last line, at its left edge.
    expect(tip(overlay).style.top).toBe('246px');
    expect(tip(overlay).style.left).toBe('100px');
    move(para, 110, 205); // the first sentence of the same paragraph
    expect(tip(overlay).hidden).toBe(true);
    move(para, 250, 225); // the second line past the sentence's end
    expect(tip(overlay).hidden).toBe(true);
    move(para, 165, 205);
    expect(tip(overlay).hidden).toBe(false);
    overlay.setVisible(false);
    move(para, 165, 205);
    expect(tip(overlay).hidden).toBe(true);
  });

  it('outlines the whole paragraph when its text changed since the audit', async () => {
    const { overlay, mark, para } = paragraph();
    document.getElementById('n')!.textContent = '15';
    overlay.show([mark], LABELS);
    expect(rectsOf(boxes(overlay))).toEqual([['mark warning primary block', '100px', '200px', '200px', '40px']]);
    para.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(tip(overlay).querySelector('.cell')!.textContent).toBe('表三 · 一、本年新收政府信息公开申请数量 · 总计：12');
    // Offsets past the end of the text, or an empty range, cannot be a sentence either.
    overlay.show(
      [
        { ...mark, text: { start: 500, end: 520, text: 'x' } },
        { ...mark, text: { start: 3, end: 3, text: '' } },
      ],
      LABELS,
    );
    expect(boxes(overlay).map((b) => b.className)).toEqual([
      'mark warning primary block',
      'mark warning primary block',
    ]);
  });

  it('turns off and on with the switch, and re-measures when the page reflows', async () => {
    const { overlay, mark } = paragraph();
    overlay.show([mark], LABELS);
    overlay.setVisible(false);
    expect(overlay.drawn).toBe(0);
    overlay.setVisible(true);
    expect(overlay.drawn).toBe(2);
    // Narrower text: the sentence (characters 6–30) now spans four lines of 10; a resize redraws it.
    layOut(document.getElementById('para')!, 100, 200, 10);
    window.dispatchEvent(new Event('resize'));
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    expect(overlay.drawn).toBe(4);
  });

  it('locate: scrolls the paragraph into view, then the sentence itself when it is still off screen, and flashes its lines', async () => {
    const { overlay, mark, para } = paragraph();
    para.scrollIntoView = vi.fn();
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    overlay.reveal(mark);
    expect(para.scrollIntoView).toHaveBeenCalledWith({ block: 'center', inline: 'center', behavior: 'instant' });
    expect(scrollBy).not.toHaveBeenCalled(); // 200–240 px: in view
    const flashes = () => Array.from(shadow(overlay).querySelectorAll<HTMLElement>('.flash'));
    expect(rectsOf(flashes())).toEqual([
      ['flash sentence', '160px', '200px', '140px', '20px'],
      ['flash sentence', '100px', '220px', '110px', '20px'],
    ]);
    // A tall paragraph centred: the sentence (lines at 2000–2040 px) is below the fold; centre it.
    layOut(para, 100, 2000);
    overlay.reveal(mark);
    const innerHeight = window.innerHeight;
    expect(scrollBy).toHaveBeenCalledWith({ top: 2000 - (innerHeight - 40) / 2, behavior: 'instant' });
    // A cell: the element itself.
    const cell = document.createElement('td');
    place(cell, 10, 10, 30, 20);
    cell.scrollIntoView = vi.fn();
    overlay.reveal({ element: cell });
    expect(cell.scrollIntoView).toHaveBeenCalled();
    expect(flashes().at(-1)!.className).toBe('flash');
  });
});

describe('sentence marks on a real report page (PageAuditor with the real engine)', () => {
  it('marks the sentence that contradicts table 3, and its cell; locate goes to the sentence', async () => {
    const html = readFileSync(
      join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/e2e/portal/narrative.html'),
      'utf8',
    );
    document.open();
    document.write(html);
    document.close();
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 10, 30, 20));
    Element.prototype.scrollIntoView = vi.fn();
    const para = Array.from(document.querySelectorAll('p')).find((p) => p.textContent!.includes('13件'))!;
    layOut(para, 80, 300, 60);

    const auditor = new PageAuditor(document, localEngine, { lang: 'zh', marks: true });
    const state = await auditor.run();
    if (state.status !== 'report') throw new Error(`expected a report, got ${state.status}`);
    const finding = state.result.findings.find((f) => f.rule === 'text-new-requests')!;
    expect(finding.sentence?.text).toMatch(/^2023年，我局通过门户网站.*共新收政府信息公开申请13件，.*方面；$/);
    const overlay = auditor.layers.get(document)!;
    const drawn = boxes(overlay).map((b) => b.className);
    // The sentence (100 characters: two lines of 60), the T3 total it contradicts (dashed), nothing else.
    expect(drawn.filter((c) => c === 'mark sentence warning')).toHaveLength(2);
    expect(drawn.filter((c) => c === 'mark warning related')).toHaveLength(1);
    expect(drawn).toHaveLength(3);

    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    expect(auditor.locate(sourceKey(finding.sentence!.src!))).toBe(true);
    expect(para.scrollIntoView).toHaveBeenCalled();
    expect(scrollBy).not.toHaveBeenCalled();
    expect(shadow(overlay).querySelectorAll('.flash.sentence')).toHaveLength(2);
    auditor.destroy();
  });
});

describe('lineBoxes', () => {
  const r = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
  const ltrb = (boxes: ReturnType<typeof lineBoxes>) => boxes.map((b) => [b.left, b.top, b.right, b.bottom]);

  it('joins the rects of one line, whatever their own heights, and starts a line where the text wraps', async () => {
    // Line 1: text, a raised figure in a larger font, text; line 2; line 3 (the sentence wraps over three lines).
    const rects = [
      r(242, 691, 903, 707),
      r(903, 687, 926, 708),
      r(926, 691, 960, 707),
      r(60, 719, 746, 735),
      r(60, 747, 300, 763),
    ];
    expect(ltrb(lineBoxes(rects))).toEqual([
      [242, 687, 960, 708],
      [60, 719, 746, 735],
      [60, 747, 300, 763],
    ]);
  });

  it('keeps a tall figure from pulling the next line into its own, and skips empty rects', async () => {
    // line-height 1 with a figure at 200 %: the figure's box reaches into the next line's.
    const rects = [r(242, 569, 903, 585), r(903, 556, 938, 589), r(938, 600, 938, 620), r(60, 586, 746, 602)];
    expect(ltrb(lineBoxes(rects))).toEqual([
      [242, 556, 938, 589],
      [60, 586, 746, 602],
    ]);
  });

  it("gives a line box per line of duplicate rects (Chromium reports an inline element's box and its text)", async () => {
    const rects = [r(903, 686, 921, 702), r(903, 686, 921, 702), r(60, 711, 746, 727)];
    expect(lineBoxes(rects)).toHaveLength(2);
  });
});
