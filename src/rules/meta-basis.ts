/**
 * meta-basis (info): a report for 2021 or later that cites the superseded trial format 国办公开办函〔2019〕60号 as
 * its basis; the format since report year 2021 is 国办公开办函〔2021〕30号 (rules.md F, template-2021.md §5a).
 */
import { defineRule } from '../engine/define-rule';
import { normaliseText, reportYear } from '../engine/report-info';
import { excerpt } from './lib/facts';
import { narrativeSentences } from '../narrative/report-claims';

export default defineRule({
  id: 'meta-basis',
  severity: 'info',
  appliesTo: ['2021', '2019', 'legacy', 'unknown'],
  description: {
    zh: '2021年及以后的年度报告应依据国办公开办函〔2021〕30号格式编制',
    en: 'Reports for 2021 and later follow the format of 国办公开办函〔2021〕30号',
  },
  messages: {
    oldBasis: {
      zh: '{{year}} 年度报告仍引用已被取代的国办公开办函〔2019〕60号作为格式依据（现行为〔2021〕30号）：“{{excerpt}}”',
      en: 'This {{year}} report still cites the superseded format 国办公开办函〔2019〕60号 (now 〔2021〕30号): “{{excerpt}}”',
    },
  },
  check(report, ctx) {
    const year = reportYear(report);
    if (year === undefined || year < 2021) return;
    for (const sentence of narrativeSentences(report)) {
      const text = normaliseText(sentence.text);
      // A sentence naming both formats is explaining the change, not following the old one.
      if (!OLD_FORMAT.test(text) || NEW_FORMAT.test(text)) continue;
      ctx.report({ messageId: 'oldBasis', sentence, data: { year, excerpt: excerpt(sentence, 80) } });
      return;
    }
  },
});

const OLD_FORMAT = /国办公开办函[〔[(【]2019[〕\])】]第?60号/u;
const NEW_FORMAT = /[〔[(【]2021[〕\])】]第?30号/u;
