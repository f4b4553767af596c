import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeText, headerCharset, sniffMetaCharset } from '../../../src/portal/decode';
import { parseHtml } from '../../../src/cli/dom';

const ascii = (s: string) => new TextEncoder().encode(s);
// "年报" in GBK; Node has a GBK decoder but no encoder, so the bytes are written out.
const GBK_NIANBAO = [0xc4, 0xea, 0xb1, 0xa8];
const gbkPage = (meta: string) =>
  new Uint8Array([...ascii(`<html><head>${meta}</head><body><p>`), ...GBK_NIANBAO, ...ascii('</p></body></html>')]);

describe('sniffMetaCharset', () => {
  it('reads <meta charset> and the http-equiv form', () => {
    expect(sniffMetaCharset(ascii('<meta charset="GBK">'))).toBe('gbk');
    expect(sniffMetaCharset(ascii('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">'))).toBe(
      'gb2312',
    );
    expect(sniffMetaCharset(ascii("<meta charset='utf-8' />"))).toBe('utf-8');
    expect(sniffMetaCharset(ascii('<meta name="keywords" content="年报">'))).toBeUndefined();
  });
  it('looks only at the first 2 KB', () => {
    expect(sniffMetaCharset(ascii(`${' '.repeat(3000)}<meta charset="gbk">`))).toBeUndefined();
  });
});

describe('decodeHtml', () => {
  it('decodes GBK declared by <meta>', () => {
    expect(decodeHtml(gbkPage('<meta charset="gbk">'))).toContain('<p>年报</p>');
    expect(decodeHtml(gbkPage('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toContain(
      '年报',
    );
  });
  it('prefers the HTTP charset, but not a UTF-8 header over bytes that are not UTF-8', () => {
    expect(decodeHtml(gbkPage(''), 'gbk')).toContain('年报');
    expect(decodeHtml(gbkPage('<meta charset="gbk">'), 'utf-8')).toContain('年报');
  });
  it('falls back to GB18030 for undeclared non-UTF-8 bytes and ignores unknown labels', () => {
    expect(decodeHtml(gbkPage(''))).toContain('年报');
    expect(decodeHtml(gbkPage('<meta charset="no-such-charset">'))).toContain('年报');
  });
  it('honours a BOM and strips it', () => {
    const text = decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>年报</p>')]), 'gbk');
    expect(text).toBe('<p>年报</p>');
  });
  it('decodes the GBK fixture page', () => {
    const html = decodeHtml(readFileSync(new URL('../../fixtures/html/jinzhai-2024-gbk.html', import.meta.url)));
    expect(html).toContain('金寨县公安局2024年政府信息公开工作年度报告');
    expect(parseHtml(html).title).toContain('金寨县公安局');
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with or without BOM and GB18030 otherwise', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('年报')]))).toBe('年报');
    expect(decodeText(new TextEncoder().encode('年报'))).toBe('年报');
    expect(decodeText(new Uint8Array(GBK_NIANBAO))).toBe('年报');
  });
  it('reads UTF-16 with a BOM', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x74, 0x5e, 0xa5, 0x62]))).toBe('年报');
  });
});

describe('headerCharset', () => {
  it('reads the charset parameter', () => {
    expect(headerCharset('text/html; charset=GBK')).toBe('gbk');
    expect(headerCharset('text/html')).toBeUndefined();
    expect(headerCharset(null)).toBeUndefined();
  });
});

describe('parseHtml', () => {
  it('always gives a document with head and body, even for fragments', () => {
    for (const html of ['', '<p>x</p>', '<table><tr><td>1</td></tr></table>', '<!doctype html><title>t</title><p>y']) {
      const doc = parseHtml(html);
      expect(doc.documentElement.tagName).toBe('HTML');
      expect(doc.body.tagName).toBe('BODY');
      expect(doc.head.tagName).toBe('HEAD');
    }
    expect(parseHtml('<!doctype html><title>t</title><p>y').title).toBe('t');
    expect(parseHtml('<table><tr><td>1</td></tr></table>').body.querySelectorAll('td')).toHaveLength(1);
  });
});
