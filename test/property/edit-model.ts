/**
 * The implication model for numeric edits to a consistent report page: which findings one changed cell must raise
 * under rules.md and the engine's "one cause, one finding" policy (src/rules/lib/tables.ts, src/rules/one-cause.test.ts,
 * src/rules/lib/facts.ts compareCount). Shared by edits.property.test.ts and scripts/fuzz.ts.
 *
 * The model, worked out from the rules rather than from the engine's output:
 * - T3: every cell is in its row's relation R(row) (总计 = Σ applicant columns); result rows and （七）总计 are in their
 *   column's relation C(col) (（七）总计 = Σ（一）…（六）); 一, 二, （七）总计 and 四 are in the identity I(col)
 *   (一 + 二 = 三 + 四). An edit breaks every relation the cell is in. Each broken relation is reported, except that a
 *   cell which is the total of a broken relation is explained by that relation alone: the relations that merely use
 *   it as an operand are knock-ons. A row total is explained by R(row) (also （七）总计 of the 总计 column, which is the
 *   total of both R and C: the row comes first, as in one-cause.test.ts); （七）总计 of an applicant column by C(col).
 *   An applicant cell of any other row breaks R(row) and its column's relation (C(col) for a result row, I(col) for
 *   一, 二 and 四) by the same amount: two relations that meet in one cell pin it down, so t3-row-total names that
 *   cell and the column relation is its knock-on (T3View.pinned).
 * - T4: every cell is in its group's sum (总计 = 维持 + 纠正 + 其他 + 尚未审结): exactly that group's rule.
 * - T2: no equation, one inequality per document block (现行有效 + 本年废止 ≥ 本年制发): t2-valid-lower when the edit
 *   breaks it; text-table2 when the narrative quotes the edited figure (`stated`, read from the fixture by hand).
 * - Narrative figures of T3/T4 (text-new-requests, text-completed …) are never implied: one edit always leaves the
 *   table disagreeing with itself, and a figure the table gets wrong "cannot be judged" (facts.ts compareCount).
 * - t3-fee-note is implied when （六）2 逾期未按收费通知要求缴纳费用's total turns non-zero and section 六 says nothing
 *   of fees; a part cell edit leaves that total as printed.
 * Edits keep values non-negative integers written as a count ("12", "１２", "12件"), so no cell rule is implied.
 */
import type { CellValue, Report } from '../../src/model';
import { T3_ROWS, T3_ROWS_2019 } from '../../src/template';

/** One numeric edit: add or subtract `amount`, or replace the value by `amount`. */
export interface CellEdit {
  /** `T3:granted:total`, as cellKey() writes it. */
  key: string;
  op: 'add' | 'subtract' | 'replace';
  amount: number;
  /** How the new number is written in the cell. */
  style: 'ascii' | 'fullwidth' | 'unit' | 'grouped';
}

/** An expected finding as `rule@cellKey` (the key of the finding's first cell). */
export type FindingKey = string;

/** The cell's value after the edit, or undefined when the edit is not applicable (no change, or negative). */
export function editedValue(cell: CellValue, edit: CellEdit): number | undefined {
  const old = cell.value;
  if (old === null) return undefined;
  const next = edit.op === 'add' ? old + edit.amount : edit.op === 'subtract' ? old - edit.amount : edit.amount;
  if (next < 0 || next === old || !Number.isFinite(next)) return undefined;
  // Decimal cells (万元) are edited by whole numbers; the result is printed back with its decimals.
  return Math.round(next * 1e4) / 1e4;
}

/** The cell text for a value in the edit's style (decimals always ASCII with their original precision). */
export function cellText(cell: CellValue, value: number, style: CellEdit['style']): string {
  if (cell.kind === 'decimal') {
    const decimals = (cell.exact ?? '').split('.')[1]?.length ?? 0;
    return value.toFixed(decimals);
  }
  const digits = String(value);
  switch (style) {
    case 'ascii':
      return digits;
    case 'fullwidth':
      return digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'unit':
      return `${digits}件`;
    case 'grouped':
      return value.toLocaleString('en-US');
  }
}

