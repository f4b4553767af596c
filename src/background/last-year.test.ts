// @vitest-environment happy-dom
/**
 * The cross-year rules where the report is audited: the content script hands its audited report to the worker, the
 * worker remembers it in the extension's memory and answers with last year's report of the agency, and the content
 * script's auditor runs the rules again with it — every message validated on both sides — so the cross-year finding
 * is in the page's marks, its state and the badge summary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditPage } from '../cli/batch-io';
import { PageAuditor } from '../content/auditor';
import { localEngine } from '../../test/helpers/local-engine';
import type { AuditResult } from '../model';
import { parseContentState, parseLastYearReply, parseLastYearRequest, summarise } from '../platform/messages';
import { openPageStore } from '../platform/store';
import { agencyKey, type ReportStore } from '../portal';
import { SITE_DIR } from '../../test/fixtures/portal/generate';
import { fakeIndexedDb } from '../../test/helpers/fake-indexeddb';
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
    expect(await lastYearFor(store, police2022)).toEqual({ type: 'last-year', previous: null });
    const reply = await lastYearFor(store, police2023);
    expect(reply.previous?.source).toBe(police2022.report.source);
    expect(reply.previous?.report.year).toBe(2022);
    // …and this year's report is now remembered for next year's.
    expect(await store.get(agencyKey(police2023.report) as string, 2023)).toBeDefined();
  });

  it('answers "none kept" for a page that is not a report, and when the store fails', async () => {
    const store = openPageStore({ indexedDB: fakeIndexedDb() });
    const notReport = { ...police2023, report: { ...police2023.report, detected: false } };
    expect(await lastYearFor(store, notReport)).toEqual({ type: 'last-year', previous: null });
    const failing: ReportStore = {
      get: () => Promise.reject(new Error('quota')),
      put: () => Promise.reject(new Error('quota')),
      list: () => Promise.resolve([]),
      clear: () => Promise.resolve(),
    };
    expect(await lastYearFor(failing, police2023)).toEqual({ type: 'last-year', previous: null });
  });
});

describe('the messages', () => {
  it('validates the request and the reply as they cross', async () => {
    const request = parseLastYearRequest(wire({ type: 'last-year', result: police2023 }));
    expect(request?.result.report.agency).toBe(police2023.report.agency);
    const store = openPageStore({ indexedDB: fakeIndexedDb() });
    await store.put(police2022);
    const reply = parseLastYearReply(wire(await lastYearFor(store, request!.result)));
    expect(reply?.previous?.source).toBe(police2022.report.source);
  });

  it('refuses what is not one: another type, a result or report of the wrong shape, an overlong source', async () => {
    expect(parseLastYearRequest({ type: 'summary', result: police2023 })).toBeNull();
    expect(parseLastYearRequest({ type: 'last-year', result: { ...police2023, findings: 'none' } })).toBeNull();
    expect(parseLastYearRequest({ type: 'last-year' })).toBeNull();
    expect(parseLastYearReply({ type: 'last-year', previous: null })).toEqual({ type: 'last-year', previous: null });
    expect(parseLastYearReply({ type: 'last-year' })).toBeNull();
    expect(parseLastYearReply({ type: 'last-year', previous: { report: { source: 1 }, source: 'x' } })).toBeNull();
    expect(
      parseLastYearReply({ type: 'last-year', previous: { report: police2022.report, source: 'x'.repeat(5000) } }),
    ).toBeNull();
    expect(parseLastYearReply({ type: 'last-year', previous: { report: police2022.report } })).toBeNull();
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
    // The worker's side, with the message validated both ways as browser.ts does.
    const ask = vi.fn(async (result: AuditResult) => {
      const request = parseLastYearRequest(wire({ type: 'last-year', result }));
      return parseLastYearReply(wire(await lastYearFor(store, request!.result)))?.previous ?? null;
    });
    const auditor = new PageAuditor(document, localEngine, { lang: 'zh', marks: true }, undefined, ask);
    const first = await auditor.run();
    if (first.status !== 'report') throw new Error(`expected a report, got ${first.status}`);
    expect(first.result.findings.some((f) => f.rule === 'year-carry')).toBe(false);
    const drawnBefore = auditor.layers.get(document)?.drawn ?? 0;
    const errorsBefore = summarise(first).errors;

    const compared = await auditor.compareWithLastYear();
    expect(ask).toHaveBeenCalledTimes(1);
    if (compared?.status !== 'report') throw new Error('expected the compared report');
    const carry = compared.result.findings.filter((f) => f.rule === 'year-carry');
    expect(carry).toHaveLength(1);
    expect(carry[0]?.data.previousSource).toBe(police2022.report.source);
    expect(compared.previous).toBe(police2022.report.source);
    expect(summarise(compared).errors).toBe(errorsBefore + 1);
    expect(auditor.layers.get(document)!.drawn).toBeGreaterThan(drawnBefore);
    // The state the popup is sent keeps it (and passes the popup's validation).
    const state = parseContentState(wire(auditor.snapshot));
    expect(state?.status === 'report' && state.previous).toBe(police2022.report.source);
    expect(state?.status === 'report' && state.result.findings.filter((f) => f.rule === 'year-carry')).toHaveLength(1);

    // A re-audit of the unchanged page keeps the finding at once, before the memory answers again.
    const again = await auditor.run();
    expect(again.status === 'report' && again.result.findings.some((f) => f.rule === 'year-carry')).toBe(true);
  });

  it('changes nothing without the memory, or when it keeps nothing', async () => {
    load2023();
    const alone = new PageAuditor(document, localEngine, { lang: 'zh', marks: true });
    await alone.run();
    expect(await alone.compareWithLastYear()).toBeNull();
    const empty = new PageAuditor(document, localEngine, { lang: 'zh', marks: true }, undefined, async () => null);
    const state = await empty.run();
    expect(await empty.compareWithLastYear()).toBeNull();
    expect(empty.snapshot).toBe(state);
  });

  it('drops an answer that arrives after a newer audit started', async () => {
    load2023();
    let answer: (value: { report: AuditResult['report']; source: string }) => void = () => undefined;
    const auditor = new PageAuditor(
      document,
      localEngine,
      { lang: 'zh', marks: true },
      undefined,
      () => new Promise((resolve) => (answer = resolve)),
    );
    await auditor.run();
    const pending = auditor.compareWithLastYear();
    await auditor.run();
    answer({ report: police2022.report, source: police2022.report.source });
    expect(await pending).toBeNull();
    expect(
      auditor.snapshot.status === 'report' && auditor.snapshot.result.findings.some((f) => f.rule === 'year-carry'),
    ).toBe(false);
  });
});
