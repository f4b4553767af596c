/**
 * Bidirectional-text controls ("Trojan Source", CVE-2021-42574): embeddings and overrides U+202A–202E, isolates
 * U+2066–2069, and the marks U+200E, U+200F, U+061C. In page text they reorder what a terminal, a spreadsheet or a
 * file manager shows — "总计 0" can be made to read "0 计总", a file name "年报‮vsc.exe" to end in ".csv" — while the
 * characters stay the same. Chinese reports never need them, so everything we export or print goes through
 * `stripBidi` (the CSV/TSV guard, the JSON export, file names, the CLI's text).
 */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** `text` without bidirectional controls. */
export function stripBidi(text: string): string {
  return text.replace(BIDI, '');
}

/** A JSON-like value with every string in it (keys included) passed through stripBidi. */
export function stripBidiDeep<T>(value: T): T {
  if (typeof value === 'string') return stripBidi(value) as T;
  if (Array.isArray(value)) return value.map(stripBidiDeep) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [stripBidi(k), stripBidiDeep(v)])) as T;
  }
  return value;
}
