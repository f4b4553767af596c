// @vitest-environment happy-dom
/**
 * The cross-year rules where the report is audited: the worker that audits the content script's snapshot remembers
 * the report in the extension's memory and, when last year's report of the agency is kept, runs the rules with it
 * before it answers — every message validated on both sides — so the cross-year finding is in the page's marks, its
 * state and the badge summary from the first drawing on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditPage } from '../cli/batch-io';
import { PageAuditor } from '../content/auditor';
import { localEngine, localEngineWith } from '../../test/helpers/local-engine';
import type { AuditResult } from '../model';
import { parseContentState, summarise } from '../platform/messages';
import { openPageStore } from '../platform/store';
import { agencyKey, type ReportStore } from '../portal';
import { SITE_DIR } from '../../test/fixtures/portal/generate';
import { OVERLAY_TAG } from '../content/overlay';
import { fakeIndexedDb } from '../../test/helpers/fake-indexeddb';
import { takeSnapshot } from '../dom/snapshot';
import { answerEngineRequest, LAST_YEAR_WAIT_MS } from './engine';
import { lastYearFor } from './last-year';

const PAGE_2022 = 'xxgk/ndbg/2023/01/gaj-2022.html';
const PAGE_2023 = 'xxgk/ndbg/2024/01/gaj-2023.html';
const urlOf = (path: string) => `https://portal.example.gov.cn/${path}`;

/** A report page of the local portal, audited as the batch page does. */
function audited(path: string): AuditResult {
  return auditPage(
    { url: urlOf(path), bytes: new Uint8Array(readFileSync(join(SITE_DIR, path))), contentType: 'text/html' },
    'zh',
  ).result;
}

/** What crosses runtime.sendMessage: a JSON-like copy. */
const wire = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

let police2022: AuditResult;
let police2023: AuditResult;

beforeAll(() => {
  police2022 = audited(PAGE_2022);
  police2023 = audited(PAGE_2023);
});

describe('the worker: lastYearFor', () => {
  it("remembers the report and answers with last year's report of its agency", async () => {
    const store = openPageStore({ indexedDB: fakeIndexedDb() });
    expect(await lastYearFor(store, police2022)).toBeNull();
    const previous = await lastYearFor(store, police2023);
    expect(previous?.source).toBe(police2022.report.source);
    expect(previous?.report.year).toBe(2022);
    // …and this year's report is now remembered for next year's.
    expect(await store.get(agencyKey(police2023.report) as string, 2023)).toBeDefined();
  });

  it('answers "none kept" for a page that is not a report, and when the store fails', async () => {
    const store = openPageStore({ indexedDB: fakeIndexedDb() });
    const notReport = { ...police2023, report: { ...police2023.report, detected: false } };
    expect(await lastYearFor(store, notReport)).toBeNull();
    const failing: ReportStore = {
      get: () => Promise.reject(new Error('quota')),
      put: () => Promise.reject(new Error('quota')),
      list: () => Promise.resolve([]),
      clear: () => Promise.resolve(),
    };
    expect(await lastYearFor(failing, police2023)).toBeNull();
  });
});

