import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pickTitle } from './title';

const doc = (html: string): Document => parseHTML(html).document as unknown as Document;

describe('pickTitle', () => {
  it('a side column of other years\' reports is navigation: neither its box heading nor its "title" links are the title', () => {
    const page = doc(`<html><head><title>某县交通运输局2024年政府信息公开工作年度报告</title></head><body>
      <table><tr><td class="side-title">政府信息公开年报</td></tr>
      <tr><td class="list_title"><a href="/ndbg/1.html">某县交通运输局2023年政府信息公开工作年度报告</a></td></tr>
      <tr><td><a class="news_title" href="/ndbg/2.html">某县交通运输局2022年政府信息公开工作年度报告</a></td></tr></table>
      <div align="center"><font size="5"><b>某县交通运输局2024年政府信息公开工作年度报告</b></font></div></body></html>`);
    const { title, headings } = pickTitle(page);
    expect(title).toBe('某县交通运输局2024年政府信息公开工作年度报告');
    // The links' years (2023, 2022) are not the page's heading years.
    expect(headings).toEqual(['政府信息公开年报', '某县交通运输局2024年政府信息公开工作年度报告']);
  });

  it('a heading that only holds a link to this page (a linked h1) is still skipped; the page <title> stands in', () => {
    const page = doc(`<html><head><title>某局2023年政府信息公开工作年度报告_某市</title></head><body>
      <h2><a href="/ndbg/2022.html">某局2022年政府信息公开工作年度报告</a></h2><p>正文</p></body></html>`);
    expect(pickTitle(page).title).toBe('某局2023年政府信息公开工作年度报告');
  });

  it('an on-page heading without a link and with a year is still preferred to the page <title>', () => {
    const page = doc(`<html><head><title>信息公开_某市人民政府</title></head><body>
      <h1 class="article-title">某市人民政府2023年政府信息公开工作年度报告</h1></body></html>`);
    expect(pickTitle(page).title).toBe('某市人民政府2023年政府信息公开工作年度报告');
  });
});
