import { simplified } from './hant';

/**
 * The one text normaliser, shared by every stage (markup.md "Normalisation checklist", step 2): no other module
 * calls `normalize('NFKC')` or writes its own class of whitespace. The forms: `collapseSpace` keeps the text as
 * printed (for display and `raw`), `foldWidth` keeps its characters' positions in sight for date and year scans,
 * `compact` and `matchForm` drop every blank for regex scans, `normaliseLabel` is the form keyword matching works on.
 */

/**
 * Whitespace: JavaScript's `\s` (ASCII blanks, NBSP, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F, the
 * ideographic space U+3000, the BOM) and U+180E (Mongolian vowel separator, a space in older Unicode). For regexes
 * of other modules, as the source of a character class.
 */
export const SPACE_CHARS = '\\s\\u180e';
/** Invisible characters: zero-width space/joiners, direction marks, word joiner and invisible operators, soft hyphen. */
export const INVISIBLE_CHARS = '\\u200b-\\u200f\\u2060-\\u2064\\ufeff\\u00ad';
/** Both: every character `compact` removes (for a regex that must match words as if compacted). */
export const BLANK_CHARS = SPACE_CHARS + INVISIBLE_CHARS;

const SPACE = new RegExp(`[${SPACE_CHARS}]+`, 'g');
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
const NOT_BLANK = new RegExp(`[^${BLANK_CHARS}]`);
/** Any character `compact` removes; BLANKS, every run of them. */
const ANY_BLANK = new RegExp(`[${BLANK_CHARS}]`);
const BLANKS = new RegExp(`[${BLANK_CHARS}]+`, 'g');

/**
 * NFKC: full-width digits, letters and punctuation to ASCII ("２０２３" → "2023", "（" → "("), compatibility forms to
 * their plain characters. The engine's one call of `normalize('NFKC')`.
 */
export function foldWidth(text: string): string {
  return text.normalize('NFKC');
}

/** True when the text has no character but whitespace and invisible ones. */
export function isBlankText(text: string): boolean {
  return !NOT_BLANK.test(text);
}

/** The text without whitespace and invisible characters, as written otherwise (no NFKC, no 繁→简). */
export function dropBlanks(text: string): string {
  return text.replace(BLANKS, '');
}

/** The words of a line: split at whitespace runs, no empty words. */
export function wordsOf(text: string): string[] {
  return text.split(SPACE).filter((w) => w !== '');
}

/** `compact` of the NFKC form: how a title or a table's text is scanned for words ("２０２３年度報告" → "2023年度报告"). */
export function matchForm(text: string): string {
  return compact(foldWidth(text));
}

/** The text, whitespace collapsed, cut to `max` characters with "…" — how a message quotes a sentence. */
export function excerpt(text: string, max = 60): string {
  const t = collapseSpace(text);
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** Printable ASCII, no whitespace: text that both forms leave unchanged. */
const PLAIN_ASCII = /^[\x21-\x7e]*$/;

/** Label form for keyword matching: NFKC, no spaces or invisible characters, one bracket style, `1、` → `1.`. */
export function normaliseLabel(text: string): string {
  // Printable ASCII without spaces (numbers, most values) is already in label form: NFKC leaves it alone and the
  // brackets and "、" rewritten below are not ASCII.
  if (PLAIN_ASCII.test(text)) return text;
  let label = simplified(foldWidth(text.replace(INVISIBLE, '')).replace(SPACE, ''));
  // The rarer rewrites only when their characters are there: one scan instead of three replace passes.
  if (BRACKET.test(label)) label = label.replace(/[〔【［]/g, '[').replace(/[〕】］]/g, ']');
  if (label.includes('、')) label = label.replace(/(^|[^\d.])(\d{1,2})、/g, '$1$2.');
  return label;
}

const BRACKET = /[〔【［〕】］]/;

/** The text as printed with whitespace runs collapsed to one space and invisible characters dropped. */
export function collapseSpace(text: string): string {
  // Most texts (a cell, a line of narrative) have nothing to collapse or drop: one scan says so.
  if (!ANY_BLANK.test(text)) return text;
  // A word of printable ASCII between ASCII blanks (a number in a cell, as Word pastes it) is that word.
  const word = PADDED_ASCII_WORD.exec(text);
  if (word !== null) return word[1] as string;
  return text.replace(INVISIBLE, '').replace(SPACE, ' ').trim();
}

const PADDED_ASCII_WORD = /^[ \t\n\r\f\v]*([\x21-\x7e]*)[ \t\n\r\f\v]*$/;

/** Text with all whitespace and invisible characters removed, traditional characters simplified (for regex scans). */
export function compact(text: string): string {
  return simplified(dropBlanks(text));
}

/**
 * Leading list ordinal of a heading or label: "一、", "（一）", "(一)", "1.", "1、", "一)", "()" (ordinal lost in a
 * Word paste) and Markdown '#'. Works on `normaliseLabel` output.
 */
const ORDINAL =
  /^#*(?:\(?[一二三四五六七八九十]{1,3}[).:]|\(?[一二三四五六七八九十]{1,3}、|\(\d{1,2}\)|\d{1,2}[.):]|\(\))/;

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
