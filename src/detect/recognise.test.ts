import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractFromDocument, extractFromText } from '../extract';
import { quickLooksLikeReport, recogniseReport, selfNaming, whyIn } from './recognise';

const FIXTURES = new URL('../../test/unit/extract/fixtures/', import.meta.url);
const SEEDS = new URL('../../test/fixtures/seeds/', import.meta.url);

function page(name: string): Document {
  return parseHTML(readFileSync(new URL(name, FIXTURES), 'utf8')).document as unknown as Document;
}

/** What the content script hands the quick predicate: document.title and the first 4 KB of body text. */
function quick(doc: Document): boolean {
  return quickLooksLikeReport(doc.title, (doc.body?.textContent ?? '').slice(0, 4096));
}

const REPORTS: Array<[string, string]> = [
  ['portal-2023.html', '2021'],
  ['portal-2019.html', '2019'],
  ['legacy-2017.html', 'legacy'],
];
const NOT_REPORTS = [
  'news.html',
  'news-release.html',
  'guide.html',
  'rules-page.html',
  'listing.html',
  'listing-column.html',
];

describe('recognition across pages (cross-negatives)', () => {
  it.each(REPORTS)('%s is a report in the %s format', (name, format) => {
    const doc = page(name);
    expect(quick(doc)).toBe(true);
    const { report } = extractFromDocument(doc, { source: name });
    expect(report.detected).toBe(true);
    expect(report.format).toBe(format);
  });

  it.each(NOT_REPORTS)('%s is not a report', (name) => {
    const doc = page(name);
    expect(quick(doc)).toBe(false);
    expect(extractFromDocument(doc, { source: name }).report.detected).toBe(false);
  });

  it.each([
    'xinxiang-police-2023.txt',
    'jiyuan-police-2022.txt',
    'jinzhai-police-2024.txt',
    'jinxiang-police-2023.txt',
  ])('the seed %s is a 2021-format report', (name) => {
    const text = readFileSync(new URL(name, SEEDS), 'utf8');
    const { report } = extractFromText(text, { source: name });
    expect(report.detected).toBe(true);
    expect(report.format).toBe('2021');
    const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
    expect(quickLooksLikeReport(firstLine.replace(/^#+\s*/, ''), text.slice(0, 4096))).toBe(true);
  });
});

describe('quickLooksLikeReport', () => {
  it('accepts a dated report title, or numbered section headings when the title is unhelpful', () => {
    expect(quickLooksLikeReport('XX局2023年政府信息公开工作年度报告_XX市人民政府', '')).toBe(true);
    const head =
      '本报告依据条例编制。一、总体情况 2023年… 二、主动公开政府信息情况 … 三、收到和处理政府信息公开申请情况 … 年度报告';
    expect(quickLooksLikeReport('详情页', `政府信息公开 ${head}`)).toBe(true);
  });

  it('reads the report part of a <title> whose site name has a negative word', () => {
    expect(quickLooksLikeReport('XX局2023年政府信息公开工作年度报告-XX市政府信息公开目录', '')).toBe(true);
    expect(quickLooksLikeReport('XX局政府信息公开指南-XX市政府信息公开目录', '')).toBe(false);
  });

  it('rejects a report-like title without a year unless headings follow (a column page)', () => {
    expect(quickLooksLikeReport('政府信息公开年报_XX市人民政府', '首页 政务公开 年报')).toBe(false);
  });

  it('rejects guides, interpretations and rules even when the text mentions reports', () => {
    expect(quickLooksLikeReport('XX局政府信息公开指南', '一、主动公开 二、依申请公开 年度报告')).toBe(false);
    expect(quickLooksLikeReport('《XX局2023年政府信息公开工作年度报告》解读', '一、总体情况')).toBe(false);
  });

  it('does not count a list of section names in one sentence as headings', () => {
    const head =
      '报告从总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、行政复议和行政诉讼情况等方面介绍了年度报告。';
    expect(quickLooksLikeReport('新闻', head)).toBe(false);
  });

  it('looks only at the first few KB', () => {
    const tail = '一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 政府信息公开年度报告';
    expect(quickLooksLikeReport('详情页', 'x'.repeat(20_000) + tail)).toBe(false);
  });
});

describe('recogniseReport', () => {
  const base = { sections: 0, tables: 0, reportLinks: 0, attachments: 0, text: '' };

  it('detects a report page whose report is an attachment', () => {
    expect(recogniseReport({ ...base, title: 'XX局2023年政府信息公开工作年度报告', attachments: 1 }).detected).toBe(
      true,
    );
  });

  it('detects a report by its structure when the title says nothing', () => {
    expect(recogniseReport({ ...base, sections: 5, tables: 2 }).detected).toBe(true);
    expect(recogniseReport({ ...base, sections: 2, tables: 0 }).detected).toBe(false);
  });

  it('says why, in Chinese then English', () => {
    const r = recogniseReport({ ...base, title: '政府信息公开年报', reportLinks: 12 });
    expect(r.detected).toBe(false);
    expect(r.why).toMatch(/目录页.*listing/);
  });
});

describe('recogniseReport: a text that starts with its foreword', () => {
  const base = { sections: 1, tables: 0, reportLinks: 0, attachments: 0 };
  it('is a report when the foreword names the text as the report and a section follows', () => {
    for (const text of [
      '本年度报告根据《中华人民共和国政府信息公开条例》相关要求编制，内容包括总体情况、主动公开政府信息情况等6部分。一、总体情况',
      '根据《条例》要求，现公布桐梓县2022年政府信息公开工作年度报告。本报告包括总体情况……',
      '根据《条例》有关规定，现将解放街道2011年度政府信息公开年度工作情况报告如下：',
      '根据《中华人民共和国政府信息公开条例》和《年度报告格式》规定，编制本报告。一、总体情况',
    ])
      expect(recogniseReport({ ...base, text }).detected, text).toBe(true);
  });

  it('is not one from a news item, a notice named in book-title marks, or a foreword with no section or period', () => {
    const news = '日前，某市发布了2023年政府信息公开工作年度报告。报告显示，全市主动公开信息1万条。一、总体情况';
    const notice = '根据《关于做好2012年政府信息公开工作年度报告有关事项的通知》，各单位……一、总体情况';
    expect(recogniseReport({ ...base, text: news }).detected).toBe(false);
    expect(recogniseReport({ ...base, text: notice }).detected).toBe(false);
    expect(recogniseReport({ ...base, sections: 0, text: '本报告由某局编制。' }).detected).toBe(false);
    expect(recogniseReport({ ...base, sections: 0, period: true, text: '本报告由某局编制。' }).detected).toBe(true);
  });

  it('a titled guide stays a guide', () => {
    const text = '本报告根据《条例》编制。一、总体情况';
    expect(recogniseReport({ ...base, title: '某市政府信息公开指南', text }).detected).toBe(false);
  });
});

describe('selfNaming', () => {
  it('gives the year the foreword names, from any of its self-naming phrases', () => {
    expect(selfNaming('本年度报告根据《条例》编制而成。现将乐山市某局2024年政府信息公开工作年度报告如下：')).toEqual({
      year: 2024,
    });
    expect(selfNaming('根据《条例》规定，现公布白城市农业农村局2024年政府信息公开工作年度报告。')).toEqual({
      year: 2024,
    });
    expect(selfNaming('根据《某省关于做好2012年政府信息公开工作年度报告有关事项的通知》要求')).toBeUndefined();
  });

  it('gives the year of the work the self-naming sentence says the report is about (a 新疆 镇, 2023)', () => {
    expect(
      selfNaming('本报告是根据《条例》要求，现结合我镇实际，从总体情况等六个方面汇报我镇2023年政府信息公开工作。'),
    ).toEqual({ year: 2023 });
    // Only in that sentence, and not inside a book title.
    expect(selfNaming('本报告根据《条例》编制。2022年政府信息公开工作取得成效。')).toEqual({});
    expect(selfNaming('本报告根据《关于做好2012年政府信息公开工作的通知》编制。')).toEqual({});
  });
});

describe('the year of a report with no title line', () => {
  const foreword = '根据《中华人民共和国政府信息公开条例》和《年度报告格式》规定，编制本报告。\n一、总体情况\n';
  it('is the year section 一 opens with when nothing else names one', () => {
    const { report } = extractFromText(foreword + '2025年，某区人民政府办公室坚持深化政务公开。\n', { source: 't' });
    expect(report.detected).toBe(true);
    expect(report.year).toBe(2025);
  });

  it('is not a date the section happens to start with, nor a year met later in it', () => {
    expect(extractFromText(foreword + '2025年3月，某区召开会议。\n', { source: 't' }).report.year).toBeUndefined();
    expect(
      extractFromText(foreword + '我办坚持深化政务公开，2025年公开信息100条。\n', { source: 't' }).report.year,
    ).toBeUndefined();
  });
});

describe('a 繁體 mirror of a report', () => {
  it('is recognised by the quick check and by the full recognition alike', () => {
    const text =
      '依據《中華人民共和國政府信息公開條例》，編制本報告。\n一、總體情況\n2024年，北京市政府信息公開工作認真貫徹落實……\n二、主動公開政府信息情況\n三、收到和處理政府信息公開申請情況\n';
    expect(quickLooksLikeReport('2024年北京市政府信息公開工作年度報告', text)).toBe(true);
    const { report } = extractFromText(text, { source: 't' });
    expect(report.detected).toBe(true);
    expect(report.year).toBe(2024);
  });
});

describe('a report that names itself in traditional characters', () => {
  const evidence = { sections: 3, tables: 0, reportLinks: 0, attachments: 0 };

  it('is recognised from "本報告" or "統計期限", as from "本报告", and not from other text', () => {
    expect(recogniseReport({ ...evidence, text: '依據條例，編制本報告。' }).detected).toBe(true);
    expect(recogniseReport({ ...evidence, text: '統 計 期 限為2024年1月1日至12月31日' }).detected).toBe(true);
    expect(recogniseReport({ ...evidence, text: '依据条例，编制本报告。' }).detected).toBe(true);
    expect(recogniseReport({ ...evidence, text: '依據條例，報告如下。' }).detected).toBe(false);
  });
});

describe('whyIn', () => {
  it('gives one language of a bilingual reason, even when the Chinese half quotes a title with a slash', () => {
    const why = '标题不是年度报告（通知 / 公告） / the title names another kind of page';
    expect(whyIn(why, 'zh')).toBe('标题不是年度报告（通知 / 公告）');
    expect(whyIn(why, 'en')).toBe('the title names another kind of page');
    expect(whyIn('no separator', 'en')).toBe('no separator');
  });
});
