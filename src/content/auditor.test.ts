// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sourceKey } from '../extract/source';
import { PageAuditor, type Engine } from './auditor';
import { localiseFindings } from '../rules/meta';
import { localEngine } from '../../test/helpers/local-engine';
import { OVERLAY_TAG } from './overlay';
import { PAGE_LIMITS } from './size-guard';
import { MAX_ATTRIBUTE_CHARS, MAX_SNAPSHOT_CHARS } from '../dom/snapshot';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/e2e');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function load(doc: Document, html: string) {
  doc.open();
  doc.write(html);
  doc.close();
}

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
  Element.prototype.scrollIntoView = vi.fn();
});

afterEach(() => vi.restoreAllMocks());

const settings = { lang: 'zh' as const, marks: true };

describe('PageAuditor with the real engine', () => {
  it('audits a report page, marks the cells of its errors and answers locate', async () => {
    load(document, fixture('portal/errors.html'));
    const auditor = new PageAuditor(document, localEngine, settings);
    expect(auditor.snapshot.status).toBe('pending');
    const state = await auditor.run();
    if (state.status !== 'report') throw new Error(`expected a report, got ${state.status}`);
    expect(state.result.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([
      't3-row-total',
      't4-review-sum',
    ]);
    expect(state.frame).toBeNull();
    expect(state.merges.T3).toContainEqual([0, 0, 3, 3]);
    // The result crosses a message boundary: no DOM elements in it.
    expect(() => structuredClone(state)).not.toThrow();

    const overlay = auditor.layers.get(document)!;
    expect(overlay.drawn).toBe(12);
    const total = state.result.findings.find((f) => f.rule === 't4-review-sum')!.cells[0]!;
    expect(auditor.locate(sourceKey(total.src!))).toBe(true);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledWith({
      block: 'center',
      inline: 'center',
      behavior: 'instant',
    });
    expect(auditor.locate('c:99:0:0')).toBe(false);
  });

  it('hides and shows marks, and re-renders messages when the language changes', async () => {
    load(document, fixture('portal/errors.html'));
    const auditor = new PageAuditor(document, localEngine, settings);
    await auditor.run();
    const overlay = auditor.layers.get(document)!;
    await auditor.configure({ lang: 'zh', marks: false });
    expect(overlay.drawn).toBe(0);
    const state = await auditor.configure({ lang: 'en', marks: true });
    expect(overlay.drawn).toBe(12);
    if (state.status !== 'report') throw new Error('expected a report');
    expect(state.marks).toBe(true);
    expect(state.result.findings[0]!.message).toMatch(/[A-Za-z]{4}/);
    expect(state.result.findings.map((f) => f.message)).toEqual(
      localiseFindings(state.result.findings, 'en').map((f) => f.message),
    );
  });

  it('says "not a report" for a news page, without marks; audits it anyway when forced', async () => {
    load(document, fixture('portal/news.html'));
    const auditor = new PageAuditor(document, localEngine, settings);
    expect(await auditor.run()).toMatchObject({
      status: 'not-report',
      tables: 1,
      title: '我局召开2024年政务公开工作部署会_青山县人民政府',
    });
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
    const forced = await auditor.force();
    expect(forced).toMatchObject({ status: 'report', forced: true });
    // A forced audit stays forced when the page changes later.
    expect(await auditor.run()).toMatchObject({ status: 'report', forced: true });
  });

  it('finds the report in a same-origin frame when the page itself is only a shell', async () => {
    load(
      document,
      fixture('portal/framed.html').replace(
        'src="framed-body.html"',
        `srcdoc="${escapeAttr(fixture('portal/framed-body.html'))}"`,
      ),
    );
    const frame = document.getElementById('report-frame') as HTMLIFrameElement;
    // happy-dom loads the srcdoc frame asynchronously: wait for it, however long the machine takes.
    await vi.waitFor(() => expect(frame.contentDocument?.title).toContain('年度报告'), {
      timeout: 20_000,
      interval: 10,
    });
    const auditor = new PageAuditor(document, localEngine, settings);
    const state = await auditor.run();
    expect(state).toMatchObject({ status: 'report' });
    expect(auditor.layers.has(frame.contentDocument!)).toBe(true);
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });

  it('turns an engine failure into the "failed" state instead of throwing into the page', async () => {
    load(document, fixture('portal/errors.html'));
    const broken: Engine = {
      ...localEngine,
      audit: () => {
        throw new Error('boom');
      },
    };
    expect(await new PageAuditor(document, broken, settings).run()).toEqual({
      status: 'failed',
      url: document.URL,
      error: 'boom',
    });
  });

  it('changes its signature when the tables change, not when other text ticks', async () => {
    load(document, fixture('portal/errors.html'));
    const auditor = new PageAuditor(document, localEngine, settings);
    const before = auditor.signature();
    document.querySelector('.footer')!.textContent = 'x';
    expect(auditor.signature()).toBe(before);
    document.querySelectorAll('table')[2]!.querySelector('td')!.textContent = '9';
    expect(auditor.signature()).not.toBe(before);
  });
});

describe('PageAuditor: size guard and paced runs', () => {
  const small = { ...PAGE_LIMITS, cells: 100 };

  it('does not audit a page past the size guard, says why, and draws nothing — even when forced', async () => {
    load(document, fixture('portal/errors.html'));
    const audit = vi.spyOn(localEngine, 'audit');
    const auditor = new PageAuditor(document, localEngine, settings, small);
    const state = await auditor.run();
    expect(state).toMatchObject({ status: 'too-large', url: document.URL, over: { measure: 'cells', limit: 100 } });
    if (state.status !== 'too-large') throw new Error('expected too-large');
    expect(state.title).toContain('年度报告');
    expect(state.over.count).toBe(document.querySelectorAll('td, th').length);
    expect(await auditor.force()).toMatchObject({ status: 'too-large' });
    expect(audit).not.toHaveBeenCalled();
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
    // The badge stays quiet: a page we did not audit is not reported as a report.
    expect(() => structuredClone(state)).not.toThrow();
  });

  it('says "too large" for a page whose attributes alone pass the snapshot\'s bound', async () => {
    load(document, fixture('portal/errors.html'));
    const big = 'x'.repeat(MAX_ATTRIBUTE_CHARS);
    for (let i = 0; i <= MAX_SNAPSHOT_CHARS / MAX_ATTRIBUTE_CHARS; i++) {
      const span = document.createElement('span');
      span.setAttribute('style', big);
      document.body.append(span);
    }
    const ask = vi.spyOn(localEngine, 'audit');
    const state = await new PageAuditor(document, localEngine, settings).run();
    expect(state).toMatchObject({ status: 'too-large', over: { measure: 'text', limit: MAX_SNAPSHOT_CHARS } });
    expect(ask).toHaveBeenCalledTimes(1);
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });

  it('clears earlier marks when the page grows past the guard', async () => {
    load(document, fixture('portal/errors.html'));
    const limits = { ...PAGE_LIMITS };
    const auditor = new PageAuditor(document, localEngine, settings, limits);
    expect((await auditor.run()).status).toBe('report');
    expect(auditor.layers.get(document)!.drawn).toBe(12);
    limits.tables = 2;
    expect((await auditor.run()).status).toBe('too-large');
    expect(auditor.layers.get(document)!.drawn).toBe(0);
  });

  it('runs paced: guard, then each audit after a pause, and records its main-thread cost', async () => {
    load(document, fixture('portal/errors.html'));
    const order: string[] = [];
    const engine: Engine = {
      ...localEngine,
      audit: (...args) => {
        order.push('audit');
        return localEngine.audit(...args);
      },
    };
    const auditor = new PageAuditor(document, engine, settings);
    const state = await auditor.runPaced(async () => void order.push('pause'));
    expect(state.status).toBe('report');
    expect(order).toEqual(['pause', 'audit']);
    expect(auditor.snapshot).toBe(state);
    expect(auditor.cost).toBeGreaterThan(0);
  });

  it('lets a newer run overtake a paced one, which then commits nothing', async () => {
    load(document, fixture('portal/errors.html'));
    const auditor = new PageAuditor(document, localEngine, settings);
    let release = () => undefined as void;
    const paced = auditor.runPaced(() => new Promise<void>((resolve) => (release = resolve)));
    expect(auditor.snapshot.status).toBe('pending');
    const forced = await auditor.force();
    expect(forced).toMatchObject({ status: 'report', forced: true });
    release();
    expect(await paced).toBe(forced);
    expect(auditor.snapshot).toBe(forced);
  });

  it('turns a failure during a paced run into the "failed" state', async () => {
    load(document, fixture('portal/errors.html'));
    const broken: Engine = {
      ...localEngine,
      audit: () => {
        throw new Error('boom');
      },
    };
    const state = await new PageAuditor(document, broken, settings).runPaced(async () => undefined);
    expect(state).toEqual({ status: 'failed', url: document.URL, error: 'boom' });
  });
});

function escapeAttr(html: string): string {
  return html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
