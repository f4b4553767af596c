import { describe, expect, it } from 'vitest';
import { textStream } from './text-stream';
import type { StreamItem, TableItem, TextItem } from './stream';

const tables = (items: StreamItem[]): TableItem[] => items.filter((i): i is TableItem => i.kind === 'table');
const texts = (items: StreamItem[]): string[] => items.filter((i): i is TextItem => i.kind === 'text').map((i) => i.text);
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

  it('reads one cell per line: rows split by blank lines, a cell continued on the next line', () => {
    const { items } = textStream(['四、政府信息公开行政复议、行政诉讼情况', '\t结果维持', '\t结果', '纠正', '', '\t1', '\t0', '', '五、存在的主要问题及改进情况'].join('\n'));
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
    const { items } = textStream([para, '\t行政许可', '\t81155', '', '\t行政处罚', '\t7', para, '\t下一段也缩进了。'].join('\n'));
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
    const para = '\t本报告依据《中华人民共和国政府信息公开条例》编制，全文包括总体情况、主动公开政府信息情况等六部分内容。';
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
    const { items, title } = textStream('# 某局2024年政府信息公开工作年度报告\n[bookmark: _GoBack]本报告依据条例编制。\n### 一、总体情况');
    expect(title).toBe('某局2024年政府信息公开工作年度报告');
    expect(texts(items)).toEqual(['本报告依据条例编制。', '一、总体情况']);
  });

  it('copes with empty and odd input', () => {
    expect(textStream('').items).toEqual([]);
    expect(textStream('\t\n\t\t\n|\n').items).toBeDefined();
  });
});
