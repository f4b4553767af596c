/**
 * A consistent report page that can be re-written with one cell changed, for the edit properties: the page is parsed
 * once with linkedom (which can serialise it; the CLI's read-only DOM cannot), each edit sets one <td>'s text,
 * serialises the page and puts the cell back, so every audit of an edit goes through the full HTML path (text → the
 * CLI's DOM → extraction → rules) on a fresh parse.
 */
import { readFileSync } from 'node:fs';
import { auditDocument } from '../../src/audit';
import { decodeHtml } from '../../src/portal/decode';
import { parseHtml } from '../../src/cli/dom';
import { parseHtmlWithLinkedom } from '../../src/cli/dom-linkedom';
import { cellKey } from '../../src/engine/cells';
import { sourceKey } from '../../src/extract';
import type { AuditResult, CellValue } from '../../src/model';

/** A fixture page loaded for editing. */
export interface EditablePage {
  name: string;
  /** The audit of the unedited page. */
  baseline: AuditResult;
  /** Cells an edit may target, keyed by cellKey(). */
  cells: ReadonlyMap<string, CellValue>;
  /** The page's HTML with one cell's text replaced. */
  withCell(key: string, text: string): string;
}

const HTML_DIR = new URL('../fixtures/html/', import.meta.url);

/**
 * Loads a page of test/fixtures/html (optionally changed first, e.g. to add a sentence) and indexes the cells a
 * single-cell edit can target.
 */
export function loadPage(name: string, change: (html: string) => string = (html) => html): EditablePage {
  const html = change(decodeHtml(readFileSync(new URL(name, HTML_DIR))));
  const doc = parseHtmlWithLinkedom(html);
  const baseline = auditDocument(doc, { source: name, now: NOW });
  const values = (['T2', 'T3', 'T4'] as const).flatMap((id) => baseline.report.tables[id]?.values ?? []);
  // A <td> that backs more than one value (a span copied into several grid cells) cannot be edited as one cell.
  const uses = new Map<Element, number>();
  const elementOf = new Map<string, Element>();
  for (const v of values) {
    const el = v.src ? baseline.elements.get(sourceKey(v.src)) : undefined;
    if (!el) continue;
    uses.set(el, (uses.get(el) ?? 0) + 1);
    elementOf.set(cellKey(v), el);
  }
  const cells = new Map<string, CellValue>();
  const slots = new Map<string, Node>();
  for (const v of values) {
    const el = elementOf.get(cellKey(v));
    const numeric = v.kind === 'int' || v.kind === 'decimal';
    if (!el || !numeric || v.fromSpan || uses.get(el) !== 1) continue;
    // Only cells whose whole text is one text node: replacing it replaces exactly the number.
    const slot = textSlot(el);
    if (slot === undefined || (slot.nodeValue ?? '').trim() !== v.raw) continue;
    cells.set(cellKey(v), v);
    slots.set(cellKey(v), slot);
  }
  const { elements: _elements, ...result } = baseline;
  return {
    name,
    baseline: result,
    cells,
    withCell(key, text) {
      const slot = slots.get(key);
      if (slot === undefined) throw new Error(`not an editable cell: ${key}`);
      const before = slot.nodeValue;
      slot.nodeValue = text;
      const out = (doc as unknown as { toString(): string }).toString();
      slot.nodeValue = before;
      return out;
    },
  };
}

/** Audits HTML as the CLI does. */
export function auditHtml(html: string, source: string): AuditResult {
  const { elements: _elements, ...result } = auditDocument(parseHtml(html), { source, now: NOW });
  return result;
}

const NOW = new Date('2025-03-01T00:00:00Z');

/** The cell's only non-blank text node (portal cells wrap the number in <p><span>…</span></p>), if it has one. */
function textSlot(el: Element): Node | undefined {
  const texts: Node[] = [];
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) texts.push(node);
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return texts.length === 1 ? texts[0] : undefined;
}
