/**
 * doc-empty-section (warning): section 五 (存在的主要问题及改进情况) says nothing of substance — empty, "无", or a
 * line of boilerplate (rules.md F). What is left after removing the section's own sub-headings, numbering,
 * punctuation and filler words ("无", "暂无", "本年度", "情况") must be at least a short sentence.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/doc-empty-section';
import { findSection, headingSentence } from '../engine/report-info';
import { foldWidth } from '../text/normalise';

export default defineRule(meta, {
  check(report, ctx) {
    const section = findSection(report, '五');
    if (!section) return;
    const text = typeof section.text === 'string' ? section.text : '';
    if (substance(text) >= MIN_SUBSTANCE) return;
    const body = text.replace(/\s+/gu, ' ').trim();
    const shown = body
      ? { shown: `（仅有“${body.slice(0, 40)}”）`, 'shown@en': ` (only “${body.slice(0, 40)}”)` }
      : { shown: '（为空）', 'shown@en': ' (it is empty)' };
    ctx.report({
      messageId: 'empty',
      sentence: headingSentence(section),
      data: { heading: section.heading.trim(), ...shown },
    });
  },
});

/** Characters of real content: "信息更新不及时，加强审核管理" (one problem, one measure) is just above this. */
const MIN_SUBSTANCE = 10;

/** Number of Chinese characters left once headings, numbering, filler and punctuation are removed. */
export function substance(text: string): number {
  const rest = foldWidth(text)
    .replace(/[(（]?[一二三四五六七八九十\d]+[)）、.．]|[一二三四五六七八九十]是/gu, '')
    .replace(HEADINGS, '')
    .replace(FILLER, '');
  return countIdeographs(rest);
}

/** How many characters of the CJK Unified Ideographs block the text has (counted, not matched out one by one). */
function countIdeographs(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) count++;
  }
  return count;
}

const HEADINGS =
  /政府信息公开工作|存在的主要问题|存在问题|主要问题|问题|改进情况|改进措施|整改情况|改进|措施|及|和|上年度?|本年度?/gu;
const FILLER = /暂无|没有|不存在|无|情况|相关|方面|的|等|均|已|为/gu;
