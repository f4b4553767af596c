// @vitest-environment happy-dom
/**
 * The popup's first render carries the rules' texts of its language only (issue 14): the other language's rule
 * titles and messages are loaded by the language switch, which waits for them — after it the English view is whole.
 */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { renderMessage, RULES } from '../rules/meta';
import type { Finding } from '../model';

const loads = vi.hoisted(() => [] as string[]);

vi.mock('virtual:rule-texts/en', async (original) => {
  loads.push('en');
  return original();
});

const data = {
  column: '总计',
  'column@en': 'Total',
  newReceived: 10,
  carriedOver: 2,
  left: 12,
  totalProcessed: 9,
  carriedForward: 1,
  right: 10,
  difference: 2,
};
const finding: Finding = {
  rule: 't3-identity',
  severity: 'error',
  messageId: 'mismatch',
  message: renderMessage('t3-identity', 'mismatch', data, 'zh'),
  data,
  cells: [],
};

vi.mock('../platform/page-api', async () =>
  (await import('../../test/helpers/popup-page-api')).pageApiShowing({
    findings: [finding],
    rulesRun: ['t3-identity'],
  }),
);
vi.mock('../platform/panel', () => ({ openSidePanel: vi.fn(), sidePanelSupported: () => false }));
vi.mock('../platform/batch', () => ({ openBatchPage: vi.fn(), requestHostAccess: vi.fn() }));

// A page's own module graph, without the test setup's two loaded languages (test/helpers/locales.setup.ts).
vi.resetModules();
const i18n = await import('./i18n');
const { App } = await import('./App');

describe('the language switch', () => {
  it('loads the English rule texts only when switched to, and then shows rule titles and messages in English', async () => {
    await i18n.loadLocale('zh');
    const meta = RULES['t3-identity']!;
    const root = document.body.appendChild(document.createElement('div'));
    render(<App tabId={7} initialLang="zh" initialMarks />, root);
    await vi.waitFor(() => expect(root.querySelector('.rule[data-rule="t3-identity"] h4')).not.toBeNull());
    const title = () => root.querySelector('.rule[data-rule="t3-identity"] h4')?.textContent;
    const message = () => root.querySelector('.finding .message')?.textContent;
    expect(title()).toContain(meta.description.zh);
    expect(message()).toContain(finding.message);
    expect(loads).toEqual([]);
    expect(i18n.hasLocale('en')).toBe(false);

    root.querySelector<HTMLButtonElement>('button.lang')!.click();
    await vi.waitFor(() => expect(title()).toContain(meta.description.en));
    expect(loads).toEqual(['en']);
    expect(message()).toContain(renderMessage(finding, 'en'));
    expect(message()).toContain('Table 3, column “Total”');
    expect(root.querySelector('button.lang')?.textContent).toBe(i18n.t('en', 'switchLanguage'));
  });
});
