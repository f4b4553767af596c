/**
 * meta-year: the report year in the title = the year of the 统计期限 = any year in the page's own heading
 * (rules.md F; seen in the wild: 统计期限 2020 in a 2021 report).
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/meta-year';
import { bilingual } from '../engine/messages';
import { normalisedSentence, normaliseText, titleYear } from '../engine/report-info';
import type { Report, Sentence } from '../model';

export default defineRule(meta, {
  check(report, ctx) {
    const fromTitle = titleYear(report.title);
    const headingYears = (report.headingYears ?? []).filter((y) => Number.isInteger(y));
    const year = fromTitle ?? headingYears[0];
    const basis =
      fromTitle !== undefined ? { zh: '标题', en: 'The title' } : { zh: '页面标题', en: 'The page heading' };
    const period = report.period;
    if (period) {
      const sentence = periodSentence(report);
      const startYear = yearOfIso(period.start);
      const endYear = yearOfIso(period.end);
      const periodText = period.text;
      if (startYear !== undefined && endYear !== undefined && startYear !== endYear) {
        ctx.report({ messageId: 'periodSpan', data: { periodText, startYear, endYear }, ...sentence });
      } else if (year !== undefined && period.year !== year) {
        ctx.report({
          messageId: 'period',
          data: { ...bilingual('basis', basis), year, periodYear: period.year, periodText },
          ...sentence,
        });
      }
    }
    // A heading may name other years too (e.g. a publication date); only a heading without the report year is wrong.
    if (fromTitle !== undefined && headingYears.length > 0 && !headingYears.includes(fromTitle)) {
      ctx.report({ messageId: 'heading', data: { year: fromTitle, headingYear: headingYears[0] as number } });
    }
  },
});

function yearOfIso(date: string | undefined): number | undefined {
  const m = /^(\d{4})-/.exec(date ?? '');
  return m ? Number(m[1]) : undefined;
}

/** The sentence stating the period, so the finding can point at it. */
function periodSentence(report: Report): { sentence?: Sentence } {
  const text = normaliseText(report.period?.text ?? '');
  const found =
    (text && report.sentences?.find((s) => normalisedSentence(s).includes(text))) ||
    report.sentences?.find((s) => s.text.includes('统计期限') || s.text.includes('统计时限'));
  return found ? { sentence: found } : {};
}
