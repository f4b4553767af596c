import { describe, expect, it } from 'vitest';
import { findSections, matchSectionHeading } from './sections';
import type { StreamItem } from './stream';

const text = (t: string): StreamItem => ({
  kind: 'text',
  text: t,
  origin: { kind: 'lines', starts: [{ offset: 0, line: 1 }] },
});

describe('matchSectionHeading', () => {
  it.each([
    ['一、总体情况', '一'],
    ['1、 总体情况', '一'],
    ['二、行政机关主动公开政府信息情况', '二'],
    ['三、收到和处理政府信息公开的申请情况', '三'],
    ['四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', '四'],
    ['四、政府信息公开行政复议和行政诉讼情况', '四'],
    ['五、政府信息公开工作存在的主要问题及改进情况', '五'],
    ['五、存在的主要问题和改进措施：', '五'],
    ['六、其他事项', '六'],
    ['### 三、收到和处理政府信息公开申请情况', '三'],
    ['四、政府信息公开行政复议、行政诉讼情况', '四'],
    // Issue 13, class 3: wordings of real reports that no alias lists, matched on each section's key words.
    ['五、存在的主要问题及整改措施', '五'],
    ['存在问题及改进情况', '五'],
    ['五、政府信息公开工作存在的主要问题及整改情况', '五'],
    ['五、存在的不足及改进措施', '五'],
    ['四、政府信息公开行政法复议、行政诉讼情况', '四'],
    ['四、被申请行政复议及提起行政诉讼情况', '四'],
    ['四、政府信息公开行政复议与诉讼情况', '四'],
    ['三、政府信息公开申请的收到和处理情况', '三'],
    ['三、受理和办理政府信息公开申请情况', '三'],
    ['二、主动公开政府信息工作情况', '二'],
    ['一、工作概况', '一'],
    ['六、其他需要说明的事项', '六'],
  ])('reads %j as section %s', (heading, no) => {
    expect(matchSectionHeading(heading)?.no).toBe(no);
  });

  it.each([
    '本报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分内容。',
    '（六）本行政机关认为需要报告的其他事项：无。',
    '（一）主动公开情况',
    '2023年，我局总体情况良好。',
    // Key words in a sentence, or of two sections at once, are no heading.
    '存在的问题主要是信息更新不及时',
    '针对存在的问题，我局将采取以下措施',
    '（一）依申请公开情况',
    '行政复议、行政诉讼及存在的问题',
    '',
  ])('rejects %j', (line) => {
    expect(matchSectionHeading(line)).toBeUndefined();
  });

  it('scores the right ordinal above a sub-item ordinal', () => {
    expect(matchSectionHeading('一、总体情况')?.score).toBeGreaterThan(
      matchSectionHeading('（一）总体情况')?.score ?? 99,
    );
  });
});

describe('findSections', () => {
  it('keeps the best increasing sequence, so a later sub-item cannot displace a heading', () => {
    const items = [
      text('一、总体情况'),
      text('（一）总体情况'), // a sub-item that repeats the words
      text('二、主动公开政府信息情况'),
      text('三、收到和处理政府信息公开申请情况'),
      text('（六）其他事项'), // inside section 三: must not become section 六 before 四/五
      text('四、政府信息公开行政复议、行政诉讼情况'),
      text('五、存在的主要问题及改进情况'),
      text('六、其他需要报告的事项'),
    ];
    expect(findSections(items).map((s) => [s.no, s.index])).toEqual([
      ['一', 0],
      ['二', 2],
      ['三', 3],
      ['四', 5],
      ['五', 6],
      ['六', 7],
    ]);
  });

  it('prefers headings with a body over a table of contents listing them', () => {
    const names = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'];
    const items = [...names.map(text), ...names.flatMap((n) => [text(n), text('正文。')])];
    expect(findSections(items).map((s) => s.index)).toEqual([3, 5, 7]);
  });

  it('finds headings whose ordinals are wrong or lost', () => {
    const items = [text('1、总体情况'), text('()主动公开政府信息情况'), text('二、收到和处理政府信息公开申请情况')];
    expect(findSections(items).map((s) => s.no)).toEqual(['一', '二', '三']);
  });
});
