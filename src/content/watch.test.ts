// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OVERLAY_TAG } from './overlay';
import { idle, watchDocuments, whenIdle } from './watch';

/**
 * The watcher's debounce, rate limit and gaps run on a fake clock (its setTimeout and Date.now, and the tests'
 * tickers), so no expectation depends on how fast the machine is; happy-dom delivers mutations in microtasks, which
 * advancing the clock lets run between timers.
 */
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe('watchDocuments', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls back once after a burst of changes has settled', async () => {
    const onChange = vi.fn();
    const watcher = watchDocuments(() => [document], onChange, { quietMs: 30, maxWaitMs: 1000 });
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('p'));
    await wait(10);
    document.body.append('late text');
    expect(onChange).not.toHaveBeenCalled();
    await wait(80);
    expect(onChange).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('ignores our own marks layer being added or removed', async () => {
    const onChange = vi.fn();
    const watcher = watchDocuments(() => [document], onChange, { quietMs: 20 });
    const host = document.createElement(OVERLAY_TAG);
    document.documentElement.append(host);
    await wait(60);
    host.remove();
    await wait(60);
    expect(onChange).not.toHaveBeenCalled();
    watcher.stop();
  });

  it('does not wait forever on a page that never stops changing', async () => {
    const onChange = vi.fn();
    const watcher = watchDocuments(() => [document], onChange, { quietMs: 40, maxWaitMs: 100 });
    const ticker = setInterval(() => document.body.append('.'), 10);
    await wait(180);
    clearInterval(ticker);
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(1);
    watcher.stop();
  });

  it('stops watching on stop()', async () => {
    const onChange = vi.fn();
    watchDocuments(() => [document], onChange, { quietMs: 10 }).stop();
    document.body.append(document.createElement('div'));
    await wait(40);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('calls back at most maxFires times a window on a page that mutates without end, then catches up once', async () => {
    const onChange = vi.fn();
    const watcher = watchDocuments(() => [document], onChange, {
      quietMs: 5,
      maxWaitMs: 10,
      maxFires: 3,
      windowMs: 300,
    });
    const ticker = setInterval(() => document.body.append('.'), 2);
    await wait(200);
    // Without the limit this would be ≈ 20 calls (one per maxWaitMs).
    expect(onChange).toHaveBeenCalledTimes(3);
    clearInterval(ticker);
    // The window ends: observing resumes and the changes made meanwhile are looked at once.
    await wait(250);
    expect(onChange).toHaveBeenCalledTimes(4);
    await wait(100);
    expect(onChange).toHaveBeenCalledTimes(4);
    watcher.stop();
  });

  it('observes nothing while paused: mutations then cost the page no callbacks', async () => {
    const onChange = vi.fn();
    const Observer = window.MutationObserver;
    // Count how many of our observers are connected, through the constructor the watcher uses.
    let connected = 0;
    window.MutationObserver = class extends Observer {
      override observe(target: Node, options?: MutationObserverInit) {
        connected++;
        super.observe(target, options);
      }
      override disconnect() {
        connected--;
        super.disconnect();
      }
    } as typeof MutationObserver;
    try {
      const watcher = watchDocuments(() => [document], onChange, {
        quietMs: 1,
        maxWaitMs: 2,
        maxFires: 1,
        windowMs: 200,
      });
      expect(connected).toBe(1);
      document.body.append('a');
      await wait(30);
      expect(onChange).toHaveBeenCalledTimes(1);
      document.body.append('b');
      await wait(30);
      expect(connected).toBe(0);
      expect(onChange).toHaveBeenCalledTimes(1);
      // The window over, it observes again.
      await wait(220);
      expect(connected).toBe(1);
      watcher.stop();
    } finally {
      window.MutationObserver = Observer;
    }
  });

  it('keeps at least minGapMs between calls (the caller scales it to what an audit costs)', async () => {
    const times: number[] = [];
    const watcher = watchDocuments(
      () => [document],
      () => times.push(Date.now()),
      {
        quietMs: 1,
        maxWaitMs: 2,
        maxFires: 100,
        minGapMs: () => 60,
      },
    );
    const ticker = setInterval(() => document.body.append('.'), 3);
    await wait(250);
    clearInterval(ticker);
    watcher.stop();
    // Changes every 3 ms for 250 ms: the first call once the first change settles, then one every 60 ms.
    expect(times.length).toBe(5);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(60);
  });

  it('goes on watching when the callback throws', async () => {
    const onChange = vi.fn(() => {
      throw new Error('boom');
    });
    const watcher = watchDocuments(() => [document], onChange, { quietMs: 5 });
    document.body.append('x');
    await wait(30);
    document.body.append('y');
    await wait(30);
    expect(onChange).toHaveBeenCalledTimes(2);
    watcher.stop();
  });
});

describe('whenIdle and idle', () => {
  it('run the task later, never synchronously, and swallow its errors', async () => {
    const task = vi.fn(() => {
      throw new Error('boom');
    });
    whenIdle(window, task);
    expect(task).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    await expect(idle(window, 100)).resolves.toBeUndefined();
  });

  it('prefer requestIdleCallback, with the timeout as the latest start', () => {
    const requestIdleCallback = vi.fn();
    const win = { requestIdleCallback, setTimeout: vi.fn() } as unknown as Window;
    whenIdle(win, () => undefined, 1234);
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 1234 });
    expect(win.setTimeout).not.toHaveBeenCalled();
  });
});
