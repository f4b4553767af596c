/**
 * The side panel's extension calls (Chrome `sidePanel`, Firefox `sidebarAction`), apart from ./page-api.ts so that the
 * background worker, which shares that module, does not carry them. On the browser's own namespace
 * (./page-api.ts): the popup and the side panel load no webextension-polyfill.
 */
import { pageApi } from './page-api';

/**
 * Side panel: calls `listener` with the tab to show — the tab activated in the panel's window, or the active tab when
 * it has finished loading a new page (no "tabs" permission needed: ids and status only). Extension pages (the batch
 * page, the panel opened as a tab) are skipped. Returns a function that stops listening.
 */
export function onActiveTabChanged(listener: (tabId: number) => void): () => void {
  const api = pageApi();
  let windowId: number | undefined;
  void api.windows
    ?.getCurrent()
    .then((w) => {
      windowId = w.id;
    })
    .catch(() => undefined);
  const own = (url: string | undefined) => url?.startsWith(api.runtime.getURL('')) ?? false;
  const activated = (info: { tabId: number; windowId: number }) => {
    if (windowId !== undefined && info.windowId !== windowId) return;
    void api.tabs
      .get(info.tabId)
      .then((tab) => {
        if (!own(tab.url)) listener(info.tabId);
      })
      .catch(() => listener(info.tabId));
  };
  const updated = (
    tabId: number,
    change: { status?: string },
    tab: { active?: boolean; windowId?: number; url?: string },
  ) => {
    if (change.status !== 'complete' || !tab.active || own(tab.url)) return;
    if (windowId !== undefined && tab.windowId !== windowId) return;
    listener(tabId);
  };
  api.tabs.onActivated.addListener(activated);
  api.tabs.onUpdated.addListener(updated);
  return () => {
    api.tabs.onActivated.removeListener(activated);
    api.tabs.onUpdated.removeListener(updated);
  };
}

/** The popup's window id, fetched ahead (opening the side panel must happen synchronously within the click). */
let popupWindow: number | undefined;

/** Popup: whether this browser has a side panel we can open; fetches the window id for openSidePanel ahead. */
export function sidePanelSupported(): boolean {
  if (sidebarAction()) return true;
  if (!chromeSidePanel()) return false;
  void pageApi()
    .windows.getCurrent()
    .then((w) => {
      popupWindow = w.id;
    })
    .catch(() => undefined);
  return true;
}

/** Popup: opens the side panel of the popup's window (Chrome's sidePanel, Firefox's sidebarAction) during the click. */
export function openSidePanel(): void {
  const firefox = sidebarAction();
  if (firefox) return void firefox.open().catch(() => undefined);
  const chrome = chromeSidePanel();
  if (chrome && popupWindow !== undefined) void chrome.open({ windowId: popupWindow }).catch(() => undefined);
}

function sidebarAction(): { open(): Promise<void> } | undefined {
  return (pageApi() as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
}

function chromeSidePanel(): { open(options: { windowId: number }): Promise<void> } | undefined {
  return (globalThis as { chrome?: { sidePanel?: { open(options: { windowId: number }): Promise<void> } } }).chrome
    ?.sidePanel;
}
