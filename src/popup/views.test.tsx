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
    {
      table: 'T4',
      row: 'review',
      column: 'review.maintain',
      text: '1',
      src: { kind: 'cell', table: 2, row: 3, col: 0 },
    },
  ],
};

function state(result: Partial<AuditResult> = {}, extra: Partial<Extract<ContentState, { status: 'report' }>> = {}) {
  return {
    status: 'report' as const,
    url: 'https://www.example.gov.cn/art/2024/1/18/art_1.html',
    result: {
      report: buildReport({ agency: '金乡县公安局' }),
      findings: [finding],
      rulesRun: ['t4-review-sum', 't3-identity'],
      auditedAt: '2024-01-20T00:00:00Z',
      ...result,
    },
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
    expect([...el.querySelectorAll('[data-testid="not-audited"] a')].map((a) => a.textContent)).toEqual([
      't2.png',
      't3.png',
      'report.pdf',
    ]);
  });

  it('flags forced audits, reports in frames and copies on non-government hosts', () => {
    const el = root();
    render(
      <ReportView
        lang="zh"
        state={state(
          {},
          { forced: true, url: 'https://mirror.example.com/a.html', frame: 'https://mirror.example.com/body.html' },
        )}
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

describe('ReportView: text findings', () => {
  const sentence = `2023年，我局通过门户网站依申请公开栏目、信函、当面提交和电子邮件等渠道，共新收政府信息公开申请13件，申请内容主要涉及道路建设项目审批等方面；`;
  const textFinding: Finding = {
    rule: 'text-new-requests',
    severity: 'warning',
    messageId: 'mismatch',
    message: '正文“共新收政府信息公开申请13件”与表格不符：表三“本年新收”总计为 12，正文为 13',
    data: {
      claim: '共新收政府信息公开申请13件',
      actual: 12,
      stated: '13',
      cell: '表三“本年新收”总计',
      cell_en: 'Table 3 “new requests” total',
    },
    cells: [
      { table: 'T3', row: 'newReceived', column: 'total', text: '12', src: { kind: 'cell', table: 1, row: 3, col: 9 } },
    ],
    sentence: { text: sentence, section: '一', src: { kind: 'text', block: 11, start: 11, end: 111 } },
  };
  const late: Finding = {
    rule: 'meta-deadline',
    severity: 'warning',
    messageId: 'late',
    message: '本报告发布于 2024-03-05，晚于法定公布期限 2024-01-31',
    data: { published: '2024-03-05', deadline: '2024-01-31' },
    cells: [],
    sentence: { text: '发布日期：2024-03-05' },
  };

  it('quotes the sentence (shortened, whole on hover), names the cell it contradicts, and locates the sentence', async () => {
    const onLocate = vi.fn(async () => true);
    const el = root();
    render(
      <ReportView
        lang="zh"
        state={state({ findings: [textFinding, late], rulesRun: ['text-new-requests', 'meta-deadline'] })}
        onLocate={onLocate}
      />,
      el,
    );
    const item = el.querySelector('.finding[data-rule="text-new-requests"]')!;
    const quote = item.querySelector('blockquote.sentence')!;
    expect(quote.getAttribute('title')).toBe(sentence);
    expect(quote.textContent).toBe(`“${Array.from(sentence).slice(0, 51).join('')}…”`);
    expect(item.querySelector('.table-cells')!.textContent).toBe(
      '表中：表三 · 一、本年新收政府信息公开申请数量 · 总计：12',
    );
    const locate = item.querySelector('button.locate') as HTMLButtonElement;
    expect(locate.title).toBe('在页面中滚动到这句话并闪烁提示');
    await act(async () => locate.click());
    expect(onLocate).toHaveBeenLastCalledWith('t:11:11:111');
    // The cell itself is a button too.
    await act(async () => (item.querySelector('.table-cells button.cell-ref') as HTMLButtonElement).click());
    expect(onLocate).toHaveBeenLastCalledWith('c:1:3:9');
  });

  it('lists a finding with no place on the page (its sentence has no source) without a locate button', () => {
    const el = root();
    render(<ReportView lang="zh" state={state({ findings: [late] })} onLocate={async () => true} />, el);
    const item = el.querySelector('.finding[data-rule="meta-deadline"]')!;
    expect(item.querySelector('blockquote.sentence')!.textContent).toBe('“发布日期：2024-03-05”');
    expect(item.querySelector('button')).toBeNull();
    expect(item.querySelector('.table-cells')).toBeNull();
  });

  it('says when the sentence is no longer on the page, in English too', async () => {
    const el = root();
    render(<ReportView lang="en" state={state({ findings: [textFinding] })} onLocate={async () => false} />, el);
    const item = el.querySelector('.finding')!;
    expect(item.querySelector('.table-cells')!.textContent).toBe(
      'In the table:Table 3 · I. New requests this year · total: 12',
    );
    expect(item.querySelector('blockquote.sentence')!.textContent!.startsWith('"2023年')).toBe(true);
    await act(async () => (item.querySelector('button.locate') as HTMLButtonElement).click());
    expect(item.querySelector('.note')!.textContent).toBe('This spot is no longer on the page (it may have changed)');
  });
});

describe('state views', () => {
  it('offers "audit anyway" on a page with tables, and disables it on one without', async () => {
    const onAuditAnyway = vi.fn();
    const el = root();
    render(
      <NotReportView
        lang="zh"
        state={{ status: 'not-report', url: 'u', title: '新闻', tables: 2 }}
        onAuditAnyway={onAuditAnyway}
      />,
      el,
    );
    await act(async () => (el.querySelector('button') as HTMLButtonElement).click());
    expect(onAuditAnyway).toHaveBeenCalledOnce();
    render(
      <NotReportView
        lang="zh"
        state={{ status: 'not-report', url: 'u', title: '新闻', tables: 0 }}
        onAuditAnyway={onAuditAnyway}
      />,
      el,
    );
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
