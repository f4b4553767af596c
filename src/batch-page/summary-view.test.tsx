// @vitest-environment happy-dom
/** The batch summary's totals line, "only problems", first problems, stable sort and charts (happy-dom). */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../model';
import { summaryToCsv } from '../portal';
import { Charts } from './Charts';
import { batchTotals, findingCounts, type BatchRow } from './summary';
import { SummaryTable, sortRows } from './SummaryTable';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.innerHTML = '';
});

const f = (rule: string, severity: Finding['severity'], message = `${rule} 的问题`): Finding => ({
  rule,
  severity,
  messageId: 'm',
  message,
  data: {},
  cells: [],
});

function row(url: string, patch: Partial<BatchRow> = {}): BatchRow {
  const findings = patch.findings ?? [];
  return {
    status: 'report',
    agency: '甲县公安局',
    year: 2023,
    format: '2021',
    title: null,
    errors: findings.filter((x) => x.severity === 'error').length,
    warnings: findings.filter((x) => x.severity === 'warning').length,
    infos: 0,
    published: '2024-01-20',
    url,
    previous: null,
    error: null,
    crossYear: [],
    audited: 3,
    ...patch,
    findings,
  };
}

const ROWS: BatchRow[] = [
  row('https://a.gov.cn/1', {
    agency: '乙县交通运输局',
    findings: [f('t3-row-total', 'error', '表三（一）总计应为 6，表中为 7'), f('text-review', 'warning')],
  }),
  row('https://a.gov.cn/2', { agency: '甲县公安局', findings: [f('text-review', 'warning'), f('cell-blank', 'info')] }),
  row('https://a.gov.cn/3', { agency: '丙县教育局' }),
  row('https://a.gov.cn/4', { agency: '丁县民政局', audited: 0, findings: [f('doc-missing-table', 'info')] }),
  row('https://a.gov.cn/5', { status: 'not-report', agency: null, title: '新闻' }),
  row('https://a.gov.cn/6', {
    status: 'failed',
    agency: null,
    error: 'HTTP 404：页面不存在（链接失效）（page not found (broken link)）',
  }),
];

describe('batch summary', () => {
  it('counts every page in one bucket: with errors, warnings only, clean, not audited, failed', () => {
    expect(batchTotals(ROWS)).toEqual({ pages: 6, withErrors: 1, warningsOnly: 1, clean: 1, notAudited: 2, failed: 1 });
    const el = root();
    render(<SummaryTable lang="zh" rows={ROWS} />, el);
    expect(el.querySelector('[data-testid="totals"]')!.textContent).toBe(
      '共 6 页：有错误 1 · 仅有警告 1 · 未发现问题 1 · 未核查 2 · 无法读取 1',
    );
    render(<SummaryTable lang="en" rows={ROWS} />, el);
    expect(el.querySelector('[data-testid="totals"]')!.textContent).toBe(
      '6 pages: with errors 1 · warnings only 1 · no problems found 1 · not audited 2 · unreadable 1',
    );
  });

  it("filters to the reports with problems, and shows each report's first problem", async () => {
    const el = root();
    render(<SummaryTable lang="zh" rows={ROWS} />, el);
    expect(el.querySelectorAll('tbody tr')).toHaveLength(6);
    const first = el.querySelector('tr[data-url="https://a.gov.cn/1"] .first-problem .first')!;
    expect(first.textContent).toBe('表三（一）总计应为 6，表中为 7');
    expect(first.className).toContain('error');
    expect(el.querySelector('tr[data-url="https://a.gov.cn/2"] .first')!.getAttribute('data-rule')).toBe('text-review');
    await act(async () => (el.querySelector('[data-filter="problems"]') as HTMLInputElement).click());
    expect([...el.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-url'))).toEqual([
      'https://a.gov.cn/2',
      'https://a.gov.cn/1',
    ]);
  });

  it("speaks one language: a failed page's reason in Chinese or in English, never both", () => {
    const el = root();
    render(<SummaryTable lang="zh" rows={ROWS} />, el);
    expect(el.querySelector('tr[data-status="failed"] .why')!.textContent).toBe('HTTP 404：页面不存在（链接失效）');
    render(<SummaryTable lang="en" rows={ROWS} />, el);
    expect(el.querySelector('tr[data-status="failed"] .why')!.textContent).toBe(
      'HTTP 404: page not found (broken link)',
    );
    const { findings: _f, crossYear: _c, audited: _a, ...failed } = ROWS[5]!;
    expect(summaryToCsv([failed], { lang: 'en', bom: false })).toContain('HTTP 404: page not found (broken link)');
    expect(summaryToCsv([failed], { lang: 'zh', bom: false })).not.toContain('page not found');
  });

  it('sorts with a stable secondary order: agency, year, address', () => {
    const same = [
      row('https://b.gov.cn/2', { agency: '乙局' }),
      row('https://b.gov.cn/1', { agency: '乙局' }),
      row('https://b.gov.cn/3', { agency: '甲局' }),
    ];
    const asc = sortRows(same, 'errors', 'asc').map((r) => r.url);
    expect(asc).toEqual(sortRows([...same].reverse(), 'errors', 'asc').map((r) => r.url));
    expect(sortRows(same, 'errors', 'desc').map((r) => r.url)).toEqual(asc);
    expect(sortRows(ROWS, 'first', 'asc')[0]!.url).toBe('https://a.gov.cn/1');
  });

  it('charts findings per rule and per body, most first', () => {
    expect(findingCounts(ROWS)).toEqual({
      byRule: [
        ['text-review', 2],
        ['t3-row-total', 1],
      ],
      byBody: [
        ['乙县交通运输局', 2],
        ['甲县公安局', 1],
      ],
    });
    const el = root();
    render(<Charts lang="zh" rows={ROWS} />, el);
    const rule = el.querySelector('[data-chart="rule"]')!;
    expect(rule.querySelector('figcaption')!.textContent).toBe('各规则发现的问题');
    expect(
      [...rule.querySelectorAll('li')].map((li) => [
        li.getAttribute('data-label'),
        li.querySelector('.bar-count')!.textContent,
      ]),
    ).toEqual([
      ['text-review', '2'],
      ['t3-row-total', '1'],
    ]);
    expect((rule.querySelector('li .chart-bar') as HTMLElement).style.width).toBe('100%');
    expect((rule.querySelectorAll('li .chart-bar')[1] as HTMLElement).style.width).toBe('50%');
    render(<Charts lang="zh" rows={[ROWS[2]!]} />, el);
    expect(el.textContent).toBe('没有发现错误或警告。');
  });
});
