/** The side panel's one subscription to the active tab (src/platform/panel.ts onActiveTabChanged). */
/**
 * One subscription to the active tab for the panel's life: until the panel listens, the latest tab is kept; `take`
 * hands it over (and forgets it), `follow` passes on the ones after, the one kept meanwhile first.
 */
export function followTabs(subscribe: (listener: (tabId: number) => void) => () => void): {
  take(): number | null;
  follow(listener: (tabId: number) => void): () => void;
} {
  let kept: number | null = null;
  let target: ((tabId: number) => void) | null = null;
  subscribe((tabId) => {
    if (target) target(tabId);
    else kept = tabId;
  });
  const take = () => {
    const tabId = kept;
    kept = null;
    return tabId;
  };
  return {
    take,
    follow(listener) {
      target = listener;
      const missed = take();
      if (missed !== null) listener(missed);
      return () => {
        if (target === listener) target = null;
      };
    },
  };
}
