import { describe, expect, it } from 'vitest';
import { eitherScript, simplified } from './hant';
import { compact, normaliseLabel } from './normalise';

describe('simplified: matching a 繁體 mirror of a report page', () => {
  it('maps the vocabulary of a report one character for one', () => {
    const hant = '政府信息公開工作年度報告 總體情況 行政復議 行政訴訟 結轉下年度繼續辦理 無法提供 不予處理 統計期限';
    const hans = '政府信息公开工作年度报告 总体情况 行政复议 行政诉讼 结转下年度继续办理 无法提供 不予处理 统计期限';
    expect(simplified(hant)).toBe(hans);
    expect(simplified(hant)).toHaveLength(hant.length);
  });

  it('finds a mapped character anywhere: after full-width punctuation, astral characters and ASCII', () => {
    expect(simplified('（一）：𠀀，abc１２報')).toBe('（一）：𠀀，abc１２报');
    expect(simplified('（一）：𠀀，abc１２')).toBe('（一）：𠀀，abc１２');
    expect(simplified('')).toBe('');
  });

  it('leaves simplified text as it is, and the matching forms see simplified words', () => {
    const text = '新乡市公安局2023年政府信息公开工作年度报告';
    expect(simplified(text)).toBe(text);
    expect(normaliseLabel('（四）無法提供')).toBe(normaliseLabel('（四）无法提供'));
    expect(compact('本 報告')).toBe('本报告');
  });
});

describe('eitherScript', () => {
  it('gives a class of the character and its traditional forms, or the character alone', () => {
    expect(eitherScript('报')).toBe('[报報]');
    expect(eitherScript('为')).toBe('[为為爲]');
    expect(eitherScript('本')).toBe('本');
  });

  it('finds a word in a text as written where simplifying the text would find it', () => {
    const word = new RegExp([...'统计期限'].map(eitherScript).join(''));
    for (const text of ['統計期限', '统计期限', '統计期限', '统計期 限', '統計期間'])
      expect(word.test(text)).toBe(simplified(text).includes('统计期限'));
  });
});
