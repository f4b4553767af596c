import { describe, expect, it } from 'vitest';
import { textStream } from './text-stream';
import type { StreamItem, TableItem, TextItem } from './stream';

const tables = (items: StreamItem[]): TableItem[] => items.filter((i): i is TableItem => i.kind === 'table');
const texts = (items: StreamItem[]): string[] =>
  items.filter((i): i is TextItem => i.kind === 'text').map((i) => i.text);
const grid = (t: TableItem | undefined): string[][] => (t?.grid.rows ?? []).map((r) => r.map((c) => c.text));

describe('textStream', () => {
  it('reads tab-separated rows as a table, keeping empty cells', () => {
    const { items } = textStream('二、主动公开\n规章\t0\t0\t0\n行政规范性文件\t0\t0\t4\n\n三、下文');
    expect(grid(tables(items)[0])).toEqual([
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '0', '0', '4'],
    ]);
    expect(tables(items)[0]?.src).toEqual({ kind: 'line', line: 2 });
    expect(tables(items)[0]?.aligned).toBe(false);
    expect(texts(items)).toEqual(['二、主动公开', '三、下文']);
  });

  it("reads a browser's copy of paragraph cells: a tab line between cells, blanks kept, a cell's own lines joined", () => {
    const cells = (row: string[]) => row.join('\n\n\t\n\n');
    const text = [
      '二、主动公开政府信息情况',
      '',
      cells(['信息内容', '本年新\n制作数量', '本年新\n公开数量', '对外公开总数量']),
      '',
      '',
      '',
      cells(['规章', '13', '13', '524']),
      '',
      '',
      '',
      cells(['行政许可', '\u00a0', '0', '\u00a0']),
      '',
      '',
      '',
      // Cells without a paragraph of their own: tabs and no-break spaces on one line.
      '5\n\n\t\u00a0\t\u00a0\t\n\n2',
      '',
      '',
      '',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    const { items } = textStream(text);
    const table = tables(items)[0];
    expect(table?.form).toBe('cell-paragraphs');
    expect(grid(table)).toEqual([
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      ['规章', '13', '13', '524'],
      ['行政许可', '', '0', ''],
      ['5', '', '', '2'],
    ]);
    expect(texts(items)).toEqual(['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']);
  });

  it("joins a cell's paragraphs (one blank line apart) in a browser's copy; two cells more blank lines apart are two rows", () => {
    const cells = (row: string[]) => row.join('\n\n\t\n\n');
    const text = [
      cells(['自然人', '商业\n\n企业', '科研\n\n机构']),
      '',
      '',
      '',
      cells(['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关\n\n不再处理其政府信息公开申请', '1', '0']),
      '',
      '',
      '',
      cells(['3.其他', '1', '1']),
      '',
      '',
      '',
      cells(['（七）总计', '217', '1']),
    ].join('\n');
    expect(grid(tables(textStream(text).items)[0])).toEqual([
      ['自然人', '商业企业', '科研机构', ''],
      ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '1', '0'],
      ['3.其他', '1', '1', ''],
      ['（七）总计', '217', '1', ''],
    ]);
  });

  it('reads one cell per line: rows split by blank lines, a cell continued on the next line', () => {
    const { items } = textStream(
      [
        '四、政府信息公开行政复议、行政诉讼情况',
        '\t结果维持',
        '\t结果',
        '纠正',
        '',
        '\t1',
        '\t0',
        '',
        '五、存在的主要问题及改进情况',
      ].join('\n'),
    );
    const t = tables(items)[0];
    expect(grid(t)).toEqual([
      ['结果维持', '结果纠正'],
      ['1', '0'],
    ]);
    expect(t?.grid.rows[1]?.map((c) => c.line)).toEqual([6, 7]);
    expect(texts(items)).toEqual(['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况']);
  });

  it('ends a one-cell-per-line table at a tab-indented paragraph', () => {
    const para = '\t本报告依据《中华人民共和国政府信息公开条例》编制。';
    const { items } = textStream(
      [para, '\t行政许可', '\t81155', '', '\t行政处罚', '\t7', para, '\t下一段也缩进了。'].join('\n'),
    );
    expect(grid(tables(items)[0])).toEqual([
      ['行政许可', '81155'],
      ['行政处罚', '7'],
    ]);
    expect(texts(items)).toEqual([para.trim(), para.trim(), '下一段也缩进了。']);
  });

  it('reads Markdown pipe tables and skips the separator row', () => {
    const { items } = textStream('| 信息内容 | 本年制发件数 |\n|---|:--:|\n| 规章 | 3 |');
    expect(grid(tables(items)[0])).toEqual([
      ['信息内容', '本年制发件数'],
      ['规章', '3'],
    ]);
  });

  it('does not take tab-indented prose for a one-cell-per-line table', () => {
    const para =
      '\t本报告依据《中华人民共和国政府信息公开条例》编制，全文包括总体情况、主动公开政府信息情况等六部分内容。';
    const { items } = textStream([para, '', para, '', para].join('\n'));
    expect(tables(items)).toHaveLength(0);
    expect(texts(items)).toHaveLength(3);
  });

  it('joins lines a converter hard-wrapped, across page-break blank lines, and keeps headings apart', () => {
    const wrapped = [
      '某某县公安局 2023 年政府信息公开',
      '工作年度报告',
      '',
      '本报告由某某县公安局按照《中华人民共和国政府信息公开',
      '',
      '条例》（以下简称《条例》）和国务院办公厅有关要求编制，现',
      '',
      '予公布。统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31',
      '日止。',
      '一、总体情况',
      '2023 年度，某某县公安局紧紧围绕政务公开工作整体部署，以',
      '贯彻落实条例为抓手，着力抓好主动公开、依申请公开、政府',
      '信息管理等工作，紧紧围绕县委、',
      '',
      '',
      '县政府的决策部署开展工作。',
      '（一）主动公开情况',
      '全年发布信息 49 条。',
    ].join('\n');
    const { items, title } = textStream(wrapped);
    expect(title).toBe('某某县公安局 2023 年政府信息公开工作年度报告');
    expect(texts(items)).toEqual([
      '本报告由某某县公安局按照《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅有关要求编制，现予公布。统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31日止。',
      '一、总体情况',
      '2023 年度，某某县公安局紧紧围绕政务公开工作整体部署，以贯彻落实条例为抓手，着力抓好主动公开、依申请公开、政府信息管理等工作，紧紧围绕县委、县政府的决策部署开展工作。',
      '（一）主动公开情况',
      '全年发布信息 49 条。',
    ]);
    const first = items.find((i): i is TextItem => i.kind === 'text');
    const lines = wrapped.split('\n');
    const lengths = [3, 5, 7].map((i) => (lines[i] as string).length);
    expect(first?.origin).toEqual({
      kind: 'lines',
      starts: [
        { offset: 0, line: 4 },
        { offset: lengths[0], line: 6 },
        { offset: (lengths[0] as number) + (lengths[1] as number), line: 8 },
        { offset: (lengths[0] as number) + (lengths[1] as number) + (lengths[2] as number), line: 9 },
      ],
    });
  });

  it('strips Word bookmarks and Markdown heading marks', () => {
    const { items, title } = textStream(
      '# 某局2024年政府信息公开工作年度报告\n[bookmark: _GoBack]本报告依据条例编制。\n### 一、总体情况',
    );
    expect(title).toBe('某局2024年政府信息公开工作年度报告');
    expect(texts(items)).toEqual(['本报告依据条例编制。', '一、总体情况']);
  });

  it('continues a tab table across a page footer and form feed, and drops the page number', () => {
    const { items } = textStream(
      [
        '三、收到',
        '规章\t1\t2',
        '行政规范性文件\t3\t4',
        '',
        '\f第 3 页 共 6 页',
        '',
        '行政许可\t5',
        '行政处罚\t6',
        '',
        '四、下文',
      ].join('\n'),
    );
    expect(tables(items)).toHaveLength(1);
    expect(grid(tables(items)[0]).map((r) => r[0])).toEqual(['规章', '行政规范性文件', '行政许可', '行政处罚']);
    expect(tables(items)[0]?.grid.rows[2]?.[0]?.line).toBe(7);
    expect(texts(items)).toEqual(['三、收到', '四、下文']);
  });

  it('does not join two tab tables separated by a plain blank line', () => {
    const { items } = textStream(['规章\t1\t2', '规章\t3\t4', '', '行政许可\t5', '行政处罚\t6'].join('\n'));
    expect(tables(items)).toHaveLength(2);
  });

  it('drops page numbers ("- 5 -") inside one-cell-per-line tables and in the narrative', () => {
    const { items } = textStream(
      ['\t规章', '\t1', '', '- 5 -', '', '\t行政许可', '\t2', '', '全年共收到申请，', '- 6 -', '24件。'].join('\n'),
    );
    expect(grid(tables(items)[0])).toEqual([
      ['规章', '1'],
      ['行政许可', '2'],
    ]);
    expect(texts(items)).toEqual(['全年共收到申请，24件。']);
  });

  it('reads a space-aligned table (pdftotext -layout) by column positions, blank cells in place', () => {
    const lines = [
      '  信息内容            制发    废止    有效',
      '  规章                   1               3',
      '  行政规范性文件         2       1       4',
      '  其他文件                       5       6',
    ];
    const t = tables(textStream(lines.join('\n')).items)[0];
    expect(t?.aligned).toBe(true);
    expect(grid(t)).toEqual([
      ['信息内容', '制发', '废止', '有效'],
      ['规章', '1', '', '3'],
      ['行政规范性文件', '2', '1', '4'],
      ['其他文件', '', '5', '6'],
    ]);
  });

  it('joins the wrapped labels of a space-aligned table to their row', () => {
    const lines = [
      '  （一）予以公开                1       1',
      '  （二）部分公开（区分处理',
      '  的，只计这一情形）            2       0',
      '  （三）不予公开  1.属于国家    0       1',
      '  秘密',
      '  2.重复申请                    3       3',
    ];
    expect(grid(tables(textStream(lines.join('\n')).items)[0])).toEqual([
      ['（一）予以公开', '', '1', '1'],
      ['（二）部分公开（区分处理的，只计这一情形）', '', '2', '0'],
      ['（三）不予公开', '1.属于国家秘密', '0', '1'],
      ['2.重复申请', '', '3', '3'],
    ]);
  });

  it('leaves a space-aligned table unread when its values are out of line and rows differ in length', () => {
    const lines = [
      '  规章                   1       2       3',
      '  行政规范性文件长长长长长长      2       1',
      '  其他               5       6       7',
    ];
    const t = tables(textStream(lines.join('\n')).items)[0];
    expect(t?.grid.width).toBe(1);
    expect(grid(t).every((r) => !/^\d+$/.test(r[0] ?? ''))).toBe(true);
  });

  it('reads a space-aligned table out of line by order when every row has all its values', () => {
    const lines = [
      '  规章                   1       2       3',
      '  行政规范性文件长长长长长长      2       1     0',
      '  其他               5       6       7',
    ];
    const t = tables(textStream(lines.join('\n')).items)[0];
    expect(t?.aligned).toBe(false);
    expect(grid(t)[1]).toEqual(['行政规范性文件长长长长长长', '2', '1', '0']);
  });

  it('keeps a table printed one cell per line without separators (pdftotext) as an unread table, not prose', () => {
    const cells = [
      '行政复议',
      '行政诉讼',
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
      '1',
      '0',
      '0',
      '0',
      '1',
    ];
    const { items } = textStream(
      ['四、政府信息公开行政复议、行政诉讼情况', ...cells, '', '本年度未发生行政诉讼。'].join('\n'),
    );
    const t = tables(items)[0];
    expect(t?.grid.width).toBe(1);
    expect(t?.grid.rows).toHaveLength(cells.length);
    expect(texts(items)).toEqual(['四、政府信息公开行政复议、行政诉讼情况', '本年度未发生行政诉讼。']);
  });

  it('does not take prose or a signature block with double spaces for a space-aligned table', () => {
    const prose = [
      '2023年，我局  收到申请 5 件，办结  5 件。',
      '某某县公安局',
      '2024年1月20日',
      '联系电话  0564-1234567',
    ];
    expect(tables(textStream(prose.join('\n')).items)).toHaveLength(0);
  });

  // Issue 13, class 1: converter rows (pdfplumber, pdf.js, pdftotext without -layout).
  it('reads rows of a label and its values one space apart, with wrapped labels joined back', () => {
    const { items } = textStream(
      [
        '三、收到和处理政府信息公开申请情况',
        '申请人情况',
        '一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21',
        '（二）部分公开（区分处理的，只计这一情',
        '形，不计其他情形） 3 0 0 0 0 0 3',
        '（六）其',
        '他处理',
        '1、申请人无正当理由逾期不补',
        '正、行政机关不再处理其政府信息公开申请',
        '2 0 0 0 0 0 2',
        '（七）总计 21 0 0 0 0 0 21',
        '',
        '',
        '四、政府信息公开行政复议、行政诉讼情况',
      ].join('\n'),
    );
    const t = tables(items)[0];
    expect(t?.form).toBe('space-rows');
    expect(grid(t).map((r) => r.filter((c) => c !== ''))).toEqual([
      ['申请人情况'],
      ['一、本年新收政府信息公开申请数量', '21', '0', '0', '0', '0', '0', '21'],
      ['（二）部分公开（区分处理的，只计这一情 形，不计其他情形）', '3', '0', '0', '0', '0', '0', '3'],
      ['（六）其 他处理'],
      ['1、申请人无正当理由逾期不补 正、行政机关不再处理其政府信息公开申请', '2', '0', '0', '0', '0', '0', '2'],
      ['（七）总计', '21', '0', '0', '0', '0', '0', '21'],
    ]);
    expect(texts(items)).toEqual(['三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况']);
  });

  it('reads one cell a line with a blank line after each (pdftotext) as label and values', () => {
    const cells = [
      '第二十条第（一）项',
      '信息内容',
      '本年制发件数',
      '本年废止件数',
      '现行有效件数',
      '规章',
      '1',
      '0',
      '11',
      '行政规范性文件',
      '8',
      '26',
      '66',
      '第二十条第（五）项',
      '信息内容',
      '本年处理决定数量',
      '行政许可',
      '447228',
    ];
    const { items } = textStream(
      ['二、主动公开政府信息情况', '', ...cells.flatMap((c) => [c, '']), '', '三、收到和处理政府信息公开申请情况'].join(
        '\n',
      ),
    );
    expect(grid(tables(items)[0]).map((r) => r.filter((c) => c !== ''))).toEqual([
      ['第二十条第（一）项'],
      ['信息内容'],
      ['本年制发件数'],
      ['本年废止件数'],
      ['现行有效件数'],
      ['规章', '1', '0', '11'],
      ['行政规范性文件', '8', '26', '66'],
      ['第二十条第（五）项'],
      ['信息内容'],
      ['本年处理决定数量'],
      ['行政许可', '447228'],
    ]);
  });

  it('does not take a sentence that ends in a number for a row', () => {
    const { items } = textStream(
      ['如对本报告有疑问，请与本局联系（地址：光明路 2', '号，联系电话：0537-8826030）。'].join('\n'),
    );
    expect(tables(items)).toEqual([]);
  });

  // Issue 13, class 3: a page's text saved in one run.
  it('splits section headings run inline into a paragraph, and reads 表四 run together in one', () => {
    const { items, title } = textStream(
      [
        '标题: 某某县人民政府2022年度政府信息公开工作年度报告',
        '一、总体情况 2022年，我县持续推进政务公开。 二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数规章000 ' +
          '四、政府信息公开行政复议、行政诉讼情况行政复议 行政诉讼 结果维持结果纠正其他结果尚未审结总计 未经复议直接起诉 复议后起诉 ' +
          '结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计 0 1 1 0 2 1 0 0 0 1 0 0 0 0 0 五、存在的主要问题及改进情况 ' +
          '一是解读不够。本报告包括：一、总体情况；二、主动公开政府信息情况。',
      ].join('\n'),
    );
    expect(title).toBe('某某县人民政府2022年度政府信息公开工作年度报告');
    expect(texts(items)).toEqual([
      '一、总体情况',
      '2022年，我县持续推进政务公开。',
      '二、主动公开政府信息情况',
      '第二十条第（一）项信息内容本年制发件数规章000',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '一是解读不够。本报告包括：一、总体情况；二、主动公开政府信息情况。',
    ]);
    expect(grid(tables(items)[0])[0]?.slice(1)).toEqual('0 1 1 0 2 1 0 0 0 1 0 0 0 0 0'.split(' '));
  });

  it('finds the title under a line of site chrome, and inside a saved page\'s "标题: | … |" field', () => {
    const chrome = textStream(
      ['登录 注册', '', '四平市铁东区人民政府解放街道办事处2011年政府信息公开工作年度报告', '', '一、概述'].join('\n'),
    );
    expect(chrome.title).toBe('四平市铁东区人民政府解放街道办事处2011年政府信息公开工作年度报告');
    const field = textStream(
      ['标题: | 博山区人民政府办公室 2021年政府信息公开工作年度报告 | ||', '---|---|', '一、总体情况'].join('\n'),
    );
    expect(field.title).toBe('博山区人民政府办公室 2021年政府信息公开工作年度报告');
  });

  it('copes with empty and odd input', () => {
    expect(textStream('').items).toEqual([]);
    expect(textStream('\t\n\t\t\n|\n').items).toBeDefined();
  });
});
