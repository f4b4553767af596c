// @vitest-environment happy-dom
/** One card per cause, the filters, the step-through and the clean state of the findings list (happy-dom). */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditResult, Finding, FindingCell, Severity } from '../model';
import { buildReport } from '../../test/helpers/report-builder';
import { FindingsList } from './FindingsList';
import { causeCards, filterCards } from './group';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.innerHTML = '';
});

const cell = (row: string, column: string, text: string, n: number): FindingCell => ({
  table: 'T3',
  row,
  column,
  text,
  src: { kind: 'cell', table: 1, row: n, col: 8 },
});

const f = (rule: string, severity: Severity, message: string, cells: FindingCell[] = []): Finding => ({
  rule,
  severity,
  messageId: 'm',
  message,
  data: {},
  cells,
});

const ROWS = [
  'granted',
  'partialGrant',
  'unable.noInfo',
  'unable.needCreation',
  'unable.unclear',
  'notProcessed.complaint',
  'notProcessed.repeat',
  'notProcessed.publication',
];
/** The engine-rules shape: one finding of one cause naming eight wrong cells. */
const grouped = f(
  'cell-not-number',
  'error',
  '8 个单元格不是非负整数',
  ROWS.map((row, i) => cell(row, 'total', 'x', 5 + i)),
);
const rowTotal = f('t3-row-total', 'error', '（一）予以公开 总计应为 5，表中为 4', [
  cell('granted', 'total', '4', 5),
  cell('granted', 'naturalPerson', '5', 5),
]);
const blank1 = f('cell-blank', 'info', '表三有空白单元格', [cell('granted', 'legal', '', 5)]);
const blank2 = f('cell-blank', 'info', '表三有空白单元格', [cell('partialGrant', 'legal', '', 6)]);
const review = f('text-review', 'warning', '正文与表四不符', [cell('granted', 'total', '4', 5)]);

function result(findings: Finding[], tables?: NonNullable<Parameters<typeof buildReport>[0]>['tables']): AuditResult {
  return {
    report: buildReport(tables ? { tables } : {}),
    findings,
    rulesRun: ['cell-not-number', 't3-row-total', 'cell-blank', 'text-review', 't3-identity'],
    auditedAt: '2024-01-20T00:00:00Z',
  };
}

describe('causeCards', () => {
  it('makes one card of findings that say the same thing, with all their cells, and keeps distinct causes apart', () => {
    const cards = causeCards([blank1, rowTotal, blank2, grouped, review]);
    expect(cards.map((c) => [c.rule, c.severity, c.findings.length, c.cells.length])).toEqual([
      ['t3-row-total', 'error', 1, 2],
      ['cell-not-number', 'error', 1, 8],
      ['text-review', 'warning', 1, 1],
      ['cell-blank', 'info', 2, 2],
    ]);
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
  });

  it('filters by severity and by rule', () => {
    const cards = causeCards([rowTotal, grouped, review, blank1]);
    expect(filterCards(cards, { severities: new Set(['warning']), rule: null }).map((c) => c.rule)).toEqual([
      'text-review',
    ]);
    expect(
      filterCards(cards, { severities: new Set(['error', 'warning', 'info']), rule: 'cell-not-number' }).map(
        (c) => c.rule,
      ),
    ).toEqual(['cell-not-number']);
  });
});

