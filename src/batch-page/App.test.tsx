// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PageFetcher } from '../portal';
import { openPageStore } from '../platform/store';
import { buildSite, GBK_PATH, LISTING_PATH, REPORTS } from '../../test/fixtures/portal/generate';
import { fakeIndexedDb } from '../../test/helpers/fake-indexeddb';
import { BatchApp, type BatchPageProps } from './App';
import { auditFetched, pageDocument } from './pages';

const ORIGIN = 'https://www.example.gov.cn';
const LISTING = `${ORIGIN}${LISTING_PATH}`;
let site: Map<string, Uint8Array>;

beforeAll(() => {
  site = buildSite();
});

/** The local portal from memory: its files, 404 for anything else, each request counted. */
function portalFetcher(hits: string[], gate?: Promise<void>): PageFetcher {
  return async (url) => {
    const path = new URL(url).pathname;
    hits.push(path);
    if (gate && path !== LISTING_PATH && !path.endsWith('index_1.html')) await gate;
    const bytes = site.get(path.slice(1));
    if (!bytes) return { url, status: 404 };
    return { url, status: 200, contentType: path === GBK_PATH ? 'text/html; charset=GBK' : 'text/html', bytes };
  };
}

function props(overrides: Partial<BatchPageProps> & { hits?: string[]; gate?: Promise<void> } = {}): BatchPageProps {
  const parser = new DOMParser();
  const store = openPageStore({ indexedDB: fakeIndexedDb() });
  return {
    listing: LISTING,
    initialLang: 'zh',
    deps: {
      store,
      fetchPage: portalFetcher(overrides.hits ?? [], overrides.gate),
      parse: (page) => pageDocument(page, parser),
      audit: (page) => auditFetched(page, 'zh', parser),
      allowed: (url) => new URL(url).origin === ORIGIN,
    },
    access: { has: async () => true, request: async () => true },
    onLang: () => undefined,
    polite: { delayMs: 0, concurrency: 4 },
    ...overrides,
  };
}

let root: HTMLElement;

async function mount(p: BatchPageProps): Promise<void> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<BatchApp {...p} />, root));
}

/** Waits (flushing Preact's updates) until `accept` holds. */
async function until(accept: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!accept()) {
    if (Date.now() > deadline) throw new Error(`timed out; page: ${root.textContent?.slice(0, 300)}`);
    await act(() => new Promise((done) => setTimeout(done, 20)));
  }
}

