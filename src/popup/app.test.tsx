// @vitest-environment happy-dom
/** The popup's App: what it shows while the memory of audited reports (IndexedDB) is still busy. */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildReport } from '../../test/helpers/report-builder';

const remember = vi.hoisted(() => ({ pending: new Promise<never>(() => undefined) }));

vi.mock('../platform/browser', () => ({
  askContent: vi.fn(async () => ({
    status: 'report',
    url: 'https://www.example.gov.cn/art/2024/1/18/art_1.html',
    result: {
      report: buildReport({ agency: '金乡县公安局' }),
      findings: [],
      rulesRun: ['t4-review-sum'],
      auditedAt: '2024-01-20T00:00:00Z',
    },
    forced: false,
    marks: true,
    frame: null,
    merges: {},
  })),
  injectContentScript: vi.fn(async () => undefined),
  saveSettings: vi.fn(async () => undefined),
  tabUrl: vi.fn(async () => 'https://www.example.gov.cn/art/2024/1/18/art_1.html'),
}));
vi.mock('../platform/panel', () => ({ openSidePanel: vi.fn(), sidePanelSupported: () => false }));
vi.mock('../platform/batch', () => ({ openBatchPage: vi.fn(), requestHostAccess: vi.fn() }));
vi.mock('../platform/store', () => ({ openPageStore: () => ({}), rememberAndCompare: () => remember.pending }));

const { App } = await import('./App');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('App', () => {
  it('shows the audit at once, without waiting for the memory of audited reports', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    render(<App tabId={7} initialLang="zh" initialMarks />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-state="report"]')).not.toBeNull());
  });
});
