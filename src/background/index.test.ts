/**
 * The background worker with the extension API faked at its one entry point (webextension-polyfill): it draws a
 * badge only from a well-formed summary sent by our own content script in a tab's top frame, so neither a page, a
 * frame, another extension nor a malformed message can make it shout.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

type Sender = { id?: string; tab?: { id: number }; frameId?: number };

const fake = vi.hoisted(() => ({
  onMessage: [] as Array<(message: unknown, sender: unknown) => unknown>,
  onUpdated: [] as Array<(tabId: number, change: { status?: string }) => void>,
  badges: [] as Array<{ tabId: number; text: string }>,
  titles: [] as Array<{ tabId: number; title: string }>,
  stored: {} as Record<string, unknown>,
  reply: undefined as unknown,
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'our-extension-id',
      getURL: (path: string) => `chrome-extension://our-extension-id/${path}`,
      onMessage: {
        addListener: (listener: (message: unknown, sender: unknown) => unknown) => fake.onMessage.push(listener),
      },
    },
    storage: { local: { get: async () => fake.stored } },
    tabs: {
      onUpdated: {
        addListener: (listener: (tabId: number, change: { status?: string }) => void) => fake.onUpdated.push(listener),
      },
      sendMessage: async () => fake.reply,
    },
    action: {
      setBadgeText: async (details: { tabId: number; text: string }) => void fake.badges.push(details),
      setBadgeBackgroundColor: async () => undefined,
      setBadgeTextColor: async () => undefined,
      setIcon: async () => undefined,
      setTitle: async (details: { tabId: number; title: string }) => void fake.titles.push(details),
    },
  },
}));

const OURS: Sender = { id: 'our-extension-id', tab: { id: 7 }, frameId: 0 };
const summary = { type: 'summary', detected: true, errors: 2, warnings: 0 };
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function send(message: unknown, sender: Sender): Promise<void> {
  for (const listener of fake.onMessage) listener(message, sender);
  await flush();
}

describe('the background worker', () => {
  beforeAll(async () => {
    await import('./index');
  });

  it("audits our content script's page snapshot, and no one else's", async () => {
    const fetched = vi.fn();
    vi.stubGlobal('fetch', fetched);
    try {
      const ask = (message: unknown, sender: Sender) =>
        Promise.all(fake.onMessage.map((listener) => listener(message, sender))).then((all) =>
          all.find((reply) => reply !== undefined),
        );
      const request = {
        type: 'audit-page',
        lang: 'zh',
        force: true,
        snapshots: [
          {
            url: 'https://www.example.gov.cn/a.html',
            title: '2023年政府信息公开工作年度报告',
            nodes: [
              [-1, 'html', []],
              [0, 'body', []],
              [1, 'p', []],
              [2, '一、总体情况'],
            ],
          },
        ],
      };
      const reply = (await ask(request, OURS)) as { type: string; chosen: { result: { report: { source: string } } } };
      expect(reply).toMatchObject({ type: 'audited', chosen: { index: 0, elements: expect.any(Array) } });
      expect(reply.chosen.result.report.source).toBe('https://www.example.gov.cn/a.html');
      expect(await ask(request, { id: 'another-extension', tab: { id: 7 } })).toBeUndefined();
      expect(await ask(request, { id: 'our-extension-id' })).toBeUndefined(); // not from a tab
      expect(await ask({ ...request, lang: 'fr' }, OURS)).toBeUndefined();
      // A snapshot whose tree is not one is an answer that says so, not a crash.
      const broken = {
        ...request,
        snapshots: [
          {
            ...request.snapshots[0],
            nodes: [
              [-1, 'x'],
              [0, 'p', []],
            ],
          },
        ],
      };
      expect(await ask(broken, OURS)).toMatchObject({ type: 'engine-failed' });
      // The worker fetches nothing to audit.
      expect(fetched).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  beforeEach(() => {
    fake.badges.length = 0;
    fake.titles.length = 0;
    fake.stored = {};
    fake.reply = undefined;
  });

  it("draws the badge from our content script's summary", async () => {
    await send(summary, OURS);
    expect(fake.badges).toEqual([{ tabId: 7, text: '2' }]);
    expect(fake.titles).toEqual([{ tabId: 7, title: '2 个错误 — 年度报告' }]);
  });

  it('words the toolbar title in the language of the settings', async () => {
    fake.stored = { lang: 'en' };
    await send({ ...summary, warnings: 1, agency: '青山县交通运输局', year: 2023, audited: 3 }, OURS);
    expect(fake.titles).toEqual([
      { tabId: 7, title: '2 error(s) · 1 warning(s) — 青山县交通运输局 2023 annual report' },
    ]);
  });

  it.each<[string, unknown, string]>([
    ['an over-long agency', { ...summary, agency: '局'.repeat(61) }, ''],
    ['a year out of range', { ...summary, year: 12 }, ''],
    ['more than three audited tables', { ...summary, audited: 4 }, ''],
  ])('ignores a summary with %s', async (_what, message) => {
    await send(message, OURS);
    expect(fake.badges).toEqual([]);
  });

  it.each<[string, unknown, Sender]>([
    ['another extension', summary, { ...OURS, id: 'evil-extension' }],
    ['a sub-frame', summary, { ...OURS, frameId: 3 }],
    ['no tab (an extension page)', summary, { id: 'our-extension-id' }],
    ['a negative count', { ...summary, errors: -1 }, OURS],
    ['a count that is not a number', { ...summary, errors: '99+' }, OURS],
    ['a fractional count', { ...summary, errors: 1.5 }, OURS],
    ['another message type', { type: 'download', url: 'https://evil.example/x.exe' }, OURS],
    ['a string', 'summary', OURS],
  ])('ignores %s', async (_what, message, sender) => {
    await send(message, sender);
    expect(fake.badges).toEqual([]);
  });

  it('clears the badge when the tab starts loading, and redraws from a valid state once it has loaded', async () => {
    for (const listener of fake.onUpdated) listener(7, { status: 'loading' });
    await flush();
    expect(fake.badges).toEqual([{ tabId: 7, text: '' }]);
    fake.badges.length = 0;
    fake.reply = {
      status: 'too-large',
      url: 'https://a.gov.cn/',
      title: 't',
      over: { measure: 'cells', count: 40000, limit: 20000 },
    };
    for (const listener of fake.onUpdated) listener(7, { status: 'complete' });
    await flush();
    // A page too large to audit keeps the quiet, resting look.
    expect(fake.badges).toEqual([{ tabId: 7, text: '' }]);
  });

  it('draws nothing from a malformed state (a forged result cannot reach the badge)', async () => {
    fake.reply = {
      status: 'report',
      url: 'u',
      result: { findings: 'all of them' },
      forced: false,
      marks: true,
      frame: null,
      merges: {},
    };
    for (const listener of fake.onUpdated) listener(7, { status: 'complete' });
    await flush();
    expect(fake.badges).toEqual([]);
  });
});
