// @vitest-environment happy-dom
/**
 * The content script as loaded into a page, with the extension API faked at its one entry point (the browser's own
 * namespace, src/platform/content-api.ts): the only input it trusts is a runtime message from our own extension —
 * not the page's window messages, not DOM events, not another extension.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseContentState } from '../platform/messages';
import { localiseFindings } from '../rules/meta';
import { workerAnswer } from '../../test/helpers/local-engine';

const OUR_ID = 'our-extension-id';

type Sender = { id?: string; tab?: { id: number }; frameId?: number };
type Listener = (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => unknown;

const fake = {
  listeners: [] as Listener[],
  sent: [] as unknown[],
  stored: [] as Array<Record<string, unknown>>,
  settings: {} as Record<string, unknown>,
  settingsListeners: [] as Array<(changes: Record<string, unknown>, area: string) => void>,
};

/** The worker's answers: its engine's, to the audits and renderings asked of it (nothing to the rest here). */
async function worker(message: unknown): Promise<unknown> {
  fake.sent.push(message);
  return workerAnswer(message);
}

const sentOf = (type: string) => fake.sent.filter((m) => (m as { type?: string }).type === type);

// Chromium's namespace (Firefox's `browser` has the same calls): no webextension-polyfill in the content script.
Object.assign(globalThis, {
  chrome: {
    runtime: {
      id: OUR_ID,
      onMessage: { addListener: (listener: Listener) => fake.listeners.push(listener) },
      sendMessage: worker,
    },
    storage: {
      local: {
        get: async () => ({ ...fake.settings }),
        set: async (items: Record<string, unknown>) => void fake.stored.push(items),
      },
      onChanged: {
        addListener: (listener: (typeof fake.settingsListeners)[number]) => fake.settingsListeners.push(listener),
      },
    },
  },
});

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/e2e');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends a message as the extension runtime would deliver it to the content script's listeners: a listener that
 * returns true answers through `sendResponse`; any other has nothing to say.
 */
async function deliver(message: unknown, sender: Sender = { id: OUR_ID }): Promise<unknown> {
  const replies = fake.listeners.map(
    (listener) =>
      new Promise<unknown>((resolve) => {
        if (listener(message, sender, resolve) !== true) resolve(undefined);
      }),
  );
  return Promise.all(replies).then((all) => all.find((reply) => reply !== undefined));
}

