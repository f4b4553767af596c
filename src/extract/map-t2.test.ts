import { describe, expect, it } from 'vitest';
import { tableItem } from '../../test/unit/extract/helpers';
import { mapT2 } from './map-t2';
import type { MappedTable } from './mapped';

const BLOCKS_2021 = [
  ['第二十条第（一）项', '第二十条第（一）项', '第二十条第（一）项', '第二十条第（一）项'],
  ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
  ['规章', '1', '2', '3'],
  ['行政规范性文件', '4', '5', '6'],
  ['第二十条第（五）项', '第二十条第（五）项', '第二十条第（五）项', '第二十条第（五）项'],
  ['信息内容', '本年处理决定数量', '本年处理决定数量', '本年处理决定数量'],
  ['行政许可', '7', '7', '7'],
  ['第二十条第（六）项', '第二十条第（六）项', '第二十条第（六）项', '第二十条第（六）项'],
  ['信息内容', '本年处理决定数量', '本年处理决定数量', '本年处理决定数量'],
  ['行政处罚', '8', '8', '8'],
  ['行政强制', '9', '9', '9'],
  ['第二十条第（八）项', '第二十条第（八）项', '第二十条第（八）项', '第二十条第（八）项'],
  ['信息内容', '本年收费金额（单位：万元）', '本年收费金额（单位：万元）', '本年收费金额（单位：万元）'],
  ['行政事业性收费', '12.35', '12.35', '12.35'],
];

/** row/column → the text of the grid cell it was mapped to. */
const flat = (m: MappedTable | undefined): Record<string, string | undefined> =>
  Object.fromEntries((m?.cells ?? []).map((c) => [`${c.row}/${c.column}`, c.item.grid.rows[c.r]?.[c.c]?.text]));

