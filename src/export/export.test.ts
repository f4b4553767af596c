import { describe, expect, it } from 'vitest';
import type { AuditResult, CellValue, Finding } from '../model';
import { renderText } from '../cli/format-text';
import {
  cellKey,
  exportFileName,
  findingsToCsv,
  guardCell,
  stripBidi,
  tablesToTsv,
  tableToCsv,
  toJson,
  valuesToCsv,
} from './index';
import { cellPathLabel } from './labels';
import { localTime } from './time';
import { parseCsv } from '../../test/helpers/csv';

function value(partial: Partial<CellValue> & Pick<CellValue, 'table' | 'row' | 'column' | 'raw'>): CellValue {
  const n = Number(partial.raw);
  return {
    rowLabel: partial.row,
    columnLabel: partial.column,
    kind: Number.isInteger(n) && partial.raw !== '' ? 'int' : 'blank',
    value: Number.isInteger(n) && partial.raw !== '' ? n : null,
    blank: partial.raw === '',
    fromSpan: false,
    ...partial,
  };
}

const finding: Finding = {
  rule: 't4-review-sum',
  severity: 'error',
  messageId: 'mismatch',
  message: '行政复议总计应为 1（维持1+纠正0+其他0+尚未审结0），表中为 0',
  data: { expected: 1, actual: 0 },
  cells: [
    { table: 'T4', row: 'review', column: 'total', text: '0' },
    { table: 'T4', row: 'review', column: 'maintain', text: '1' },
  ],
};

const result: AuditResult = {
  report: {
    source: 'https://www.example.gov.cn/art/2024/1/18/art_1.html',
    detected: true,
    format: '2021',
    title: '金乡县公安局2023年政府信息公开工作年度报告',
    published: { date: '2024-01-18', text: '发布日期：2024-01-18' },
    agency: '金乡县公安局',
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
          value({
            table: 'T2',
            row: 'rules',
            rowLabel: '规章',
            column: 'issued',
            columnLabel: '本年制发件数',
            raw: '0',
          }),
          {
            ...value({
              table: 'T2',
              row: 'fees',
              rowLabel: '行政事业性收费',
              column: 'amount',
              columnLabel: '本年收费金额（单位：万元）',
              raw: '9486.7475',
            }),
            kind: 'decimal',
            value: 9486.7475,
            exact: '9486.7475',
          },
        ],
      },
      T4: {
        id: 'T4',
        status: 'ok',
        missingRows: [],
        missingColumns: [],
        values: [
          value({
            table: 'T4',
            row: 'review',
            rowLabel: '行政复议',
            column: 'maintain',
            columnLabel: '结果维持',
            raw: '1',
          }),
          value({ table: 'T4', row: 'review', rowLabel: '行政复议', column: 'total', columnLabel: '总计', raw: '0' }),
          {
            ...value({ table: 'T4', row: 'direct', column: 'total', raw: '-' }),
            kind: 'blank',
            value: null,
            blank: true,
          },
          { ...value({ table: 'T4', row: 'postReview', column: 'total', raw: '-5' }), kind: 'invalid', value: null },
          {
            ...value({ table: 'T4', row: 'postReview', column: 'other', raw: '=HYPERLINK("x")' }),
            kind: 'invalid',
            value: null,
          },
        ],
      },
    },
  },
  findings: [finding],
  rulesRun: ['t4-review-sum'],
  auditedAt: '2024-02-01T08:00:00.000Z',
};

