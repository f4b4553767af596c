import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  collapseSpace,
  dropBlanks,
  excerpt,
  foldWidth,
  isBlankText,
  matchForm,
  normaliseLabel,
  ordinalValue,
  splitOrdinal,
  wordsOf,
} from './normalise';

describe('the other forms', () => {
  it('folds widths, keeping spaces', () => {
    expect(foldWidth('２０２３ 年（一）')).toBe('2023 年(一)');
  });
  it('drops blanks of every kind, and compacts the NFKC form for scans', () => {
    expect(dropBlanks(' 12\u00a0\u3000万\u200b元\ufeff')).toBe('12万元');
    expect(matchForm('２０２３ 年度報告')).toBe('2023年度报告');
    expect(isBlankText('\u00a0\u3000\u200b\u00ad ')).toBe(true);
    expect(isBlankText(' 0 ')).toBe(false);
  });
  it('splits words at any whitespace run', () => {
    expect(wordsOf(' 1\u30002  3\u00a04 ')).toEqual(['1', '2', '3', '4']);
  });
  it('quotes a sentence shortened, its whitespace collapsed', () => {
    expect(excerpt('共收到  申请\n57件。')).toBe('共收到 申请 57件。');
    expect(excerpt('一二三四五', 3)).toBe('一二三…');
  });
});

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

  it('gives a text with nothing to collapse back as it is, and drops a blank of any kind at either end', () => {
    expect(collapseSpace('本年新收政府信息公开申请数量（件）')).toBe('本年新收政府信息公开申请数量（件）');
    expect(collapseSpace('1,280')).toBe('1,280');
    expect(collapseSpace('\u180e一、总体情况\u2060')).toBe('一、总体情况');
    expect(collapseSpace('\u00ad')).toBe('');
    expect(collapseSpace('')).toBe('');
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

describe('the one normaliser', () => {
  // Every module folds widths and names whitespace through src/text, so a fix to either lands everywhere at once.
  const root = fileURLToPath(new URL('../', import.meta.url));
  const sources = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith(`text${sep}`))
    .map((f) => ({ file: f, text: readFileSync(join(root, f), 'utf8') }));

  it('is the only caller of NFKC', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.filter((s) => s.text.includes(`normalize('NFKC')`)).map((s) => s.file)).toEqual([]);
  });

  it('is the only place that spells a class of Unicode whitespace', () => {
    const spelled = /\\s\\u00a0|\\u00a0\\u3000|\\s\\u3000|\\u200b-\\u200[df]/;
    expect(sources.filter((s) => spelled.test(s.text)).map((s) => s.file)).toEqual([]);
  });
});
