// @vitest-environment happy-dom
/** The tables view (happy-dom): jump links, the finding of a hovered cell, locate from any cell, one table's CSV. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditResult, ExtractedTable, Finding } from '../model';
import { buildReport } from '../../test/helpers/report-builder';
import { tableToCsv } from '../export';
import { TablesView } from './TablesView';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const T4_GRID = [
  ['行政复议', '行政复议', '行政诉讼'],
  ['结果维持', '总计', '总计'],
  ['1', '0', '0'],
];
const t4: ExtractedTable = {
  id: 'T4',
  status: 'ok',
  values: [
    {
      table: 'T4',
      row: 'review',
      column: 'review.maintain',
      rowLabel: '行政复议',
      columnLabel: '结果维持',
      raw: '1',
      kind: 'int',
      value: 1,
      blank: false,
      fromSpan: false,
      src: { kind: 'cell', table: 2, row: 2, col: 0 },
    },
    {
      table: 'T4',
      row: 'review',
      column: 'review.total',
      rowLabel: '行政复议',
      columnLabel: '总计',
      raw: '0',
      kind: 'int',
      value: 0,
      blank: false,
      fromSpan: false,
      src: { kind: 'cell', table: 2, row: 2, col: 1 },
    },
  ],
  missingRows: [],
  missingColumns: [],
  source: { kind: 'cell', table: 2, row: 0, col: 0 },
  grid: T4_GRID,
};
const finding: Finding = {
  rule: 't4-review-sum',
  severity: 'error',
  messageId: 'mismatch',
  message: '行政复议总计应为 1（维持1+纠正0+其他0+尚未审结0），表中为 0',
  data: {},
  cells: [
    { table: 'T4', row: 'review', column: 'review.total', text: '0', src: { kind: 'cell', table: 2, row: 2, col: 1 } },
    {
      table: 'T4',
      row: 'review',
      column: 'review.maintain',
      text: '1',
      src: { kind: 'cell', table: 2, row: 2, col: 0 },
    },
  ],
};

function result(): AuditResult {
  const report = buildReport({ agency: '青山县交通运输局' });
  report.tables.T4 = t4;
  return { report, findings: [finding], rulesRun: ['t4-review-sum'], auditedAt: '2024-01-20T00:00:00Z' };
}

describe('TablesView', () => {
  it('links to each table, with the number of findings on it', () => {
    const el = root();
    render(<TablesView lang="zh" result={result()} merges={{ T4: [[0, 0, 1, 2]] }} onLocate={async () => true} />, el);
    const links = [...el.querySelectorAll('.jump-link')];
    expect(links.map((a) => a.textContent)).toEqual(['表二', '表三', '表四 1']);
    expect(links[2]!.className).toContain('error');
    expect(el.querySelector('#table-T4')).not.toBeNull();
  });

  it('shows the finding of a hovered or focused marked cell, and locates any cell on click, labels too', async () => {
    const onLocate = vi.fn(async () => true);
    const el = root();
    render(<TablesView lang="zh" result={result()} merges={{}} onLocate={onLocate} />, el);
    const block = el.querySelector('[data-table="T4"]')!;
    const total = block.querySelector('td.error.role-primary') as HTMLTableCellElement;
    expect(total.title).toBe(finding.message);
    expect(total.tabIndex).toBe(0);
    await act(async () => void total.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    await act(async () => void total.dispatchEvent(new FocusEvent('focus')));
    expect(block.querySelector('[data-testid="cell-info-T4"]')!.textContent).toBe(finding.message);
    await act(async () => total.click());
    expect(onLocate).toHaveBeenLastCalledWith('c:2:2:1');
    // A label cell has a place on the page too.
    const label = [...block.querySelectorAll('td')].find((td) => td.textContent === '行政诉讼')!;
    await act(async () => (label as HTMLElement).click());
    expect(onLocate).toHaveBeenLastCalledWith('c:2:0:2');
    // And from the keyboard.
    await act(async () => void total.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(onLocate).toHaveBeenLastCalledWith('c:2:2:1');
  });

  it('downloads one table alone as on the page', async () => {
    const clicks: Array<{ name: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ name: this.download });
    });
    URL.createObjectURL = () => 'blob:x';
    URL.revokeObjectURL = () => undefined;
    const el = root();
    render(<TablesView lang="zh" result={result()} merges={{}} onLocate={async () => true} />, el);
    await act(async () => (el.querySelector('[data-export="table-T4"]') as HTMLButtonElement).click());
    expect(clicks).toEqual([{ name: '青山县交通运输局-2023-表四.csv' }]);
  });
});

describe('tableToCsv', () => {
  it('writes the wide grid as printed, merged labels repeated so that no column shifts, with a BOM', () => {
    const text = tableToCsv(result(), 'T4')!;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n').filter(Boolean)).toEqual([
      '行政复议,行政复议,行政诉讼',
      '结果维持,总计,总计',
      '1,0,0',
    ]);
  });

  it('pivots a table without a grid from its values, and is null for a table with nothing', () => {
    const r = result();
    delete r.report.tables.T3!.grid;
    const lines = tableToCsv(r, 'T3', { bom: false })!.split('\r\n').filter(Boolean);
    expect(lines[0]!.split(',')).toHaveLength(1 + 7);
    expect(lines[0]!.startsWith('项目,')).toBe(true);
    expect(lines).toHaveLength(1 + 25);
    r.report.tables.T2 = { id: 'T2', status: 'image', values: [], missingRows: [], missingColumns: [] };
    expect(tableToCsv(r, 'T2')).toBeNull();
  });
});
