/**
 * Golden tests on plain-text reports written as converters print them, in variants the seeds do not cover
 * (test/fixtures/text): Markdown pipes with separator rows, one cell per line with blank cells and a page number
 * inside a table, tab rows whose rowspan labels appear once with a page footer inside 表三, full-width digits,
 * `pdftotext -layout` space-aligned columns (aligned, and slid out of line), and `pdftotext` without -layout. Every
 * table holds its sums and the text agrees, except one planted error; a table that cannot be read with certainty is
 * "not audited", never arithmetic.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/audit';
import type { TableStatus } from '../../src/model';
import { T3_ROWS } from '../../src/template';
import { compare } from './compare';
import type { Tuple } from './expectations';

const DIR = new URL('../fixtures/text/', import.meta.url);
const NOW = new Date('2025-03-01T00:00:00Z');

interface Expected {
  agency: string;
  year: number;
  tables: { T2: TableStatus; T3: TableStatus; T4: TableStatus };
  /** Every finding with all of its cells (the tuples of expectations.ts). */
  findings: Tuple[];
}

const OK = { T2: 'ok', T3: 'ok', T4: 'ok' } as const;
const T3_NAME = '表三（收到和处理政府信息公开申请情况）';

/** T3 cell keys from a map of row → blank columns, in table order (cell-blank lists its cells so). */
const blanks = (rows: ReadonlyArray<[row: string, columns: string]>): string[] =>
  rows.flatMap(([row, columns]) => columns.split(' ').map((c) => `T3:${row}:${c}`));
/** The cell-blank finding of T3 with the given blank cells: its first cell is the key, the rest follow. */
const t3Blanks = (keys: string[]): Tuple => ['cell-blank', 'info', keys[0]!, keys.slice(1)];

/** The 25 rows of 表三 in table order (the national format's keys). */
const T3_ROW_KEYS = T3_ROWS.map((r) => r.key);
// tongcheng: 社会公益组织 and 其他 are empty lines in every row, 商业企业 too except where it has a figure (新收 3,
// 予以公开 1, 不掌握 1, 总计 2, 结转 1).
const WITH_COMMERCIAL = new Set(['newReceived', 'granted', 'unable.noInfo', 'totalProcessed', 'carriedForward']);
const TONGCHENG_BLANKS = blanks(
  T3_ROW_KEYS.map((r) => [r, WITH_COMMERCIAL.has(r) ? 'social other' : 'commercial social other']),
);
// feixi: blank cells left out of the aligned columns, read off the page line by line.
const FEIXI_BLANKS = blanks([
  ['newReceived', 'social'],
  ['carriedOver', 'research other'],
  ['granted', 'legal'],
  ['partialGrant', 'social'],
  ['denied.stateSecret', 'research other'],
  ['denied.lawForbidden', 'commercial legal'],
  ['denied.safetyStability', 'naturalPerson social total'],
  ['denied.thirdParty', 'research other'],
  ['denied.internalAffairs', 'commercial legal'],
  ['denied.processInfo', 'naturalPerson social total'],
  ['denied.enforcementCase', 'research other'],
  ['denied.adminQuery', 'commercial legal'],
  ['unable.noInfo', 'social'],
  ['unable.needCreation', 'research other'],
  ['unable.unclear', 'commercial legal'],
  ['notProcessed.complaint', 'social'],
  ['notProcessed.repeat', 'research other'],
  ['notProcessed.publication', 'commercial legal'],
  ['notProcessed.massive', 'naturalPerson social total'],
  ['notProcessed.confirm', 'research other'],
  ['other.overdueCorrection', 'commercial legal'],
  ['other.overdueFee', 'naturalPerson social total'],
  ['other.other', 'research other'],
  ['carriedForward', 'social'],
]);

