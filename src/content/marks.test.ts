// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Finding, SourceRef } from '../model';
import { sourceKey } from '../extract/source';
import { marksFor, sentenceAt } from './marks';

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

  it('marks the cells of an unpinned finding (only an identity fails) alike: none is primary', () => {
    const identity: Finding = { ...finding('t3-identity', 'error', [src(3, 1), src(3, 5)]), unpinned: true };
    expect(marksFor([identity], elements, sourceKey).map((m) => [m.element, m.role])).toEqual([
      [a, 'related'],
      [b, 'related'],
    ]);
  });

  it('marks sentences of text rules, skips info findings and cells that are not on the page', () => {
    const sentence = {
      ...finding('text-review', 'warning', []),
      sentence: { text: '未发生行政复议', src: { kind: 'text', block: 4, start: 0, end: 12 } as SourceRef },
    };
    const marks = marksFor(
      [sentence, finding('cell-blank', 'info', [src(3, 1)]), finding('x', 'error', [src(9, 9)])],
      elements,
      sourceKey,
    );
    expect(marks.map((m) => [m.element, m.severity, m.role])).toEqual([[p, 'warning', 'primary']]);
  });
});

describe('marksFor: text findings', () => {
  const para = document.createElement('p');
  const total = document.createElement('td');
  const sentenceSrc: SourceRef = { kind: 'text', block: 11, start: 11, end: 111 };
  const totalSrc: SourceRef = { kind: 'cell', table: 1, row: 3, col: 9 };
  const elements = new Map<string, Element>([
    [sourceKey(sentenceSrc), para],
    [sourceKey(totalSrc), total],
  ]);
  const textFinding = (src: SourceRef | undefined, severity: Finding['severity'] = 'warning'): Finding => ({
    rule: 'text-new-requests',
    severity,
    messageId: 'mismatch',
    message: '正文“共新收政府信息公开申请13件”与表格不符：表三“本年新收”总计为 12，正文为 13',
    data: {},
    cells: [{ table: 'T3', row: 'newReceived', column: 'total', text: '12', src: totalSrc }],
    sentence: { text: '共新收政府信息公开申请13件。', ...(src ? { src } : {}) },
  });

  it('marks the sentence as a character range of its block, naming the contradicted cell; the cell is related', () => {
    const [sentence, cell, ...rest] = marksFor([textFinding(sentenceSrc)], elements, sourceKey);
    expect(rest).toEqual([]);
    expect(sentence).toMatchObject({
      element: para,
      text: { start: 11, end: 111, text: '共新收政府信息公开申请13件。' },
      severity: 'warning',
      role: 'primary',
    });
    expect(sentence!.lines[0]!.cells).toEqual(['表三 · 一、本年新收政府信息公开申请数量 · 总计：12']);
    expect(cell).toMatchObject({ element: total, role: 'related', severity: 'warning' });
    expect(cell!.text).toBeUndefined();
    expect(cell!.lines[0]!.cells).toBeUndefined();
    const [en] = marksFor([textFinding(sentenceSrc)], elements, sourceKey, 'en');
    expect(en!.lines[0]!.cells![0]).toBe('Table 3 · I. New requests this year · total: 12');
  });

  it('gives each sentence of one paragraph its own mark, and one mark to one sentence with two findings', () => {
    const other: SourceRef = { kind: 'text', block: 11, start: 0, end: 10 };
    const both = new Map([...elements, [sourceKey(other), para]]);
    const second = { ...textFinding(sentenceSrc, 'error'), rule: 'text-percent', message: '占比应为 50%' };
    const marks = marksFor([textFinding(sentenceSrc), second, textFinding(other)], both, sourceKey);
    const sentences = marks.filter((m) => m.text);
    expect(sentences.map((m) => [m.text!.start, m.severity, m.lines.map((l) => l.rule)])).toEqual([
      [11, 'error', ['text-percent', 'text-new-requests']],
      [0, 'warning', ['text-new-requests']],
    ]);
  });

  it('without a sentence on the page (no src: meta-deadline, meta-agency), only the cells are marked, the first as primary', () => {
    const marks = marksFor([textFinding(undefined)], elements, sourceKey);
    expect(marks.map((m) => [m.element, m.role])).toEqual([[total, 'primary']]);
    expect(marksFor([{ ...textFinding(undefined), cells: [] }], elements, sourceKey)).toEqual([]);
  });

  it('sentenceAt: the sentence a locate key points at, and nothing for a cell key', () => {
    const findings = [finding('t4-review-sum', 'error', [src(3, 5)]), textFinding(sentenceSrc)];
    expect(sentenceAt(findings, sourceKey(sentenceSrc), sourceKey)).toEqual({
      start: 11,
      end: 111,
      text: '共新收政府信息公开申请13件。',
    });
    expect(sentenceAt(findings, sourceKey(totalSrc), sourceKey)).toBeUndefined();
    expect(sentenceAt(findings, 't:1:2:3', sourceKey)).toBeUndefined();
  });
});
