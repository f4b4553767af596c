import { simplified } from './hant';

/**
 * Text normalisation shared by every stage (markup.md "Normalisation checklist", step 2).
 * Two forms: `collapseSpace` keeps the text as printed (for display and `raw`), `normaliseLabel` is the form that
 * keyword matching works on.
 */

/** Whitespace and invisible characters: ASCII/Unicode spaces, NBSP, ideographic space, zero-width, BOM. */
const SPACE = /[\s\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g;

/** Printable ASCII, no whitespace: text that both forms leave unchanged. */
const PLAIN_ASCII = /^[\x21-\x7e]*$/;

/** Label form for keyword matching: NFKC, no spaces or invisible characters, one bracket style, `1、` → `1.`. */
export function normaliseLabel(text: string): string {
  // Printable ASCII without spaces (numbers, most values) is already in label form: NFKC leaves it alone and the
  // brackets and "、" rewritten below are not ASCII.
  if (PLAIN_ASCII.test(text)) return text;
  let label = simplified(text.replace(INVISIBLE, '').normalize('NFKC').replace(SPACE, ''));
  // The rarer rewrites only when their characters are there: one scan instead of three replace passes.
  if (BRACKET.test(label)) label = label.replace(/[〔【［]/g, '[').replace(/[〕】］]/g, ']');
  if (label.includes('、')) label = label.replace(/(^|[^\d.])(\d{1,2})、/g, '$1$2.');
  return label;
}

const BRACKET = /[〔【［〕】］]/;

/** The text as printed with whitespace runs collapsed to one space and invisible characters dropped. */
export function collapseSpace(text: string): string {
  // A word of printable ASCII between ASCII blanks (a number in a cell, as Word pastes it) is that word.
  const word = PADDED_ASCII_WORD.exec(text);
  if (word !== null) return word[1] as string;
  return text.replace(INVISIBLE, '').replace(SPACE, ' ').trim();
}

const PADDED_ASCII_WORD = /^[ \t\n\r\f\v]*([\x21-\x7e]*)[ \t\n\r\f\v]*$/;

/** Text with all whitespace and invisible characters removed, traditional characters simplified (for regex scans). */
export function compact(text: string): string {
  return simplified(text.replace(INVISIBLE, '').replace(SPACE, ''));
}

/**
 * Leading list ordinal of a heading or label: "一、", "（一）", "(一)", "1.", "1、", "一)", "()" (ordinal lost in a
 * Word paste) and Markdown '#'. Works on `normaliseLabel` output.
 */
const ORDINAL = /^#*(?:\(?[一二三四五六七八九十]{1,3}[).:]|\(?[一二三四五六七八九十]{1,3}、|\(\d{1,2}\)|\d{1,2}[.):]|\(\))/;

/** `label` without its leading ordinal, and the ordinal found (normalised, '' when none). */
export function splitOrdinal(label: string): { ordinal: string; rest: string } {
  const m = ORDINAL.exec(label);
  if (!m) return { ordinal: '', rest: label.replace(/^#+/, '') };
  return { ordinal: m[0].replace(/^#+/, ''), rest: label.slice(m[0].length) };
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Value of a small ordinal ("三、" → 3, "(2)" → 2, "十一" → 11); undefined when it names no number. */
export function ordinalValue(ordinal: string): number | undefined {
  const digits = /\d{1,2}/.exec(ordinal);
  if (digits) return Number(digits[0]);
  const cn = /[一二三四五六七八九十]{1,3}/.exec(ordinal)?.[0];
  if (!cn) return undefined;
  if (cn.length === 1) return CN_DIGITS[cn];
  if (cn.startsWith('十')) return 10 + (CN_DIGITS[cn[1] ?? ''] ?? 0);
  const tens = CN_DIGITS[cn[0] ?? ''] ?? 0;
  return cn[1] === '十' ? tens * 10 + (CN_DIGITS[cn[2] ?? ''] ?? 0) : undefined;
}

/** True when the ordinal is written in parentheses ("（一）", "(1)") — a sub-item, not a top-level heading. */
export function isSubOrdinal(ordinal: string): boolean {
  return ordinal.startsWith('(');
}
