import { describe, expect, it } from 'vitest';
import type { AuditResult, Finding } from '../model';
import { buildReport } from '../../test/helpers/report-builder';
import { parseContentState, parseLocateReply, parseToBackground, parseToContent, summarise } from './messages';
import { parseSettings } from './settings';

const finding = (severity: Finding['severity'], rule = 't4-review-sum'): Finding => ({
  rule,
  severity,
  messageId: 'mismatch',
  message: '行政复议总计应为 1，表中为 0',
  data: { expected: 1, actual: 0 },
  cells: [
    { table: 'T4', row: 'review', column: 'review.total', text: '0', src: { kind: 'cell', table: 2, row: 3, col: 4 } },
  ],
});

const result = (findings: Finding[] = []): AuditResult => ({
  report: buildReport(),
  findings,
  rulesRun: ['t4-review-sum'],
  auditedAt: '2024-02-01T00:00:00.000Z',
});

describe('parseToContent', () => {
  it('accepts every request the popup sends', () => {
    expect(parseToContent({ type: 'get-state' })).toEqual({ type: 'get-state' });
    expect(parseToContent({ type: 'audit-anyway', extra: 1 })).toEqual({ type: 'audit-anyway' });
    expect(parseToContent({ type: 'set-marks', on: false })).toEqual({ type: 'set-marks', on: false });
    expect(parseToContent({ type: 'locate', key: 'c:2:3:4' })).toEqual({ type: 'locate', key: 'c:2:3:4' });
  });

  it.each([
    null,
    undefined,
    'get-state',
    [],
    { type: 'nope' },
    { type: 'set-marks', on: 'yes' },
    { type: 'locate' },
    { type: 'locate', key: '' },
  ])('rejects %j', (value) => expect(parseToContent(value)).toBeNull());
});

describe('parseContentState', () => {
  it('round-trips a report state through structured cloning', () => {
    const state = {
      status: 'report',
      url: 'https://a.gov.cn/r.html',
      result: result([finding('error')]),
      forced: false,
      marks: true,
      frame: null,
      merges: { T3: [[0, 0, 3, 3]] },
    };
    expect(parseContentState(structuredClone(state))).toEqual(state);
  });

  it('accepts the other states', () => {
    expect(parseContentState({ status: 'pending', url: 'u' })).toEqual({ status: 'pending', url: 'u' });
    expect(parseContentState({ status: 'not-report', url: 'u', title: 't', tables: 2 })).toMatchObject({ tables: 2 });
    expect(parseContentState({ status: 'failed', url: 'u', error: 'boom' })).toMatchObject({ error: 'boom' });
  });

  it('rejects a result whose findings or tables have the wrong shape', () => {
    const bad = (mutate: (r: AuditResult & Record<string, unknown>) => void) => {
      const r = structuredClone(result([finding('error')])) as AuditResult & Record<string, unknown>;
      mutate(r);
      return parseContentState({
        status: 'report',
        url: 'u',
        result: r,
        forced: false,
        marks: true,
        frame: null,
        merges: {},
      });
    };
    expect(bad(() => undefined)).not.toBeNull();
    expect(bad((r) => ((r.findings[0] as unknown as Record<string, unknown>).severity = 'fatal'))).toBeNull();
    expect(
      bad((r) => ((r.findings[0]!.cells[0] as unknown as Record<string, unknown>).src = { kind: 'cell' })),
    ).toBeNull();
    expect(bad((r) => ((r.report.tables.T3 as unknown as Record<string, unknown>).status = 'weird'))).toBeNull();
    expect(bad((r) => ((r.report.tables as Record<string, unknown>).T9 = r.report.tables.T3))).toBeNull();
    expect(bad((r) => ((r as Record<string, unknown>).rulesRun = 'all'))).toBeNull();
    expect(bad((r) => ((r.report as unknown as Record<string, unknown>).detected = 'yes'))).toBeNull();
  });

  it('rejects malformed merges', () => {
    const state = (merges: unknown) =>
      parseContentState({
        status: 'report',
        url: 'u',
        result: result(),
        forced: false,
        marks: true,
        frame: null,
        merges,
      });
    expect(state({ T4: [[0, 1, 1, 5]] })).not.toBeNull();
    expect(state({ T4: [[0, 1, 1]] })).toBeNull();
    expect(state({ T4: [[0, -1, 1, 5]] })).toBeNull();
    expect(state({ T9: [] })).toBeNull();
    expect(state(undefined)).toBeNull();
  });

  it('accepts the too-large state and rejects a malformed one', () => {
    const over = { measure: 'cells', count: 40283, limit: 20000 };
    const state = { status: 'too-large', url: 'u', title: 't', over };
    expect(parseContentState(structuredClone(state))).toEqual(state);
    expect(summarise(state as Parameters<typeof summarise>[0])).toMatchObject({ detected: false, errors: 0 });
    expect(parseContentState({ ...state, over: { ...over, measure: 'pixels' } })).toBeNull();
    expect(parseContentState({ ...state, over: { ...over, count: -1 } })).toBeNull();
    expect(parseContentState({ ...state, over: undefined })).toBeNull();
    expect(parseContentState({ ...state, title: undefined })).toBeNull();
  });

  it('rejects unknown statuses and missing fields', () => {
    expect(parseContentState({ status: 'report', url: 'u' })).toBeNull();
    expect(parseContentState({ status: 'not-report', url: 'u', title: 't', tables: -1 })).toBeNull();
    expect(parseContentState({ status: 'done', url: 'u' })).toBeNull();
    expect(parseContentState({ status: 'pending' })).toBeNull();
  });
});