/** What a fixture's narrative states, by cell key (worked out by reading its text). */
export type Stated = Readonly<Record<string, number>>;

/** The findings an edit of `cell` to `value` must raise on a report that was clean before it. */
export function impliedFindings(report: Report, cell: CellValue, value: number, stated: Stated): FindingKey[] {
  switch (cell.table) {
    case 'T3':
      return t3Implied(report, cell, value);
    case 'T4':
      return [`t4-${cell.row === 'postReview' ? 'post-review' : cell.row}-sum@T4:${cell.row}:${cell.row}.total`];
    case 'T2':
      return t2Implied(report, cell, value, stated);
  }
}

const IDENTITY_ROWS = new Set(['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward']);
/** The result rows （一）…（六）: between 二、上年结转 and （七）总计, in either layout (2019 has one 其他处理 row). */
const resultRows = (rows: ReadonlyArray<{ key: string }>): Set<string> => {
  const keys = rows.map((r) => r.key);
  return new Set(keys.slice(keys.indexOf('carriedOver') + 1, keys.indexOf('totalProcessed')));
};
const RESULT_ROWS = new Set([...resultRows(T3_ROWS), ...resultRows(T3_ROWS_2019)]);
const FEE_ROW = 'other.overdueFee';
const FEE_WORDS = /信息处理费|处理费|收费|缴费|缴纳费用|费用/u;

function t3Implied(report: Report, cell: CellValue, value: number): FindingKey[] {
  const { row, column } = cell;
  const rowRel = `t3-row-total@T3:${row}:total`;
  const colRel = `t3-result-sum@T3:totalProcessed:${column}`;
  const out: FindingKey[] = [];
  if (column === 'total') {
    // A row total: R(row) explains it; C(总计) and I(总计) only use it.
    out.push(rowRel);
  } else if (row === 'totalProcessed') {
    // （七）总计 of an applicant column: C(col) explains it; R(（七）) and I(col) only use it.
    out.push(colRel);
  } else if (RESULT_ROWS.has(row) || IDENTITY_ROWS.has(row)) {
    // The row and the column meet in this cell: one finding, about it.
    out.push(`t3-row-total@T3:${row}:${column}`);
  } else {
    out.push(rowRel);
  }
  // t3-fee-note runs on the 2021 format only (the 2019 layout has no separate fee row).
  const feeRule = report.format === '2021' && row === FEE_ROW && column === 'total';
  if (feeRule && value > 0 && !mentionsFees(report)) out.push(`t3-fee-note@T3:${FEE_ROW}:total`);
  return out.sort();
}

function mentionsFees(report: Report): boolean {
  const six = report.sections.find((s) => s.no === '六');
  const text = six ? six.text : report.sentences.map((s) => s.text).join('');
  return FEE_WORDS.test(text.replace(/\s+/gu, ''));
}

function t2Implied(report: Report, cell: CellValue, value: number, stated: Stated): FindingKey[] {
  const out: FindingKey[] = [];
  const key = `T2:${cell.row}:${cell.column}`;
  if (report.format === '2021' && key in stated && stated[key] !== value) out.push(`text-table2@${key}`);
  // Both T2 rules run on the 2021 format only; the 2019 trial T2 has other columns and no inequality.
  if (report.format !== '2021') return out;
  if (['issued', 'repealed', 'valid'].includes(cell.column)) {
    const get = (column: string): number => {
      if (column === cell.column) return value;
      const v = report.tables.T2?.values.find((x) => x.row === cell.row && x.column === column);
      return v?.value ?? 0;
    };
    if (get('valid') + get('repealed') < get('issued')) out.push(`t2-valid-lower@T2:${cell.row}:valid`);
  }
  return out.sort();
}
