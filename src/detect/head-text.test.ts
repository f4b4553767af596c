import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { headText, HEAD_TEXT_LIMIT } from './head-text';
import { quickLooksLikeReport } from './recognise';

const doc = (body: string, head = '') =>
  parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('headText', () => {
  it('reads the body text in document order, skipping scripts, styles and other non-text elements', () => {
    const page = doc(
      '<script>var title = "2023年政府信息公开工作年度报告";</script><style>p { color: red }</style>' +
        '<h1>某县公安局 2023年 政府信息公开工作年度报告</h1>' +
        '<div><p>本报告根据</p><noscript>请启用 JavaScript</noscript><p>条例编制。</p></div>' +
        '<template><p>模板</p></template><svg><text>图</text></svg><iframe>框架</iframe><object>对象</object>',
      '<title>标题不算</title>',
    );
    expect(headText(page)).toBe('某县公安局 2023年 政府信息公开工作年度报告本报告根据条例编制。');
  });

  it('joins words that Word-pasted markup split across spans, and collapses indentation to one space', () => {
    const page = doc(
      '\n  <p class="MsoNormal">\n    <span>年度</span><span>报告</span>\u3000\u00a0<b>一、</b>\n\t总体情况\n  </p>\n',
    );
    expect(headText(page)).toBe('年度报告 一、 总体情况 ');
  });

  it('stops at the limit (8 KB by default) without reading the rest of a large page', () => {
    const page = doc(`<p>${'字'.repeat(20_000)}</p><p>尾</p>`);
    expect(headText(page)).toHaveLength(HEAD_TEXT_LIMIT);
    expect(headText(page, 6)).toBe('字'.repeat(6));
    expect(headText(page, 0)).toBe('');
  });

  it('gives "" for a document without a body or text', () => {
    expect(headText(doc(''))).toBe('');
    expect(headText(doc('<script>var x = 1;</script>'))).toBe('');
    const bare = parseHTML('').document as unknown as Document;
    expect(() => headText(bare)).not.toThrow();
  });

  it('lets the quick recognition see a report whose page starts with a long script and navigation', () => {
    const nav = Array.from({ length: 60 }, (_, i) => `<a href="#">栏目${i}</a>`).join(' ');
    const page = doc(
      `<script>${'var menu = "新闻 通知 公告";'.repeat(200)}</script><div class="nav">${nav}</div>` +
        '<h1>2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>二、主动公开政府信息情况</p>' +
        '<p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p>',
    );
    expect(quickLooksLikeReport('', headText(page))).toBe(true);
    // The script alone would have filled the budget with code.
    expect(headText(page)).not.toContain('var menu');
  });
});
