/**
 * t3-fee-note (warning): T3 （六）2（逾期未按收费通知要求缴纳费用）> 0 means fee notices were issued, so section 六
 * should say so (信息处理费, the fees charged or waived) (rules.md A). Without a section 六 the whole text is searched.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/t3-fee-note';
import { findSection, headingSentence } from '../engine/report-info';
import { t3Total } from './lib/facts';
import { narrativeSentences } from '../narrative/report-claims';

export default defineRule(meta, {
  check(report, ctx) {
    const fact = t3Total(report, ['other.overdueFee']);
    if (!fact || fact.value === 0 || fact.cells.some((c) => c.row !== 'other.overdueFee')) return;
    const section = findSection(report, '六');
    const text = section
      ? section.text
      : narrativeSentences(report)
          .map((s) => s.text)
          .join('');
    if (FEE_WORDS.test(text.replace(/\s+/gu, ''))) return;
    const where = section ? { where: '第六部分', 'where@en': 'section 6' } : { where: '正文', 'where@en': 'the text' };
    ctx.report({
      messageId: 'noFeeNote',
      cells: fact.cells,
      ...(section ? { sentence: headingSentence(section) } : {}),
      data: { count: fact.value, ...where },
    });
  },
});

const FEE_WORDS = /信息处理费|处理费|收费|缴费|缴纳费用|费用/u;