describe('FindingsList', () => {
  it('shows a finding of one cause with N cells as one card: its cell, then the first six others and "另 1 个…"', async () => {
    const el = root();
    render(<FindingsList lang="zh" result={result([grouped])} onLocate={async () => true} />, el);
    expect(el.querySelectorAll('.finding.card')).toHaveLength(1);
    expect(el.querySelectorAll('.where button.cell-ref')).toHaveLength(1);
    const related = el.querySelector('.related-cells')!;
    expect(related.querySelectorAll('button.cell-ref')).toHaveLength(6);
    await act(async () => (related.querySelector('button.more-cells') as HTMLButtonElement).click());
    expect(el.querySelectorAll('.related-cells button.cell-ref')).toHaveLength(7);
    expect(el.querySelector('button.more-cells')).toBeNull();
  });

  it('lists every place of a cause found in N places (several findings, one message) in one card', async () => {
    const places = ROWS.map((row, i) =>
      f('cell-not-number', 'error', '单元格不是非负整数', [cell(row, 'total', 'x', 5 + i)]),
    );
    const el = root();
    render(<FindingsList lang="zh" result={result(places)} onLocate={async () => true} />, el);
    expect(el.querySelectorAll('.finding.card')).toHaveLength(1);
    const where = el.querySelector('.cells-n')!;
    expect(where.querySelector('.muted')!.textContent).toBe('涉及 8 个单元格：');
    expect(where.querySelectorAll('button.cell-ref')).toHaveLength(6);
    await act(async () => (where.querySelector('button.more-cells') as HTMLButtonElement).click());
    expect(el.querySelectorAll('.cells-n button.cell-ref')).toHaveLength(8);
  });

  it('merges findings with the same message into one card marked ×N', () => {
    const el = root();
    render(<FindingsList lang="zh" result={result([blank1, blank2])} onLocate={async () => true} />, el);
    expect(el.querySelectorAll('.finding.card')).toHaveLength(1);
    expect(el.querySelector('.finding .times')!.textContent).toBe(' ×2');
  });

  it('filters by severity (toggle chips) and by rule (a select)', async () => {
    const el = root();
    render(
      <FindingsList lang="zh" result={result([rowTotal, grouped, review, blank1])} onLocate={async () => true} />,
      el,
    );
    const rules = () => [...el.querySelectorAll('.finding.card')].map((c) => c.getAttribute('data-rule'));
    expect(rules()).toEqual(['t3-row-total', 'cell-not-number', 'text-review', 'cell-blank']);
    await act(async () => (el.querySelector('[data-filter="error"]') as HTMLButtonElement).click());
    expect(el.querySelector('[data-filter="error"]')!.getAttribute('aria-pressed')).toBe('false');
    expect(rules()).toEqual(['text-review', 'cell-blank']);
    await act(async () => (el.querySelector('[data-filter="error"]') as HTMLButtonElement).click());
    const select = el.querySelector('select.rule-filter') as HTMLSelectElement;
    await act(async () => {
      select.value = 'cell-not-number';
      select.dispatchEvent(new Event('change'));
    });
    expect(rules()).toEqual(['cell-not-number']);
    await act(async () => {
      for (const s of ['error', 'warning', 'info'])
        (el.querySelector(`[data-filter="${s}"]`) as HTMLButtonElement).click();
    });
    expect(el.querySelector('.empty')!.textContent).toBe('没有符合筛选条件的问题。');
  });

  it('steps through the findings with next/previous and J/K, locating each and highlighting it in the list', async () => {
    const onLocate = vi.fn(async () => true);
    const el = root();
    render(<FindingsList lang="zh" result={result([rowTotal, review, blank1])} onLocate={onLocate} />, el);
    expect(el.querySelector('[data-testid="step-position"]')!.textContent).toBe('3 个可定位的问题');
    await act(async () => (el.querySelector('button.step.next') as HTMLButtonElement).click());
    expect(onLocate).toHaveBeenLastCalledWith('c:1:5:8');
    expect(el.querySelector('.finding.current')!.getAttribute('data-rule')).toBe('t3-row-total');
    expect(el.querySelector('[data-testid="step-position"]')!.textContent).toBe('第 1 / 3 个');
    await act(async () => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' })));
    expect(el.querySelector('.finding.current')!.getAttribute('data-rule')).toBe('text-review');
    await act(async () => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'k' })));
    await act(async () => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'k' })));
    // Wraps around: before the first is the last.
    expect(el.querySelector('.finding.current')!.getAttribute('data-rule')).toBe('cell-blank');
    expect(el.querySelector('.finding.current')!.getAttribute('aria-current')).toBe('true');
    expect(onLocate).toHaveBeenLastCalledWith('c:1:5:8');
    // Locating a card by its own button makes it the current one too.
    const calls = onLocate.mock.calls.length;
    await act(async () =>
      (el.querySelector('.finding[data-rule="text-review"] button.locate') as HTMLButtonElement).click(),
    );
    expect(el.querySelector('.finding.current')!.getAttribute('data-rule')).toBe('text-review');
    // Located once, not twice (one flash in the page).
    expect(onLocate.mock.calls.length).toBe(calls + 1);
  });

  it('says "核查完成，未发现问题" with what was checked when no error or warning was found', () => {
    const el = root();
    render(<FindingsList lang="zh" result={result([blank1])} onLocate={async () => true} />, el);
    const clean = el.querySelector('[data-testid="clean-state"]')!;
    expect(clean.querySelector('.clean-title')!.textContent).toBe('✓核查完成，未发现问题');
    expect([...clean.querySelectorAll('.checked-tables li')].map((li) => li.textContent)).toEqual([
      '表二 已读取并核查',
      '表三 已读取并核查',
      '表四 已读取并核查',
    ]);
    expect(clean.textContent).toContain('共运行 5 条规则');
    // The info card is still listed below.
    expect(el.querySelectorAll('.finding.card')).toHaveLength(1);
  });

  it('never says "未发现问题" plainly when tables were not audited', () => {
    const el = root();
    render(
      <FindingsList
        lang="zh"
        result={result([], { T2: { status: 'image', values: [] } })}
        onLocate={async () => true}
      />,
      el,
    );
    const clean = el.querySelector('[data-testid="clean-state"]')!;
    expect(clean.className).toContain('caution');
    expect(clean.querySelector('.clean-title')!.textContent).toBe('?已核查的部分未发现问题，但有统计表未核查');
    expect(clean.querySelector('.checked-tables li.not-audited')!.textContent).toBe('表二 图片，未核查');
  });
});