describe('the content script in a page', () => {
  beforeAll(async () => {
    document.open();
    document.write(readFileSync(join(FIXTURES, 'portal/news.html'), 'utf8'));
    document.close();
    await import('./index');
    // The first audit waits for an idle moment (happy-dom: the setTimeout fallback), then yields between steps.
    // Waited for, not timed (it took more than the old 1 s budget on a loaded machine).
    await vi.waitFor(() => expect(fake.sent.length).toBeGreaterThan(0), { timeout: 30_000, interval: 25 });
  }, 60_000);

  it('audits by itself at an idle moment and tells the worker (a news page: nothing to show)', () => {
    expect(fake.sent).toEqual([{ type: 'summary', detected: false, errors: 0, warnings: 0 }]);
  });

  it("answers our extension with a state that passes the popup's validation", async () => {
    const state = parseContentState(await deliver({ type: 'get-state' }));
    expect(state).toMatchObject({ status: 'not-report', tables: 1 });
  });

  it('ignores requests from another extension, and malformed ones', async () => {
    expect(await deliver({ type: 'audit-anyway' }, { id: 'some-other-extension' })).toBeUndefined();
    expect(await deliver({ type: 'audit-anyway' }, {})).toBeUndefined();
    expect(await deliver({ type: 'export' })).toBeUndefined();
    expect(await deliver({ type: 'locate', key: 'x'.repeat(500) })).toBeUndefined();
    expect(await deliver('audit-anyway')).toBeUndefined();
    expect(parseContentState(await deliver({ type: 'get-state' }))).toMatchObject({ status: 'not-report' });
  });

  it('cannot be driven by the page: window messages and DOM events change nothing', async () => {
    const before = fake.sent.length;
    for (const message of [{ type: 'audit-anyway' }, { type: 'summary', detected: true, errors: 9, warnings: 0 }]) {
      window.postMessage(message, '*');
      document.dispatchEvent(new CustomEvent('message', { detail: message }));
      document.dispatchEvent(new CustomEvent('gov-report-auditor', { detail: message }));
    }
    await wait(100);
    expect(fake.sent.length).toBe(before);
    expect(parseContentState(await deliver({ type: 'get-state' }))).toMatchObject({ status: 'not-report' });
  });

  it('audits anyway only when our extension asks, and reports it to the worker', async () => {
    const state = parseContentState(await deliver({ type: 'audit-anyway' }));
    expect(state).toMatchObject({ status: 'report', forced: true });
    const summaries = fake.sent.filter((m) => (m as { type?: string }).type === 'summary');
    expect(summaries.at(-1)).toMatchObject({ type: 'summary', detected: true });
    // The worker was sent the page to audit, and nothing else (it remembers the report itself).
    expect(new Set(fake.sent.map((m) => (m as { type?: string }).type))).toEqual(new Set(['summary', 'audit-page']));
  });

  it('stores nothing of the page: only its two settings', async () => {
    expect(parseContentState(await deliver({ type: 'set-marks', on: false }))).toMatchObject({
      status: 'report',
      marks: false,
    });
    await wait(0);
    expect(fake.stored.length).toBeGreaterThan(0);
    for (const items of fake.stored)
      expect(Object.keys(items).every((key) => key === 'lang' || key === 'marks')).toBe(true);
  });

  it('audits in the worker: it sends the page as a snapshot of its elements and their text', () => {
    const audits = sentOf('audit-page') as { snapshots: { url: string; nodes: unknown[] }[]; force: boolean }[];
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ lang: 'zh', force: true, snapshots: [{ url: document.URL }] });
    expect(audits[0]!.snapshots[0]!.nodes.length).toBeGreaterThan(document.querySelectorAll('*').length);
  });

  it('re-renders its findings in English when the language is switched, asking the worker to render them', async () => {
    const before = parseContentState(await deliver({ type: 'get-state' }));
    if (before?.status !== 'report') throw new Error('expected a report');
    expect(before.result.findings.length).toBeGreaterThan(0);
    expect(before.result.findings.every((f) => /\p{Script=Han}/u.test(f.message))).toBe(true);
    const asked = () => sentOf('localise').map((m) => (m as { lang: string }).lang);
    expect(asked()).toEqual([]);

    const toggle = async (lang: 'zh' | 'en') => {
      fake.settings = { lang };
      for (const listener of fake.settingsListeners) listener({ lang: { newValue: lang } }, 'local');
      await wait(50);
      const state = parseContentState(await deliver({ type: 'get-state' }));
      if (state?.status !== 'report') throw new Error('expected a report');
      return state.result.findings;
    };
    const english = await toggle('en');
    expect(asked()).toEqual(['en']);
    expect(english.map((f) => f.messageId)).toEqual(before.result.findings.map((f) => f.messageId));
    // Word for word what the popup renders from the rules' own metadata.
    expect(english.map((f) => f.message)).toEqual(localiseFindings(before.result.findings, 'en').map((f) => f.message));
    expect(english.every((f) => /[A-Za-z]{4}/.test(f.message))).toBe(true);
    // Back to Chinese: the very messages it had; and English again.
    expect((await toggle('zh')).map((f) => f.message)).toEqual(before.result.findings.map((f) => f.message));
    expect((await toggle('en')).map((f) => f.message)).toEqual(english.map((f) => f.message));
    expect(asked()).toEqual(['en', 'zh', 'en']);
    fake.settings = {};
  });

  it('answers locate for a spot that is not on the page with found: false', async () => {
    expect(await deliver({ type: 'locate', key: 'c:99:0:0' })).toEqual({ type: 'located', found: false });
  });
});
