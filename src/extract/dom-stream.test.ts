// @vitest-environment happy-dom
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domStream } from './dom-stream';
import { findTables } from './find-tables';
import type { StreamItem } from './stream';

const happy = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const linked = (html: string): Document => parseHTML(html).document as unknown as Document;

/** kind:text → [text, block tag, start], table → ['<table n>'], image/link → [url]. */
function summary(items: StreamItem[]): string[][] {
  return items.map((i) => {
    if (i.kind === 'text' && i.origin.kind === 'block')
      return [i.text.trim(), i.origin.el.tagName.toLowerCase(), String(i.origin.start)];
    if (i.kind === 'table') return [`<table ${i.table}>`];
    return [i.kind === 'text' ? i.text : i.url];
  });
}

describe.each([
  ['happy-dom', happy],
  ['linkedom', linked],
])('domStream (%s)', (_, parse) => {
  it('splits text into block segments at nested blocks and <br>, with offsets into textContent', () => {
    const doc = parse(
      '<html><body><div>一、总体情况<p>第一段。<br>第二行<b>加粗</b>。</p>尾<script>var a = "x";</script>巴</div></body></html>',
    );
    const { items, blocks } = domStream(doc, findTables(doc));
    expect(summary(items)).toEqual([
      ['一、总体情况', 'div', '0'],
      ['第一段。', 'p', '0'],
      ['第二行加粗。', 'p', '4'],
      ['尾', 'div', '16'],
      ['巴', 'div', '29'],
    ]);
    // Script text is skipped but still counted, since offsets index into textContent.
    const div = blocks[0] as Element;
    expect(div.textContent?.slice(16, 17)).toBe('尾');
    expect(div.textContent?.slice(29, 30)).toBe('巴');
  });

  it('emits data tables whole (their text is not narrative) and walks into layout tables', () => {
    const doc = parse(`<html><body><table><tr><td>
        <p>正文</p>
        <table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table>
        <p><img src="/t.png"><img src="/i.gif" width="16"> <a href="/f/report.PDF?x=1">附件</a> <a href="/page.html">链接</a></p>
      </td></tr></table></body></html>`);
    const tables = findTables(doc);
    expect(tables.map((t) => t.index)).toEqual([1]);
    const { items } = domStream(doc, tables, 'https://a.gov.cn/x/y.html');
    expect(summary(items)).toEqual([
      ['正文', 'p', '0'],
      ['<table 1>'],
      ['https://a.gov.cn/t.png'],
      ['https://a.gov.cn/f/report.PDF?x=1'],
      ['附件 链接', 'p', '0'],
    ]);
  });

  it('skips hidden content but keeps offsets consistent', () => {
    const doc = parse(
      '<html><body><p>前<span style="display: none">隐藏</span>后</p><div hidden>不见</div></body></html>',
    );
    const { items } = domStream(doc, []);
    expect(summary(items)).toEqual([
      ['前', 'p', '0'],
      ['后', 'p', '3'],
    ]);
  });
});

describe('findTables', () => {
  it('skips layout tables, one-cell tables and tables of prose, but keeps a bare row of numbers', () => {
    const prose = '很长的文字'.repeat(80);
    const doc = linked(`<html><body>
      <table><tr><td><table><tr><td>x</td><td>y</td></tr><tr><td>1</td><td>2</td></tr></table></td></tr></table>
      <table><tr><td>只有一格</td></tr></table>
      <table><tr><td>${prose}</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>
      <table role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>
      <table><tr>${'<td>0</td>'.repeat(15)}</tr></table>
      <table><tr><td>姓名</td><td>电话</td><td>地址</td><td>备注</td><td>其他</td></tr></table>
    </body></html>`);
    expect(findTables(doc).map((t) => t.index)).toEqual([1, 5]);
  });
});
