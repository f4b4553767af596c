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
import type { Finding, TableStatus } from '../../src/model';

const DIR = new URL('../fixtures/text/', import.meta.url);
const NOW = new Date('2025-03-01T00:00:00Z');

interface Expected {
  agency: string;
  year: number;
  tables: { T2: TableStatus; T3: TableStatus; T4: TableStatus };
  findings: Array<[rule: string, severity: Finding['severity']]>;
}

const OK = { T2: 'ok', T3: 'ok', T4: 'ok' } as const;
const NOT_AUDITED_T3_T4: Expected['findings'] = [
  ['table-not-recognised', 'info'],
  ['table-not-recognised', 'info'],
];

const FIXTURES: Record<string, Expected> = {
  'qingyang-2023-pipes.txt': { agency: '青阳县自然资源和规划局', year: 2023, tables: OK, findings: [] },
  // Blank cells as empty one-cell lines (counted as 0, noted once); "- 5 -" between two rows of 表三.
  'tongcheng-2023-cell-per-line-paged.txt': {
    agency: '桐城市市场监督管理局',
    year: 2023,
    tables: OK,
    findings: [['cell-blank', 'info']],
  },
  // 表三 runs across a form feed and "第 3 页 共 6 页"; 表四's header words are split over two lines ("结果"/"维持")
  // in rows of different lengths, so it is not audited.
  'ningxiang-2024-tabs-paged.txt': {
    agency: '宁乡市住房和城乡建设局',
    year: 2024,
    tables: { T2: 'ok', T3: 'ok', T4: 'not-recognised' },
    findings: [['table-not-recognised', 'info']],
  },
  // Planted: 复议 总计 3, but 1 + 0 + 0 + 1 = 2.
  'huoshan-2023-fullwidth-review-total.txt': {
    agency: '霍山县人力资源和社会保障局',
    year: 2023,
    tables: OK,
    findings: [['t4-review-sum', 'error']],
  },
  // One cell per line without separators: rows cannot be told apart, so no table is audited (not "missing").
  'taihu-2023-pdftotext-raw.txt': {
    agency: '太湖县卫生健康委员会',
    year: 2023,
    tables: { T2: 'not-recognised', T3: 'not-recognised', T4: 'not-recognised' },
    findings: [...NOT_AUDITED_T3_T4, ['table-not-recognised', 'info']],
  },
  // Space-aligned columns with blank cells left out, wrapped labels, a page number inside 表三: read by position.
  // 表四's group headers are centred over their columns, which cannot be told with certainty: not audited.
  'feixi-2023-pdftotext-layout.txt': {
    agency: '肥西县司法局',
    year: 2023,
    tables: { T2: 'ok', T3: 'ok', T4: 'not-recognised' },
    findings: [
      ['cell-blank', 'info'],
      ['table-not-recognised', 'info'],
    ],
  },
  // The same with values pushed sideways by long labels: never read into the wrong column.
  'shucheng-2023-layout-misaligned.txt': {
    agency: '舒城县审计局',
    year: 2023,
    tables: { T2: 'ok', T3: 'not-recognised', T4: 'not-recognised' },
    findings: NOT_AUDITED_T3_T4,
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
    expect({ T2: report.tables.T2?.status, T3: report.tables.T3?.status, T4: report.tables.T4?.status }).toEqual(want.tables);
    const got = findings.map((f) => [f.rule, f.severity]).sort();
    expect(got).toEqual([...want.findings].sort());
  });

  it('reads the aligned pdftotext table with its blank cells in place', () => {
    const { report } = auditText(readFileSync(new URL('feixi-2023-pdftotext-layout.txt', DIR), 'utf8'), { source: 'feixi', now: NOW });
    const value = (row: string, column: string) =>
      report.tables.T3?.values.find((v) => v.row === row && v.column === column)?.value;
    expect(['naturalPerson', 'commercial', 'legal', 'total'].map((c) => value('newReceived', c))).toEqual([20, 3, 1, 24]);
    expect(value('newReceived', 'research')).toBe(0);
    expect(value('denied.internalAffairs', 'total')).toBe(0);
    expect(['naturalPerson', 'commercial', 'legal', 'total'].map((c) => value('totalProcessed', c))).toEqual([20, 2, 1, 23]);
  });
});
