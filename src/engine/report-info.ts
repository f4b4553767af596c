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

/** The section numbered `no` (一 … 六), found by number or by its heading's text. */
export function findSection(report: Report, no: string): Section | undefined {
  const def = SECTIONS.find((s) => s.no === no);
  const aliases = (def?.aliases ?? []).map(normaliseText);
  return (
    report.sections?.find((s) => s.no === no) ??
    report.sections?.find((s) => aliases.some((a) => normaliseText(s.heading ?? '').includes(a)))
  );
}

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