describe('SumBar', () => {
  const identity: Finding = {
    rule: 't3-identity',
    severity: 'error',
    messageId: 'mismatch',
    message: '表三“总计”列：本年新收 12 + 上年结转 1 = 13，应等于办理结果总计 10 + 结转下年度 1 = 11（相差 2）',
    data: {
      column: '总计',
      newReceived: 12,
      carriedOver: 1,
      totalProcessed: 10,
      carriedForward: 1,
      left: 13,
      right: 11,
      difference: 2,
    },
    cells: [cell('newReceived', 'total', '12', 3)],
  };

  it('draws the broken 表三 identity as two bars on one scale, the gap hatched', () => {
    const el = root();
    render(<FindingsList lang="zh" result={result([identity])} onLocate={async () => true} />, el);
    const bar = el.querySelector('[data-testid="sum-bar"]')!;
    expect(bar.querySelector('figcaption')!.textContent).toBe('勾稽关系：一 + 二 = 三 + 四');
    expect([...bar.querySelectorAll('.sum-total')].map((e) => e.textContent)).toEqual(['一 + 二 = 13', '三 + 四 = 11']);
    const width = (sel: string) => (bar.querySelector(sel) as HTMLElement).style.width;
    expect(width('.seg-a')).toBe(`${(12 / 13) * 100}%`);
    expect(width('.seg-c')).toBe(`${(10 / 13) * 100}%`);
    expect(width('.seg-gap')).toBe(`${(2 / 13) * 100}%`);
    expect(bar.querySelector('.gap-word')!.textContent).toBe('相差 2');
  });

  it("lists the cells of an unpinned identity alike, none as the finding's subject", () => {
    const el = root();
    const cells = [
      cell('newReceived', 'natural', '10', 1),
      cell('carriedOver', 'natural', '1', 2),
      cell('totalProcessed', 'natural', '10', 3),
      cell('carriedForward', 'natural', '3', 4),
    ];
    render(
      <FindingsList lang="zh" result={result([{ ...identity, unpinned: true, cells }])} onLocate={async () => true} />,
      el,
    );
    const card = el.querySelector('.finding.card')!;
    expect(card.querySelector('.related-cells')).toBeNull();
    expect(card.querySelector('.where.cells-n .muted')!.textContent).toBe('涉及 4 个单元格：');
    expect(card.querySelectorAll('.where.cells-n .cell-ref')).toHaveLength(4);
  });

  it('draws nothing for other rules or a finding without the four numbers', () => {
    const el = root();
    render(
      <FindingsList
        lang="zh"
        result={result([rowTotal, { ...identity, data: { column: '总计' } }])}
        onLocate={async () => true}
      />,
      el,
    );
    expect(el.querySelector('[data-testid="sum-bar"]')).toBeNull();
  });
});
