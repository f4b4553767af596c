/**
 * Which parts of the page to mark, and what their tooltips say: one mark per cell or sentence, with the worst
 * severity of the findings on it and every message (the message states expected vs. actual).
 */
import type { Finding, FindingCell, Lang, SourceRef } from '../model';
import { columnName, rowName, TABLE_SHORT } from '../template/labels';

/** A sentence as a character range of its block element's `textContent`, with its text (to see the page changed). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** What to outline or highlight: an element (a cell), or a sentence inside one (a text block). */
export interface Target {
  element: Element;
  text?: TextSpan;
}

/** One cell to outline or sentence to highlight. */
export interface Mark extends Target {
  severity: 'error' | 'warning';
  /**
   * 'primary': what a finding is about — a table finding's first cell (the total that does not add up) or a text
   * finding's sentence; 'related': a cell that only takes part in the check (the parts of that sum, or the table
   * cell a sentence was compared with) — drawn lighter, so the eye goes to the wrong figure, not to a whole red row.
   */
  role: 'primary' | 'related';
  /** Tooltip lines: one per finding on this element or sentence, worst first. */
  lines: TipLine[];
}

/** One finding in a tooltip; `cells` names the table cells a sentence was compared with ("表三 · … · 总计：12"). */
export interface TipLine {
  severity: 'error' | 'warning';
  rule: string;
  message: string;
  cells?: string[];
}

/**
 * Marks for the errors and warnings of an audit (info findings are context, not faults: they are not drawn).
 * `keyOf` turns a finding's source pointer into the key of `elements`; `lang` names the cells in sentence tooltips.
 */
export function marksFor(
  findings: readonly Finding[],
  elements: ReadonlyMap<string, Element>,
  keyOf: (src: SourceRef) => string,
  lang: Lang = 'zh',
): Mark[] {
  const marks = new Map<Element | string, Mark>();
  const add = (key: Element | string, target: Target, finding: Finding, primary: boolean, line: TipLine) => {
    const severity = finding.severity === 'error' ? 'error' : 'warning';
    const mark = marks.get(key) ?? { ...target, severity, role: 'related', lines: [] };
    if (severity === 'error') mark.severity = 'error';
    if (primary) mark.role = 'primary';
    if (!mark.lines.some((l) => l.rule === line.rule && l.message === line.message)) mark.lines.push(line);
    marks.set(key, mark);
  };
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    const line = { severity: finding.severity, rule: finding.rule, message: finding.message };
    const sentence = sentenceTarget(finding, elements, keyOf);
    if (sentence) {
      const cells = finding.cells.map((cell) => cellName(cell, lang));
      add(sentence.key, sentence.target, finding, true, cells.length > 0 ? { ...line, cells } : line);
    }
    finding.cells.forEach((cell, i) => {
      const element = cell.src ? elements.get(keyOf(cell.src)) : undefined;
      // A text finding's cells are what its sentence was checked against; without a sentence on the page, the
      // first cell is what the finding is about — unless no cell is known to be the wrong one (unpinned).
      if (element) add(element, { element }, finding, !sentence && i === 0 && !finding.unpinned, line);
    });
  }
  const out = [...marks.values()];
  for (const mark of out) mark.lines.sort((a, b) => rank(a.severity) - rank(b.severity));
  return out;
}

/**
 * The sentence that `key` (a `keyOf(src)` of some finding's sentence) points at, for "locate"; undefined when the
 * key is a cell's or no finding has that sentence.
 */
export function sentenceAt(
  findings: readonly Finding[],
  key: string,
  keyOf: (src: SourceRef) => string,
): TextSpan | undefined {
  for (const finding of findings) {
    const src = finding.sentence?.src;
    if (src?.kind === 'text' && keyOf(src) === key) return spanOf(src, finding.sentence!.text);
  }
  return undefined;
}

/** A finding's sentence as a mark target, when it points into a text block that is on the page. */
function sentenceTarget(
  finding: Finding,
  elements: ReadonlyMap<string, Element>,
  keyOf: (src: SourceRef) => string,
): { key: string; target: Target } | undefined {
  const src = finding.sentence?.src;
  if (!src) return undefined;
  const key = keyOf(src);
  const element = elements.get(key);
  if (!element) return undefined;
  // A text report's line has no character range: the element itself is the target.
  return { key, target: src.kind === 'text' ? { element, text: spanOf(src, finding.sentence!.text) } : { element } };
}

function spanOf(src: Extract<SourceRef, { kind: 'text' }>, text: string): TextSpan {
  return { start: src.start, end: src.end, text };
}

/** "表三 · 一、本年新收政府信息公开申请数量 · 总计：12" — a table cell as the report names it, with its text. */
function cellName(cell: FindingCell, lang: Lang): string {
  const text = cell.text === '' ? '∅' : cell.text;
  const name = `${TABLE_SHORT[cell.table][lang]} · ${rowName(cell.table, cell.row)[lang]} · ${columnName(cell.table, cell.column)[lang]}`;
  return `${name}${lang === 'zh' ? '：' : ': '}${text}`;
}

const rank = (severity: 'error' | 'warning') => (severity === 'error' ? 0 : 1);
