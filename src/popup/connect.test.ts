import { describe, expect, it, vi } from 'vitest';
import { connect, restrictedReason, type Port } from './connect';

const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');

function fakePort(overrides: Partial<Port> = {}): Port & { injected: number[] } {
  const injected: number[] = [];
  return {
    injected,
    ask: vi.fn(async () => ({ status: 'not-report', url: 'https://x.gov.cn/', title: 'T', tables: 0 })),
    inject: vi.fn(async (tabId: number) => void injected.push(tabId)),
    url: vi.fn(async () => 'https://x.gov.cn/'),
    sleep: vi.fn(async () => undefined),
    ...overrides,
  };
}

describe('connect', () => {
  it('uses the content script that is already there (the *.gov.cn path)', async () => {
    const port = fakePort();
    expect(await connect(port, 7)).toMatchObject({ kind: 'page', state: { status: 'not-report' } });
    expect(port.injected).toEqual([]);
  });

  it('injects the content script on demand when none answers, then retries until it does', async () => {
    let calls = 0;
    const port = fakePort({
      ask: vi.fn(async () => {
        calls += 1;
        if (calls < 3) throw NO_RECEIVER;
        return { status: 'pending', url: 'https://example.com/' };
      }),
      url: async () => 'https://example.com/',
    });
    expect(await connect(port, 3)).toEqual({ kind: 'page', state: { status: 'pending', url: 'https://example.com/' } });
    expect(port.injected).toEqual([3]);
  });

  it('says "cannot run here" for browser pages without trying to inject, whatever the tab answers', async () => {
    const port = fakePort({ url: async () => 'chrome://extensions/' });
    expect(await connect(port, 1)).toMatchObject({ kind: 'restricted', reason: 'browser' });
    expect(port.inject).not.toHaveBeenCalled();
  });

  it('asks the tab while its address is looked up, not after (one round trip of waiting, not two)', async () => {
    const order: string[] = [];
    let release: (url: string) => void = () => undefined;
    const port = fakePort({
      url: () => {
        order.push('url');
        return new Promise<string>((resolve) => (release = resolve));
      },
      ask: vi.fn(async () => {
        order.push('ask');
        return { status: 'not-report', url: 'https://x.gov.cn/', title: 'T', tables: 0 };
      }),
    });
    const view = connect(port, 7);
    await Promise.resolve();
    expect(order).toEqual(['ask', 'url']);
    release('https://x.gov.cn/');
    expect(await view).toMatchObject({ kind: 'page', state: { status: 'not-report' } });
  });

  it('goes straight to the PDF offer on a tab showing a .pdf (no content script runs in the viewer), injecting nothing', async () => {
    const port = fakePort({ url: async () => 'https://a.gov.cn/files/2023%E5%B9%B4%E6%8A%A5.PDF?id=1' });
    expect(await connect(port, 1)).toEqual({
      kind: 'restricted',
      reason: 'pdf',
      url: 'https://a.gov.cn/files/2023%E5%B9%B4%E6%8A%A5.PDF?id=1',
    });
    expect(port.inject).not.toHaveBeenCalled();
  });

  it('says "cannot run here" when the browser refuses the injection, with the reason for files and PDFs', async () => {
    const refuse = {
      ask: async () => Promise.reject(NO_RECEIVER),
      inject: async () => Promise.reject(new Error('no')),
    };
    expect(await connect(fakePort({ ...refuse, url: async () => 'file:///tmp/r.html' }), 1)).toMatchObject({
      reason: 'file',
    });
    expect(await connect(fakePort({ ...refuse, url: async () => 'https://a.gov.cn/r.pdf' }), 1)).toMatchObject({
      reason: 'pdf',
    });
    expect(await connect(fakePort({ ...refuse, url: async () => undefined }), 1)).toMatchObject({ reason: 'browser' });
  });

  it('offers the file when the browser keeps the script out of a web address that does not end in .pdf (a viewer)', async () => {
    const url = 'https://a.gov.cn/module/download/downfile.jsp?id=12';
    const port = fakePort({
      ask: async () => Promise.reject(NO_RECEIVER),
      inject: async () => Promise.reject(new Error('Cannot access contents of the page')),
      url: async () => url,
    });
    expect(await connect(port, 1)).toEqual({ kind: 'restricted', reason: 'viewer', url });
  });

  it('reports a malformed answer as a failure rather than showing it', async () => {
    const port = fakePort({ ask: async () => ({ status: 'report', url: 'u', result: { findings: 'x' } }) });
    expect(await connect(port, 1)).toMatchObject({ kind: 'failed' });
  });

  it('gives up with a failure when the injected script never answers', async () => {
    const port = fakePort({ ask: async () => Promise.reject(NO_RECEIVER) });
    expect(await connect(port, 1)).toMatchObject({ kind: 'failed' });
    expect(port.sleep).toHaveBeenCalled();
  });
});

describe('restrictedReason', () => {
  it.each([
    ['chrome://settings', false, 'browser'],
    ['about:blank', false, 'browser'],
    ['https://chromewebstore.google.com/detail/x', false, 'browser'],
    ['https://www.gov.cn/zhengce/report.html', false, null],
    ['file:///home/r.html', false, null],
    ['file:///home/r.html', true, 'file'],
    ['https://x.gov.cn/a.PDF?download=1', true, 'pdf'],
    ['https://x.gov.cn/a.html', true, 'viewer'],
    ['http://x.gov.cn/download.jsp?id=7', true, 'viewer'],
    ['ftp://x.gov.cn/a', true, 'browser'],
  ] as const)('%s (injection failed: %s) → %s', (url, failed, reason) => {
    expect(restrictedReason(url, failed)).toBe(reason);
  });
});
