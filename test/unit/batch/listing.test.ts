import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../src/portal/decode';
import { parseHtml } from '../../../src/cli/dom';
import { findPreviousLink, findReportLinks, looksLikeListing } from '../../../src/portal';
import { buildReport } from '../../helpers/report-builder';
import { REPORTS, SITE_DIR } from '../../fixtures/portal/generate';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BASE = 'https://www.example.gov.cn/xxgk/ndbg/index.html';
const read = (path: string) => decodeHtml(readFileSync(path));
const site = (path: string) => read(join(SITE_DIR, path));

const window = new Window({ url: 'https://www.example.gov.cn/' });
afterAll(() => window.happyDOM.close());

/** The same tests on linkedom (the CLI) and happy-dom (a browser DOM). */
const PARSERS: Array<[string, (html: string) => Document]> = [
  ['linkedom', parseHtml],
  ['happy-dom', (html) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document],
];

describe.each(PARSERS)('listing pages (%s)', (_name, parse) => {
  it('reads the report links of the portal column, without menus, notices or year tabs', () => {
    const { links, nextPages } = findReportLinks(parse(site('xxgk/ndbg/index.html')), BASE);
    expect(links).toHaveLength(8);
    expect(links[0]).toEqual({
      url: 'https://www.example.gov.cn/xxgk/ndbg/2024/01/gaj-2023.html',
      text: '示例县公安局2023年政府信息公开工作年度报告',
      agency: '示例县公安局',
      year: 2023,
    });
    expect(links.map((l) => l.url)).toContain('https://www.example.gov.cn/xxgk/ndbg/2024/01/jtysj-2023.html');
    expect(links.some((l) => /通知|年度$|年报$/.test(l.text))).toBe(false);
    expect(nextPages).toEqual(['https://www.example.gov.cn/xxgk/ndbg/index_1.html']);
  });

  it('does not go back from the last page (首页, 上一页)', () => {
    const { links, nextPages } = findReportLinks(
      parse(site('xxgk/ndbg/index_1.html')),
      'https://www.example.gov.cn/xxgk/ndbg/index_1.html',
    );
    expect(links.map((l) => l.year)).toEqual([2022, 2022, 2022, 2022, 2022, 2021]);
    expect(nextPages).toEqual([]);
  });

  it('recognises listings: the portal column, other portals’ columns', () => {
    expect(looksLikeListing(parse(site('xxgk/ndbg/index.html')), BASE)).toBe(true);
    expect(looksLikeListing(parse(site('xxgk/ndbg/index_1.html')), BASE)).toBe(true);
    for (const file of [
      'test/fixtures/html/listing.html',
      'test/unit/extract/fixtures/listing.html',
      'test/unit/extract/fixtures/listing-column.html',
    ]) {
      expect(looksLikeListing(parse(read(join(ROOT, file))), BASE), file).toBe(true);
    }
  });

  it('never takes a report page for a listing, even one that links to last year’s report', () => {
    for (const r of REPORTS) expect(looksLikeListing(parse(site(r.path)), BASE), r.path).toBe(false);
    const dirs = ['test/fixtures/html', 'test/unit/extract/fixtures'];
    const others = dirs.flatMap((d) =>
      readdirSync(join(ROOT, d))
        .filter((f) => f.endsWith('.html') && !f.startsWith('listing'))
        .map((f) => join(ROOT, d, f)),
    );
    expect(others.length).toBeGreaterThan(10);
    for (const file of others) expect(looksLikeListing(parse(read(file)), BASE), file).toBe(false);
  });

  it('does not take the withdrawn page or a page with a short related-reports sidebar for a listing', () => {
    expect(looksLikeListing(parse(site('xxgk/ndbg/2024/01/scjgj-2023.html')), BASE)).toBe(false);
    const related = Array.from(
      { length: 5 },
      (_, i) => `<li><a href="/r${i}.html">某县某局${2018 + i}年政府信息公开工作年度报告</a></li>`,
    ).join('');
    const page = `<html><head><title>某县某局2023年政府信息公开工作年度报告</title></head><body><h1>某县某局2023年政府信息公开工作年度报告</h1>
      <p>报告全文详见附件。</p><a href="/a.pdf">附件：年度报告.pdf</a><ul>${related}</ul></body></html>`;
    expect(looksLikeListing(parse(page), BASE)).toBe(false);
  });

  it('finds the link to last year’s report of the same agency', () => {
    const housing = REPORTS.find((r) => r.path.endsWith('zjj-2023.html'))!;
    const report = buildReport({ agency: housing.agency, year: 2023 });
    expect(findPreviousLink(parse(site(housing.path)), report, `https://www.example.gov.cn/${housing.path}`)?.url).toBe(
      'https://www.example.gov.cn/xxgk/zjj/2023/zjj-2022.html',
    );
    // Another agency's report, or a report of this agency two years back, is not last year's.
    expect(
      findPreviousLink(parse(site(housing.path)), buildReport({ agency: '示例县公安局', year: 2023 }), BASE),
    ).toBeUndefined();
    expect(
      findPreviousLink(parse(site(housing.path)), buildReport({ agency: housing.agency, year: 2024 }), BASE),
    ).toBeUndefined();
  });
});

