import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED } from '../../test/property/seed';
import { auditDocument, headText } from '../audit';
import { findReportLinks, looksLikeListing } from '../portal/listing';
import { decodeHtml } from '../portal/decode';
import { parseHtml } from './dom';
import { parseHtmlWithLinkedom } from './dom-linkedom';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

/** Every .html page under test/fixtures, with its path relative to it. */
function pages(dir = FIXTURES): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return /\.html?$/.test(name) ? [path] : [];
  });
}

interface Attr {
  name: string;
  value: string;
}

/** The tree as the engine can see it: node kinds, names, attributes (in order) and text, in document order. */
function shape(doc: Document): string[] {
  const out: string[] = [];
  const visit = (node: Node, depth: number): void => {
    // childNodes, not firstChild/nextSibling: linkedom gives a doctype no nextSibling.
    const children = Array.from(node.childNodes);
    children.forEach((child, i) => {
      // linkedom gives a doctype no parentNode either.
      if (child.nodeType !== 10 && child.parentNode !== node) out.push(`${depth} !parent`);
      if (child.nodeType !== 10 && (child.nextSibling ?? null) !== (children[i + 1] ?? null))
        out.push(`${depth} !nextSibling`);
      if (i === 0 && node.firstChild !== child) out.push(`${depth} !firstChild`);
      const el = child as Element;
      const attrs =
        child.nodeType === 1
          ? Array.from(el.attributes as unknown as Iterable<Attr>).map((a) => `${a.name}=${a.value}`)
          : [];
      out.push(
        `${depth} ${child.nodeType} ${child.nodeType === 1 ? el.localName : ''} ${attrs.join(' ')} ${child.nodeValue ?? ''}`,
      );
      visit(child, depth + 1);
    });
  };
  visit(doc, 0);
  return out;
}

/** An audit as JSON-comparable data (no clock, no timings, no elements). */
function audited(doc: Document, source: string): unknown {
  const { elements: _elements, timings: _timings, auditedAt: _at, ...result } = auditDocument(doc, { source });
  return result;
}

describe('the CLI DOM (fast-dom.ts) against linkedom', () => {
  const files = pages();

  it('finds the fixture pages', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files.map((f) => [f.slice(FIXTURES.length)]))(
    '%s: same tree, title, head text, listing and audit',
    (name) => {
      const html = decodeHtml(readFileSync(join(FIXTURES, name)));
      const fast = parseHtml(html);
      const reference = parseHtmlWithLinkedom(html);
      expect(fast.title).toBe(reference.title);
      expect(headText(fast)).toBe(headText(reference));
      expect(shape(fast)).toEqual(shape(reference));
      expect(audited(fast, name)).toEqual(audited(reference, name));
      const url = `https://www.example.gov.cn/${name}`;
      expect(looksLikeListing(fast, url)).toBe(looksLikeListing(reference, url));
      expect(findReportLinks(fast, url)).toEqual(findReportLinks(reference, url));
      // Reading head and body may insert them (linkedom does): the trees stay equal afterwards too.
      expect(shape(fast)).toEqual(shape(reference));
    },
  );

  const quirks: Record<string, string> = {
    fragment: '<p class="title  a a">年度报告</p><table><tr><td ROWSPAN="2">1</td><td rowspan=2>2</td></tr></table>',
    'no head': '<html><body><h1 id=t>标题</h1></body></html>',
    'junk before body': '<html><head><title> 题 </title></head><div>前</div><body><p>正文</p></body></html>',
    'no body tag': '<html><head><title>x</title></head><p>a &amp; b &lt;c&gt; &#x4e00;</p></html>',
    entities: '<!DOCTYPE html><html><head></head><body><p>A&nbsp;B&copy;&unknown; &#20010;</p></body></html>',
    template:
      '<html><head></head><body><template><p>内</p></template><svg><circle r="1"/><text>t</text></svg><!-- c --><![CDATA[x]]></body></html>',
    duplicates:
      '<html><head></head><body><a href="1" href="2" HREF="3" title="t">l</a><br/><img src=x.png></body></html>',
    doctypes: '<html><!DOCTYPE html><head></head><body>x<!doctype html></body></html>',
    empty: '',
  };

  it.each(Object.entries(quirks))('%s: same tree and audit as linkedom', (name, html) => {
    const fast = parseHtml(html);
    const reference = parseHtmlWithLinkedom(html);
    expect(fast.title).toBe(reference.title);
    expect(headText(fast)).toBe(headText(reference));
    expect(shape(fast)).toEqual(shape(reference));
    expect(audited(fast, name)).toEqual(audited(reference, name));
    expect(shape(fast)).toEqual(shape(reference));
  });

  it('reads the selectors the CLI uses and refuses others', () => {
    const doc = parseHtml(
      '<html><head><base href="/x/"></head><body><h1>t</h1><a href="a">1</a><a>2</a><script>s</script></body></html>',
    );
    expect(doc.querySelectorAll('a').length).toBe(2);
    expect(doc.querySelectorAll('a[href]').length).toBe(1);
    expect(doc.querySelector('base[href]')?.getAttribute('href')).toBe('/x/');
    expect(doc.body.querySelectorAll('script')[0]?.textContent).toBe('s');
    expect(() => doc.querySelectorAll('div > a')).toThrow(SyntaxError);
  });
});

/**
 * Tag soup as portals write it, and worse: tables with spans, unclosed and stray tags, comments, scripts, entities,
 * attributes in any case, text in Chinese. Whatever the markup, the CLI's tree and audit must be linkedom's.
 */
const soup = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<table>',
        '</table>',
        '<tr>',
        '</tr>',
        '<td>',
        '</td>',
        '<th>',
        '<tbody>',
        '</tbody>',
        '<thead>',
        '<td rowspan="2">',
        '<td COLSPAN=3>',
        '<td rowspan=0 colspan="x">',
        '<p>',
        '</p>',
        '<br>',
        '<br/>',
        '</br>',
        '<div class="a  b">',
        '</div>',
        '<span>',
        '</span>',
        '<h1>',
        '</h1>',
        '<title>',
        '</title>',
        '<head>',
        '<body>',
        '</body>',
        '<html>',
        '</html>',
        '<!-- 注释 -->',
        '<script>var a = "<td>";</script>',
        '<style>td{}</style>',
        '<img src=x.png>',
        '<a href="/r.html">',
        '</a>',
        '&nbsp;',
        '&amp;',
        '&#20010;',
        '&lt;',
        '&unknown;',
        '<!DOCTYPE html>',
        '<![CDATA[x]]>',
        '<template><p>内</p></template>',
        '<o:p></o:p>',
        '<font face="宋体">',
        '</font>',
        '<td',
        '>',
        '"',
        "'",
        '=',
      ),
      fc.constantFrom(
        '一、总体情况',
        '本年新收',
        '予以公开',
        '行政复议',
        '总计',
        '12',
        '0',
        ' ',
        '\n',
        '（三）',
        '2023年',
      ),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('the CLI DOM against linkedom, on random tag soup', () => {
  it('builds the same tree and the same audit', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const fast = parseHtml(html);
        const reference = parseHtmlWithLinkedom(html);
        expect(fast.title).toBe(reference.title);
        expect(headText(fast)).toBe(headText(reference));
        expect(shape(fast)).toEqual(shape(reference));
        expect(audited(fast, 'soup')).toEqual(audited(reference, 'soup'));
      }),
      { seed: Number(process.env.SOUP_SEED ?? SEED), numRuns: Number(process.env.SOUP_RUNS ?? 300) },
    );
  });
});