const FIXTURES: Record<string, Expected> = {
  'qingyang-2023-pipes.txt': { agency: '青阳县自然资源和规划局', year: 2023, tables: OK, findings: [] },
  // Blank cells as empty one-cell lines (counted as 0, noted once); "- 5 -" between two rows of 表三.
  'tongcheng-2023-cell-per-line-paged.txt': {
    agency: '桐城市市场监督管理局',
    year: 2023,
    tables: OK,
    findings: [t3Blanks(TONGCHENG_BLANKS)],
  },
  // 表三 runs across a form feed and "第 3 页 共 6 页"; 表四's header words are split over two lines ("结果"/"维持")
  // in rows of different lengths: put back together they are the format's, so its row of 15 is read by position
  // (t4-shape, info) — 1+0+0+1 = 2, 1+0+0+0 = 1, as the text's 复议 2 件 / 诉讼 1 件.
  'ningxiang-2024-tabs-paged.txt': {
    agency: '宁乡市住房和城乡建设局',
    year: 2024,
    tables: { T2: 'ok', T3: 'ok', T4: 'positional' },
    findings: [['t4-shape', 'info', 'T4:review:review.maintain']],
  },
  // Planted: 复议 总计 3, but 1 + 0 + 0 + 1 = 2.
  'huoshan-2023-fullwidth-review-total.txt': {
    agency: '霍山县人力资源和社会保障局',
    year: 2023,
    tables: OK,
    findings: [
      [
        't4-review-sum',
        'error',
        'T4:review:review.total',
        ['maintain', 'correct', 'other', 'pending'].map((c) => `T4:review:review.${c}`),
      ],
    ],
  },
  // One cell per line without separators: each label is followed by exactly its row's values (3 or 1 in 表二, 7 in
  // 表三), so the rows are told apart and read; 表四's 15 numbers under its broken header words by position.
  'taihu-2023-pdftotext-raw.txt': {
    agency: '太湖县卫生健康委员会',
    year: 2023,
    tables: { T2: 'ok', T3: 'ok', T4: 'positional' },
    findings: [['t4-shape', 'info', 'T4:review:review.maintain']],
  },
  // Space-aligned columns with blank cells left out, wrapped labels, a page number inside 表三: read by position.
  // 表四's group headers are centred over their columns, which cannot be told with certainty; its outcome words,
  // broken over two lines, are the format's: its 15 numbers are read by position (t4-shape, info).
  'feixi-2023-pdftotext-layout.txt': {
    agency: '肥西县司法局',
    year: 2023,
    tables: { T2: 'ok', T3: 'ok', T4: 'positional' },
    findings: [t3Blanks(FEIXI_BLANKS), ['t4-shape', 'info', 'T4:review:review.maintain']],
  },
  // The same with values pushed sideways by long labels: never read into the wrong column.
  'shucheng-2023-layout-misaligned.txt': {
    agency: '舒城县审计局',
    year: 2023,
    tables: { T2: 'ok', T3: 'not-recognised', T4: 'positional' },
    findings: [
      ['table-not-recognised', 'info', T3_NAME],
      ['t4-shape', 'info', 'T4:review:review.maintain'],
    ],
  },
};

describe('text reports in converter variants', () => {
  it.each(Object.keys(FIXTURES))('%s', (name) => {
    const want = FIXTURES[name]!;
    const { report, findings } = auditText(readFileSync(new URL(name, DIR), 'utf8'), { source: name, now: NOW });
    expect(report.detected).toBe(true);
    expect(report.format).toBe('2021');
    expect(report.agency).toBe(want.agency);
    expect(report.year).toBe(want.year);
    expect({ T2: report.tables.T2?.status, T3: report.tables.T3?.status, T4: report.tables.T4?.status }).toEqual(
      want.tables,
    );
    expect(compare({ findings }, want.findings)).toEqual({ missing: [], unexpected: [] });
  });

  it('reads the aligned pdftotext table with its blank cells in place', () => {
    const { report } = auditText(readFileSync(new URL('feixi-2023-pdftotext-layout.txt', DIR), 'utf8'), {
      source: 'feixi',
      now: NOW,
    });
    const value = (row: string, column: string) =>
      report.tables.T3?.values.find((v) => v.row === row && v.column === column)?.value;
    expect(['naturalPerson', 'commercial', 'legal', 'total'].map((c) => value('newReceived', c))).toEqual([
      20, 3, 1, 24,
    ]);
    expect(value('newReceived', 'research')).toBe(0);
    expect(value('denied.internalAffairs', 'total')).toBe(0);
    expect(['naturalPerson', 'commercial', 'legal', 'total'].map((c) => value('totalProcessed', c))).toEqual([
      20, 2, 1, 23,
    ]);
  });
});
