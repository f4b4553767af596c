import { describe, expect, it } from 'vitest';
import { agencyFromTitle } from './agency';
import { findPeriod, findPeriodFolded } from './period';
import { findPublished, findPublishedFolded } from './published';
import { foldWidth } from '../text/normalise';
import { cleanPageTitle, isReportTitle } from './title';
import { distinctYears, firstYear } from './year';

describe('years', () => {
  it('reads Arabic, full-width and Chinese-numeral years, never parts of longer numbers', () => {
    expect(firstYear('金乡县公安局 2023 年政府信息公开')).toBe(2023);
    expect(firstYear('某局２０２２年度报告')).toBe(2022);
    expect(firstYear('某局二〇二三年政府信息公开工作年度报告')).toBe(2023);
    expect(distinctYears('电话 0537-8826030，编号 120230001，2023年与2022年')).toEqual([2023, 2022]);
    expect(firstYear('第711号令')).toBeUndefined();
  });
});

describe('findPeriod', () => {
  it.each([
    ['本报告所列数据的统计期限自 2023 年 1 月 1 日起至 2023 年\n\n12 月 31 日止。', '2023-01-01', '2023-12-31', 2023],
    ['统计期限为2024年1月1日至12月31日，电子版可在网站查阅', '2024-01-01', '2024-12-31', 2024],
    ['数据统计期限为2023年1月1日至2023年12月31日', '2023-01-01', '2023-12-31', 2023],
    ['统计时限：２０２２年１月１日－２０２２年１２月３１日', '2022-01-01', '2022-12-31', 2022],
  ])('reads %j', (text, start, end, year) => {
    expect(findPeriod(text)).toMatchObject({ start, end, year });
  });

  it('prefers the range introduced by 统计期限, then a whole-year range', () => {
    const text = '2023年3月1日至2023年3月5日开展培训。本报告统计期限为2023年1月1日至2023年12月31日。';
    expect(findPeriod(text)?.start).toBe('2023-01-01');
    expect(findPeriod('2023年3月1日至3月5日开展培训；全年（2023年1月1日至2023年12月31日）')?.start).toBe('2023-01-01');
  });

  it('keeps the text it read, with whitespace collapsed', () => {
    expect(findPeriod('统计期限自 2023 年 1 月 1 日起至 2023 年\n12 月 31 日止')?.text).toBe(
      '自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止',
    );
  });

  it('rejects impossible dates and reversed ranges', () => {
    expect(findPeriod('2023年2月30日至2023年12月31日')).toBeUndefined();
    expect(findPeriod('2023年12月31日至2023年1月1日')).toBeUndefined();
    expect(findPeriod('没有日期')).toBeUndefined();
  });
});

describe('findPublished', () => {
  it.each([
    ['发布日期：2024-01-18', '2024-01-18'],
    ['发布时间：2024年01月18日 10:00', '2024-01-18'],
    ['发布时间: 2024/1/8', '2024-01-08'],
    ['成文日期：2024.01.18', '2024-01-18'],
    ['索引号 123 成文日期 2024-01-10 发布日期 2024-01-18', '2024-01-18'],
  ])('reads %j', (text, date) => {
    expect(findPublished(text)?.date).toBe(date);
  });

  it('ignores dates without a publication label, such as URLs', () => {
    expect(
      findPublished('https://www.example.gov.cn/art/2024/1/18/art_1.html /202401/t20240118_1.html'),
    ).toBeUndefined();
    expect(findPublished('发布日期：2024-13-40')).toBeUndefined();
  });
});

describe('the folded forms of findPeriod and findPublished', () => {
  const page = '发布日期：２０２４－０１－１８\n统计期限为２０２３年１月１日至２０２３年１２月３１日。';

  it('read an already folded text as the plain ones read the text as written', () => {
    expect(findPeriodFolded(foldWidth(page))).toEqual(findPeriod(page));
    expect(findPeriodFolded(foldWidth(page))?.start).toBe('2023-01-01');
    expect(findPublishedFolded(foldWidth(page))).toEqual(findPublished(page));
    expect(findPublishedFolded(foldWidth(page))?.date).toBe('2024-01-18');
  });
});

describe('agencyFromTitle', () => {
  it.each([
    ['新乡市公安局 2023 年政府信息公开工作年度报告', '新乡市公安局'],
    ['公安局 2022 年政府信息公开工作年度报告', '公安局'],
    ['金寨县公安局2024年政府信息公开工作年度报告', '金寨县公安局'],
    ['2023年北京市人民政府政府信息公开工作年度报告', '北京市人民政府'],
    ['2023年度政府信息公开工作年度报告', undefined],
    ['XX局政府信息公开工作年度报告', 'XX局'],
    ['关于XX区教育局2023年政府信息公开工作年度报告', 'XX区教育局'],
    ['《某某镇人民政府二〇二三年政府信息公开工作年度报告》', '某某镇人民政府'],
  ])('%s → %s', (title, agency) => {
    expect(agencyFromTitle(title)).toBe(agency);
  });
});

