// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { OVERLAY_TAG } from './overlay';
import { watchDocuments } from './watch';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchDocuments', () => {
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
});
