// One language per locale: failure texts are written "中文（English）" or "中文 / English" by code that does not know
// its reader; front ends show the reader's half. Other texts are returned unchanged. Pure.
import type { Lang } from '../model';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
const LATIN = /[A-Za-z]/;
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
  const open = trimmed.lastIndexOf('（');
  if (open > 0 && trimmed.endsWith('）')) {
    const inner = trimmed.slice(open + 1, -1);
    const zh = trimmed.slice(0, open);
    if (!CJK.test(inner) && !inner.includes('）') && LATIN.test(inner) && CJK.test(zh)) {
      const lead = LEAD.exec(zh)?.[0] ?? '';
      return { zh, en: `${lead.replace(/[：:]\s*$/, ': ')}${inner}` };
    }
  }
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