describe('summaries', () => {
  it('counts errors and warnings of a report, and nothing for other states', () => {
    const state = {
      status: 'report' as const,
      url: 'u',
      result: result([finding('error'), finding('error', 't4-direct-sum'), finding('warning'), finding('info')]),
      forced: false,
      marks: true,
      frame: null,
      merges: {},
    };
    expect(summarise(state)).toMatchObject({ type: 'summary', detected: true, errors: 2, warnings: 1 });
    expect(parseToBackground(summarise(state))).toEqual(summarise(state));
    expect(summarise({ status: 'not-report', url: 'u', title: '', tables: 0 })).toEqual({
      type: 'summary',
      detected: false,
      errors: 0,
      warnings: 0,
    });
  });

  it('validates summaries and locate replies', () => {
    expect(parseToBackground({ type: 'summary', detected: true, errors: 1, warnings: 0 })).not.toBeNull();
    expect(parseToBackground({ type: 'summary', detected: true, errors: 1.5, warnings: 0 })).toBeNull();
    expect(parseToBackground({ type: 'summary', detected: 1, errors: 1, warnings: 0 })).toBeNull();
    expect(parseLocateReply({ type: 'located', found: true })).toEqual({ type: 'located', found: true });
    expect(parseLocateReply({ type: 'located' })).toBeNull();
  });
});

describe('bounded numbers', () => {
  const HUGE = [1e300, Number.MAX_SAFE_INTEGER + 1, 2 ** 53, Infinity, Number.NaN, -1, 1.5, 1_000_000_001];

  it.each(HUGE)('rejects %d as a count in a summary, a not-report or listing state, a size or a merge', (n) => {
    expect(parseToBackground({ type: 'summary', detected: true, errors: n, warnings: 0 })).toBeNull();
    expect(parseToBackground({ type: 'summary', detected: false, errors: 0, warnings: 0, listing: n })).toBeNull();
    expect(parseContentState({ status: 'not-report', url: 'u', title: 't', tables: n })).toBeNull();
    expect(parseContentState({ status: 'listing', url: 'u', title: 't', count: n, pages: 1 })).toBeNull();
    expect(
      parseContentState({ status: 'too-large', url: 'u', title: 't', over: { measure: 'cells', count: n, limit: 1 } }),
    ).toBeNull();
    expect(
      parseContentState({
        status: 'report',
        url: 'u',
        result: result(),
        forced: false,
        marks: true,
        frame: null,
        merges: { T3: [[0, 0, n, 1]] },
      }),
    ).toBeNull();
  });

  it.each(HUGE)('rejects %d as an index into the page or as a year in a result', (n) => {
    const state = (mutate: (r: AuditResult) => void) => {
      const r = structuredClone(result([finding('error')]));
      mutate(r);
      return parseContentState({
        status: 'report',
        url: 'u',
        result: r,
        forced: false,
        marks: true,
        frame: null,
        merges: {},
      });
    };
    expect(state(() => undefined)).not.toBeNull();
    expect(state((r) => (r.findings[0]!.cells[0]!.src = { kind: 'cell', table: 0, row: n, col: 0 }))).toBeNull();
    expect(
      state((r) => (r.findings[0]!.sentence = { text: 's', src: { kind: 'text', block: 0, start: 0, end: n } })),
    ).toBeNull();
    expect(state((r) => (r.report.year = n))).toBeNull();
  });

  it('accepts the largest sane values', () => {
    expect(parseToBackground({ type: 'summary', detected: true, errors: 1_000_000_000, warnings: 0 })).not.toBeNull();
    expect(parseContentState({ status: 'listing', url: 'u', title: 't', count: 0, pages: 0 })).not.toBeNull();
  });
});

describe('parseSettings', () => {
  it('defaults to Chinese with marks on, and ignores malformed values', () => {
    expect(parseSettings({})).toEqual({ lang: 'zh', marks: true });
    expect(parseSettings({ lang: 'en', marks: false })).toEqual({ lang: 'en', marks: false });
    expect(parseSettings({ lang: 'fr', marks: 'no' })).toEqual({ lang: 'zh', marks: true });
  });
});
