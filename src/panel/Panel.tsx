/** The side panel: the popup's App for the followed tab, remounted when the tab changes or loads a new page. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../platform/settings';
import { App } from '../popup/App';
import type { View } from '../popup/connect';

export interface PanelProps {
  initialTab: number | null;
  settings: Settings;
  /** Calls back with the tab to show: a newly activated tab, or the shown tab when it has loaded a new page. */
  follow: (listener: (tabId: number) => void) => () => void;
  /** The initial tab's view, already asked for (`askTab`): shown by the first App only. */
  firstView?: View | Promise<View>;
}

export function Panel({ initialTab, settings, follow, firstView }: PanelProps) {
  const [shown, setShown] = useState<{ tabId: number | null; generation: number }>({
    tabId: initialTab,
    generation: 0,
  });
  useEffect(
    () => follow((tabId) => setShown((previous) => ({ tabId, generation: previous.generation + 1 }))),
    [follow],
  );
  return (
    <App
      key={`${shown.tabId}:${shown.generation}`}
      tabId={shown.tabId}
      initialLang={settings.lang}
      initialMarks={settings.marks}
      surface="panel"
      firstView={shown.generation === 0 ? firstView : undefined}
    />
  );
}
