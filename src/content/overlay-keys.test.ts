// @vitest-environment happy-dom
/** Marks reachable by keyboard (Alt+Shift+J / K) with their tooltip, and the tooltip after a locate (happy-dom). */
import { afterEach, describe, expect, it } from 'vitest';
import type { Mark } from './marks';
import { OVERLAY_TAG, Overlay } from './overlay';

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

afterEach(() => {
  for (const host of Array.from(document.querySelectorAll(OVERLAY_TAG))) host.remove();
});

/** The tooltip element, read through the instance (whatever the shadow root's mode). */
const tipOf = (overlay: Overlay) => (overlay as unknown as { tip: HTMLElement }).tip;

function setup() {
  document.body.innerHTML = '<table><tr><td id="a">0</td><td id="b">1</td><td id="c">2</td></tr></table>';
  const scrolled: string[] = [];
  for (const td of Array.from(document.querySelectorAll('td'))) {
    place(td, 100, 50);
    td.scrollIntoView = () => void scrolled.push(td.id);
  }
  const marks: Mark[] = [
    {
      element: document.getElementById('a')!,
      severity: 'error',
      role: 'primary',
      lines: [{ severity: 'error', rule: 't4-review-sum', message: '行政复议总计应为 1，表中为 0' }],
    },
    {
      element: document.getElementById('b')!,
      severity: 'warning',
      role: 'primary',
      lines: [{ severity: 'warning', rule: 'text-review', message: '正文称 2 件' }],
    },
    // A cell a finding was only checked against: no stop of its own.
    { element: document.getElementById('c')!, severity: 'error', role: 'related', lines: [] },
  ];
  const overlay = new Overlay(document);
  place(overlay.host, 0, 0, 0, 0);
  overlay.show(marks, { error: '错误', warning: '警告' });
  return { overlay, scrolled };
}

const key = (code: string, extra: KeyboardEventInit = { altKey: true, shiftKey: true }) =>
  document.dispatchEvent(
    new KeyboardEvent('keydown', {
      code,
      key: code === 'Escape' ? 'Escape' : code.slice(-1).toLowerCase(),
      bubbles: true,
      ...extra,
    }),
  );

describe('Overlay keyboard', () => {
  it('steps through the marks with Alt+Shift+J / K, scrolling to each and showing its tooltip', () => {
    const { overlay, scrolled } = setup();
    key('KeyJ');
    expect(scrolled).toEqual(['a']);
    expect(tipOf(overlay).hidden).toBe(false);
    expect(tipOf(overlay).textContent).toContain('行政复议总计应为 1，表中为 0');
    key('KeyJ');
    expect(scrolled).toEqual(['a', 'b']);
    expect(tipOf(overlay).textContent).toContain('正文称 2 件');
    key('KeyJ');
    key('KeyK');
    expect(scrolled).toEqual(['a', 'b', 'a', 'b']);
    key('Escape', {});
    expect(tipOf(overlay).hidden).toBe(true);
    // Without Alt+Shift the page's own keys are left alone.
    key('KeyJ', {});
    expect(scrolled).toHaveLength(4);
  });

  it('starts from the last mark with Alt+Shift+K, and does nothing when marks are off', () => {
    const { overlay, scrolled } = setup();
    key('KeyK');
    expect(scrolled).toEqual(['b']);
    overlay.setVisible(false);
    expect(overlay.step(1)).toBe(false);
  });

  it('shows the tooltip of a marked cell after "locate"', () => {
    const { overlay } = setup();
    overlay.reveal({ element: document.getElementById('b')! });
    expect(tipOf(overlay).hidden).toBe(false);
    expect(tipOf(overlay).textContent).toContain('text-review');
    const table = place(document.querySelector('table')!, 0, 0);
    (table as HTMLElement).scrollIntoView = () => undefined;
    overlay.reveal({ element: table });
    // An unmarked cell: no tooltip of its own (the previous one stays until the pointer moves).
    expect(tipOf(overlay).textContent).toContain('text-review');
  });
});
