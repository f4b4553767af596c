import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../../src/audit';
import { decodeHtml } from '../../../src/portal/decode';
import { parseHtml } from '../../../src/cli/dom';
import type { AuditResult, CellValue, Report } from '../../../src/model';
import {
  agencyKey,
  auditAcrossYears,
  createMemoryStore,
  packReport,
  pairWithPrevious,
  storedSize,
  toStoredRecord,
  unpackReport,
  utf8Length,
} from '../../../src/portal';
import { buildReport } from '../../helpers/report-builder';
import { REPORTS, SITE_DIR } from '../../fixtures/portal/generate';

const result = (report: Report): AuditResult => ({
  report,
  findings: [],
  rulesRun: [],
  auditedAt: '2025-02-01T00:00:00.000Z',
});
const at = (agency: string, year: number, extra: Parameters<typeof buildReport>[0] = {}) =>
  result(buildReport({ agency, year, source: `https://www.example.gov.cn/${agency}/${year}.html`, ...extra }));

describe('agencyKey', () => {
  it('matches one agency across years’ spellings', () => {
    const key = (agency: string) => agencyKey({ agency, source: 'https://a.gov.cn/x.html' });
    expect(key('金乡县公安局')).toBe('金乡县公安局');
    expect(key(' 金乡县 公安局')).toBe('金乡县公安局');
    expect(key('金乡县人民政府办公室')).toBe(key('金乡县政府办公室'));
    expect(key('中共金乡县委办公室')).toBe(key('金乡县委办公室'));
    expect(key('金乡县教育和体育局（金乡县体育局）')).toBe('金乡县教育和体育局金乡县体育局');
    expect(key('金乡县\u3000公安局（）')).toBe('金乡县公安局');
    expect(key('金乡县公安局')).not.toBe(key('金乡县交通运输局'));
  });

  it('qualifies a name without a place by the host, and gives none without an agency', () => {
    expect(agencyKey({ agency: '市公安局', source: 'https://gaj.xinxiang.gov.cn/a.html' })).toBe(
      'gaj.xinxiang.gov.cn/市公安局',
    );
    expect(agencyKey({ agency: '公安局', source: 'saved/page.html' })).toBe('local/公安局');
    expect(agencyKey({ source: 'https://a.gov.cn/' })).toBeUndefined();
    expect(agencyKey({ agency: '  ', source: 'https://a.gov.cn/' })).toBeUndefined();
  });
});

describe('createMemoryStore', () => {
  it('keeps reports by agency and year, and only reports that can be keyed', async () => {
    const store = createMemoryStore({ now: () => new Date('2025-02-01T00:00:00Z') });
    const stored = await store.put(at('甲县公安局', 2022));
    expect(stored).toMatchObject({
      key: '甲县公安局#2022',
      agencyKey: '甲县公安局',
      year: 2022,
      storedAt: '2025-02-01T00:00:00.000Z',
    });
    expect(await store.put(result(buildReport({ detected: false })))).toBeUndefined();
    expect(
      await store.put(result(buildReport({ year: null, agency: '甲县公安局', title: '年度报告' }))),
    ).toBeUndefined();
    const got = await store.get('甲县公安局', 2022);
    expect(got?.report.tables.T3?.values).toEqual(buildReport({ agency: '甲县公安局', year: 2022 }).tables.T3?.values);
    expect(await store.get('甲县公安局', 2021)).toBeUndefined();
    expect(store.size).toBe(1);
    await store.clear();
    expect([store.size, store.bytes, await store.list()]).toEqual([0, 0, []]);
  });

  it('evicts the oldest first when a bound is exceeded; storing a report again makes it the newest', async () => {
    const store = createMemoryStore({ maxEntries: 3 });
    for (const year of [2019, 2020, 2021]) await store.put(at('甲县公安局', year));
    await store.put(at('甲县公安局', 2019));
    await store.put(at('甲县公安局', 2022));
    expect((await store.list()).map((e) => e.year)).toEqual([2021, 2019, 2022]);

    const one = storedSize(toStoredRecord(at('甲县公安局', 2020), new Date())!);
    const bounded = createMemoryStore({ maxBytes: Math.floor(one * 2.5) });
    for (const year of [2019, 2020, 2021, 2022]) await bounded.put(at('甲县公安局', year));
    expect((await bounded.list()).map((e) => e.year)).toEqual([2021, 2022]);
    expect(bounded.bytes).toBeLessThanOrEqual(Math.floor(one * 2.5));
    // A report larger than the whole bound is still kept (alone) rather than lost at once.
    const tiny = createMemoryStore({ maxBytes: 10 });
    await tiny.put(at('甲县公安局', 2019));
    await tiny.put(at('甲县公安局', 2020));
    expect((await tiny.list()).map((e) => e.year)).toEqual([2020]);
  });
});

