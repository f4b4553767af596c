/**
 * Numbers as report authors write them: Arabic (half- or full-width, with thousands separators, decimals) and
 * Chinese numerals (一百二十, 两, 〇/零, 十三, 一千零五, 二〇二三), with their unit and approximate markers.
 */

/** A number with its unit, as written in a sentence. */
export interface Quantity {
  /** The value in the written unit (万 multipliers applied, except in 万元 where 万 is the unit). */
  value: number;
  /** Exact canonical decimal text of `value` (for money compared with 万元 table cells). */
  exact: string;
  /** Unit as written: 件, 条, 次, 起, 个, 宗, 项, 份, 篇, 期, 家, 人次, 元, 万元, %, 个百分点. */
  unit: string;
  /** 约/近/超过/余/多/左右/以上…: the author gives an order of magnitude, not a figure. */
  approximate: boolean;
  /** Written in Chinese numerals. */
  chinese: boolean;
  /** Number of digits after the decimal point as written (for percentages' rounding). */
  decimals: number;
  /** The matched text, and its offsets in the sentence. */
  raw: string;
  start: number;
  end: number;
}

/** Every quantity with a recognised unit in `text`, in order; dates, ordinals, document and phone numbers excluded. */
export function findQuantities(text: string): Quantity[] {
  const known = shared?.get(text);
  // Fresh objects, as from a first reading: a caller may keep or compare them.
  if (known !== undefined) return known.map((q) => ({ ...q }));
  const out = scanQuantities(normaliseDigits(text));
  shared?.set(
    text,
    out.map((q) => ({ ...q })),
  );
  return out;
}

/**
 * `findQuantities` of a text already in `normaliseDigits` form, read afresh: for the many one-off pieces of a
 * sentence (the words before each figure), which neither need normalising again nor are worth sharing.
 */
export function scanQuantities(normalised: string): Quantity[] {
  const out: Quantity[] = [];
  // exec on the one global pattern rather than matchAll, which copies the pattern and wraps every match in an
  // iterator step (most of the time this took). No match is empty, so lastIndex always moves on.
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(normalised); m !== null; m = QUANTITY.exec(normalised)) {
    const q = toQuantity(m, normalised);
    if (q) out.push(q);
  }
  return out;
}

/** The quantities of the texts read so far while `sharingQuantities` runs; undefined outside it. */
let shared: Map<string, Quantity[]> | undefined;

/**
 * Runs `read` with each text's quantities found once: reading a narrative, a sentence's figures are wanted by its
 * claims and again for the total it ends on. Nothing is kept afterwards, so no reading of one report is reused
 * for another.
 */
export function sharingQuantities<T>(read: () => T): T {
  const outer = shared;
  shared = outer ?? new Map();
  try {
    return read();
  } finally {
    shared = outer;
  }
}

/**
 * Full-width digits and signs to ASCII, one character for one, so offsets into the result are offsets into the
 * input. (NFKC would also turn the Chinese comma "，" into ","; "57，3" is a list, not a thousands separator.)
 */
