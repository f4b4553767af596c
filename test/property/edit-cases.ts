/**
 * The edit property's pages, generator and check, shared by edits.property.test.ts and scripts/fuzz.ts: a random
 * numeric edit of one cell of a clean page, audited through the full HTML path, against edit-model.ts.
 * Generator restriction: only cells backed by their own <td> holding one text node are edited (page-edit.ts) — a
 * rowspan/colspan origin copied into several grid cells would be several edits at once.
 */
import fc from 'fast-check';
import { cellKey } from '../../src/engine/cells';
import type { Finding } from '../../src/model';
import { cellText, editedValue, impliedFindings, type CellEdit, type Stated } from './edit-model';
import { ensure } from './invariants';
import { auditHtml, loadPage, type EditablePage } from './page-edit';

/** A clean page plus what its narrative states of the tables (worked out by hand). */
export interface EditCase {
  page: EditablePage;
  stated: Stated;
}

// A sentence quoting two Table 2 figures of xinxiang, so that edits of those cells imply text-table2 (none of the
// fixtures' own narratives quotes a Table 2 figure).
const QUOTE = '<p>全年共作出行政许可决定2439825件，行政处罚决定133895件。</p>';

function quoting(html: string): string {
  const at = html.lastIndexOf('<p', html.indexOf('（三）政府信息管理情况'));
  return `${html.slice(0, at)}${QUOTE}${html.slice(at)}`;
}

/** The clean fixture pages (2021 and 2019 formats, UTF-8 and GBK, three portal markups) and the quoting variant. */
export function loadEditCases(): EditCase[] {
  return [
    { page: loadPage('xinxiang-2023.html'), stated: {} },
    { page: loadPage('jinzhai-2024-gbk.html'), stated: {} },
    { page: loadPage('jiyuan-2022.html'), stated: {} },
    { page: loadPage('format-2019-2020.html'), stated: {} },
    {
      page: loadPage('xinxiang-2023.html', quoting),
      stated: { 'T2:license:decisions': 2439825, 'T2:penalty:decisions': 133895 },
    },
  ];
}

/** A page and an edit of one of its cells. */
export function editArb(cases: readonly EditCase[]): fc.Arbitrary<{ c: EditCase; edit: CellEdit }> {
  const editable = cases.filter((c) => c.page.cells.size > 0);
  // A fixture page read without its tables would leave nothing to edit: say so rather than generate nothing.
  if (editable.length === 0) throw new Error('no fixture page has cells to edit: were its tables extracted?');
  return fc.constantFrom(...editable).chain((c) =>
    fc.record({
      c: fc.constant(c),
      edit: fc.record({
        key: fc.constantFrom(...c.page.cells.keys()),
        op: fc.constantFrom<CellEdit['op']>('add', 'subtract', 'replace'),
        amount: fc.oneof(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 5000 })),
        style: fc.constantFrom<CellEdit['style']>('ascii', 'fullwidth', 'unit', 'grouped'),
      }),
    }),
  );
}

/** `rule@cellKey` of a finding's first cell, as edit-model.ts writes its expectations. */
export const findingKey = (f: Finding): string => `${f.rule}@${f.cells[0] ? cellKey(f.cells[0]) : ''}`;

/**
 * The findings of the edited page and those the model expects (the page's own findings plus the implied ones),
 * both sorted; undefined when the edit does not apply (no change, or a negative count).
 */
export function editOutcome({ page, stated }: EditCase, edit: CellEdit): { got: string[]; want: string[] } | undefined {
  const cell = page.cells.get(edit.key);
  const value = cell && editedValue(cell, edit);
  if (cell === undefined || value === undefined) return undefined;
  const result = auditHtml(page.withCell(edit.key, cellText(cell, value, edit.style)), page.name);
  const edited = result.report.tables[cell.table]?.values.find((v) => cellKey(v) === edit.key);
  // The edit must have reached the model, or the comparison would prove nothing.
  ensure(edited?.value === value, `${edit.key} reads ${edited?.value} after the edit, not ${value}`);
  const want = [...page.baseline.findings.map(findingKey), ...impliedFindings(result.report, cell, value, stated)];
  return { got: result.findings.map(findingKey).sort(), want: want.sort() };
}

/** Throws when an edit's findings differ from its implications (for the fuzz script). */
export function checkEdit(c: EditCase, edit: CellEdit): void {
  const seen = editOutcome(c, edit);
  if (seen === undefined) return;
  const same = seen.got.length === seen.want.length && seen.got.every((g, i) => g === seen.want[i]);
  ensure(same, `${c.page.name} ${edit.key} ${edit.op} ${edit.amount}: got [${seen.got}], implied [${seen.want}]`);
}
