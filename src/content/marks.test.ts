// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Finding, SourceRef } from '../model';
import { sourceKey } from '../extract/source';
import { marksFor } from './marks';

const src = (row: number, col: number): SourceRef => ({ kind: 'cell', table: 2, row, col });

const finding = (rule: string, severity: Finding['severity'], cells: SourceRef[], message = rule): Finding => ({
  rule,
  severity,
  messageId: 'm',
  message,
  data: {},
  cells: cells.map((s) => ({ table: 'T4', row: 'review', column: 'review.total', text: '0', src: s })),
});

describe('marksFor', () => {
  const a = document.createElement('td');
  const b = document.createElement('td');
  const p = document.createElement('p');
  const elements = new Map<string, Element>([
    [sourceKey(src(3, 1)), a],
    [sourceKey(src(3, 5)), b],
    [sourceKey({ kind: 'text', block: 4, start: 0, end: 12 }), p],
  ]);

  it('gives each element one mark with its worst severity and every message, errors first', () => {
    const marks = marksFor(
      [
        finding('text-review', 'warning', [src(3, 5)]),
        finding('t4-review-sum', 'error', [src(3, 5), src(3, 1)], '总计应为 1，表中为 0'),
        finding('t4-review-sum', 'error', [src(3, 5)], '总计应为 1，表中为 0'),
      ],
      elements,
      sourceKey,
    );
    expect(marks.map((m) => [m.element, m.severity, m.role, m.lines.map((l) => l.rule)])).toEqual([
      [b, 'error', 'primary', ['t4-review-sum', 'text-review']],
      [a, 'error', 'related', ['t4-review-sum']],
    ]);
  });

  it('marks sentences of text rules, skips info findings and cells that are not on the page', () => {
    const sentence = { ...finding('text-review', 'warning', []), sentence: { text: '未发生行政复议', src: { kind: 'text', block: 4, start: 0, end: 12 } as SourceRef } };
    const marks = marksFor([sentence, finding('cell-blank', 'info', [src(3, 1)]), finding('x', 'error', [src(9, 9)])], elements, sourceKey);
    expect(marks.map((m) => [m.element, m.severity, m.role])).toEqual([[p, 'warning', 'primary']]);
  });
});
