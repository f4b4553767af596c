/**
 * Popup entry. The tab comes from `?tabId=N` when given (tests open the popup as a page), otherwise it is the
 * active tab of the popup's window.
 */
import { render } from 'preact';
import { activeTab, loadSettings } from '../platform/browser';
import { App } from './App';
import '../ui/palette.css';
import './popup.css';

void main();

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const [settings, tabId] = await Promise.all([loadSettings(), resolveTabId(location.search)]);
  render(<App tabId={tabId} initialLang={settings.lang} initialMarks={settings.marks} />, root);
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
