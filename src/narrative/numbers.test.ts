import { describe, expect, it } from 'vitest';
import { findQuantities, normaliseDigits, parseChineseNumber, scanQuantities, sharingQuantities } from './numbers';

const found = (text: string) => findQuantities(text).map((q) => [q.exact, q.unit, q.approximate]);

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['〇', 0],
    ['零', 0],
    ['十', 10],
    ['十三', 13],
    ['二十', 20],
    ['一百二十', 120],
    ['一百零一', 101],
    ['一千零五', 1005],
    ['两千', 2000],
    ['三万五千', 35000],
    ['一万零三百', 10300],
    ['二〇二三', 2023],
  ])('%s → %i', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', '二三百', '百', '万', '件'])('rejects %j', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe('findQuantities', () => {
  it('reads Arabic, full-width, thousands separators, decimals and Chinese numerals with their units', () => {
    expect(found('收到申请５７件，行政许可2,439,825件，收费9486.7475万元，行政复议一起，两次')).toEqual([
      ['57', '件', false],
      ['2439825', '件', false],
      ['9486.7475', '万元', false],
      ['1', '起', false],
      ['2', '次', false],
    ]);
  });

  it('marks approximate figures (余/多/约/近/超过/左右/以上)', () => {
    expect(found('1100余条，30多件，约50件，近200件，超过10次，20件左右，5件以上')).toEqual([
      ['1100', '条', true],
      ['30', '件', true],
      ['50', '件', true],
      ['200', '件', true],
      ['10', '次', true],
      ['20', '件', true],
      ['5', '件', true],
    ]);
  });

  it('applies 万 to counts but keeps it as the unit of 万元', () => {
    expect(found('3.5万件，40余万人次，5万元')).toEqual([
      ['35000', '件', false],
      ['400000', '人次', true],
      ['5', '万元', false],
    ]);
  });

  it('reads percentages, including 百分之', () => {
    expect(found('占33.9％，下降300%，百分之八十，百分之百')).toEqual([
      ['33.9', '%', false],
      ['300', '%', false],
      ['80', '%', false],
      ['100', '%', false],
    ]);
    expect(findQuantities('占33.90%')[0]?.decimals).toBe(2);
  });

  it('ignores dates, document numbers, phone numbers, ordinals and words built on numerals', () => {
    expect(
      found(
        '2023年1月1日至12月31日，国办公开办函〔2021〕30号，电话0537-8826030，地址光明路2号，第二十条第（八）项，' +
          '一次性告知，统一部署，进一步加强，一是加强，与群众一起，一件事一次办，第一时间',
      ),
    ).toEqual([]);
  });

  it('keeps offsets into the original text', () => {
    const text = '全年收到申请５７件';
    const [q] = findQuantities(text);
    expect(text.slice(q?.start, q?.end)).toBe('５７件');
  });
});

describe('normaliseDigits', () => {
  it('maps full-width digits and signs one for one and leaves Chinese punctuation alone', () => {
    expect(normaliseDigits('５７，３３．９％')).toBe('57，33.9%');
  });
});

describe('scanQuantities', () => {
  const sentences = [
    '共收到政府信息公开申请１２３件，其中自然人申请100件，占81.3%',
    '行政复议一起，统一办理，进一步规范，约2,300余件左右',
    '第二十条第（一）项，0537-8826030，百分之百办结',
  ];

  it.each(sentences)('reads %j as findQuantities reads it, from normalised digits', (text) => {
    expect(scanQuantities(normaliseDigits(text))).toEqual(findQuantities(text));
  });

  it('reads a piece of a sentence on its own terms, and shares nothing', () => {
    const text = normaliseDigits(sentences[0] as string);
    const piece = text.slice(0, text.indexOf('其中'));
    const quantities = sharingQuantities(() => {
      const first = scanQuantities(piece);
      expect(scanQuantities(piece)).not.toBe(first);
      return first;
    });
    expect(quantities.map((q) => [q.exact, q.unit, q.end])).toEqual([['123', '件', piece.length - 1]]);
  });
});
