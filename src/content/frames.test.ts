// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { candidateDocuments, headText, tableCount } from './frames';

describe('headText', () => {
  it('reads visible text in document order, skipping scripts and styles, up to the limit', () => {
    document.body.innerHTML =
      '<script>var x = "not text";</script><style>p{}</style><h1>某县公安局 2023年 政府信息公开工作年度报告</h1>' +
      '<div><p>本报告根据</p><noscript>enable js</noscript><p>条例编制。</p></div>';
    expect(headText(document)).toBe('某县公安局 2023年 政府信息公开工作年度报告本报告根据条例编制。');
    expect(headText(document, 6)).toBe('某县公安局 ');
  });

  it('counts tables', () => {
    document.body.innerHTML = '<table></table><div><table><tr><td><table></table></td></tr></table></div>';
    expect(tableCount(document)).toBe(3);
  });
});

describe('candidateDocuments', () => {
  it('lists the top document first, then same-origin frames that have loaded', async () => {
    document.body.innerHTML = '<iframe id="f" srcdoc="<p>inner</p>"></iframe>';
    const frame = document.getElementById('f') as HTMLIFrameElement;
    // happy-dom loads the srcdoc frame asynchronously: wait for it, however long the machine takes.
    await vi.waitFor(() => expect(frame.contentDocument?.body?.textContent).toBe('inner'), {
      timeout: 20_000,
      interval: 10,
    });
    const candidates = candidateDocuments(document);
    expect(candidates[0]).toEqual({ doc: document, frame: null });
    expect(candidates).toHaveLength(2);
    expect(candidates[1]?.frame).toBe(frame);
    expect(headText(candidates[1]!.doc)).toBe('inner');
  });

  it('skips frames whose document cannot be read (cross-origin)', () => {
    document.body.innerHTML = '<iframe id="x"></iframe>';
    const frame = document.getElementById('x') as HTMLIFrameElement;
    Object.defineProperty(frame, 'contentDocument', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    expect(candidateDocuments(document)).toEqual([{ doc: document, frame: null }]);
  });
});