describe('the content script: PageAuditor with the memory', () => {
  beforeEach(() => {
    // happy-dom does no layout; give every element a box so the marks layer draws.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({
      left: 10,
      top: 10,
      width: 30,
      height: 20,
      right: 40,
      bottom: 30,
      x: 10,
      y: 10,
      toJSON: () => ({}),
    } as DOMRect);
  });
  afterEach(() => vi.restoreAllMocks());

  function load2023(): void {
    document.open();
    document.write(readFileSync(join(SITE_DIR, PAGE_2023), 'utf8'));
    document.close();
  }

  it('adds the cross-year finding to the state, the marks and the badge summary', async () => {
    load2023();
    const store = openPageStore({ indexedDB: fakeIndexedDb() });
    await store.put(police2022);
    const memory = vi.fn((result: AuditResult) => lastYearFor(store, result));
    // Without last year's report first: the same page, the same auditor code, no year-carry finding.
    const alone = await new PageAuditor(document, localEngine, { lang: 'zh', marks: true }).run();
    if (alone.status !== 'report') throw new Error(`expected a report, got ${alone.status}`);
    expect(alone.result.findings.some((f) => f.rule === 'year-carry')).toBe(false);
    document.querySelector(OVERLAY_TAG)?.remove();

    const auditor = new PageAuditor(document, localEngineWith(memory), { lang: 'zh', marks: true });
    const compared = await auditor.run();
    expect(memory).toHaveBeenCalledTimes(1);
    if (compared.status !== 'report') throw new Error('expected the compared report');
    const carry = compared.result.findings.filter((f) => f.rule === 'year-carry');
    expect(carry).toHaveLength(1);
    expect(carry[0]?.data.previousSource).toBe(police2022.report.source);
    expect(compared.previous).toBe(police2022.report.source);
    expect(summarise(compared).errors).toBe(summarise(alone).errors + 1);
    expect(auditor.layers.get(document)!.drawn).toBeGreaterThan(0);
    // The state the popup is sent keeps it (and passes the popup's validation).
    const state = parseContentState(wire(auditor.snapshot));
    expect(state?.status === 'report' && state.previous).toBe(police2022.report.source);
    expect(state?.status === 'report' && state.result.findings.filter((f) => f.rule === 'year-carry')).toHaveLength(1);
    // …and this year's report is remembered for next year's.
    expect(await store.get(agencyKey(police2023.report) as string, 2023)).toBeDefined();

    // A re-audit of the unchanged page has it again, in the one answer.
    const again = await auditor.run();
    expect(again.status === 'report' && again.result.findings.some((f) => f.rule === 'year-carry')).toBe(true);
  });

  it('changes nothing when the memory keeps nothing, fails, or is too slow', async () => {
    load2023();
    const plain = await new PageAuditor(document, localEngine, { lang: 'zh', marks: true }).run();
    const findings = (state: typeof plain) => (state.status === 'report' ? state.result.findings : null);
    const empty = await new PageAuditor(
      document,
      localEngineWith(async () => null),
      { lang: 'zh', marks: true },
    ).run();
    expect(findings(empty)).toEqual(findings(plain));
    expect(empty).not.toHaveProperty('previous');
    const failing = localEngineWith(() => Promise.reject(new Error('quota')));
    expect(findings(await new PageAuditor(document, failing, { lang: 'zh', marks: true }).run())).toEqual(
      findings(plain),
    );
    vi.useFakeTimers();
    try {
      const slow = localEngineWith(() => new Promise(() => undefined));
      const pending = new PageAuditor(document, slow, { lang: 'zh', marks: true }).run();
      await vi.advanceTimersByTimeAsync(LAST_YEAR_WAIT_MS + 10);
      expect(findings(await pending)).toEqual(findings(plain));
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the worker: the page's report among its documents", () => {
  const E2E = join(SITE_DIR, '../../e2e/portal');
  const page = (html: string, url: string): Document => {
    const doc = document.implementation.createHTMLDocument('');
    doc.open();
    doc.write(html);
    doc.close();
    Object.defineProperty(doc, 'URL', { value: url });
    return doc;
  };

  it('chooses the document with the most tables read, and remembers and compares that one only', async () => {
    const html = readFileSync(join(E2E, 'framed-body.html'), 'utf8');
    // The same report without its tables: a page a portal shows around the report, repeating its title and text.
    const shell = page(html.replace(/<table[\s\S]*?<\/table>/g, ''), 'https://www.example.gov.cn/framed.html');
    const body = page(html, 'https://www.example.gov.cn/body.html');
    const snapshots = [shell, body].map((doc) => takeSnapshot(doc).snapshot);
    const alone = await answerEngineRequest({
      type: 'audit-page',
      snapshots: [snapshots[0]!],
      lang: 'zh',
      force: false,
    });
    // The shell is a report by itself, so the choice is a real one.
    expect(alone).toMatchObject({ type: 'audited', chosen: { index: 0, result: { report: { detected: true } } } });
    const memory = vi.fn(async (_result: AuditResult) => null);
    const reply = await answerEngineRequest({ type: 'audit-page', snapshots, lang: 'zh', force: false }, memory);
    expect(reply).toMatchObject({ type: 'audited', chosen: { index: 1 } });
    expect(memory).toHaveBeenCalledTimes(1);
    expect(memory.mock.calls[0]![0]).toMatchObject({ report: { source: 'https://www.example.gov.cn/body.html' } });
  });
});
