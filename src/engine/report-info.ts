/**
 * Small facts about a report that several rules need: its year, which sections it has, text normalisation.
 */
import type { Report, Section, Sentence, TableId } from '../model';
import { SECTIONS } from '../template';
import type { LocalText } from './define-rule';
import { dropBlanks, foldWidth } from '../text/normalise';

/** The report year: the detected year, else the 统计期限's, else the title's. */
export function reportYear(report: Report): number | undefined {
  return report.year ?? report.period?.year ?? titleYear(report.title);
}

/** The first year written in a title ("金乡县公安局2023年政府信息公开工作年度报告" → 2023). */
export function titleYear(title: string | undefined): number | undefined {
  const m = /((?:19|20)\d{2})年/.exec(normaliseText(title ?? ''));
  return m ? Number(m[1]) : undefined;
}

/** NFKC (full-width digits and brackets to ASCII) and no whitespace: the form all text matching uses. */
export function normaliseText(text: string): string {
  return dropBlanks(foldWidth(text));
}

/**
 * `normaliseText` of a sentence's text, worked out once per sentence: meta-year-body, meta-basis and meta-year each
 * read every sentence of the report in this form. Kept beside the sentence (weakly), and worked out again if its
 * text was changed since.
 */
export function normalisedSentence(sentence: Sentence): string {
  const text = sentence.text;
  const known = SENTENCE_FORMS.get(sentence);
  if (known !== undefined && known.text === text) return known.form;
  const form = normaliseText(text);
  SENTENCE_FORMS.set(sentence, { text, form });
  return form;
}

const SENTENCE_FORMS = new WeakMap<Sentence, { text: string; form: string }>();

/** The section numbered `no` (一 … 六), found by number or by its heading's text. */
export function findSection(report: Report, no: string): Section | undefined {
  const aliases = SECTION_ALIASES.get(no) ?? [];
  return (
    report.sections?.find((s) => s.no === no) ??
    report.sections?.find((s) => aliases.some((a) => normaliseText(s.heading ?? '').includes(a)))
  );
}

/** Each section's aliases in `normaliseText` form, by number. */
const SECTION_ALIASES = new Map(SECTIONS.map((s) => [s.no, s.aliases.map(normaliseText)]));

/** The section heading as a sentence, so a finding about a section can point at it. */
export function headingSentence(section: Section): Sentence {
  const sentence: Sentence = { text: section.heading, section: section.no };
  if (section.src) sentence.src = section.src;
  return sentence;
}

/** Section number each table belongs to. */
export const TABLE_SECTION: Readonly<Record<TableId, string>> = { T2: '二', T3: '三', T4: '四' };

/** Joins bilingual fragments into one bilingual text. */
export function joinLocal(parts: readonly LocalText[], zhSep: string, enSep: string): LocalText {
  return { zh: parts.map((p) => p.zh).join(zhSep), en: parts.map((p) => p.en).join(enSep) };
}
