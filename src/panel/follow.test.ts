import { describe, expect, it } from 'vitest';
import { followTabs } from './follow';

function source() {
  let emit: (tabId: number) => void = () => undefined;
  return {
    subscribe: (listener: (tabId: number) => void) => {
      emit = listener;
      return () => undefined;
    },
    emit: (tabId: number) => emit(tabId),
  };
}

describe('followTabs', () => {
  it('keeps a tab switched to before the panel listens: as the first tab to show, or handed to the listener', () => {
    const tabs = source();
    const early = followTabs(tabs.subscribe);
    tabs.emit(4);
    tabs.emit(5);
    expect(early.take()).toBe(5);
    expect(early.take()).toBeNull();

    const late = followTabs(tabs.subscribe);
    tabs.emit(6);
    const seen: number[] = [];
    late.follow((id) => seen.push(id));
    tabs.emit(7);
    expect(seen).toEqual([6, 7]);
  });

  it('stops passing tabs on once the listener unsubscribes', () => {
    const tabs = source();
    const follow = followTabs(tabs.subscribe);
    const seen: number[] = [];
    const stop = follow.follow((id) => seen.push(id));
    tabs.emit(1);
    stop();
    tabs.emit(2);
    expect(seen).toEqual([1]);
    expect(follow.take()).toBe(2);
  });
});
