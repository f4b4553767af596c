import { describe, expect, it } from 'vitest';
import { T3_ROWS, T3_ROWS_2019 } from '../template';
import { mapT3 } from './map-t3';
import type { MappedTable } from './mapped';
import { tableItem } from '../../test/unit/extract/helpers';
import { textStream } from './text-stream';
import type { TableItem } from './stream';

const item = tableItem;

const SEVEN = ['1', '2', '3', '4', '5', '6', '21'];
const LABELS_2021: Array<[string, string, string]> = [
  ['一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量'],
  ['二、上年结转政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '二、上年结转政府信息公开申请数量'],
  ['三、本年度办理结果', '（一）予以公开', '（一）予以公开'],
  [
    '三、本年度办理结果',
    '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  ],
  ...[
    '1.属于国家秘密',
    '2.其他法律行政法规禁止公开',
    '3.危及“三安全一稳定”',
    '4.保护第三方合法权益',
    '5.属于三类内部事务信息',
    '6.属于四类过程性信息',
    '7.属于行政执法案卷',
    '8.属于行政查询事项',
  ].map((l): [string, string, string] => ['三、本年度办理结果', '（三）不予公开', l]),
  ...['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map(
    (l): [string, string, string] => ['三、本年度办理结果', '（四）无法提供', l],
  ),
  ...[
    '1.信访举报投诉类申请',
    '2.重复申请',
    '3.要求提供公开出版物',
    '4.无正当理由大量反复申请',
    '5.要求行政机关确认或重新出具已获取信息',
  ].map((l): [string, string, string] => ['三、本年度办理结果', '（五）不予处理', l]),
  ...[
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    '3.其他',
  ].map((l): [string, string, string] => ['三、本年度办理结果', '（六）其他处理', l]),
  ['三、本年度办理结果', '（七）总计', '（七）总计'],
  ['四、结转下年度继续办理', '四、结转下年度继续办理', '四、结转下年度继续办理'],
];
const HEADER = [
  [
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    'n',
    'n',
    '申请人情况',
    '申请人情况',
    '申请人情况',
    '申请人情况',
    '申请人情况',
    '申请人情况',
    '申请人情况',
  ],
  [
    'n',
    'n',
    'n',
    '自然人',
    '法人或其他组织',
    '法人或其他组织',
    '法人或其他组织',
    '法人或其他组织',
    '法人或其他组织',
    '总计',
  ],
  ['n', 'n', 'n', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
];
/** Row i gets values (i*10+1 … i*10+7) so every cell is distinguishable. */
const valuesOf = (i: number): string[] => SEVEN.map((_, k) => String(i * 10 + k + 1));
const aligned2021 = [...HEADER, ...LABELS_2021.map((l, i) => [...l, ...valuesOf(i)])];

const byKey = (m: MappedTable | undefined): Record<string, string> =>
  Object.fromEntries((m?.cells ?? []).map((c) => [`${c.row}/${c.column}`, `${c.r},${c.c}`]));

describe('mapT3', () => {
  it('maps all 25 rows × 7 columns of an aligned 2021 table by keywords', () => {
    const m = mapT3(item(aligned2021, true));
    expect(m?.status).toBe('ok');
    expect(m?.layout).toBe('2021');
    expect(m?.cells).toHaveLength(175);
    const keys = byKey(m);
    // Row i of the template is grid row i+3; columns 自然人…总计 are grid columns 3…9.
    T3_ROWS.forEach((def, i) => {
      expect(keys[`${def.key}/naturalPerson`]).toBe(`${i + 3},3`);
      expect(keys[`${def.key}/total`]).toBe(`${i + 3},9`);
    });
    expect(keys['other.other/other']).toBe('25,8');
  });

  it('reads "3.其他" only inside （六）其他处理 and "总计" only below the header', () => {
    const rows = aligned2021.map((r) => [...r]);
    // A stray "其他" row outside the 其他处理 group must not become other.other.
    rows.splice(5, 0, ['其他', '其他', '其他', ...valuesOf(99)]);
    const m = mapT3(item(rows, true));
    const keys = byKey(m);
    expect(keys['other.other/total']).toBe('26,9');
    expect(keys['totalProcessed/total']).toBe('27,9');
    expect(Object.values(keys)).not.toContain('5,9');
  });

  it('does not read 不予公开 as 予以公开', () => {
    const m = mapT3(item(aligned2021, true));
    expect(byKey(m)['granted/total']).toBe('5,9');
    expect(m?.cells.filter((c) => c.row === 'granted')).toHaveLength(7);
  });

  it('finds columns under an extra header row of empty cells instead of rowspans', () => {
    const header = [
      [
        'note',
        'note',
        'note',
        '申请人情况',
        '申请人情况',
        '申请人情况',
        '申请人情况',
        '申请人情况',
        '申请人情况',
        '申请人情况',
      ],
      [
        'note',
        'note',
        'note',
        '自然人',
        '法人或其他组织',
        '法人或其他组织',
        '法人或其他组织',
        '法人或其他组织',
        '法人或其他组织',
        '总计',
      ],
      ['note', 'note', 'note', '', '商业 企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
    ];
    const m = mapT3(item([...header, ...aligned2021.slice(3)], true));
    expect(m?.status).toBe('ok');
    expect(byKey(m)['newReceived/naturalPerson']).toBe('3,3');
    expect(byKey(m)['newReceived/total']).toBe('3,9');
  });

  it('reads a text copy (spans lost, leading cells dropped) by label and trailing 7 values', () => {
    const rows = LABELS_2021.map((l, i) => {
      // A group label (（三）不予公开 …) survives on its group's first row only.
      const firstOfGroup = i >= 4 && LABELS_2021[i - 1]?.[1] !== l[1];
      const labels =
        i < 2 || i === 24
          ? [l[0], '']
          : i === 2 || i === 3 || i === 23
            ? ['', l[1]]
            : ['', firstOfGroup ? l[1] : '', l[2]];
      // The xinxiang seed: "3.其他" and "(七) 总计" lost their leading tabs; some rows end with a tab.
      if (i === 22) labels.splice(0, 2);
      if (i === 23) labels.splice(0, 1);
      return [...labels, ...valuesOf(i), ...(i % 2 === 0 ? [''] : [])];
    });
    const m = mapT3(
      item(
        [['(本列数据的勾稽关系…)', '', '申请人情况', '', '总计'], ['', '', '自然人', '法人或其他组织'], ...rows],
        false,
      ),
    );
    expect(m?.status).toBe('ok');
    const values = Object.fromEntries((m?.cells ?? []).map((c) => [`${c.row}/${c.column}`, rows[c.r - 2]?.[c.c]]));
    T3_ROWS.forEach((def, i) => {
      expect(values[`${def.key}/naturalPerson`]).toBe(String(i * 10 + 1));
      expect(values[`${def.key}/total`]).toBe(String(i * 10 + 7));
    });
  });

  it('recognises the 2019 layout (one （六）其他处理 row)', () => {
    const labels2019 = LABELS_2021.filter((l) => !l[1].includes('其他处理'));
    labels2019.splice(21, 0, ['三、本年度办理结果', '（六）其他处理', '（六）其他处理']);
    const m = mapT3(item([...HEADER, ...labels2019.map((l, i) => [...l, ...valuesOf(i)])], true));
    expect(m?.layout).toBe('2019');
    expect(m?.status).toBe('ok');
    expect(m?.cells).toHaveLength(T3_ROWS_2019.length * 7);
    expect(byKey(m)['other/total']).toBe('24,9');
  });

  it('reports missing rows and columns as partial', () => {
    const rows = aligned2021.filter((r) => !String(r[2]).includes('另行制作')).map((r) => r.filter((_, c) => c !== 5));
    const m = mapT3(item(rows, true));
    expect(m?.status).toBe('partial');
    expect(m?.missingRows).toEqual(['unable.needCreation']);
    expect(m?.missingColumns).toEqual(['research']);
  });

  it("reads a table cut in two at a page break: the second part, without a header, in the first part's columns", () => {
    const cut = HEADER.length + 12; // the break falls before （四）无法提供
    const first = item(aligned2021.slice(0, cut), true);
    const second = item(aligned2021.slice(cut), true);
    const m = mapT3(first, [second]);
    expect(m?.status).toBe('ok');
    expect(m?.cells).toHaveLength(175);
    const noInfo = m?.cells.find((c) => c.row === 'unable.noInfo' && c.column === 'total');
    expect([noInfo?.item, noInfo?.r, noInfo?.c]).toEqual([second, 0, 9]);
    // A following table that brings no row of table 三 is not a continuation; nothing after it is read either.
    const other = item(
      [
        ['信息内容', '本年制发件数'],
        ['规章', '0'],
      ],
      true,
    );
    expect(mapT3(first, [other, second])?.missingRows).toContain('unable.noInfo');
    // Alone, the first part is partial, as before.
    expect(mapT3(first)?.status).toBe('partial');
  });

  it('returns undefined for a table that is not T3', () => {
    expect(
      mapT3(
        item(
          [
            ['信息内容', '本年制发件数'],
            ['规章', '0'],
          ],
          true,
        ),
      ),
    ).toBeUndefined();
    expect(
      mapT3(
        item(
          [
            ['本年新收', '3'],
            ['上年结转', '0'],
          ],
          true,
        ),
      ),
    ).toBeUndefined();
  });
});

/**
 * A browser's copy of a table whose cells hold paragraphs: a cell a paragraph, a tab line between the cells of a row,
 * a blank cell as a no-break space, a group label (rowspan) on its first row only.
 */
function browserCopy(rows: string[][]): TableItem | undefined {
  const text = rows.map((r) => r.map((c) => (c === '' ? '\u00a0' : c)).join('\n\n\t\n\n')).join('\n\n\n\n');
  return textStream(text).items.find((i): i is TableItem => i.kind === 'table');
}

/** The 2021 rows as a browser copies them: a group label (三、本年度办理结果, （三）不予公开 …) on its first row only. */
function copiedRows(values: (i: number) => string[]): string[][] {
  const groups = new Set<string>();
  return LABELS_2021.map(([a, b, c], i) => {
    const labels = a === b ? [a] : b === c ? [a, b] : [a, b, c];
    const shown = labels.filter((l, k) => {
      if (k === labels.length - 1) return true;
      if (groups.has(l)) return false;
      groups.add(l);
      return true;
    });
    return [...shown, ...values(i)];
  });
}

describe('mapT3: a browser copy of paragraph cells', () => {
  it('reads every row with its blanks in place, a blank 总计 at the end of a row included', () => {
    const item = browserCopy(copiedRows((i) => (i === 2 ? ['5', '', '', '', '', '', ''] : valuesOf(i))));
    expect(item?.form).toBe('cell-paragraphs');
    const m = mapT3(item as TableItem);
    expect(m?.status).toBe('ok');
    expect(m?.cells).toHaveLength(175);
    const granted = m?.cells.find((c) => c.row === 'granted' && c.column === 'total');
    expect(granted && item?.grid.rows[granted.r]?.[granted.c]?.text).toBe('');
  });

  it('is not read at all when a row has other than seven cells after its labels (a cell lost), instead of rows missing', () => {
    const item = browserCopy(copiedRows((i) => (i === 4 ? valuesOf(i).slice(1) : valuesOf(i))));
    expect(item?.form).toBe('cell-paragraphs');
    expect(mapT3(item as TableItem)).toBeUndefined();
  });
});
