import { describe, expect, it } from 'vitest';
import { bilingual, formatLocal, formatTemplate, placeholders } from './messages';

describe('formatTemplate', () => {
  it('fills placeholders, preferring name@en in English', () => {
    const data = { n: 3, ...bilingual('row', { zh: '予以公开', en: 'disclosed' }) };
    expect(formatTemplate('{{row}}：{{n}} 件', data, 'zh')).toBe('予以公开：3 件');
    expect(formatTemplate('{{ row }}: {{n}}', data, 'en')).toBe('disclosed: 3');
    expect(formatLocal({ zh: '{{row}}', en: '{{row}}!' }, data, 'en')).toBe('disclosed!');
  });

  it('leaves unknown placeholders visible instead of printing "undefined"', () => {
    expect(formatTemplate('a {{missing}} b', {}, 'zh')).toBe('a {{missing}} b');
  });

  it('prints 0 and empty strings', () => {
    expect(formatTemplate('[{{a}}][{{b}}]', { a: 0, b: '' }, 'zh')).toBe('[0][]');
  });
});

describe('placeholders', () => {
  it('lists each placeholder once, sorted', () => {
    expect(placeholders('{{b}} {{a}} {{b}} {{ c }}')).toEqual(['a', 'b', 'c']);
    expect(placeholders('none')).toEqual([]);
  });
});
