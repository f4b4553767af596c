// @vitest-environment happy-dom
/**
 * The popup's App: it shows the audit the content state brings at once (the popup never opens the memory of audited
 * reports), and the first view its entry asked for early is used instead of asking the tab again.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

const remember = vi.hoisted(() => ({ pending: new Promise<never>(() => undefined) }));

vi.mock('../platform/page-api', async () =>
  (await import('../../test/helpers/popup-page-api')).pageApiShowing({ findings: [], rulesRun: ['t4-review-sum'] }),
);
vi.mock('../platform/panel', () => ({ openSidePanel: vi.fn(), sidePanelSupported: () => false }));
vi.mock('../platform/batch', () => ({ openBatchPage: vi.fn(), requestHostAccess: vi.fn() }));
vi.mock('../platform/store', () => ({ openPageStore: () => ({}), rememberAndCompare: () => remember.pending }));

const { App } = await import('./App');
const browser = await import('../platform/page-api');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('App', () => {
  it('shows the audit at once, without waiting for the memory of audited reports', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    render(<App tabId={7} initialLang="zh" initialMarks />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-state="report"]')).not.toBeNull());
  });

  it('shows the view its entry already asked for, without asking the tab a second time', async () => {
    vi.mocked(browser.askContent).mockClear();
    const state = await browser.askContent(7, { type: 'get-state' });
    vi.mocked(browser.askContent).mockClear();
    const root = document.body.appendChild(document.createElement('div'));
    const firstView = Promise.resolve({ kind: 'page' as const, state: state as never });
    render(<App tabId={7} initialLang="zh" initialMarks firstView={firstView} />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-state="report"]')).not.toBeNull());
    expect(browser.askContent).not.toHaveBeenCalled();
  });

  it('draws a view its entry already holds in the very first render: no loading view, no second ask', async () => {
    const state = await browser.askContent(7, { type: 'get-state' });
    vi.mocked(browser.askContent).mockClear();
    const root = document.body.appendChild(document.createElement('div'));
    render(<App tabId={7} initialLang="zh" initialMarks firstView={{ kind: 'page', state: state as never }} />, root);
    // Synchronously, before any effect or promise has run.
    expect(root.querySelector('[data-state="report"]')).not.toBeNull();
    expect(root.querySelector('.state.loading')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root.querySelector('[data-state="report"]')).not.toBeNull();
    expect(browser.askContent).not.toHaveBeenCalled();
  });
});
