// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditResult, Finding } from '../model';
import type { ContentState } from '../platform/messages';
import { buildReport } from '../../test/helpers/report-builder';
import { ReportView } from './ReportView';
import { FailedView, NotReportView, RestrictedView } from './StateViews';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.innerHTML = '';
});

const finding: Finding = {
  rule: 't4-review-sum',
  severity: 'error',
  messageId: 'mismatch',
  message: '行政复议总计应为 1（维持1+纠正0+其他0+尚未审结0），表中为 0',
  data: { expected: 1, actual: 0, parts: '维持1+纠正0+其他0+尚未审结0' },
  cells: [
    { table: 'T4', row: 'review', column: 'review.total', text: '0', src: { kind: 'cell', table: 2, row: 3, col: 4 } },
    { table: 'T4', row: 'review', column: 'review.maintain', text: '1', src: { kind: 'cell', table: 2, row: 3, col: 0 } },
  ],
};

function state(result: Partial<AuditResult> = {}, extra: Partial<Extract<ContentState, { status: 'report' }>> = {}) {
  return {
    status: 'report' as const,
    url: 'https://www.example.gov.cn/art/2024/1/18/art_1.html',
    result: { report: buildReport({ agency: '金乡县公安局' }), findings: [finding], rulesRun: ['t4-review-sum', 't3-identity'], auditedAt: '2024-01-20T00:00:00Z', ...result },
    forced: false,
    marks: true,
    frame: null,
    merges: {},
    ...extra,
  };
}

describe('ReportView', () => {
  it('shows the report, its error count, the finding and locates its cell', async () => {
    const onLocate = vi.fn(async () => true);
    const el = root();
    render(<ReportView lang="zh" state={state()} onLocate={onLocate} />, el);
    expect(el.querySelector('.meta')!.textContent).toContain('金乡县公安局');
    expect(el.querySelector('[data-testid="counts"]')!.textContent).toBe('1 个错误');
    expect(el.querySelector('.chip.caution')).toBeNull(); // a .gov.cn host
    expect(el.querySelector('.finding .message')!.textContent).toBe(finding.message);
    expect(el.querySelector('.where')!.textContent).toBe('表四 · 行政复议 · 总计：0');
    expect(el.querySelector('.related-cells')!.textContent).toBe('参与计算：结果维持：1');
    expect(el.querySelector('.passed summary')!.textContent).toBe('通过的规则（1 条）');
    await act(async () => (el.querySelector('button.locate') as HTMLButtonElement).click());
    expect(onLocate).toHaveBeenCalledWith('c:2:3:4');
  });

  it('re-renders the messages in English from their data', () => {
    const el = root();
    render(<ReportView lang="en" state={state()} onLocate={async () => true} />, el);
    expect(el.querySelector('.finding .message')!.textContent).not.toBe(finding.message);
    expect(el.querySelector('[data-testid="counts"]')!.textContent).toBe('1 error(s)');
  });

  it('never calls a report whose tables are images "clean", and lists them with their links', () => {
    const report = buildReport({
      tables: {
        T2: { status: 'image', values: [], links: ['https://x.gov.cn/t2.png'] },
        T3: { status: 'image', values: [], links: ['https://x.gov.cn/t3.png'] },
        T4: { status: 'attachment', values: [], links: ['https://x.gov.cn/report.pdf'] },
      },
    });
    const el = root();
    render(<ReportView lang="zh" state={state({ report, findings: [] })} onLocate={async () => true} />, el);
    expect(el.querySelector('[data-testid="counts"]')!.textContent).toBe('统计表都未能核查，不能据此认为报告无误');
    expect([...el.querySelectorAll('[data-testid="not-audited"] a')].map((a) => a.textContent)).toEqual(['t2.png', 't3.png', 'report.pdf']);
  });

  it('flags forced audits, reports in frames and copies on non-government hosts', () => {
    const el = root();
    render(
      <ReportView
        lang="zh"
        state={state({}, { forced: true, url: 'https://mirror.example.com/a.html', frame: 'https://mirror.example.com/body.html' })}
        onLocate={async () => true}
      />,
      el,
    );
    const text = el.textContent ?? '';
    expect(text).toContain('强制核查');
    expect(text).toContain('https://mirror.example.com/body.html');
    expect(el.querySelector('.chip.caution')!.textContent).toContain('非政府网站');
  });
});

describe('state views', () => {
  it('offers "audit anyway" on a page with tables, and disables it on one without', async () => {
    const onAuditAnyway = vi.fn();
    const el = root();
    render(<NotReportView lang="zh" state={{ status: 'not-report', url: 'u', title: '新闻', tables: 2 }} onAuditAnyway={onAuditAnyway} />, el);
    await act(async () => (el.querySelector('button') as HTMLButtonElement).click());
    expect(onAuditAnyway).toHaveBeenCalledOnce();
    render(<NotReportView lang="zh" state={{ status: 'not-report', url: 'u', title: '新闻', tables: 0 }} onAuditAnyway={onAuditAnyway} />, el);
    expect((el.querySelector('button') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says what to do when the audit failed, shows the error and retries', async () => {
    const onRetry = vi.fn();
    const el = root();
    render(<FailedView lang="en" error="TypeError: x is undefined" onRetry={onRetry} />, el);
    expect(el.textContent).toContain('Reload the page');
    expect(el.querySelector('.error-text')!.textContent).toBe('TypeError: x is undefined');
    await act(async () => (el.querySelector('button') as HTMLButtonElement).click());
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('explains why a page cannot be audited', () => {
    const el = root();
    render(<RestrictedView lang="zh" reason="pdf" />, el);
    expect(el.textContent).toContain('PDF');
    render(<RestrictedView lang="zh" reason="file" />, el);
    expect(el.textContent).toContain('允许访问文件网址');
  });
});
