/**
 * The popup's and the side panel's extension calls on the browser's own namespace (no webextension-polyfill).
 * The on-demand audit injects the full content script with scripting.executeScript: Firefox resolves a relative
 * `files` entry against the calling page (the popup's folder), so every injected file must be root-absolute and name
 * the very file the build writes (ENGINE_SCRIPT, the loader's web-accessible resource).
 */
import type { Browser } from 'webextension-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { ENGINE_SCRIPT } from './engine-script';
import { askContent, injectContentScript, pageApi } from './page-api';

/** A namespace with only the calls a test makes. */
const api = (calls: object) => calls as unknown as Browser;

describe('pageApi', () => {
  it('is Firefox’s `browser` when there is one, else Chromium’s `chrome`, never the polyfill', () => {
    const firefox = { runtime: { id: 'ff' } };
    const chromium = { runtime: { id: 'cr' } };
    expect(pageApi({ browser: firefox, chrome: chromium })).toBe(firefox);
    expect(pageApi({ chrome: chromium })).toBe(chromium);
    expect(pageApi({ browser: {}, chrome: chromium })).toBe(chromium);
    expect(() => pageApi({})).toThrow(/no extension API/);
  });
});

describe('askContent', () => {
  it('asks the top frame, and gives undefined, as the polyfill did, when listeners answered nothing', async () => {
    const sendMessage = vi.fn(async () => ({ status: 'pending' }));
    expect(await askContent(3, { type: 'get-state' }, api({ tabs: { sendMessage } }))).toEqual({ status: 'pending' });
    expect(sendMessage).toHaveBeenCalledWith(3, { type: 'get-state' }, { frameId: 0 });
    const silent = vi.fn(async () => {
      throw new Error('The message port closed before a response was received.');
    });
    expect(await askContent(3, { type: 'get-state' }, api({ tabs: { sendMessage: silent } }))).toBeUndefined();
  });

  it('rejects when no content script listens (the popup then injects it)', async () => {
    const none = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(askContent(3, { type: 'get-state' }, api({ tabs: { sendMessage: none } }))).rejects.toThrow(
      /Receiving end does not exist/,
    );
  });
});

describe('injectContentScript', () => {
  it('injects the built full content script by a root-absolute path', async () => {
    const calls: Array<{ target: { tabId: number }; files: string[] }> = [];
    const executeScript = async (details: { target: { tabId: number }; files: string[] }) => {
      calls.push(details);
      return [];
    };
    await injectContentScript(12, api({ scripting: { executeScript } }));
    expect(calls).toEqual([{ target: { tabId: 12 }, files: [`/${ENGINE_SCRIPT}`] }]);
    // Resolved the way Firefox does, against the popup page, it is still the file at the extension's root.
    const popup = 'moz-extension://uuid/src/popup/index.html';
    expect(calls[0]!.files.map((file) => new URL(file, popup).href)).toEqual([`moz-extension://uuid/${ENGINE_SCRIPT}`]);
  });
});