describe('findReportLinks: portal quirks', () => {
  const links = (body: string, base = BASE) =>
    findReportLinks(parseHtml(`<html><head><title>年报</title></head><body>${body}</body></html>`), base);

  it('follows script-built pagination (TRS createPageHTML), in page order and bounded', () => {
    expect(links('<script>createPageHTML(4, 0, "index", "html");</script>').nextPages).toEqual([
      'https://www.example.gov.cn/xxgk/ndbg/index_1.html',
      'https://www.example.gov.cn/xxgk/ndbg/index_2.html',
      'https://www.example.gov.cn/xxgk/ndbg/index_3.html',
    ]);
    expect(links("<script>createPageHTML('page_div',3, 1,'index','shtml',45);</script>").nextPages).toHaveLength(2);
    expect(links('<script>createPageHTML(100000, 0, "index", "html");</script>').nextPages).toHaveLength(199);
  });

  it('reads numbered pages and ?page= addresses, same listing only', () => {
    const { nextPages } = links(
      '<div class="page"><a href="?page=3">3</a><a href="?page=2">2</a><a href="?page=1">1</a><a href="/other/index_2.html">下一页</a><a href="https://elsewhere.gov.cn/xxgk/ndbg/index_1.html">2</a></div>',
      'https://www.example.gov.cn/xxgk/ndbg/index.html?page=1',
    );
    expect(nextPages).toEqual([
      'https://www.example.gov.cn/xxgk/ndbg/index.html?page=2',
      'https://www.example.gov.cn/xxgk/ndbg/index.html?page=3',
    ]);
  });

  it('takes the title attribute when the text is cut short, and reads form-generated report links', () => {
    const found = links(
      '<a href="a.html" title="示例县农业农村局2023年政府信息公开工作年度报告">示例县农业农村局2023年政府信息...</a>' +
        '<a href="/module/xxgk/xxgkAnnualReport.jsp?area=1&amp;fbtime=2022">2022年度</a>' +
        '<a href="javascript:void(0)">示例县2023年政府信息公开工作年度报告</a><a href="#top">返回顶部</a>',
    ).links;
    expect(found.map((l) => [l.url, l.text, l.agency ?? null, l.year])).toEqual([
      [
        'https://www.example.gov.cn/xxgk/ndbg/a.html',
        '示例县农业农村局2023年政府信息公开工作年度报告',
        '示例县农业农村局',
        2023,
      ],
      ['https://www.example.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=1&fbtime=2022', '2022年度', null, 2022],
    ]);
  });

  it('honours <base href> and lists each address once', () => {
    const doc = parseHtml(
      '<html><head><base href="https://cdn.example.gov.cn/ndbg/"></head><body><a href="x.html">甲县2023年政府信息公开工作年度报告</a><a href="x.html#top">甲县2023年政府信息公开工作年度报告（全文）</a></body></html>',
    );
    const { links: found } = findReportLinks(doc, BASE);
    expect(found.map((l) => [l.url, l.text])).toEqual([
      ['https://cdn.example.gov.cn/ndbg/x.html', '甲县2023年政府信息公开工作年度报告（全文）'],
    ]);
  });

  it('copes with a page without links or without a base address', () => {
    expect(findReportLinks(parseHtml('<p>无</p>'), '')).toEqual({ links: [], nextPages: [], refused: [] });
    expect(looksLikeListing(parseHtml('<a href="/a.html">甲县2023年政府信息公开工作年度报告</a>'))).toBe(false);
    // Without an address, relative links still count towards a listing (but cannot be returned as addresses).
    expect(looksLikeListing(parseHtml(site('xxgk/ndbg/index.html')))).toBe(true);
    expect(findReportLinks(parseHtml(site('xxgk/ndbg/index.html')), '').links).toEqual([]);
  });
});