describe('report titles', () => {
  it.each([
    '新乡市公安局 2023 年政府信息公开工作年度报告',
    '某市2023年政务公开工作年度报告',
    '某县人民政府2022年度信息公开年报',
    'XX局政府信息公开工作年度报告',
  ])('%s names a report', (title) => {
    expect(isReportTitle(title)).toBe(true);
  });

  it.each([
    '某市生态环境局政府信息公开指南',
    '《某市2023年政府信息公开工作年度报告》解读',
    '图解：某市2023年政府信息公开工作年度报告',
    '市政府发布2023年政府信息公开工作年度报告',
    '关于做好2023年政府信息公开工作年度报告编制工作的通知',
    '中华人民共和国政府信息公开工作年度报告格式',
    '某局政府信息公开工作制度',
    '市生态环境局召开政务公开工作推进会',
  ])('%s does not', (title) => {
    expect(isReportTitle(title)).toBe(false);
  });

  it('removes the site name portals append to <title>', () => {
    expect(cleanPageTitle('XX市生态环境局2023年政府信息公开工作年度报告_XX市人民政府')).toBe(
      'XX市生态环境局2023年政府信息公开工作年度报告',
    );
    expect(cleanPageTitle('XX市人民政府 - XX局2023年政府信息公开工作年度报告')).toBe(
      'XX局2023年政府信息公开工作年度报告',
    );
    expect(cleanPageTitle('首页 | 某某网')).toBe('首页');
    expect(cleanPageTitle('XX局2023年政府信息公开工作年度报告-XX市政府信息公开目录')).toBe(
      'XX局2023年政府信息公开工作年度报告',
    );
    expect(cleanPageTitle('2024-01-18 XX局2023年政府信息公开工作年度报告')).toBe(
      '2024-01-18 XX局2023年政府信息公开工作年度报告',
    );
  });
});

describe('findPublished: labels as portals lay them out', () => {
  it('reads a date after its label across table bars and list bullets', () => {
    expect(findPublished('成文日期 | 发布日期 | 2022-04-06 |')?.date).toBe('2022-04-06');
    expect(findPublished('- 发布日期\n- 2023-01-16\n- 主题分类')?.date).toBe('2023-01-16');
  });

  it('reads a bare 时间： on the information line at the head of the page only', () => {
    expect(findPublished('标题\n时间:2023-01-19 20:23 来源:办公室')?.date).toBe('2023-01-19');
    expect(findPublished('投稿:某某  来源:时间:2023年01月30日')?.date).toBe('2023-01-30');
    expect(findPublished('x'.repeat(2000) + '\n时间:2023-01-19')).toBeUndefined();
    expect(findPublished('统计时间:2022年1月1日至12月31日')).toBeUndefined();
  });

  it('reads a date with its clock time on a line of its own at the head of the page, the label lost', () => {
    expect(findPublished('河北省2020年政府信息公开工作年度报告\n2021-03-2918:26\n来源:')?.date).toBe('2021-03-29');
    expect(findPublished('某委员会2022年报告\n\n2023-01-19 15:54:58 来源: 某委')?.date).toBe('2023-01-19');
    expect(findPublished('某区2025年报告\n\n  • 2026-01-27 14:42\n  • 来源: 某区')?.date).toBe('2026-01-27');
    expect(findPublished('某区2025年报告\n• 2026-01-27 14:42 • 来源: 某区')?.date).toBe('2026-01-27');
    // The page's menu line and its bullets run together in a text reading of the page.
    expect(findPublished('无障碍浏览 | ENGLISH• 2026-01-27 14:42\n• 来源: 某区')?.date).toBe('2026-01-27');
    // No clock time, a time inside a sentence, or below the head: not a publication line.
    expect(findPublished('标题\n2023-01-19\n正文')).toBeUndefined();
    expect(findPublished('标题\n会议于2023-01-19 15:00召开。')).toBeUndefined();
    expect(findPublished('x'.repeat(2000) + '\n2023-01-19 15:54')).toBeUndefined();
  });

  it('a 发布 label still wins over a bare 时间', () => {
    expect(findPublished('时间:2023-01-02\n发布日期:2023-01-20')?.date).toBe('2023-01-20');
  });
});