describe('mapT2', () => {
  it('reads nothing from a one-column grid of labels without a value (raw pdftotext), instead of a partial table', () => {
    const labels = ['第二十条第（一）项', '信息内容', '规章', '行政规范性文件', '第二十条第（五）项', '行政许可'].map(
      (t) => [t],
    );
    expect(mapT2([tableItem(labels, true)])).toBeUndefined();
  });

  it('maps the four blocks of a 2021 table by labels, one value per spanned column', () => {
    const m = mapT2([tableItem(BLOCKS_2021, true)]);
    expect(m?.status).toBe('ok');
    expect(m?.layout).toBe('2021');
    expect(m?.cells).toHaveLength(10);
    expect(flat(m)).toEqual({
      'rules/issued': '1',
      'rules/repealed': '2',
      'rules/valid': '3',
      'normative/issued': '4',
      'normative/repealed': '5',
      'normative/valid': '6',
      'license/decisions': '7',
      'penalty/decisions': '8',
      'coercion/decisions': '9',
      'fees/amount': '12.35',
    });
    expect(m?.cells.find((c) => c.row === 'fees')?.type).toBe('decimal');
    expect(m?.cells.find((c) => c.row === 'rules')?.type).toBe('int');
  });

  it('reads T2 split over several tables', () => {
    const parts = [BLOCKS_2021.slice(0, 4), BLOCKS_2021.slice(4, 11), BLOCKS_2021.slice(11)].map((rows) =>
      tableItem(rows, true),
    );
    const m = mapT2(parts);
    expect(m?.status).toBe('ok');
    expect(m?.cells.find((c) => c.row === 'fees')?.item).toBe(parts[2]);
  });

  it('accepts the aliases 规范性文件 and 现行有效件数（历史累计）, and a text copy without spans', () => {
    const rows = [
      ['第二十条第(一)项', '', '', ''],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数（历史累计）'],
      ['规章', '0', '0', '0'],
      ['规范性文件', '0', '0', '4'],
      ['第二十条第(五)项', '', '', ''],
      ['信息内容', '本年处理决定数量', '', ''],
      ['行政许可', '2439825', '', ''],
    ];
    const m = mapT2([tableItem(rows, false)]);
    expect(m?.status).toBe('partial');
    expect(m?.missingRows).toEqual(['penalty', 'coercion', 'fees']);
    expect(flat(m)['normative/valid']).toBe('4');
    expect(flat(m)['license/decisions']).toBe('2439825');
  });

  it('keeps only the columns of the 2019 layout that have a 2021 meaning', () => {
    const rows = [
      ['第二十条第（一）项', '', '', '', ''],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', ''],
      ['规章', '0', '0', '0', ''],
      ['规范性文件', '2', '2', '30', ''],
      ['第二十条第（五）项', '', '', '', ''],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量', ''],
      ['行政许可', '716', '-417', '298', ''],
      ['其他对外管理服务事项', '3', '0', '12', ''],
      ['第二十条第（九）项', '', '', '', ''],
      ['信息内容', '采购项目数量', '采购总金额', '', ''],
      ['政府集中采购', '4', '251000元', '', ''],
    ];
    const m = mapT2([tableItem(rows, true)]);
    expect(m?.layout).toBe('2019');
    expect(m?.cells.map((c) => `${c.row}/${c.column}`)).toEqual(['license/decisions']);
    // Partial only for the absent 第二十条第（六）项 block: the 2019 columns without a 2021 key are not "missing".
    expect(m?.status).toBe('partial');
    expect(m?.missingRows).toEqual(['penalty', 'coercion']);
    expect(m?.missingColumns).toEqual([]);
  });

  it('reads a whole 2019 table as ok: every cell with a 2021 meaning (处理决定数量) is there', () => {
    const rows = [
      ['第二十条第（一）项', '', '', '', ''],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', ''],
      ['规章', '13', '13', '524', ''],
      ['规范性文件', '60', '60', '368', ''],
      ['第二十条第（五）项', '', '', '', ''],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量', ''],
      ['行政许可', '0', '0', '0', ''],
      ['其他对外管理服务事项', '0', '0', '0', ''],
      ['第二十条第（六）项', '', '', '', ''],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量', ''],
      ['行政处罚', '0', '0', '5', ''],
      ['行政强制', '0', '0', '1', ''],
      ['第二十条第（八）项', '', '', '', ''],
      ['信息内容', '上一年项目数量', '本年增/减', '', ''],
      ['行政事业性收费', '0', '0', '', ''],
      ['第二十条第（九）项', '', '', '', ''],
      ['信息内容', '采购项目数量', '采购总金额', '', ''],
      ['政府集中采购', '6', '251000元', '', ''],
    ];
    const m = mapT2([tableItem(rows, true)]);
    expect(m?.layout).toBe('2019');
    expect(m?.status).toBe('ok');
    expect(m?.missingRows).toEqual([]);
    expect(m?.missingColumns).toEqual([]);
    expect(flat(m)).toEqual({ 'license/decisions': '0', 'penalty/decisions': '5', 'coercion/decisions': '1' });
  });

  it('puts no value of a 2019 table in a 2021 column by order when its header was not read (a converter broke it)', () => {
    // pdftotext: "本年新" / "制作数量" on lines of their own, so the 2019 header is not recognised; the （九） block
    // shows the layout. 60 60 368 are 新制作/新公开/对外公开总数量, not 制发/废止/现行有效; 35 is 上一年项目数量, no fee.
    const rows = [
      ['第二十条第（一）项'],
      ['信息内容'],
      ['本年新'],
      ['制作数量'],
      ['规范性文件', '60', '60', '368'],
      ['第二十条第（八）项'],
      ['行政事业性收费', '35', '0'],
      ['第二十条第（九）项'],
      ['信息内容', '采购项目数量', '采购总金额'],
      ['政府集中采购', '6', '251000元'],
    ];
    const m = mapT2([tableItem(rows, false)]);
    expect(m).toBeUndefined();
  });

  it('returns undefined when no T2 row is there', () => {
    expect(
      mapT2([
        tableItem(
          [
            ['姓名', '电话'],
            ['张三', '123'],
          ],
          true,
        ),
      ]),
    ).toBeUndefined();
  });
});
