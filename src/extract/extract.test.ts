// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { CellValue, Report, TableId } from '../model';
import { extractFromDocument, extractFromText, sourceKey } from './index';

// Paths, not URL objects: under happy-dom the global URL is not Node's, and node:fs rejects it.
const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, '../../test/unit/extract/fixtures');
const SEEDS = join(HERE, '../../test/fixtures/seeds');
const URL_OF_PAGE = 'https://www.example.gov.cn/zwgk/ndbg/202401/t20240118_1.html';

const seed = (name: string): Report =>
  extractFromText(readFileSync(join(SEEDS, name), 'utf8'), { source: name }).report;
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const happy = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const linked = (html: string): Document => parseHTML(html).document as unknown as Document;

/** value (or 'blank'/'invalid') of a cell by table, row and column key. */
function cell(report: Report, table: TableId, row: string, column: string): CellValue | undefined {
  return report.tables[table]?.values.find((v) => v.row === row && v.column === column);
}
const val = (report: Report, table: TableId, row: string, column: string): number | string | null | undefined => {
  const c = cell(report, table, row, column);
  return c === undefined ? undefined : c.kind === 'decimal' ? (c.exact ?? null) : c.blank ? 'blank' : c.value;
};

describe('text reports (seeds)', () => {
  it('xinxiang: tab-separated tables, rows read by label', () => {
    const r = seed('xinxiang-police-2023.txt');
    expect(r).toMatchObject({
      detected: true,
      format: '2021',
      title: '新乡市公安局 2023 年政府信息公开工作年度报告',
      agency: '新乡市公安局',
      year: 2023,
    });
    expect(r.sections.map((s) => s.no)).toEqual(['一', '二', '三', '四', '五', '六']);
    for (const id of ['T2', 'T3', 'T4'] as const) expect(r.tables[id]?.status).toBe('ok');
    expect(r.tables.T3?.values).toHaveLength(175);
    expect(val(r, 'T3', 'newReceived', 'total')).toBe(57);
    expect(val(r, 'T3', 'totalProcessed', 'total')).toBe(54);
    expect(val(r, 'T3', 'carriedForward', 'total')).toBe(3);
    expect(val(r, 'T3', 'other.other', 'naturalPerson')).toBe(3);
    expect(val(r, 'T3', 'unable.noInfo', 'total')).toBe(18);
    expect(val(r, 'T4', 'review', 'review.maintain')).toBe(1);
    expect(val(r, 'T4', 'review', 'review.total')).toBe(1);
    expect(val(r, 'T2', 'license', 'decisions')).toBe(2439825);
    expect(val(r, 'T2', 'fees', 'amount')).toBe('9486.7475');
    expect(cell(r, 'T3', 'other.other', 'total')?.src).toEqual({ kind: 'line', line: 63 });
    expect(cell(r, 'T3', 'other.other', 'total')).toMatchObject({
      rowLabel: '3.其他',
      columnLabel: '总计',
      raw: '3',
      fromSpan: false,
    });
  });

  it('jinzhai: one cell per line', () => {
    const r = seed('jinzhai-police-2024.txt');
    expect(r).toMatchObject({ detected: true, agency: '金寨县公安局', year: 2024 });
    expect(r.period).toMatchObject({ start: '2024-01-01', end: '2024-12-31', year: 2024 });
    for (const id of ['T2', 'T3', 'T4'] as const) expect(r.tables[id]?.status).toBe('ok');
    expect(val(r, 'T4', 'review', 'review.other')).toBe(1);
    expect(val(r, 'T4', 'review', 'review.total')).toBe(1);
    expect(val(r, 'T3', 'newReceived', 'total')).toBe(11);
    expect(val(r, 'T3', 'unable.noInfo', 'naturalPerson')).toBe(9);
    expect(val(r, 'T2', 'license', 'decisions')).toBe(81155);
    expect(r.sentences.some((s) => s.section === '一' && s.text.includes('发生行政复议1次'))).toBe(true);
  });

  it('jiyuan: the title names no place, and the agency is what it says', () => {
    const r = seed('jiyuan-police-2022.txt');
    expect(r).toMatchObject({ detected: true, agency: '公安局', year: 2022 });
    expect(val(r, 'T2', 'fees', 'amount')).toBe('1014.5589');
    expect(val(r, 'T3', 'denied.internalAffairs', 'total')).toBe(3);
    expect(r.tables.T4?.values.every((v) => v.value === 0)).toBe(true);
  });

  it('jinxiang: headings of 二/三/四 without tables, hard-wrapped narrative joined', () => {
    const r = seed('jinxiang-police-2023.txt');
    expect(r).toMatchObject({
      detected: true,
      format: '2021',
      agency: '金乡县公安局',
      year: 2023,
      title: '金乡县公安局 2023 年政府信息公开工作年度报告',
    });
    expect(r.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
    expect(r.sections.map((s) => s.no)).toEqual(['一', '二', '三', '四', '五', '六']);
    for (const id of ['T2', 'T3', 'T4'] as const) expect(r.tables[id]?.status).toBe('missing');
    const wrong = r.sentences.find((s) => s.text.startsWith('2022 年我局收到政府信息公开申请 1 条'));
    expect(wrong).toMatchObject({ section: '一', src: { kind: 'line', line: 57 } });
    expect(r.sentences.some((s) => s.text.includes('紧紧围绕县委、县政府的决策部署'))).toBe(true);
  });
});

describe('the same report as Markdown pipes', () => {
  it('gives the same tables as the tab-separated copy', () => {
    const tabs = readFileSync(join(SEEDS, 'xinxiang-police-2023.txt'), 'utf8');
    const pipes = tabs
      .split('\n')
      .map((line) => (line.includes('\t') ? `| ${line.split('\t').join(' | ')} |` : line))
      .join('\n');
    const a = extractFromText(tabs, { source: 'x' }).report;
    const b = extractFromText(pipes, { source: 'x' }).report;
    expect(b.tables).toEqual(a.tables);
    expect(b.sentences).toEqual(a.sentences);
  });
});

describe('portal page (HTML)', () => {
  const html = fixture('portal-2023.html');

  it('gives the same model under happy-dom and linkedom', () => {
    const a = extractFromDocument(happy(html), { source: URL_OF_PAGE });
    const b = extractFromDocument(linked(html), { source: URL_OF_PAGE });
    expect(JSON.stringify(a.report)).toBe(JSON.stringify(b.report));
    expect([...a.elements.keys()].sort()).toEqual([...b.elements.keys()].sort());
    expect(a.why).toBe(b.why);
  });

  it.each([
    ['happy-dom', happy],
    ['linkedom', linked],
  ])('reads UEditor/Word-paste markup (%s)', (_, parse) => {
    const { report: r, elements } = extractFromDocument(parse(html), { source: URL_OF_PAGE });
    expect(r).toMatchObject({
      detected: true,
      format: '2021',
      title: 'XX市生态环境局2023年政府信息公开工作年度报告',
      agency: 'XX市生态环境局',
      year: 2023,
      headingYears: [2023],
      published: { date: '2024-01-18' },
      period: { start: '2023-01-01', end: '2023-12-31' },
      attachments: ['https://www.example.gov.cn/attach/2024/01/report-2023.pdf'],
    });
    for (const id of ['T2', 'T3', 'T4'] as const) expect(r.tables[id]?.status).toBe('ok');
    expect(r.tables.T3?.source).toEqual({ kind: 'cell', table: 2, row: 0, col: 0 });
    expect(val(r, 'T3', 'newReceived', 'total')).toBe(132);
    expect(val(r, 'T3', 'other.other', 'commercial')).toBe(1);
    expect(val(r, 'T3', 'newReceived', 'social')).toBe('blank');
    expect(cell(r, 'T3', 'newReceived', 'social')).toMatchObject({ raw: '', kind: 'blank', blank: true });
    expect(val(r, 'T4', 'review', 'review.pending')).toBe(1);
    expect(val(r, 'T4', 'direct', 'direct.total')).toBe(2);
    expect(val(r, 'T2', 'license', 'decisions')).toBe(1234);
    expect(cell(r, 'T2', 'license', 'decisions')?.raw).toBe('1,234');
    expect(val(r, 'T2', 'fees', 'amount')).toBe('12.35');

    // Every value points at its <td>, whose text is the raw value.
    const values = Object.values(r.tables).flatMap((t) => t.values);
    expect(values).toHaveLength(200);
    for (const v of values) {
      const el = elements.get(sourceKey(v.src as NonNullable<CellValue['src']>));
      expect(el?.tagName.toLowerCase()).toBe('td');
      expect((el?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim()).toBe(v.raw);
    }
    // Sentences point at their paragraph, at the right offsets; menus, sidebar and footer are not narrative.
    for (const s of r.sentences) {
      const src = s.src as { kind: 'text'; block: number; start: number; end: number };
      const el = elements.get(sourceKey(src));
      expect(el?.textContent?.slice(src.start, src.end).replace(/\s+/g, ' ').trim()).toBe(s.text);
    }
    const all = r.sentences.map((s) => s.text).join('\n');
    expect(all).toContain('全年共收到政府信息公开申请132件，上年结转6件，办结132件，结转下年度6件。');
    expect(all).not.toMatch(/主办单位|相关阅读|首页|单位：件/);
    expect(r.sections.find((s) => s.no === '六')?.text).not.toContain('版权所有');
    expect(r.sections.find((s) => s.no === '三')?.text).toBe('');
  });

  it('reads the 2019 trial format without inventing 2021 keys', () => {
    const { report: r } = extractFromDocument(linked(fixture('portal-2019.html')), { source: 'x' });
    expect(r).toMatchObject({ detected: true, format: '2019', year: 2020 });
    expect(r.tables.T3).toMatchObject({ status: 'ok', layout: '2019' });
    expect(val(r, 'T3', 'other', 'total')).toBe(2);
    // ok: its three 处理决定数量 cells are every cell of the 2019 表二 with a 2021 meaning.
    expect(r.tables.T2).toMatchObject({ status: 'ok', layout: '2019', missingRows: [], missingColumns: [] });
    expect(r.tables.T2?.values.map((v) => v.column)).toEqual(['decisions', 'decisions', 'decisions']);
  });
});

/** A minimal report page around the given section bodies. */
function reportPage(bodies: { two?: string; three?: string; four?: string }): string {
  return `<html><head><title>XX局2023年政府信息公开工作年度报告</title></head><body>
    <h1>XX局2023年政府信息公开工作年度报告</h1>
    <p>一、总体情况</p><p>本报告统计期限为2023年1月1日至2023年12月31日。</p>
    <p>二、主动公开政府信息情况</p>${bodies.two ?? ''}
    <p>三、收到和处理政府信息公开申请情况</p>${bodies.three ?? ''}
    <p>四、政府信息公开行政复议、行政诉讼情况</p>${bodies.four ?? ''}
    <p>五、存在的主要问题及改进情况</p><p>无。</p><p>六、其他需要报告的事项</p><p>无。</p></body></html>`;
}

const T4_NUMBERS =
  '<tr>' +
  '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0'
    .split(' ')
    .map((n) => `<td>${n}</td>`)
    .join('') +
  '</tr>';

describe('what a section holds instead of a table', () => {
  it('image, attachment, a table not understood, a bare row of 15 numbers', () => {
    const html = reportPage({
      two: '<p><img src="/images/t2.png" width="600"><img src="/images/icon.gif" width="16"></p>',
      three: '<p>详见附件：<a href="files/t3.xlsx">统计表</a></p>',
      four: `<table border="1">${T4_NUMBERS}</table>`,
    });
    for (const parse of [happy, linked]) {
      const { report: r } = extractFromDocument(parse(html), { source: URL_OF_PAGE });
      expect(r.tables.T2).toMatchObject({
        status: 'image',
        links: ['https://www.example.gov.cn/images/t2.png'],
        values: [],
      });
      expect(r.tables.T3).toMatchObject({
        status: 'attachment',
        links: ['https://www.example.gov.cn/zwgk/ndbg/202401/files/t3.xlsx'],
      });
      expect(r.tables.T4?.status).toBe('positional');
      expect(val(r, 'T4', 'review', 'review.total')).toBe(1);
    }
  });

  it('a table whose layout is not understood is not-recognised, with no values', () => {
    const html = reportPage({
      three: '<table border="1"><tr><td>项目</td><td>数量</td></tr><tr><td>申请</td><td>3</td></tr></table>',
    });
    const { report: r } = extractFromDocument(linked(html), { source: 'x' });
    expect(r.tables.T3).toMatchObject({
      status: 'not-recognised',
      values: [],
      source: { kind: 'cell', table: 0, row: 0, col: 0 },
    });
    expect(r.tables.T3?.grid).toEqual([
      ['项目', '数量'],
      ['申请', '3'],
    ]);
    expect(r.tables.T2?.status).toBe('missing');
  });

  it('T2 split into one table per block', () => {
    const block = (header: string, cols: string, row: string): string =>
      `<table border="1"><tr><td colspan="2">${header}</td></tr><tr><td>信息内容</td><td>${cols}</td></tr><tr>${row}</tr></table>`;
    const html = reportPage({
      two:
        '<table border="1"><tr><td colspan="4">第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>1</td><td>0</td><td>5</td></tr></table>' +
        block('第二十条第（五）项', '本年处理决定数量', '<td>行政许可</td><td>10</td>') +
        block(
          '第二十条第（六）项',
          '本年处理决定数量',
          '<td>行政处罚</td><td>20</td></tr><tr><td>行政强制</td><td>3</td>',
        ) +
        block('第二十条第（八）项', '本年收费金额（单位：万元）', '<td>行政事业性收费</td><td>0</td>'),
    });
    const { report: r } = extractFromDocument(linked(html), { source: 'x' });
    expect(r.tables.T2?.status).toBe('ok');
    expect(val(r, 'T2', 'coercion', 'decisions')).toBe(3);
    expect(cell(r, 'T2', 'fees', 'amount')?.src).toEqual({ kind: 'cell', table: 3, row: 2, col: 1 });
  });
});

/** T3 as portals write it, with the variant header (an extra row of empty cells) and a blank 总计 column. */
function t3Variant(): string {
  const groups: Array<[string, string[]]> = [
    [
      '（三）不予公开',
      [
        '1.属于国家秘密',
        '2.其他法律行政法规禁止公开',
        '3.危及“三安全一稳定”',
        '4.保护第三方合法权益',
        '5.属于三类内部事务信息',
        '6.属于四类过程性信息',
        '7.属于行政执法案卷',
        '8.属于行政查询事项',
      ],
    ],
    ['（四）无法提供', ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']],
    [
      '（五）不予处理',
      [
        '1.信访举报投诉类申请',
        '2.重复申请',
        '3.要求提供公开出版物',
        '4.无正当理由大量反复申请',
        '5.要求行政机关确认或重新出具已获取信息',
      ],
    ],
    [
      '（六）其他处理',
      [
        '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        '3.其他',
      ],
    ],
  ];
  let n = 0;
  // Six parts numbered row by row, 总计 left blank (&nbsp;) as some portals do.
  const values = (): string =>
    `${[1, 2, 3, 4, 5, 6].map(() => `<td><p align="center">${n++}</p></td>`).join('')}<td><p align="center">&nbsp;</p></td>`;
  const rows = [
    `<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>`,
    `<tr><td>自然人</td><td colspan="5">法人或其他组织</td><td>总计</td></tr>`,
    `<tr><td></td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td></td></tr>`,
    `<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>${values()}</tr>`,
    `<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>${values()}</tr>`,
    `<tr><td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>${values()}</tr>`,
    `<tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>${values()}</tr>`,
    ...groups.flatMap(([group, labels]) =>
      labels.map(
        (label, i) =>
          `<tr>${i === 0 ? `<td rowspan="${labels.length}">${group}</td>` : ''}<td>${label}</td>${values()}</tr>`,
      ),
    ),
    `<tr><td colspan="2">（七）总计</td>${values()}</tr>`,
    `<tr><td colspan="3">四、结转下年度继续办理</td>${values()}</tr>`,
  ];
  return `<table border="1">${rows.join('')}</table>`;
}

describe('T3 variants in HTML', () => {
  it.each([
    ['happy-dom', happy],
    ['linkedom', linked],
  ])('an extra header row of empty cells, a blank 总计 column (%s)', (_, parse) => {
    const { report: r } = extractFromDocument(parse(reportPage({ three: t3Variant() })), { source: 'x' });
    expect(r.tables.T3?.status).toBe('ok');
    expect(r.tables.T3?.values).toHaveLength(175);
    expect(val(r, 'T3', 'newReceived', 'naturalPerson')).toBe(0);
    expect(val(r, 'T3', 'newReceived', 'other')).toBe(5);
    expect(val(r, 'T3', 'other.other', 'naturalPerson')).toBe(22 * 6);
    expect(val(r, 'T3', 'carriedForward', 'other')).toBe(24 * 6 + 5);
    expect(r.tables.T3?.values.filter((v) => v.column === 'total').every((v) => v.blank && v.raw === '')).toBe(true);
    // 三、本年度办理结果 spans 22 rows: the label is a span copy, the values are not.
    expect(r.tables.T3?.values.some((v) => v.fromSpan)).toBe(false);
  });

  it('a T3 cut in two tables at a page break is read from both, with no "not recognised" part left over', () => {
    // The cut falls before （四）无法提供: the second table starts with its own 三、本年度办理结果 cell.
    const [head = '', tail = ''] = t3Variant().split('<tr><td rowspan="3">（四）无法提供</td>');
    const three = `${head.replace('rowspan="22"', 'rowspan="10"')}</table><p>&nbsp;</p><p>（续表）</p><table border="1"><tr><td rowspan="12">三、本年度办理结果</td><td rowspan="3">（四）无法提供</td>${tail}`;
    const { report: r } = extractFromDocument(linked(reportPage({ three })), { source: 'x' });
    expect(r.tables.T3).toMatchObject({ status: 'ok', missingRows: [] });
    expect(r.tables.T3?.values).toHaveLength(175);
    expect(val(r, 'T3', 'unable.noInfo', 'naturalPerson')).toBe(12 * 6);
    expect(val(r, 'T3', 'carriedForward', 'other')).toBe(24 * 6 + 5);
    expect(r.tables.T2?.status).toBe('missing');
  });
});

describe('robustness', () => {
  it('never throws, and says why when there is nothing to read', () => {
    for (const html of ['', '<html></html>', '<table><tr><td rowspan="0" colspan="0">', '<p>'.repeat(5000)]) {
      for (const parse of [happy, linked]) {
        const { report, why } = extractFromDocument(parse(html), { source: 'x' });
        expect(report.detected).toBe(false);
        expect(why).not.toBe('');
      }
    }
    for (const text of ['', '\t', '|', '\n\n\n', '一、总体情况\n\t\n\t1']) {
      expect(extractFromText(text, { source: 'x' }).report.detected).toBe(false);
    }
  });

  it('regression: a 10,000-row staircase of rowspan=65534 and colspan=1000 inside a report page completes', () => {
    // Every row opens another rowspan=65534 cell, so each row is pushed one column further right.
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => `<tr><td rowspan="65534">x</td><td colspan="1000">${i}</td><td>y</td></tr>`,
    ).join('');
    const html = reportPage({ two: `<table border="1">${rows}</table>` });
    const { report } = extractFromDocument(linked(html), { source: 'x' });
    expect(report.tables.T2?.status).toBe('not-recognised');
    const grid = report.tables.T2?.grid ?? [];
    expect(grid.length).toBeGreaterThan(0);
    expect(new Set(grid.map((row) => row.length)).size).toBe(1);
  });
});
