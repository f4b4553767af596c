/**
 * One language per locale: the portal and input code writes its failure texts in both languages, Chinese first with
 * the English after it ("HTTP 404：页面不存在（链接失效）（page not found (broken link)）", "页面过大，未核查（…）/ too large
 * to audit (…)"), because it does not know who reads them. Front ends show the half in the reader's language.
 * A text not of these shapes is returned unchanged. Pure.
 */
import type { Lang } from '../model';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
const LATIN = /[A-Za-z]/;
/** "HTTP 404：" before the Chinese: kept in both halves. */
const LEAD = /^[A-Za-z][\x20-\x7e]*[：:]\s*/;

/** The half of a bilingual text in `lang`. */
export function oneLanguage(text: string, lang: Lang): string {
  const split = splitBilingual(text);
  if (!split) return text;
  return lang === 'zh' ? split.zh : split.en;
}

/** Chinese and English halves of a bilingual text, or null when it is not one. */
export function splitBilingual(text: string): { zh: string; en: string } | null {
  const trimmed = text.trim();
  // "中文（English）": the last full-width bracket, at the very end, holds only Latin text.
  const open = trimmed.lastIndexOf('（');
  if (open > 0 && trimmed.endsWith('）')) {
    const inner = trimmed.slice(open + 1, -1);
    const zh = trimmed.slice(0, open);
    if (!CJK.test(inner) && !inner.includes('）') && LATIN.test(inner) && CJK.test(zh)) {
      const lead = LEAD.exec(zh)?.[0] ?? '';
      return { zh, en: `${lead.replace(/[：:]\s*$/, ': ')}${inner}` };
    }
  }
  // "中文 / English".
  const slash = trimmed.lastIndexOf('/ ');
  if (slash > 0) {
    const zh = trimmed.slice(0, slash).trim();
    const en = trimmed.slice(slash + 2).trim();
    if (CJK.test(zh) && !CJK.test(en) && LATIN.test(en)) return { zh, en };
  }
  return null;
}

/** The language a command line asks for (`--lang en`, `-l en`, `--lang=en`), before its options are parsed. */
export function langOfArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' || arg === '-l' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'en' || value === 'zh') return value;
  }
  return 'zh';
}