describe('guardCell', () => {
  it('prefixes text that a spreadsheet would evaluate', () => {
    for (const s of ['=1+1', '+cmd|x', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(guardCell(s)).toBe(`'${s}`);
  });
  it('leaves numbers, dashes and ordinary text alone', () => {
    for (const s of ['-5', '+14', '-417', '1,234', '-0.5', '-', '—', '无', '12[注]', '']) expect(guardCell(s)).toBe(s);
  });
});

describe('valuesToCsv', () => {
  const rows = parseCsv(valuesToCsv([result], { bom: false, lang: 'en' }));

  it('writes one row per value with provenance and the findings on each cell', () => {
    // The original fifteen columns first, keys unchanged (the CLI's --format csv); the readable ones after them.
    expect(rows[0]).toEqual([
      'source',
      'audited_at',
      'agency',
      'year',
      'table',
      'row',
      'row_label',
      'column',
      'column_label',
      'value',
      'original_text',
      'blank',
      'from_span',
      'unit',
      'findings',
      'table_name',
      'row_group',
      'column_group',
      'cell_label',
      'title',
      'published',
      'format',
    ]);
    expect(rows).toHaveLength(1 + 7);
    const maintain = rows.find((r) => r[5] === 'review' && r[7] === 'maintain')!;
    expect(maintain).toEqual([
      result.report.source,
      localTime(result.auditedAt),
      '金乡县公安局',
      '2023',
      'T4',
      'review',
      '行政复议',
      'maintain',
      '结果维持',
      '1',
      '1',
      '0',
      '0',
      '件',
      't4-review-sum',
      'Table 4',
      '',
      '',
      'Table 4 / Administrative review / upheld',
      '金乡县公安局2023年政府信息公开工作年度报告',
      '2024-01-18',
      result.report.format,
    ]);
    // The unit: 万元 for 表二's fees.
    expect(rows.find((r) => r[5] === 'fees')![13]).toBe('万元');
  });

  it('names each cell as the report prints it, parent row groups included, in Chinese by default', () => {
    const zh = parseCsv(valuesToCsv([result], { bom: false }));
    expect(zh[0]!.slice(15)).toEqual(['表名', '行分组', '列分组', '单元格', '报告标题', '发布日期', '格式']);
    const direct = zh.find((r) => r[5] === 'direct')!;
    expect(direct.slice(15, 19)).toEqual(['表四', '行政诉讼', '', '表四 / 行政诉讼 / 未经复议直接起诉 / 总计']);
    expect(zh.find((r) => r[5] === 'fees')!.slice(15, 19)).toEqual([
      '表二',
      '第二十条第（八）项',
      '',
      '表二 / 第二十条第（八）项 / 行政事业性收费 / 本年收费金额（单位：万元）',
    ]);
  });

  it('labels 表三 cells with their groups: 表三 / 三、本年度办理结果 / （四）无法提供 / 1.本机关不掌握相关政府信息 / 总计', () => {
    expect(cellPathLabel({ table: 'T3', row: 'unable.noInfo', column: 'total' }, 'zh')).toBe(
      '表三 / 三、本年度办理结果 / （四）无法提供 / 1.本机关不掌握相关政府信息 / 总计',
    );
    expect(cellPathLabel({ table: 'T3', row: 'granted', column: 'commercial' }, 'zh')).toBe(
      '表三 / 三、本年度办理结果 / （一）予以公开 / 法人或其他组织 / 商业企业',
    );
    expect(cellPathLabel({ table: 'T3', row: 'newReceived', column: 'naturalPerson' }, 'zh')).toBe(
      '表三 / 一、本年新收政府信息公开申请数量 / 自然人',
    );
    expect(cellPathLabel({ table: 'T3', row: 'other', column: 'total' }, 'zh')).toBe(
      '表三 / 三、本年度办理结果 / （六）其他处理 / 总计',
    );
    expect(cellPathLabel({ table: 'T3', row: 'unable.noInfo', column: 'total' }, 'en')).toMatch(
      /^Table 3 \/ III\. Results this year \/ \(4\) Cannot be provided \/ /,
    );
  });
});

describe('localTime', () => {
  it('writes the local wall-clock time with its offset, for the same instant', () => {
    expect(localTime('2024-01-20T00:00:00Z', 480)).toBe('2024-01-20T08:00:00+08:00');
    expect(localTime('2024-01-20T00:00:00.000Z', -330)).toBe('2024-01-19T18:30:00-05:30');
    expect(localTime('2024-01-20T00:00:00Z', 0)).toBe('2024-01-20T00:00:00+00:00');
    expect(Date.parse(localTime('2024-06-01T12:34:56Z'))).toBe(Date.parse('2024-06-01T12:34:56Z'));
    expect(localTime('not a time')).toBe('not a time');
  });
});

describe('valuesToCsv: guards', () => {
  const rows = parseCsv(valuesToCsv([result], { bom: false, lang: 'en' }));

  it('keeps exact decimals and never touches numbers or dash blanks', () => {
    expect(rows.find((r) => r[5] === 'fees')![9]).toBe('9486.7475');
    const dash = rows.find((r) => r[5] === 'direct')!;
    expect([dash[9], dash[10], dash[11]]).toEqual(['', '-', '1']);
    expect(rows.find((r) => r[7] === 'total' && r[5] === 'postReview')![10]).toBe('-5');
  });

  it('guards formula-like text', () => {
    expect(rows.find((r) => r[7] === 'other')![10]).toBe(`'=HYPERLINK("x")`);
  });

  it('writes a BOM by default and Chinese headers by default', () => {
    const text = valuesToCsv([result]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(text.slice(1))[0]![0]).toBe('页面地址');
    expect(valuesToCsv([], { bom: false }).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('findingsToCsv', () => {
  it('writes one row per finding with its cells', () => {
    const rows = parseCsv(findingsToCsv([result], { bom: false, lang: 'en' }));
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(4, 8)).toEqual([
      't4-review-sum',
      'error',
      finding.message,
      'T4/review/total: 0; T4/review/maintain: 1',
    ]);
    expect(rows[1]![8]).toBe('');
    expect(rows[0]!.slice(9)).toEqual(['severity_label', 'table_name', 'cell_labels', 'title', 'published', 'format']);
  });

  it('says the severity in Chinese words and names the cells readably in zh, beside the stable keys', () => {
    const rows = parseCsv(findingsToCsv([result], { bom: false }));
    expect(rows[0]).toEqual([
      '页面地址',
      '核查时间',
      '机关',
      '年度',
      '规则',
      '级别',
      '说明',
      '单元格',
      '语句',
      '级别名称',
      '表名',
      '单元格名称',
      '报告标题',
      '发布日期',
      '格式',
    ]);
    expect(rows[1]!.slice(4, 6)).toEqual(['t4-review-sum', 'error']);
    expect(rows[1]!.slice(9, 12)).toEqual(['错误', '表四', '表四 / 行政复议 / 总计：0; 表四 / 行政复议 / 结果维持：1']);
    expect(rows[1]![1]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  });
});

describe('tablesToTsv', () => {
  it('pivots each table into rows of labels and numbers', () => {
    const blocks = tablesToTsv(result).split('\n\n');
    expect(blocks).toHaveLength(2);
    const t4 = parseCsv(blocks[1]!, { delimiter: '\t', newline: '\n' });
    expect(t4[0]).toEqual(['T4']);
    expect(t4[1]).toEqual(['项目', '结果维持', '总计', 'other']);
    expect(t4[2]).toEqual(['行政复议', '1', '0', '']);
    expect(t4[3]).toEqual(['direct', '', '-', '']);
    expect(t4[4]).toEqual(['postReview', '', '-5', `'=HYPERLINK("x")`]);
  });
  it('lines up T4 rows whose column keys repeat the row key', () => {
    const t4 = (row: string, column: string, raw: string) =>
      value({ table: 'T4', row, rowLabel: row, column: `${row}.${column}`, columnLabel: column, raw });
    const r: AuditResult = {
      ...result,
      report: {
        ...result.report,
        tables: {
          T4: {
            id: 'T4',
            status: 'ok',
            missingRows: [],
            missingColumns: [],
            values: [
              t4('review', 'maintain', '1'),
              t4('review', 'total', '0'),
              t4('direct', 'maintain', '2'),
              t4('direct', 'total', '2'),
            ],
          },
        },
      },
    };
    expect(parseCsv(tablesToTsv(r), { delimiter: '\t', newline: '\n' })).toEqual([
      ['T4'],
      ['项目', 'maintain', 'total'],
      ['review', '1', '0'],
      ['direct', '2', '2'],
    ]);
  });
  it('is empty when nothing was extracted', () => {
    expect(tablesToTsv({ ...result, report: { ...result.report, tables: {} } })).toBe('');
  });
});

describe('toJson', () => {
  it('has every key of the documented shape', () => {
    const json = toJson([result]);
    const report = json.reports[0]!;
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        'source',
        'detected',
        'format',
        'title',
        'agency',
        'year',
        'period',
        'published',
        'tables',
        'findings',
      ]),
    );
    expect(report.period).toBeNull();
    expect(report.tables.T4!.values.review).toEqual({ maintain: 1, total: 0 });
    expect(report.tables.T4!.values.direct!.total).toBeNull();
    expect(report.tables.T4!.values.postReview!.total).toBe('-5');
    expect(report.tables.T2!.values.fees!.amount).toBe(9486.7475);
    expect(report.findings[0]).toMatchObject({
      rule: 't4-review-sum',
      severity: 'error',
      cells: [{ table: 'T4', row: 'review', column: 'total', text: '0' }, {}],
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('exportFileName', () => {
  it('names agency, year and content', () => {
    expect(exportFileName(result, 'data', 'csv')).toBe('金乡县公安局-2023-年报数据.csv');
    expect(exportFileName(result, 'findings', '.json')).toBe('金乡县公安局-2023-核查结果.json');
  });
  it('sanitises names and falls back to the title or host', () => {
    const r = (agency: string | undefined, title: string | undefined, year: number | undefined): AuditResult => ({
      ...result,
      report: { ...result.report, agency, title, year },
    });
    expect(exportFileName(r('a/b:c*?"<>|d', undefined, 2023), 'data', 'csv')).toBe('a_b_c_d-2023-年报数据.csv');
    expect(exportFileName(r(undefined, undefined, undefined), 'data', 'csv')).toBe('www.example.gov.cn-年报数据.csv');
    expect(exportFileName(r('..', '  ', undefined), 'data', 'csv')).toBe('www.example.gov.cn-年报数据.csv');
  });
});

describe('stripBidi', () => {
  // Every bidi control: embeddings and overrides, isolates, and the three marks.
  const CONTROLS = [
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200e',
    '\u200f',
    '\u061c',
  ];
  const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
  const hostile = (): AuditResult => {
    const r = structuredClone(result);
    r.report.agency = `金乡县\u202e局安公\u202c`;
    r.report.title = `\u2067${r.report.title}\u2069`;
    r.findings[0]!.message = `行政复议总计应为 1，表中为 \u202e0 1\u202c`;
    r.findings[0]!.cells[0]!.text = '\u200f0';
    for (const v of r.report.tables.T4!.values) {
      v.raw = `\u061c${v.raw}`;
      v.rowLabel = `\u202d${v.rowLabel}`;
      v.columnLabel = `\u2066${v.columnLabel}\u2069`;
    }
    return r;
  };

  it('removes each control and nothing else', () => {
    expect(stripBidi(CONTROLS.join('年报'))).toBe('年报'.repeat(CONTROLS.length - 1));
    expect(stripBidi('\u200b\u200d表三 ‐ 总计')).toBe('\u200b\u200d表三 ‐ 总计');
  });

  it('leaves none in the CSV, TSV, JSON exports, the file names and the CLI text, and guards what it uncovers', () => {
    const r = hostile();
    const outputs = {
      values: valuesToCsv([r]),
      findings: findingsToCsv([r]),
      tsv: tablesToTsv(r),
      json: JSON.stringify(toJson([r])),
      name: exportFileName(r, 'data', 'csv'),
      text: renderText(r, { lang: 'zh', color: false }),
    };
    for (const [name, text] of Object.entries(outputs)) expect(BIDI.test(text), name).toBe(false);
    expect(outputs.name).toBe('金乡县局安公-2023-年报数据.csv');
    expect(outputs.text).toContain('金乡县局安公');
    // A formula behind an override is still a formula: stripped first, then guarded.
    expect(guardCell('\u202e=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
  });
});

describe('cellKey', () => {
  it('joins table, row and column', () => {
    expect(cellKey({ table: 'T3', row: 'denied.stateSecret', column: 'total' })).toBe('T3/denied.stateSecret/total');
  });
});

describe('tableToCsv', () => {
  it('guards and strips every row of the pivoted grid, its header of labels too', () => {
    const hostile: AuditResult = {
      ...result,
      report: {
        ...result.report,
        tables: {
          T2: {
            ...result.report.tables.T2!,
            values: [
              value({
                table: 'T2',
                row: 'rules',
                rowLabel: '规章',
                column: 'issued',
                columnLabel: '=1+1\u202E',
                raw: '3',
              }),
            ],
          },
        },
      },
    };
    expect(parseCsv(tableToCsv(hostile, 'T2', { bom: false })!)).toEqual([
      ['项目', "'=1+1"],
      ['规章', '3'],
    ]);
  });
});
