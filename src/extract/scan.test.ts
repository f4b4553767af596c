import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/dom';
import { scanDocument } from './scan';

const doms = {
  linkedom: (html: string): Document => parseHTML(html).document as unknown as Document,
  "the CLI's": parseHtml,
};

describe.each(Object.entries(doms))('scanDocument on %s DOM', (_, parse) => {
  it('takes h1–h3 and elements whose class or id contains "title" in any case as title candidates, in order', () => {
    const page = parse(`<html><body>
      <div class="ArticleTitle">a</div><span id="TITLE">b</span><p class="tit">c</p><h2>d</h2>
      <div class="subtitle x">e</div><div id="titl">f</div><div class="tİtle">g</div></body></html>`);
    expect(scanDocument(page).titleCandidates.map((el) => el.textContent)).toEqual(['a', 'b', 'd', 'e']);
  });
});
