/**
 * Side panel entry (Chrome `side_panel`, Firefox `sidebar_action`): the popup's view of a tab, kept open next to the
 * page and following the active tab of its window — switching tabs, or the tab loading another page, shows that
 * page's audit. `?tabId=N` pins a starting tab (tests open the panel as a page).
 */
import { render } from 'preact';
import { activeTab } from '../platform/page-api';
import { onActiveTabChanged } from '../platform/panel';
import { followTabs } from './follow';
import { askTab, settingsWithStrings, viewWithin } from '../popup/tab-view';

void main();

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  // Listen from the start: a tab switched to while the settings load is the tab to show, not a missed event.
  const tabs = followTabs(onActiveTabChanged);
  const given = Number(new URLSearchParams(location.search).get('tabId'));
  const tabAsked =
    Number.isInteger(given) && given > 0 ? Promise.resolve({ id: given }) : activeTab().catch(() => null);
  // The tab's state is asked for as soon as the tab is known, while the settings and the views' code load; the panel
  // is drawn once, with the tab's view when it comes in time (like the popup, src/popup/main.tsx).
  const panel = import('./Panel');
  const early = tabAsked.then((tab) => (tab?.id === undefined ? undefined : { tabId: tab.id, view: askTab(tab.id) }));
  const [{ Panel }, settings, tab, asked] = await Promise.all([panel, settingsWithStrings(), tabAsked, early]);
  const initialTab = tabs.take() ?? tab?.id ?? null;
  render(
    <Panel
      initialTab={initialTab}
      settings={settings}
      follow={tabs.follow}
      firstView={asked?.tabId === initialTab ? ((await viewWithin(asked.view)) ?? asked.view) : undefined}
    />,
    root,
  );
}
