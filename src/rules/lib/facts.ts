/**
 * What the text rules compare claims with: table figures (with the cells they come from) and the verdict of one
 * comparison. Shared by the text-* rules so that they agree on what "the same figure" means.
 */
import type { CellValue, Report, Sentence } from '../../model';
import type { RuleContext } from '../../engine/define-rule';
import { addDecimal, compareDecimal, parseDecimal, shiftDecimal, type Decimal } from '../../engine/decimal';
import { reportYear } from '../../engine/report-info';
import { auditableTable, sumOf, t3View, T3_PART_COLUMNS } from './tables';
import type { Quantity } from '../../narrative/numbers';
import type { AllOf, Claim } from '../../narrative/types';
import { excerpt as excerptText } from '../../text/normalise';
import { columnName, T4_SHORT_ROWS } from '../../template/labels';

/** A figure read from the tables, with the cells it was read from. */
export interface TableFact {
  value: number;
  cells: CellValue[];
  /** The same figure recomputed from its parts, when that differs: the table's own arithmetic is off. */
  alternatives?: number[];
}

/** Σ of the 总计 of T3 rows (blank 总计 derived from their rows); undefined when T3 cannot be audited or lacks a row. */
export function t3Total(report: Report, rows: readonly string[]): TableFact | undefined {
  const view = t3View(report);
  if (!view || rows.length === 0) return undefined;
  // The 2019 layout has one （六）其他处理 row where 2021 has three.
  const has = (row: string): boolean => view.cell(row, 'total') !== undefined;
  const keys = [...new Set(rows.map((r) => (!has(r) && r.startsWith('other.') && has('other') ? 'other' : r)))];
  let value = 0;
  let fromParts: number | undefined = 0;
  const cells: CellValue[] = [];
  for (const row of keys) {
    const cell = view.cell(row, 'total');
    const n = view.effective(row, 'total');
    if (!cell || n === undefined) return undefined;
    value += n;
    cells.push(cell);
    const parts = sumOf(T3_PART_COLUMNS.map((c) => view.num(row, c)));
    fromParts = fromParts === undefined || parts === undefined ? undefined : fromParts + parts;
  }
  const alternatives = [fromParts];
  // （七）总计 is also the sum of the outcome rows above it (t3-result-sum).
  if (keys.length === 1 && keys[0] === 'totalProcessed') {
    alternatives.push(sumOf(view.resultParts.map((r) => view.effective(r, 'total'))));
  }
  return withAlternatives({ value, cells }, alternatives);
}

/** Σ of T4 cells of one column over row groups (`review`, `direct`, `postReview`). */
export function t4Sum(report: Report, rows: readonly string[], column: string): TableFact | undefined {
  const view = auditableTable(report, 'T4');
  if (!view) return undefined;
  let value = 0;
  let fromParts: number | undefined = 0;
  const cells: CellValue[] = [];
  for (const row of rows) {
    const cell = view.cell(row, `${row}.${column}`);
    const n = view.num(row, `${row}.${column}`);
    if (!cell || n === undefined) return undefined;
    value += n;
    cells.push(cell);
    // A 总计 is also 维持 + 纠正 + 其他 + 尚未审结 (t4-*-sum).
    const parts = column === 'total' ? sumOf(T4_PARTS.map((p) => view.num(row, `${row}.${p}`))) : n;
    fromParts = fromParts === undefined || parts === undefined ? undefined : fromParts + parts;
  }
  return withAlternatives({ value, cells }, [fromParts]);
}

const T4_PARTS = ['maintain', 'correct', 'other', 'pending'];

function withAlternatives(fact: TableFact, candidates: ReadonlyArray<number | undefined>): TableFact {
  const alternatives = candidates.filter((v): v is number => v !== undefined && v !== fact.value);
  return alternatives.length > 0 ? { ...fact, alternatives: [...new Set(alternatives)] } : fact;
}

/** An integer T2 cell (2021 layout only: the 2019 layout's columns mean other things). */
export function t2Count(report: Report, row: string, column: string): TableFact | undefined {
  const view = auditableTable(report, 'T2');
  if (!view || view.table.layout === '2019') return undefined;
  const cell = view.cell(row, column);
  const n = view.num(row, column);
  return cell && n !== undefined ? { value: n, cells: [cell] } : undefined;
}

/** T2 行政事业性收费 in 万元 as an exact decimal, with its cell. */
export function t2Fees(report: Report): { amount: Decimal; cell: CellValue } | undefined {
  const view = auditableTable(report, 'T2');
  if (!view || view.table.layout === '2019') return undefined;
  const cell = view.cell('fees', 'amount');
  if (!cell) return undefined;
  if (cell.blank || cell.kind === 'blank') return { amount: { units: 0n, scale: 0 }, cell };
  if (cell.kind !== 'int' && cell.kind !== 'decimal') return undefined;
  // A cell written in 元 is t2-fee-unit's finding; compared here it would only repeat it.
  if (cell.unit === '元') return undefined;
  const amount = parseDecimal(cell.exact ?? String(cell.value ?? ''));
  return amount ? { amount, cell } : undefined;
}

/** A money claim in 万元 ("9486.7475 万元", "94867475 元"), exactly. */
export function claimedWan(q: Quantity): Decimal | undefined {
  const d = parseDecimal(q.exact);
  if (!d) return undefined;
  return q.unit === '元' ? shiftDecimal(d, -4) : d;
}

/** How a stated figure compares with the table's. */
export type Verdict = 'agrees' | 'differs' | 'unsure';

