/**
 * meta-year: the report year in the title = the year of the 统计期限 = any year in the page's own heading
 * (rules.md F; seen in the wild: 统计期限 2020 in a 2021 report).
 */
import { defineRule } from '../engine/define-rule';
import { bilingual } from '../engine/messages';
import { normaliseText, titleYear } from '../engine/report-info';
import type { Report, Sentence } from '../model';

export default defineRule({
  id: 'meta-year',
  severity: 'error',
  appliesTo: ['2021', '2019', 'legacy', 'unknown'],
  description: {
    zh: '标题中的报告年度、统计期限的年份和页面标题中的年份应一致',
    en: 'The report year in the title, the reporting period and the page heading must agree',
  },
  messages: {
    period: {
      zh: '{{basis}}为 {{year}} 年度报告，但统计期限是 {{periodYear}} 年（“{{periodText}}”）',
      en: '{{basis}} says the report is for {{year}}, but the reporting period is {{periodYear}} (“{{periodText}}”)',
    },
    periodSpan: {
      zh: '统计期限“{{periodText}}”的起止年份不一致（{{startYear}} 年至 {{endYear}} 年），应为同一自然年',
      en: 'The reporting period “{{periodText}}” starts in {{startYear}} and ends in {{endYear}}; it should be one calendar year',
    },
    heading: {
      zh: '标题为 {{year}} 年度报告，但页面标题写的是 {{headingYear}} 年',
      en: 'The title says {{year}}, but the page heading says {{headingYear}}',
    },
  },
  check(report, ctx) {
    const fromTitle = titleYear(report.title);
    const headingYears = (report.headingYears ?? []).filter((y) => Number.isInteger(y));
    const year = fromTitle ?? headingYears[0];
    const basis = fromTitle !== undefined ? { zh: '标题', en: 'The title' } : { zh: '页面标题', en: 'The page heading' };
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
    (text && report.sentences?.find((s) => normaliseText(s.text).includes(text))) ||
    report.sentences?.find((s) => s.text.includes('统计期限') || s.text.includes('统计时限'));
  return found ? { sentence: found } : {};
}
