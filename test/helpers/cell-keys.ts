/**
 * Cell keys for the expected findings of rule tests (`testRule` compares every cell of a finding, in order). Each
 * helper spells out the cells a kind of check names, as rules.md describes it, so a test states them by intent.
 */
import { T3_GROUPS } from '../../src/template';

const T3_PARTS = ['naturalPerson', 'commercial', 'research', 'social', 'legal', 'other'] as const;
const T4_PARTS = ['maintain', 'correct', 'other', 'pending'] as const;

/** A T3 row's 总计, then its six applicant columns (a row-sum check: t3-row-total, t3-blank-total). */
export const t3RowSum = (row: string): string[] => [`T3:${row}:total`, ...T3_PARTS.map((c) => `T3:${row}:${c}`)];

/** One column of T3 over the given rows, in that order. */
export const t3Column = (rows: readonly string[], column = 'total'): string[] => rows.map((r) => `T3:${r}:${column}`);

/** The four cells of the identity 一 + 二 = 三（七） + 四 in one T3 column. */
export const t3Identity = (column: string): string[] =>
  t3Column(['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'], column);

/** The 总计 cells of a T3 group ('（三）不予公开' …), in table order. */
export const t3Group = (group: string): string[] => t3Column(T3_GROUPS[group] ?? []);

/** A T4 row's 总计, then 维持, 纠正, 其他, 尚未审结 (t4-*-sum). */
export const t4RowSum = (row: string): string[] =>
  [`${row}.total`, ...T4_PARTS.map((c) => `${row}.${c}`)].map((c) => `T4:${row}:${c}`);

/** Cells of one T2 row, in the order given. */
export const t2Cells = (row: string, columns: readonly string[]): string[] => columns.map((c) => `T2:${row}:${c}`);

/** Every cell of a T3 row (six applicant columns, then 总计). */
export const t3WholeRow = (row: string): string[] => [...T3_PARTS, 'total'].map((c) => `T3:${row}:${c}`);
