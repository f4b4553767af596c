import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/dom';
import { findReportLinks } from './listing';
import { followableUrl, redirectTarget } from './url-policy';

const BASE = 'https://www.example.gov.cn/xxgk/ndbg/index.html';

describe('followableUrl (the one link policy)', () => {
  it.each([
    ['file:///etc/passwd'],
    ['FILE:///etc/passwd'],
    [' file:///etc/passwd'],
    ['\tfile:///etc/passwd'],
    ['fi\tle:///etc/passwd'],
    ['fi\nle:///etc/passwd'],
    ['\u0000file:///etc/passwd'],
    ['file:/etc/passwd'],
    ['file:etc/passwd'],
    ['data:text/html,<h1>x</h1>'],
    ['DATA:text/html;base64,PGgxPg=='],
    ['javascript:alert(1)'],
    [' JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    ['blob:https://www.example.gov.cn/0b8c'],
    ['ftp://ftp.example.gov.cn/r.html'],
    ['mailto:a@example.gov.cn'],
    ['about:blank'],
    ['chrome-extension://abc/x.html'],
    ['ws://www.example.gov.cn/'],
    ['http://'],
  ])('refuses %j', (href) => {
    expect(followableUrl(href, BASE)).toBeUndefined();
  });

  it('resolves relative, root-relative and protocol-relative links against an http(s) page, without the fragment', () => {
    expect(followableUrl('2024/r.html#top', BASE)).toBe('https://www.example.gov.cn/xxgk/ndbg/2024/r.html');
    expect(followableUrl('/r.html', BASE)).toBe('https://www.example.gov.cn/r.html');
    expect(followableUrl('//other.example.gov.cn/r.html', BASE)).toBe('https://other.example.gov.cn/r.html');
    expect(followableUrl('//other.example.gov.cn/r.html', 'http://a.example/')).toBe(
      'http://other.example.gov.cn/r.html',
    );
    expect(followableUrl('HTTP://A.EXAMPLE/r.html', BASE)).toBe('http://a.example/r.html');
    expect(followableUrl(' https://a.example/r.html ', BASE)).toBe('https://a.example/r.html');
  });

  it('follows nothing relative from a local page (a file: base), protocol-relative links included', () => {
    expect(followableUrl('r.html', 'file:///home/me/saved/index.html')).toBeUndefined();
    expect(followableUrl('//evil.example/r.html', 'file:///home/me/saved/index.html')).toBeUndefined();
    expect(followableUrl('/etc/passwd', 'file:///home/me/saved/index.html')).toBeUndefined();
    expect(followableUrl('https://a.example/r.html', 'file:///home/me/saved/index.html')).toBe(
      'https://a.example/r.html',
    );
  });

  it('judges a redirect Location the same way', () => {
    expect(redirectTarget('file:///etc/passwd', 'http://127.0.0.1/x')).toBeUndefined();
    expect(redirectTarget(' FILE:///dev/zero', 'http://127.0.0.1/x')).toBeUndefined();
    expect(redirectTarget(null, 'http://127.0.0.1/x')).toBeUndefined();
    expect(redirectTarget('/y', 'http://127.0.0.1/x')).toBe('http://127.0.0.1/y');
    expect(redirectTarget('//a.example/y', 'https://127.0.0.1/x')).toBe('https://a.example/y');
  });

  it('never returns anything but an absolute http(s) address, whatever the link and the page address', () => {
    const scheme = fc.constantFrom(
      'file',
      'FILE',
      'data',
      'javascript',
      'blob',
      'ftp',
      'http',
      'https',
      'HtTpS',
      'fi\tle',
      ' file',
      '',
    );
    const href = fc.oneof(
      fc.string(),
      fc
        .tuple(scheme, fc.constantFrom(':', '://', ':/', ':///'), fc.string())
        .map(([s, sep, rest]) => `${s}${sep}${rest}`),
    );
    const base = fc.constantFrom(BASE, 'http://127.0.0.1:8080/a/b', 'file:///home/me/index.html', '', 'about:blank');
    fc.assert(
      fc.property(href, base, (h, b) => {
        const url = followableUrl(h, b);
        if (url === undefined) return;
        const parsed = new URL(url);
        expect(['http:', 'https:']).toContain(parsed.protocol);
        expect(parsed.hash).toBe('');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('findReportLinks and the link policy', () => {
  it('returns only http(s) report links and pagination, and lists the other report links as refused', () => {
    const title = (n: number) => `某县某局${2020 + n}年政府信息公开工作年度报告`;
    const doc = parseHtml(`<ul>
      <li><a href="file:///etc/passwd">${title(0)}</a></li>
      <li><a href=" FILE:///dev/zero">${title(1)}</a></li>
      <li><a href="fi&#9;le:///etc/hostname">${title(2)}</a></li>
      <li><a href="data:text/html,&lt;table&gt;">${title(3)}</a></li>
      <li><a href="javascript:open('r.html')">${title(4)}</a></li>
      <li><a href="2024/r5.html">${title(5)}</a></li>
      <li><a href="//other.example.gov.cn/r6.html">${title(6)}</a></li>
    </ul><a href="file:///etc/index_1.html">下一页</a><a href="index_2.html">下一页</a><a href="mailto:x@example.gov.cn">联系我们</a>`);
    const { links, nextPages, refused } = findReportLinks(doc, BASE);
    expect(links.map((l) => l.url)).toEqual([
      'https://www.example.gov.cn/xxgk/ndbg/2024/r5.html',
      'https://other.example.gov.cn/r6.html',
    ]);
    expect(nextPages).toEqual(['https://www.example.gov.cn/xxgk/ndbg/index_2.html']);
    expect(refused.map((r) => r.href)).toEqual([
      'file:///etc/passwd',
      'FILE:///dev/zero',
      'fi\tle:///etc/hostname',
      'data:text/html,<table>',
      "javascript:open('r.html')",
    ]);
    expect(refused[0]?.text).toBe(title(0));
  });

  it('ignores a <base href> that is not http(s)', () => {
    const doc = parseHtml(`<base href="file:///etc/"><a href="passwd">某县某局2023年政府信息公开工作年度报告</a>`);
    expect(findReportLinks(doc, BASE).links.map((l) => l.url)).toEqual(['https://www.example.gov.cn/xxgk/ndbg/passwd']);
  });
});
