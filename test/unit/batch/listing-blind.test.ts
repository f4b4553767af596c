/**
 * Listing pages as portals render them, written blind (test/fixtures/listing-blind): <li><a title=…> with cut-short
 * text and createPageHTML pagination, a list inside a <table> with ?page= links, a column mixing 指南/制度/notices
 * with reports, links that say only "2023年度报告" with the title in title=, and a news article about the reports
 * (with a related report link and its own 下一页) that must not be taken for a listing.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/dom';
import { findReportLinks, looksLikeListing } from '../../../src/portal';

const DIR = new URL('../../fixtures/listing-blind/', import.meta.url);
const BASE = 'https://www.example.gov.cn/xxgk/ndbg/index.html';
const html = (name: string) => readFileSync(new URL(name, DIR), 'utf8');

const window = new Window({ url: 'https://www.example.gov.cn/' });
afterAll(() => window.happyDOM.close());

const PARSERS: Array<[string, (html: string) => Document]> = [
  ['linkedom', parseHtml],
  ['happy-dom', (h) => new window.DOMParser().parseFromString(h, 'text/html') as unknown as Document],
];

describe.each(PARSERS)('blind listing pages (%s)', (_name, parse) => {
  it('takes the full title of a link whose text is cut short with "..." or "…"', () => {
    const { links, nextPages } = findReportLinks(parse(html('ul-title-truncated.html')), BASE);
    expect(links.map((l) => l.agency)).toEqual([
      '金乡县公安局',
      '金乡县教育和体育局',
      '金乡县自然资源和规划局',
      '金乡县财政局',
    ]);
    expect(links.every((l) => l.year === 2023 && l.text.endsWith('年度报告'))).toBe(true);
    expect(nextPages).toEqual([1, 2, 3, 4].map((n) => `https://www.example.gov.cn/xxgk/ndbg/index_${n}.html`));
  });

  it('reads a list laid out in a <table> with ?page= pagination', () => {
    const doc = parse(html('table-query-pages.html'));
    const { links, nextPages } = findReportLinks(doc, BASE);
    expect(links).toHaveLength(3);
    expect(nextPages).toEqual([2, 3, 9].map((n) => `${BASE}?page=${n}`));
    expect(looksLikeListing(doc, BASE)).toBe(true);
  });

  it('keeps the reports of a mixed column and leaves out 指南, 制度 and notices about reports', () => {
    const doc = parse(html('mixed-guide-rules.html'));
    const { links } = findReportLinks(doc, BASE);
    expect(links.map((l) => l.url.replace(/.*\//, ''))).toEqual(['1003.html', '1004.html', '1005.html']);
    expect(looksLikeListing(doc, BASE)).toBe(true);
  });

  it('takes the title attribute of a link that says only "2023年度报告"', () => {
    const doc = parse(html('year-only-text.html'));
    const { links } = findReportLinks(doc, BASE);
    expect(links.map((l) => [l.agency, l.year])).toEqual([
      ['宁乡市住房和城乡建设局', 2023],
      ['宁乡市住房和城乡建设局', 2022],
      ['宁乡市住房和城乡建设局', 2021],
    ]);
    expect(looksLikeListing(doc, BASE)).toBe(true);
  });

  it('does not take a news article about annual reports, with a related report and a 下一页, for a listing', () => {
    const doc = parse(html('news-training.html'));
    expect(looksLikeListing(doc, 'https://www.example.gov.cn/news/t1.html')).toBe(false);
    expect(looksLikeListing(doc, BASE)).toBe(false);
  });
});
