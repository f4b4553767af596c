// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentState } from '../platform/messages';
import { TooLargeView } from './StateViews';

afterEach(() => {
  document.body.innerHTML = '';
});

const tooLarge = (title: string): Extract<ContentState, { status: 'too-large' }> => ({
  status: 'too-large',
  url: 'https://www.example.gov.cn/art/1.html',
  title,
  over: { measure: 'cells', count: 40283, limit: 20000 },
});

describe('TooLargeView', () => {
  it('says the page was not audited and why, in Chinese first, without an "audit anyway" button', () => {
    const root = document.body.appendChild(document.createElement('div'));
    render(<TooLargeView lang="zh" state={tooLarge('某县2023年政府信息公开工作年度报告')} />, root);
    expect(root.querySelector('[data-state="too-large"] h2')?.textContent).toBe('页面过大，未核查');
    expect(root.querySelector('[data-testid="too-large-detail"]')?.textContent).toBe(
      '本页有 40,283 个表格单元格，上限为 20,000。',
    );
    expect(root.querySelector('button')).toBeNull();
  });

  it('speaks English on request', () => {
    const root = document.body.appendChild(document.createElement('div'));
    render(<TooLargeView lang="en" state={tooLarge('')} />, root);
    expect(root.querySelector('h2')?.textContent).toBe('Page too large to audit');
    expect(root.querySelector('[data-testid="too-large-detail"]')?.textContent).toBe(
      'This page has 40,283 table cells; the limit is 20,000.',
    );
    expect(root.querySelector('.page-title')).toBeNull();
  });

  it('shows a hostile page title as text, never as markup', () => {
    const root = document.body.appendChild(document.createElement('div'));
    const title = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    render(<TooLargeView lang="zh" state={tooLarge(title)} />, root);
    expect(root.querySelector('.page-title')?.textContent).toBe(title);
    expect(root.querySelector('img, script')).toBeNull();
  });
});
