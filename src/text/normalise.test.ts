import { describe, expect, it } from 'vitest';
import { collapseSpace, normaliseLabel, ordinalValue, splitOrdinal } from './normalise';

describe('normaliseLabel', () => {
  it('applies NFKC, drops spaces, NBSP and zero-width characters, joins split words', () => {
    expect(normaliseLabel('商业 企业')).toBe('商业企业');
    expect(normaliseLabel('科研\u00a0机构\u200b')).toBe('科研机构');
    expect(normaliseLabel('（一）予以公开')).toBe('(一)予以公开');
    expect(normaliseLabel('第二十条第（一）项')).toBe('第二十条第(一)项');
    expect(normaliseLabel('１、总体情况')).toBe('1.总体情况');
    expect(normaliseLabel('本年收费金额（单位：万元）')).toBe('本年收费金额(单位:万元)');
  });

  it('keeps digits of numbers intact (only list marks become "1.")', () => {
    expect(normaliseLabel('2023、2024')).toBe('2023、2024');
    expect(normaliseLabel('3、其他')).toBe('3.其他');
  });
});

describe('collapseSpace', () => {
  it('collapses every kind of whitespace to one space and trims', () => {
    expect(collapseSpace('  2023 \u3000年\n\t 1 月\u00a0')).toBe('2023 年 1 月');
    expect(collapseSpace('a\u200bb')).toBe('ab');
  });
});

describe('splitOrdinal', () => {
  it.each([
    ['一、总体情况', '一、', '总体情况', 1],
    ['(三)不予公开', '(三)', '不予公开', 3],
    ['一)主动公开', '一)', '主动公开', 1],
    ['1.总体情况', '1.', '总体情况', 1],
    ['###四、政府信息公开行政复议', '四、', '政府信息公开行政复议', 4],
    ['()监督保障', '()', '监督保障', undefined],
    ['十二、其他', '十二、', '其他', 12],
    ['总体情况', '', '总体情况', undefined],
  ])('%s', (label, ordinal, rest, value) => {
    expect(splitOrdinal(label)).toEqual({ ordinal, rest });
    expect(ordinal === '' ? undefined : ordinalValue(ordinal)).toBe(value);
  });
});