export function normaliseDigits(text: string): string {
  return text.replace(/[０-９％．]/g, (c) =>
    c === '％' ? '%' : c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Value of a Chinese numeral: 一百二十 → 120, 十三 → 13, 两千 → 2000, 一千零五 → 1005, 三万五千 → 35000,
 * 二〇二三 → 2023 (digit by digit); null when the text is not a well-formed numeral.
 */
export function parseChineseNumber(text: string): number | null {
  if (!text || ![...text].every((c) => c in DIGITS || c in SMALL_UNITS || c in BIG_UNITS)) return null;
  if (![...text].some((c) => c in SMALL_UNITS || c in BIG_UNITS)) {
    // Digit by digit (years, 二〇二三); a lone digit is just that digit.
    return Number([...text].map((c) => DIGITS[c]).join(''));
  }
  let total = 0; // completed 万/亿 sections
  let section = 0; // value below the current 万
  let digit: number | null = null;
  for (const c of text) {
    if (c in DIGITS) {
      if (digit !== null && digit !== 0) return null; // two digits in a row ("二三百") is not a numeral
      digit = DIGITS[c] ?? 0;
    } else if (c in SMALL_UNITS) {
      const unit = SMALL_UNITS[c] ?? 1;
      // 十 alone means 一十 (十三 = 13); any other unit needs a digit before it.
      if (digit === null && unit !== 10) return null;
      section += (digit ?? 1) * unit;
      digit = null;
    } else {
      const unit = BIG_UNITS[c] ?? 1;
      section += digit ?? 0;
      if (section === 0 && total === 0) return null;
      total = (total + section) * unit;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** Units a claim may carry; dates (年月日), 号, 名 and the like are deliberately absent. */
const UNITS = '万元|元|个百分点|人次|件次|件|条|次|起|个|宗|项|份|篇|期|家|%';
const APPROX_BEFORE = '约|近|将近|接近|超过|超|逾|大约|不足|不到|多达|近乎';
const CN_NUM = '[零〇一二两三四五六七八九十百千万亿]+';
const AR_NUM = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';

const QUANTITY = new RegExp(
  `(?<pre>(?:${APPROX_BEFORE})\\s*)?` +
    `(?:百分之(?<pct>${AR_NUM}|${CN_NUM})|(?<num>${AR_NUM})|(?<cn>${CN_NUM}))` +
    `\\s*(?<more>余|多)?\\s*(?<mult>万|亿)?\\s*(?<more2>余|多)?\\s*(?<unit>${UNITS})?(?<post>\\s*(?:左右|以上|多))?`,
  'gu',
);

/** Compounds in which a Chinese numeral and a unit are a word, not a count (一次性, 一件事, 一条龙, 一起来 …). */
const CN_COMPOUND_AFTER = /^(?:性|事|龙|心|来|码|种|般|样|致|体|线|份子|办|网通办)/u;
/** Characters before a numeral that make it part of a word or an ordinal (第二十条, 统一, 进一步, 唯一, 万一). */
const NOT_A_COUNT_BEFORE = /[第统进唯万之某逐每其单]$/u;

function toQuantity(m: RegExpMatchArray, s: string): Quantity | null {
  const g = m.groups ?? {};
  // Most matches of a sentence are bare numerals (一 in 统一, 进一步) with no unit: dropped before anything is read.
  let unit = g.pct !== undefined ? '%' : (g.unit ?? '');
  if (!unit) return null;
  const start = m.index ?? 0;
  const numStart = start + (g.pre?.length ?? 0);
  // The text before the number without its trailing whitespace — only its last few characters are ever tested, so
  // only they are cut out (trimming the whole prefix made every match cost the length of the sentence).
  let beforeEnd = numStart;
  while (beforeEnd > 0 && SPACE_CHAR.test(s[beforeEnd - 1] as string)) beforeEnd--;
  const before = s.slice(Math.max(0, beforeEnd - BEFORE_TESTED), beforeEnd);
  if (NOT_A_COUNT_BEFORE.test(before)) return null;
  // Part of a longer token: 0537-8826030, v1.2, 〔2021〕30号 (号 is no unit, so that one never matches anyway).
  if (/[\dA-Za-z.\-/〔〕[\]]$/u.test(before) && g.pct === undefined) return null;
  const chinese = g.cn !== undefined || (g.pct !== undefined && !/^\d/.test(g.pct));
  const rawNumber = g.pct ?? g.num ?? g.cn ?? '';
  let exact: string;
  if (chinese) {
    // 百分之百 is the one numeral written without a leading digit.
    const v = g.pct === '百' ? 100 : parseChineseNumber(rawNumber);
    if (v === null) return null;
    exact = String(v);
  } else {
    exact = canonical(rawNumber.replace(/,/g, ''));
  }
  const end = start + m[0].length;
  if (chinese && CN_COMPOUND_AFTER.test(s.slice(end))) return null;
  // 一起 ("together") and 一个 are ordinary words; as counts they only follow a noun (行政复议一起).
  if (chinese && (unit === '起' || unit === '个') && !/(?:复议|诉讼|案件|申请|投诉|事项)\s*$/u.test(before))
    return null;

  if (g.mult === '万' && unit === '元') unit = '万元';
  else if (g.mult) exact = shift(exact, g.mult === '万' ? 4 : 8);
  const decimals = exact.includes('.') ? (exact.split('.')[1]?.length ?? 0) : 0;
  const approximate = !!(g.pre || g.more || g.more2 || g.post);
  return { value: Number(exact), exact, unit, approximate, chinese, decimals, raw: m[0].trim(), start, end };
}

/** One whitespace character, as \s has it. */
const SPACE_CHAR = /\s/u;
/** How many characters before a number the tests below read (the longest word they end on is two). */
const BEFORE_TESTED = 4;

/** "007.50" → "7.50": leading zeros dropped, written decimals kept (their count matters for rounding). */
function canonical(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

/** Multiplies a decimal string by 10^power exactly. */
function shift(exact: string, power: number): string {
  const [int = '0', frac = ''] = exact.split('.');
  const padded = frac.padEnd(power, '0');
  const newInt = canonical(int + padded.slice(0, power));
  const newFrac = padded.slice(power);
  return newFrac ? `${newInt}.${newFrac}` : newInt;
}
