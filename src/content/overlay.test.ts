// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Mark } from './marks';
import { OVERLAY_TAG, Overlay } from './overlay';

const LABELS = { error: '错误', warning: '警告' };

/** happy-dom does no layout: give an element a fixed box. */
function place(element: Element, left: number, top: number, width = 40, height = 20): Element {
  element.getBoundingClientRect = () => ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;
  return element;
}

function setup() {
  document.body.innerHTML = '<table><tr><td id="a"><p id="ap">0</p></td><td id="b">1</td><td id="c">2</td></tr></table>';
  const a = place(document.getElementById('a')!, 100, 50);
  place(document.getElementById('ap')!, 102, 52, 30, 16);
  const b = place(document.getElementById('b')!, 140, 50);
  const marks: Mark[] = [
    { element: a, severity: 'error', role: 'primary', lines: [{ severity: 'error', rule: 't4-review-sum', message: '行政复议总计应为 1，表中为 0' }] },
    { element: b, severity: 'warning', role: 'related', lines: [{ severity: 'warning', rule: 'text-review', message: '正文称 2 件' }] },
  ];
  const overlay = new Overlay(document);
  place(overlay.host, 0, 0, 0, 0);
  return { overlay, marks, a, b };
}

const boxes = (overlay: Overlay) => Array.from(overlay.host.shadowRoot!.querySelectorAll<HTMLElement>('.mark'));
const tip = (overlay: Overlay) => overlay.host.shadowRoot!.querySelector<HTMLElement>('.tip')!;

afterEach(() => {
  for (const host of Array.from(document.querySelectorAll(OVERLAY_TAG))) host.remove();
});

describe('Overlay', () => {
  it('draws one outline per mark, over the element, inside a shadow root attached to <html>', () => {
    const { overlay, marks } = setup();
    overlay.show(marks, LABELS);
    expect(overlay.host.parentElement).toBe(document.documentElement);
    expect(overlay.host.getAttribute('style')).toContain('pointer-events: none !important');
    expect(boxes(overlay).map((b) => [b.className, b.style.left, b.style.top, b.style.width, b.style.height])).toEqual([
      ['mark error primary', '100px', '50px', '40px', '20px'],
      ['mark warning related', '140px', '50px', '40px', '20px'],
    ]);
    // The page's own DOM is untouched: no class, attribute or child added to the cells.
    expect(document.body.innerHTML).toBe('<table><tbody><tr><td id="a"><p id="ap">0</p></td><td id="b">1</td><td id="c">2</td></tr></tbody></table>');
  });

  it('positions relative to the layer when the page moved it (html with a margin)', () => {
    const { overlay, marks } = setup();
    place(overlay.host, 8, -300, 0, 0);
    overlay.show(marks, LABELS);
    expect(boxes(overlay)[0]!.style.top).toBe('350px');
    expect(boxes(overlay)[0]!.style.left).toBe('92px');
  });

  it('turns off and on, and flashes even when off', () => {
    const { overlay, marks, a } = setup();
    overlay.show(marks, LABELS);
    overlay.setVisible(false);
    expect(overlay.drawn).toBe(0);
    overlay.flash(a);
    expect(overlay.host.shadowRoot!.querySelectorAll('.flash')).toHaveLength(1);
    overlay.setVisible(true);
    expect(overlay.drawn).toBe(2);
  });

  it('shows the tooltip (severity, rule, expected vs. actual) when the pointer is over a marked cell or its content', () => {
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

  it('skips elements that take no space and removes itself on destroy', () => {
    const { overlay, marks } = setup();
    place(marks[1]!.element, 0, 0, 0, 0);
    overlay.show(marks, LABELS);
    expect(overlay.drawn).toBe(1);
    overlay.destroy();
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });
});
