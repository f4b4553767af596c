import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_VIEW_WAIT_MS, viewWithin } from './tab-view';
import type { View } from './connect';

vi.mock('../platform/page-api', () => ({ askContent: vi.fn(), injectContentScript: vi.fn(), tabUrl: vi.fn() }));

const REPORT: View = { kind: 'page', state: { status: 'pending', url: 'https://a.gov.cn/' } };

afterEach(() => {
  vi.useRealTimers();
});

describe('viewWithin', () => {
  it('gives the view itself when it comes in time (the entry draws it in its first render)', async () => {
    vi.useFakeTimers();
    const answer = viewWithin(new Promise<View>((resolve) => setTimeout(() => resolve(REPORT), 10)));
    await vi.advanceTimersByTimeAsync(10);
    expect(await answer).toEqual(REPORT);
  });

  it('gives up after FIRST_VIEW_WAIT_MS when the tab is slow, so the loading view is drawn meanwhile', async () => {
    vi.useFakeTimers();
    const slow = new Promise<View>((resolve) => setTimeout(() => resolve(REPORT), FIRST_VIEW_WAIT_MS + 500));
    let settled = false;
    const answer = viewWithin(slow).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(FIRST_VIEW_WAIT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await answer).toBeUndefined();
  });
});