const rows = () => Array.from(root.querySelectorAll<HTMLTableRowElement>('table.summary tbody tr[data-url]'));

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('BatchApp', () => {
  it('runs at once, then shows every page with its status, sortable, with the cross-year details', async () => {
    await mount(props());
    await until(() => !!root.querySelector('[data-state="done"]'));
    await until(() => rows().length === REPORTS.length + 2);
    expect(root.querySelector('[data-state="done"]')?.textContent).toContain('完成：本次核查 15 页');

    const police = root.querySelector<HTMLTableRowElement>('tr[data-url$="gaj-2023.html"]');
    expect(police?.querySelector('.pill')?.textContent).toBe('1');
    await act(() => police?.querySelector<HTMLButtonElement>('button.details')?.click());
    const details = root.querySelector('tr[data-details$="gaj-2023.html"]');
    expect(details?.querySelector('li[data-rule="year-carry"] a.previous-link')?.getAttribute('href')).toBe(
      `${ORIGIN}/xxgk/ndbg/2023/01/gaj-2022.html`,
    );

    // Year, descending: the 2023 reports first, the pages without a year last.
    const year = root.querySelector<HTMLButtonElement>('th button[data-sort="year"]');
    await act(() => year?.click());
    await act(() => year?.click());
    expect(root.querySelector('th[aria-sort="descending"] button')?.getAttribute('data-sort')).toBe('year');
    const years = rows().map((r) => r.children[1]?.textContent);
    expect(years[0]).toBe('2023');
    expect(years.slice(-2)).toEqual(['', '']);
  });

  it('downloads the summary through the shared download helper', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:x';
    });
    await mount(props());
    await until(() => !!root.querySelector('[data-state="done"]') && rows().length === REPORTS.length + 2);
    await act(() => root.querySelector<HTMLButtonElement>('[data-export="summary"]')?.click());
    expect(root.querySelector('.note')?.textContent).toBe('已下载 www.example.gov.cn-年报汇总.csv');
    const text = await created[0]?.text();
    expect(text?.startsWith('\uFEFF机关,年度')).toBe(true);
    vi.restoreAllMocks();
  });

  it('asks for access to the site first when it is not granted, and starts once it is', async () => {
    const request = vi.fn(async () => true);
    const hits: string[] = [];
    await mount(props({ hits, access: { has: async () => false, request } }));
    await until(() => !!root.querySelector('[data-state="permission"]'));
    expect(hits).toEqual([]);
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="grant"]')?.click());
    await until(() => !!root.querySelector('[data-state="done"]'));
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('cancels, keeps what is done, and goes on without fetching it again', async () => {
    let open: () => void = () => undefined;
    const gate = new Promise<void>((done) => (open = done));
    const hits: string[] = [];
    const p = props({ hits, gate, polite: { delayMs: 0, concurrency: 1 } });
    await mount(p);
    await until(() => !!root.querySelector('[data-testid="progress"]'));
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="cancel"]')?.click());
    await until(() => !!root.querySelector('[data-state="cancelled"]'));
    open();

    // A page stored by an earlier run is shown at once by a new page, and skipped.
    await p.deps.store.putEntry(
      { url: `${ORIGIN}/gone.html`, ok: false, kind: 'http', status: 404, retryable: false, error: 'HTTP 404', ms: 1 },
      LISTING,
    );
    render(null, root);
    root.remove();
    hits.length = 0;
    await mount(p);
    await until(() => rows().some((r) => r.dataset.url === `${ORIGIN}/gone.html`));
    await until(() => !!root.querySelector('[data-state="done"]'));
    expect(hits.filter((h) => h === '/gone.html')).toEqual([]);
  });

  it('fetches only the granted site: a foreign link, a redirect to a foreign site and a file: link are skipped, with why', async () => {
    const title = (agency: string) => `示例县${agency}2023年政府信息公开工作年度报告`;
    const listing = `${ORIGIN}/custom/list.html`;
    const html = `<html><body><h2>政府信息公开年报</h2><ul>
      <li><a href="/${REPORTS[1]?.path}">${title('公安局')}</a></li>
      <li><a href="https://evil.example.com/r.html">${title('财政局')}</a></li>
      <li><a href="/moved.html">${title('审计局')}</a></li>
      <li><a href="file:///etc/passwd">${title('统计局')}</a></li></ul></body></html>`;
    const requested: string[] = [];
    const site = portalFetcher([]);
    const fetchPage: PageFetcher = async (url, signal) => {
      requested.push(url);
      if (url === listing) return { url, status: 200, contentType: 'text/html', bytes: new TextEncoder().encode(html) };
      // The browser followed a redirect to another site: the fetcher reports where the page ended.
      if (url.endsWith('/moved.html'))
        return {
          url,
          finalUrl: 'https://evil.example.com/moved.html',
          status: 200,
          contentType: 'text/html',
          bytes: new Uint8Array(),
        };
      return site(url, signal);
    };
    const p = props({ listing });
    await mount({ ...p, deps: { ...p.deps, fetchPage } });
    await until(() => !!root.querySelector('[data-state="done"]') && rows().length === 4);
    expect(requested.some((u) => u.startsWith('https://evil.example.com'))).toBe(false);
    const skipped = rows().filter((r) => r.dataset.status === 'skipped');
    expect(skipped.map((r) => r.dataset.url).sort()).toEqual([
      'file:///etc/passwd',
      'https://evil.example.com/r.html',
      `${ORIGIN}/moved.html`,
    ]);
    expect(root.querySelector('tr[data-url="https://evil.example.com/r.html"] .why')?.textContent).toBe(
      '未获准访问 evil.example.com，未下载',
    );
    expect(root.querySelector(`tr[data-url="${ORIGIN}/moved.html"] .why`)?.textContent).toContain(
      '重定向到未授权的网站 evil.example.com',
    );
    // A file: link is shown, never made a link.
    expect(root.querySelector('tr[data-url="file:///etc/passwd"] a')).toBeNull();
    expect(root.querySelector('[data-testid="skipped"]')?.textContent).toContain('3 页未下载或未读取');
    expect(root.querySelector('tr[data-url="https://evil.example.com/r.html"] .state-label')?.textContent).toBe(
      '已跳过',
    );
  });

  it('says what is missing without a listing address', async () => {
    await mount(props({ listing: null }));
    expect(root.querySelector('[data-state="no-listing"]')?.textContent).toContain('缺少目录页地址');
  });
});
