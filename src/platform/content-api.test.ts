/**
 * The content script's extension API without webextension-polyfill: Firefox's `browser` when there is one, else
 * Chromium's `chrome`; the popup answered through `sendResponse` (both browsers' own way of answering later).
 */
import { describe, expect, it } from 'vitest';
import { askEngine, contentApi, serveContentRequests, type ContentApi } from './content-api';
import type { EngineRequest } from './engine-messages';

function fakeApi(
  reply?: unknown,
): ContentApi & { listeners: Parameters<ContentApi['runtime']['onMessage']['addListener']>[0][] } {
  const listeners: Parameters<ContentApi['runtime']['onMessage']['addListener']>[0][] = [];
  return {
    listeners,
    runtime: {
      id: 'ours',
      sendMessage: async () => reply,
      onMessage: { addListener: (listener) => listeners.push(listener) },
    },
    storage: {
      local: { get: async () => ({}), set: async () => undefined },
      onChanged: { addListener: () => undefined },
    },
  };
}

describe('contentApi', () => {
  it("takes Firefox's browser namespace first, else Chromium's chrome, and refuses to run without either", () => {
    const firefox = fakeApi();
    const chromium = fakeApi();
    expect(contentApi({ browser: firefox, chrome: chromium })).toBe(firefox);
    expect(contentApi({ chrome: chromium })).toBe(chromium);
    // A `browser` without `runtime` is no extension namespace.
    expect(contentApi({ browser: {}, chrome: chromium })).toBe(chromium);
    expect(() => contentApi({})).toThrow();
  });
});

describe('serveContentRequests', () => {
  it('answers our extension through sendResponse, and stays silent for anything else', async () => {
    const api = fakeApi();
    serveContentRequests(async () => ({ type: 'located', found: true }), api);
    const [listener] = api.listeners;
    const replies: unknown[] = [];
    expect(listener!({ type: 'locate', key: 'c:1:2:3' }, { id: 'ours' }, (r) => replies.push(r))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(replies).toEqual([{ type: 'located', found: true }]);
    expect(listener!({ type: 'locate', key: 'c:1:2:3' }, { id: 'theirs' }, (r) => replies.push(r))).toBeUndefined();
    expect(listener!({ type: 'export' }, { id: 'ours' }, (r) => replies.push(r))).toBeUndefined();
    expect(replies).toHaveLength(1);
  });
});

describe('askEngine', () => {
  const request: EngineRequest = { type: 'localise', findings: [], lang: 'en' };

  it("resolves with the worker's answer to the request, and rejects — saying why — otherwise", async () => {
    expect(await askEngine(request, fakeApi({ type: 'localised', findings: [] }))).toEqual({
      type: 'localised',
      findings: [],
    });
    await expect(askEngine(request, fakeApi({ type: 'engine-failed', error: 'boom' }))).rejects.toThrow('boom');
    // The answer to another request, a malformed one, none at all (a worker restarting).
    await expect(askEngine(request, fakeApi({ type: 'cross-year', result: {} }))).rejects.toThrow(/did not answer/);
    await expect(askEngine(request, fakeApi({ type: 'localised', findings: [{}] }))).rejects.toThrow(/did not answer/);
    await expect(askEngine(request, fakeApi(undefined))).rejects.toThrow(/did not answer/);
  });
});
