/**
 * The attachment page's download (SECURITY.md §16): http(s) only, a host the user granted (also where a redirect
 * ended), no cookies, at most MAX_PAGE_BYTES; what is not a PDF or Word file is not audited. Fetch is injected.
 */
import { describe, expect, it, vi } from 'vitest';
import { MAX_PAGE_BYTES } from '../extract/limits';
import { auditFile } from './audit-file';

const URL_ = 'https://www.example.gov.cn/files/2023.pdf';
const answer = (body: BodyInit | null, init: ResponseInit & { url?: string } = {}) => {
  const response = new Response(body, init);
  if (init.url) Object.defineProperty(response, 'url', { value: init.url });
  return response;
};

describe('auditFile', () => {
  it('fetches nothing that is not http(s)', async () => {
    const fetchImpl = vi.fn();
    for (const url of ['file:///etc/passwd', 'data:application/pdf,%PDF-1.4', 'javascript:alert(1)']) {
      expect(await auditFile(url, { lang: 'zh', allowed: async () => true, fetchImpl })).toMatchObject({
        ok: false,
        reason: 'refused',
      });
    }
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('sends no cookies, and reads nothing from a host not granted (also where a redirect ended)', async () => {
    const fetchImpl = vi.fn(async () => answer('%PDF-1.4', { url: 'https://elsewhere.example.com/x.pdf' }));
    const allowed = vi.fn(async (url: string) => new URL(url).hostname === 'www.example.gov.cn');
    const outcome = await auditFile(URL_, { lang: 'en', allowed, fetchImpl: fetchImpl as unknown as typeof fetch });
    expect(outcome).toMatchObject({ ok: false, reason: 'refused' });
    expect(outcome.ok ? '' : outcome.en).toMatch(/redirected to elsewhere\.example\.com, a site not granted/);
    expect((fetchImpl.mock.calls[0] as unknown[])[1]).toMatchObject({ credentials: 'omit', redirect: 'follow' });
  });

  it('refuses a file over the cap without reading it, and stops a body that grows past it', async () => {
    const declared = async () => answer('x', { headers: { 'content-length': String(MAX_PAGE_BYTES + 1) } });
    expect(
      await auditFile(URL_, { lang: 'zh', allowed: async () => true, fetchImpl: declared as unknown as typeof fetch }),
    ).toMatchObject({ ok: false, reason: 'too-large' });
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1 << 20));
      },
    });
    const growing = async () => answer(endless);
    expect(
      await auditFile(URL_, { lang: 'zh', allowed: async () => true, fetchImpl: growing as unknown as typeof fetch }),
    ).toMatchObject({ ok: false, reason: 'too-large' });
    expect(pulled).toBeLessThan(MAX_PAGE_BYTES / (1 << 20) + 3);
  });

  it('says an HTTP error, an unreachable host and a file that is not a PDF or Word file in words, never throwing', async () => {
    const cases: Array<[() => Promise<Response>, string]> = [
      [async () => answer('gone', { status: 404 }), 'http'],
      [async () => Promise.reject(new TypeError('Failed to fetch')), 'network'],
      [async () => answer('<html><body>not a file</body></html>'), 'not-document'],
    ];
    for (const [fetchImpl, reason] of cases) {
      const outcome = await auditFile(URL_, {
        lang: 'zh',
        allowed: async () => true,
        fetchImpl: fetchImpl as unknown as typeof fetch,
      });
      expect(outcome).toMatchObject({ ok: false, reason });
      expect(outcome.ok ? '' : outcome.zh.length).toBeGreaterThan(0);
    }
  });
});
