/**
 * Years written in report titles and bodies: "2023年", "2023 年度", full-width "２０２３", Chinese "二〇二三年".
 * Only 1990–2099 counts, and never a digit run that is part of a longer number (phone numbers, document ids).
 */
import { foldWidth } from '../text/normalise';
export function yearsIn(text: string): number[] {
  const t = foldWidth(text);
  const out: Array<{ at: number; year: number }> = [];
  for (const m of t.matchAll(/(?<![\d.])(19[9]\d|20\d{2})(?![\d.])/g)) out.push({ at: m.index, year: Number(m[1]) });
  for (const m of t.matchAll(/([〇零○Ｏ一二三四五六七八九]{4})\s*年/g)) {
    const year = chineseYear(m[1] ?? '');
    if (year !== undefined) out.push({ at: m.index, year });
  }
  return out.sort((a, b) => a.at - b.at).map((y) => y.year);
}

/** The first year written in the text, if any. */
export function firstYear(text: string): number | undefined {
  return yearsIn(text)[0];
}

/** Distinct years in order of first appearance. */
export function distinctYears(text: string): number[] {
  return [...new Set(yearsIn(text))];
}

const CN: Record<string, string> = {
  〇: '0',
  零: '0',
  '○': '0',
  Ｏ: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

function chineseYear(s: string): number | undefined {
  const digits = [...s].map((ch) => CN[ch] ?? '').join('');
  if (digits.length !== 4) return undefined;
  const year = Number(digits);
  return year >= 1990 && year <= 2099 ? year : undefined;
}
