import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (t: string): string[] => splitSentences(t).map(({ start, end }) => t.slice(start, end));

describe('splitSentences', () => {
  it('splits after 。；！？ and at line ends, keeping closing quotes with their sentence', () => {
    expect(split('一是加强培训；二是完善制度。他说：“好！”然后\n下一行？')).toEqual([
      '一是加强培训；',
      '二是完善制度。',
      '他说：“好！”',
      '然后',
      '下一行？',
    ]);
  });

  it('does not split decimals or half-width list marks', () => {
    expect(split('收费 9486.7475 万元。1.属于国家秘密')).toEqual(['收费 9486.7475 万元。', '1.属于国家秘密']);
  });

  it('trims whitespace and skips empty pieces, with offsets into the original text', () => {
    const t = '  第一句。 \u3000 。第二句  ';
    const ranges = splitSentences(t);
    expect(ranges.map(({ start, end }) => t.slice(start, end))).toEqual(['第一句。', '第二句']);
    expect(ranges[0]).toEqual({ start: 2, end: 6 });
  });
});