/**
 * Exact figures must equal the table. An approximate one ("50余件", "约 50 件") is never an error: within 20 % it is
 * taken to agree, beyond that it is left for a person to review (severity info, messageId needsReview). A figure
 * the table itself gets wrong (its 总计 is not the sum of its parts) cannot be judged: the table rule reports that
 * defect, and one cause gives one finding.
 */
export function compareCount(stated: Quantity, actual: number | TableFact): Verdict {
  if (typeof actual !== 'number' && (actual.alternatives?.length ?? 0) > 0) return 'agrees';
  const value = typeof actual === 'number' ? actual : actual.value;
  if (!stated.approximate) return stated.value === value ? 'agrees' : 'differs';
  return Math.abs(value - stated.value) <= 0.2 * Math.max(stated.value, 1) ? 'agrees' : 'unsure';
}

/** True when the table says zero, or cannot be judged because it disagrees with itself (see compareCount). */
export function readsZero(fact: TableFact): boolean {
  return fact.value === 0 || (fact.alternatives?.length ?? 0) > 0;
}

/** Exact comparison of money (万元). */
export function compareMoney(stated: Quantity, actual: Decimal): Verdict {
  const claimed = claimedWan(stated);
  if (!claimed) return 'agrees';
  if (compareDecimal(claimed, actual) === 0) return 'agrees';
  return stated.approximate ? 'unsure' : 'differs';
}

/** Σ of quantities, exactly (counts and 万元 alike). */
export function sumExact(quantities: readonly Quantity[]): Decimal {
  return quantities.reduce<Decimal>((s, q) => addDecimal(s, parseDecimal(q.exact) ?? { units: 0n, scale: 0 }), {
    units: 0n,
    scale: 0,
  });
}

/**
 * For a claim read from "N 件…全部予以公开 / 均予以答复" where N is the requests received: N counts all the requests
 * handled only when it includes 二、上年结转 or there was none, so only then may the claim be compared. True for any
 * other claim.
 */
export function allOfComparable(report: Report, claim: { allOf?: AllOf }): boolean {
  if (!claim.allOf || claim.allOf.includesCarried) return true;
  const carried = t3Total(report, ['carriedOver']);
  return carried !== undefined && carried.value === 0 && (carried.alternatives?.length ?? 0) === 0;
}

/** False for a claim the sentence puts under another year than the report's (meta-year-body reports those). */
export function claimOfReportYear(report: Report, claim: Claim): boolean {
  const year = reportYear(report);
  return claim.year === undefined || year === undefined || claim.year === year;
}

/** A figure as the text wrote it, for messages: "57", "约50", "50余". */
export function statedText(q: Quantity): string {
  return q.approximate
    ? q.raw.replace(/\s+/gu, '').replace(/(件次|万元|个百分点|人次|[件条次起个宗项份篇期家元%])/u, '')
    : q.exact;
}

/** The sentence, shortened for a message (src/text `excerpt`). */
export function excerpt(sentence: Sentence | string, max = 60): string {
  return excerptText(typeof sentence === 'string' ? sentence : sentence.text, max);
}

/** The messages of a "text vs. table" count rule (metadata: src/rules/meta/count-messages.ts). */
export { COUNT_MESSAGES } from '../meta/count-messages';

/** The data every "text vs. table" message uses: {{claim}}, {{stated}}, {{actual}} and the bilingual {{cell}}. */
export function countData(
  claim: { text: string; quantity: Quantity },
  actual: number | string,
  cell: { zh: string; en: string },
): Record<string, string | number> {
  return {
    claim: excerpt(claim.text, 40),
    stated: statedText(claim.quantity),
    actual,
    cell: cell.zh,
    'cell@en': cell.en,
  };
}

/**
 * Reports one comparison: nothing when it agrees; a warning `mismatch` when an exact figure differs; an info
 * `needsReview` ("needs review" is severity info, never an error) for approximate figures and best-guess mappings.
 */
export function reportVerdict(
  ctx: RuleContext<'mismatch' | 'needsReview'>,
  verdict: Verdict,
  finding: { sentence: Sentence; cells: readonly CellValue[]; data: Record<string, string | number> },
  bestGuess = false,
): void {
  if (verdict === 'agrees') return;
  const review = verdict === 'unsure' || bestGuess;
  ctx.report({
    messageId: review ? 'needsReview' : 'mismatch',
    ...(review ? { severity: 'info' as const } : {}),
    ...finding,
  });
}

/**
 * For "均获维持": the T4 cells of the given row groups that say otherwise (纠正, 其他, 尚未审结 > 0 — 尚未审结 left
 * out when the sentence itself mentions cases still pending), with a readable list; undefined when every case was
 * upheld or T4 cannot be audited.
 */
export function notUpheld(
  report: Report,
  rows: readonly string[],
  concludedOnly = false,
): { cells: CellValue[]; parts: LocalName } | undefined {
  const cells: CellValue[] = [];
  const zh: string[] = [];
  const en: string[] = [];
  for (const row of rows) {
    // "已审结的均获维持，尚未审结 2 件" says nothing against the pending ones.
    for (const column of concludedOnly ? (['correct', 'other'] as const) : (['correct', 'other', 'pending'] as const)) {
      const fact = t4Sum(report, [row], column);
      if (!fact) return undefined;
      if (fact.value === 0) continue;
      cells.push(...fact.cells);
      const name = T4_SHORT_ROWS[row];
      const cell = columnName('T4', column);
      zh.push(`${name?.zh ?? row}${cell.zh}${fact.value}`);
      en.push(`${name?.en ?? row} ${cell.en} ${fact.value}`);
    }
  }
  return cells.length > 0 ? { cells, parts: { zh: zh.join('，'), en: en.join(', ') } } : undefined;
}

/** A bilingual name. */
export interface LocalName {
  zh: string;
  en: string;
}
