/**
 * The popup's on-demand audit injects the full content script with scripting.executeScript. Firefox resolves a
 * relative `files` entry against the calling page (the popup's folder), so every injected file must be
 * root-absolute and name the very file the build writes (ENGINE_SCRIPT, the loader's web-accessible resource).
 */
import { describe, expect, it, vi } from 'vitest';
import { ENGINE_SCRIPT } from './engine-script';

const calls = vi.hoisted(() => [] as Array<{ target: { tabId: number }; files: string[] }>);

vi.mock('webextension-polyfill', () => ({
  default: {
    scripting: {
      executeScript: async (details: { target: { tabId: number }; files: string[] }) => {
        calls.push(details);
        return [];
      },
    },
  },
}));

describe('injectContentScript', () => {
  it('injects the built full content script by a root-absolute path', async () => {
    const { injectContentScript } = await import('./browser');
    await injectContentScript(12);
    expect(calls).toEqual([{ target: { tabId: 12 }, files: [`/${ENGINE_SCRIPT}`] }]);
    // Resolved the way Firefox does, against the popup page, it is still the file at the extension's root.
    const popup = 'moz-extension://uuid/src/popup/index.html';
    expect(calls[0]!.files.map((file) => new URL(file, popup).href)).toEqual([`moz-extension://uuid/${ENGINE_SCRIPT}`]);
  });
});
