/**
 * meta-basis (info): a report for 2021 or later that cites the superseded trial format 国办公开办函〔2019〕60号 as
 * its basis; the format since report year 2021 is 国办公开办函〔2021〕30号 (rules.md F, template-2021.md §5a).
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/meta-basis';
import { normalisedSentence, reportYear } from '../engine/report-info';
import { excerpt } from './lib/facts';
import { narrativeSentences } from '../narrative/report-claims';

export default defineRule(meta, {
  check(report, ctx) {
    const year = reportYear(report);
    if (year === undefined || year < 2021) return;
    for (const sentence of narrativeSentences(report)) {
      const text = normalisedSentence(sentence);
      // A sentence naming both formats is explaining the change, not following the old one.
      if (!OLD_FORMAT.test(text) || NEW_FORMAT.test(text)) continue;
      ctx.report({ messageId: 'oldBasis', sentence, data: { year, excerpt: excerpt(sentence, 80) } });
      return;
    }
  },
});

const OLD_FORMAT = /国办公开办函[〔[(【]2019[〕\])】]第?60号/u;
const NEW_FORMAT = /[〔[(【]2021[〕\])】]第?30号/u;
