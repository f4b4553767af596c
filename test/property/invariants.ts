/**
 * The invariants the property tests and scripts/fuzz.ts check on any input. Each throws an Error naming what broke
 * (plain throws, not vitest's expect, so the fuzz script runs them outside vitest).
 */
import { auditDocument, auditText } from '../../src/audit';
import { formatLocal, placeholders } from '../../src/engine/messages';
import { RULES } from '../../src/rules/meta';
import { extractFromDocument, extractFromText, sourceKey } from '../../src/extract';
import { tableToGrid, type Grid } from '../../src/extract/grid';
import type { AuditResult, TableStatus, ValueKind } from '../../src/model';

/** Widest grid the grid stage may produce (grid.ts MAX_WIDTH: T4, the widest table, has 15 columns). */
export const MAX_GRID_WIDTH = 100;

/** Every <table> of the document: the grid stage does not throw, is rectangular and its cells point at their origins. */
export function checkGrids(doc: Document): void {
  for (const table of Array.from(doc.querySelectorAll('table'))) checkGrid(table, tableToGrid(table));
}

/** The grid of one table against its markup. */
export function checkGrid(table: Element, grid: Grid): void {
  const rows = ownRows(table);
  ensure(grid.rows.length === rows.length, `grid has ${grid.rows.length} rows, the table ${rows.length}`);
  ensure(grid.width >= 0 && grid.width <= MAX_GRID_WIDTH, `grid width ${grid.width}`);
  const cells = new Set(rows.flatMap(ownCells));
  const origins = new Set<Element>();
  grid.rows.forEach((row, r) => {
    ensure(row.length === grid.width, `row ${r} has ${row.length} cells, the grid is ${grid.width} wide`);
    row.forEach((cell, c) => {
      ensure(cell !== undefined, `hole at (${r}, ${c})`);
      const at = `(${r}, ${c})`;
      if (cell.el === undefined) {
        ensure(
          !cell.fromSpan && cell.text === '' && cell.row === r && cell.col === c,
          `padding cell ${at} is not blank`,
        );
        return;
      }
      ensure(cells.has(cell.el), `cell ${at} comes from an element that is not one of the table's own cells`);
      if (!cell.fromSpan) {
        ensure(cell.row === r && cell.col === c, `origin cell ${at} says it is at (${cell.row}, ${cell.col})`);
        ensure(!origins.has(cell.el), `element placed twice as an origin (second at ${at})`);
        origins.add(cell.el);
        return;
      }
      const origin = grid.rows[cell.row]?.[cell.col];
      ensure(origin !== undefined && !origin.fromSpan && origin.el === cell.el, `span copy ${at} has no origin`);
      const dr = r - cell.row;
      const dc = c - cell.col;
      ensure(dr >= 0 && dc >= 0 && (dr > 0 || dc > 0), `span copy ${at} is not below/right of its origin`);
      const rowspan = spanAttr(cell.el, 'rowspan', 0, 65534);
      const colspan = spanAttr(cell.el, 'colspan', 1, 1000);
      ensure(dc < colspan && (rowspan === 0 || dr < rowspan), `span copy ${at} lies outside its origin's span`);
    });
  });
}

/** Extraction reads the page without falling back to its "could not read" safety net, into well-formed tables. */
export function checkExtraction(doc: Document, source = 'fuzz.html'): void {
  const { report, elements, why } = extractFromDocument(doc, { source });
  ensure(!why.startsWith('无法读取页面'), `extraction failed: ${why}`);
  for (const table of Object.values(report.tables)) {
    ensure(STATUSES.has(table.status), `table ${table.id} status ${table.status}`);
    const width = table.grid?.[0]?.length ?? 0;
    for (const row of table.grid ?? []) ensure(row.length === width, `table ${table.id}'s grid is not rectangular`);
    for (const v of table.values) {
      ensure(KINDS.has(v.kind), `value kind ${v.kind}`);
      if (v.kind === 'int')
        ensure(Number.isSafeInteger(v.value) && (v.value as number) >= 0, `int value ${v.value} of "${v.raw}"`);
      if (v.kind === 'blank' || v.kind === 'invalid') ensure(v.value === null, `${v.kind} cell with value ${v.value}`);
      if (v.src?.kind === 'cell')
        ensure(elements.has(sourceKey(v.src)), `value ${v.table}:${v.row}:${v.column} has no element`);
    }
  }
}

/** The plain-text path: extraction reads it without its safety net, and the audit's findings are well-formed. */
export function checkText(text: string): void {
  const { why } = extractFromText(text, { source: 'fuzz.txt' });
  ensure(!why.startsWith('无法读取页面'), `text extraction failed: ${why}`);
  checkFindings(auditText(text, { source: 'fuzz.txt', now: new Date('2025-03-01T00:00:00Z') }));
}

/** A full audit: no rule crashed, every finding is of a known rule and its message is fully rendered. */
export function checkAudit(doc: Document, source = 'fuzz.html'): AuditResult {
  const result = auditDocument(doc, { source, now: new Date('2025-03-01T00:00:00Z') });
  checkFindings(result);
  return result;
}

/** The findings of any audit result. */
export function checkFindings(result: AuditResult): void {
  for (const f of result.findings) {
    ensure(f.rule !== 'engine-rule-crash', `rule crashed: ${f.message}`);
    const template = RULES[f.rule]?.messages[f.messageId];
    ensure(template !== undefined, `unknown rule or message ${f.rule}/${f.messageId}`);
    // Every placeholder has its data in both languages (the page's own text may contain "{{", so the rendered
    // message is not searched for braces).
    for (const lang of ['zh', 'en'] as const) {
      const missing = placeholders(template[lang]).filter((p) => f.data[p] === undefined);
      ensure(missing.length === 0, `${f.rule}/${f.messageId} (${lang}) lacks data for ${missing.join(', ')}`);
    }
    ensure(f.message === formatLocal(template, f.data, 'zh'), `${f.rule}: message is not its rendered template`);
  }
  if (!result.report.detected) ensure(result.findings.length === 0, 'findings on a page that is not a report');
}

/** Throws when the condition is false. */
export function ensure(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const STATUSES = new Set<TableStatus>([
  'ok',
  'partial',
  'positional',
  'not-recognised',
  'image',
  'attachment',
  'missing',
]);
const KINDS = new Set<ValueKind>(['int', 'decimal', 'blank', 'invalid']);

function tagOf(node: Node): string {
  return node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : '';
}

/** The table's own rows: <tr> children of the table and of its thead/tbody/tfoot (not of nested tables). */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.childNodes)) {
    const t = tagOf(child);
    if (t === 'tr') rows.push(child as Element);
    if (t === 'thead' || t === 'tbody' || t === 'tfoot') {
      for (const tr of Array.from(child.childNodes)) if (tagOf(tr) === 'tr') rows.push(tr as Element);
    }
  }
  return rows;
}

function ownCells(tr: Element): Element[] {
  return Array.from(tr.childNodes).filter((n): n is Element => tagOf(n) === 'td' || tagOf(n) === 'th');
}

/** A span attribute as HTML reads it (leading digits; invalid → default), capped as browsers cap it. */
function spanAttr(el: Element, name: string, min: number, cap: number): number {
  const n = Number.parseInt((el.getAttribute(name) ?? '').trim(), 10);
  if (!Number.isFinite(n) || n < min) return 1;
  return Math.min(n, cap);
}
