import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { AuditResult, CellValue, Finding } from '../model';
import { findingRows, tableRows } from './csv';
import { xlsxBlob, xlsxSheets } from './xlsx';
import zipToArrayBuffer from './xlsx-zip';

function value(table: CellValue['table'], row: string, column: string, raw: string): CellValue {
  const n = Number(raw);
  const int = raw !== '' && Number.isInteger(n);
  return {
    table,
    row,
    rowLabel: `${row}名`,
    column,
    columnLabel: `${column}名`,
    raw,
    kind: int ? 'int' : 'blank',
    value: int ? n : null,
    blank: !int,
    fromSpan: false,
  };
}

function finding(rule: string, message: string): Finding {
  return {
    rule,
    severity: 'error',
    messageId: 'mismatch',
    message,
    data: {},
    cells: [{ table: 'T4', row: 'review', column: 'total', text: '0' }],
  };
}

const result: AuditResult = {
  report: {
    source: 'https://www.example.gov.cn/art/2024/1/18/art_1.html',
    detected: true,
    format: '2021',
    title: '某县公安局2023年政府信息公开工作年度报告',
    published: { date: '2024-01-18', text: '发布日期：2024-01-18' },
    agency: '某县\u202E公安局',
    year: 2023,
    headingYears: [2023],
    sections: [],
    sentences: [],
    attachments: [],
    tables: {
      T2: {
        id: 'T2',
        status: 'ok',
        missingRows: [],
        missingColumns: [],
        values: [
          value('T2', 'rules', 'issued', '3'),
          { ...value('T2', 'fees', 'amount', '9486.7475'), kind: 'decimal', value: 9486.7475, exact: '9486.7475' },
        ],
      },
      T4: {
        id: 'T4',
        status: 'ok',
        missingRows: [],
        missingColumns: [],
        values: [],
        // The extractor's own text grid: written as printed, numerals stored as numbers.
        grid: [
          ['行政复议', '行政复议', '行政诉讼'],
          ['结果维持', '总计', '总计'],
          ['1', '0', '—'],
        ],
      },
    },
  },
  findings: [finding('t4-review-sum', '=行政复议总计应为 1，表中为 0'), finding('t4-litigation-sum', '总计\u2066不符')],
  rulesRun: ['t4-review-sum', 't4-litigation-sum'],
  auditedAt: '2024-02-01T08:00:00.000Z',
};

async function unzip(lang: 'zh' | 'en') {
  const zip = await JSZip.loadAsync(await (await xlsxBlob(result, lang)).arrayBuffer());
  const text = (path: string) => zip.file(path)!.async('string');
  const workbook = await text('xl/workbook.xml');
  const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const shared = await (zip.file('xl/sharedStrings.xml')?.async('string') ?? Promise.resolve(''));
  const strings = [...shared.matchAll(/<si>(?:<t[^>]*>)?([\s\S]*?)(?:<\/t>)?<\/si>/g)].map((m) => m[1]!);
  /** The cells of sheet `n` (1-based) by reference, with their stored type and value. */
  const sheet = async (n: number) => {
    const xml = await text(`xl/worksheets/sheet${n}.xml`);
    const cells = new Map<string, { t: string; v: string }>();
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>([\s\S]*?)<\/c>/g)) {
      const t = /t="(\w+)"/.exec(m[2]!)?.[1] ?? 'n';
      const raw = /<v>([\s\S]*?)<\/v>/.exec(m[3]!)?.[1] ?? /<t[^>]*>([\s\S]*?)<\/t>/.exec(m[3]!)?.[1] ?? '';
      cells.set(m[1]!, { t, v: t === 's' ? strings[Number(raw)]! : raw });
    }
    return { xml, cells, rows: (xml.match(/<row /g) ?? []).length };
  };
  return { names, sheet, all: shared + workbook };
}

describe('the xlsx workbook', () => {
  it('has 报告, a sheet per table present and 问题, in the UI language', async () => {
    expect((await unzip('zh')).names).toEqual(['报告', '表二', '表四', '问题']);
    expect((await unzip('en')).names).toEqual(['Report', 'Table 2', 'Table 4', 'Findings']);
  });

  it('stores numbers as numbers and labels as strings, the same cells as the wide CSV', async () => {
    const { sheet } = await unzip('zh');
    const t2 = await sheet(2);
    expect(t2.cells.get('A1')).toEqual({ t: 's', v: '项目' });
    expect(t2.cells.get('A2')).toEqual({ t: 's', v: 'rules名' });
    expect(t2.cells.get('B2')).toEqual({ t: 'n', v: '3' });
    expect(t2.cells.get('C3')).toEqual({ t: 'n', v: '9486.7475' });
    expect(t2.rows).toBe(tableRows(result, 'T2')!.length);
    const t4 = await sheet(3);
    expect(t4.cells.get('A3')).toEqual({ t: 'n', v: '1' });
    expect(t4.cells.get('C3')).toEqual({ t: 's', v: '—' });
    expect(t4.cells.get('A1')).toEqual({ t: 's', v: '行政复议' });
  });

  it('has one findings row per finding plus the header, text never formula-guarded nor evaluated', async () => {
    const { sheet } = await unzip('en');
    const findings = await sheet(4);
    expect(findings.rows).toBe(1 + result.findings.length);
    expect(findings.cells.get('E1')).toEqual({ t: 's', v: 'rule' });
    expect(findings.cells.get('E2')).toEqual({ t: 's', v: 't4-review-sum' });
    expect(findings.cells.get('G2')).toEqual({ t: 's', v: '=行政复议总计应为 1，表中为 0' });
    expect(findings.cells.get('D2')).toEqual({ t: 'n', v: '2023' });
    expect(findings.xml).not.toContain('<f>');
    expect(findingRows([result], 'en')).toHaveLength(2);
  });

  it('strips bidi controls and writes the report sheet', async () => {
    const { sheet, all } = await unzip('zh');
    const report = await sheet(1);
    expect(report.cells.get('B2')).toEqual({ t: 's', v: '某县公安局' });
    expect(report.cells.get('B3')).toEqual({ t: 'n', v: '2023' });
    expect(report.cells.get('A6')).toEqual({ t: 's', v: '核查时间' });
    expect(all).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
    expect(JSON.stringify(xlsxSheets(result, 'zh'))).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('the extension build zipper (xlsx-zip.ts)', () => {
  it('zips synchronously what JSZip reads back, a file over 160 kB too', async () => {
    const big = 'x'.repeat(200_000);
    const archive = await zipToArrayBuffer({
      'a.xml': new TextEncoder().encode('<a/>'),
      'b.xml': new TextEncoder().encode(big),
    });
    const zip = await JSZip.loadAsync(archive);
    expect(await zip.file('a.xml')!.async('string')).toBe('<a/>');
    expect(await zip.file('b.xml')!.async('string')).toBe(big);
  });
});
