/**
 * Spreadsheet formula-injection guard (OWASP "CSV Injection"): a text cell that starts with = + - @ tab or CR is
 * prefixed with an apostrophe so Excel/WPS show it as text instead of evaluating it. Bidirectional controls are
 * stripped first (bidi.ts), so none can hide a trigger or reorder what the cell shows.
 */
import { stripBidi } from './bidi';

const TRIGGER = /^[=+\-@\t\r]/;
/** Plain numbers and lone dashes: a spreadsheet reads them as data, never as a formula — leave them exactly as is. */
const NUMERIC = /^[+-]?(?:\d[\d,]*)(?:\.\d+)?%?$/;
const DASHES = /^[-—–－]+$/;

/** Returns `text` with a leading apostrophe when a spreadsheet would evaluate it as a formula; numbers untouched. */
export function guardCell(raw: string): string {
  const text = stripBidi(raw);
  if (!TRIGGER.test(text)) return text;
  if (NUMERIC.test(text) || DASHES.test(text)) return text;
  return `'${text}`;
}

/** Guards strings; numbers, booleans and null pass through (a number is never a formula). */
export function guardValue(value: string | number | boolean | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return guardCell(value);
}
