/**
 * Popup entry. The tab comes from `?tabId=N` when given (tests open the popup as a page), otherwise it is the
 * active tab of the popup's window.
 *
 * Order matters for the time to the report (docs/performance.md, "The popup and the side panel"): the tab is asked
 * for its state first, from this small module, and the views' code loads and compiles while the page answers; the
 * app is then drawn once, with the report, when the answer comes within FIRST_VIEW_WAIT_MS (the page's static frame
 * shows a spinner until then).
 */
import { render } from 'preact';
import { activeTab } from '../platform/page-api';
import { askTab, settingsWithStrings, viewWithin } from './tab-view';

void main();

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const app = import('./App');
  const settings = settingsWithStrings();
  const tabId = await resolveTabId(location.search);
  const asked = tabId === null ? undefined : askTab(tabId);
  const [{ App }, { lang, marks }] = await Promise.all([app, settings]);
  render(
    <App
      tabId={tabId}
      initialLang={lang}
      initialMarks={marks}
      firstView={asked === undefined ? undefined : ((await viewWithin(asked)) ?? asked)}
    />,
    root,
  );
}

async function resolveTabId(search: string): Promise<number | null> {
  const given = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(given) && given > 0) return given;
  try {
    return (await activeTab())?.id ?? null;
  } catch {
    return null;
  }
}
