/**
 * Popup entry. The tab comes from `?tabId=N` when given (tests open the popup as a page), otherwise it is the
 * active tab of the popup's window.
 */
import { render } from 'preact';
import { activeTab, loadSettings } from '../platform/browser';
import { App, askTab } from './App';
import '../ui/palette.css';
import './popup.css';

void main();

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  // The tab's state is asked for as soon as the tab is known, while the settings load and the first render runs.
  const tab = resolveTabId(location.search);
  const firstView = tab.then((id) => (id === null ? undefined : askTab(id)));
  const [settings, tabId] = await Promise.all([loadSettings(), tab]);
  render(
    <App
      tabId={tabId}
      initialLang={settings.lang}
      initialMarks={settings.marks}
      firstView={firstView.then((view) => view ?? { kind: 'loading' })}
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
