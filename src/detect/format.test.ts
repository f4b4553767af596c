import { describe, expect, it } from 'vitest';
import { detectFormat } from './format';

describe('detectFormat', () => {
  it('trusts the layout of the mapped tables first', () => {
    expect(detectFormat({ year: 2022, t3Layout: '2019', tableText: '', text: '' })).toBe('2019');
    expect(detectFormat({ year: 2019, t3Layout: '2021', t2Layout: '2021', tableText: '', text: '' })).toBe('2021');
  });

  it('recognises the 2019 trial tables by their words, even in a 2022 report', () => {
    expect(
      detectFormat({ year: 2022, tableText: '信息内容 本年新制作数量 本年新公开数量 对外公开总数量', text: '' }),
    ).toBe('2019');
    expect(detectFormat({ tableText: '第二十条第（九）项 政府集中采购', text: '' })).toBe('2019');
  });

  it('recognises 2008–2018 reports by year and by their markers', () => {
    expect(detectFormat({ year: 2017, tableText: '', text: '' })).toBe('legacy');
    expect(detectFormat({ tableText: '', text: '一、概述\n2015年我局…' })).toBe('legacy');
    expect(detectFormat({ tableText: '统计指标 单位 统计数', text: '附表：政府信息公开情况统计表' })).toBe('legacy');
    // "概述" as a word in a sentence is not the legacy section heading.
    expect(detectFormat({ tableText: '', text: '现将有关情况概述如下' })).toBe('unknown');
  });

  it('falls back on the year, then on the format document cited', () => {
    expect(detectFormat({ year: 2023, tableText: '', text: '' })).toBe('2021');
    expect(detectFormat({ year: 2020, tableText: '', text: '' })).toBe('2019');
    expect(detectFormat({ tableText: '', text: '按照国办公开办函〔2021〕30号要求编制' })).toBe('2021');
    expect(detectFormat({ tableText: '', text: '按照国办公开办函〔2019〕60号要求编制' })).toBe('2019');
    expect(detectFormat({ tableText: '', text: '' })).toBe('unknown');
  });
});