describe('packReport', () => {
  const site = (path: string) => {
    const { elements: _e, ...r } = auditDocument(parseHtml(decodeHtml(readFileSync(join(SITE_DIR, path)))), {
      source: path,
    });
    return r;
  };

  it('round-trips a real report (all but the display grids) and takes about a third of its JSON', () => {
    const { report } = site(REPORTS[0]!.path);
    const back = unpackReport(JSON.parse(JSON.stringify(packReport(report))));
    const withoutGrids = {
      ...report,
      tables: Object.fromEntries(Object.entries(report.tables).map(([id, t]) => [id, { ...t, grid: undefined }])),
    };
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(withoutGrids)));
    const record = toStoredRecord(result(report), new Date())!;
    expect(storedSize(record)).toBeLessThan(utf8Length(JSON.stringify(report)) / 2.5);
    // Memory per stored report, measured on the portal fixture (a full 2021-format report): kept under 20 KB.
    expect(storedSize(record)).toBeLessThan(20_000);
  });

  it('round-trips any cell values, unknown fields included', () => {
    const cell = fc.record(
      {
        table: fc.constantFrom('T2', 'T3', 'T4'),
        row: fc.string(),
        column: fc.string(),
        rowLabel: fc.string(),
        columnLabel: fc.string(),
        raw: fc.string(),
        kind: fc.constantFrom('int', 'decimal', 'blank', 'invalid'),
        value: fc.option(fc.integer(), { nil: null }),
        blank: fc.boolean(),
        fromSpan: fc.boolean(),
        exact: fc.string(),
        unit: fc.string(),
        note: fc.string(),
        future: fc.integer(),
        src: fc.oneof(
          fc.record({ kind: fc.constant('cell'), table: fc.nat(), row: fc.nat(), col: fc.nat() }),
          fc.record({ kind: fc.constant('line'), line: fc.nat() }),
          fc.record({ kind: fc.constant('text'), block: fc.nat(), start: fc.nat(), end: fc.nat() }),
        ),
      },
      {
        requiredKeys: [
          'table',
          'row',
          'column',
          'rowLabel',
          'columnLabel',
          'raw',
          'kind',
          'value',
          'blank',
          'fromSpan',
        ],
      },
    );
    fc.assert(
      fc.property(fc.array(cell), (values) => {
        const report = buildReport({ t2: null, t4: null, tables: { T3: { values: values as CellValue[] } } });
        delete report.tables.T3?.grid;
        expect(unpackReport(JSON.parse(JSON.stringify(packReport(report))))).toEqual(report);
      }),
    );
  });
});

describe('pairWithPrevious and auditAcrossYears', () => {
  it('pairs with last year’s report in the batch first, else in the store', async () => {
    const store = createMemoryStore();
    await store.put(at('乙县教育局', 2022, { source: 'https://old.gov.cn/jyj-2022.html' }));
    await store.put(at('甲县公安局', 2022, { source: 'https://old.gov.cn/gaj-2022.html' }));
    const batch = [
      at('甲县公安局', 2023),
      at('甲县公安局', 2022),
      at('乙县教育局', 2023),
      at('丙县民政局', 2023),
      result(buildReport({ detected: false })),
    ];
    const pairs = await pairWithPrevious(batch, store);
    expect(pairs.map((p) => p.previous?.source ?? null)).toEqual([
      'https://www.example.gov.cn/甲县公安局/2022.html',
      null,
      'https://old.gov.cn/jyj-2022.html',
      null,
      null,
    ]);
  });

  it('runs the cross-year rules with the pair, and re-renders the rest in the requested language', async () => {
    const carried = buildReport({ agency: '甲县公安局', year: 2022, t3: { carriedForward: [5, 0, 0, 0, 0, 0] } });
    const other = at('丙县民政局', 2023);
    other.findings = [
      {
        rule: 't4-review-sum',
        severity: 'error',
        messageId: 'mismatch',
        message: '旧',
        data: { expected: 1, parts: '维持1', actual: 0 },
        cells: [],
      },
    ];
    const out = await auditAcrossYears([at('甲县公安局', 2023), result(carried), other], { lang: 'en' });
    expect(out[0]?.previous?.report).toBe(carried);
    // The builder's two years share their tables and 现行有效 does not move on: all three table rules speak.
    expect(out[0]?.result.findings.map((f) => [f.rule, f.data.previousSource])).toEqual([
      ['year-carry', carried.source],
      ['year-valid-docs', carried.source],
      ['year-duplicate', carried.source],
    ]);
    expect(out[0]?.result.findings[0]?.message).toMatch(
      /^Table 3 “carried over from last year” \(natural persons\) is 2/,
    );
    expect(out[2]?.previous).toBeUndefined();
    expect(out[2]?.result.findings[0]?.message).not.toBe('旧');
  });
});
