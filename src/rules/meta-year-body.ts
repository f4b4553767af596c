/**
 * meta-year-body (warning): the body states this year's work under another year — "2022年我局收到政府信息公开申请1条"
 * in a 2023 report (rules.md F, seen in a county 公安局's report). Precision over recall: comparisons (上年, 同比,
 * 较…), plans (下一步, 明年, 将…), dates ("2024年1月…"), citations (《…》, 〔2021〕, "2019年修订") and references to
 * another year's report are not statements of this year's work.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/meta-year-body';
import { normalisedSentence, normaliseText, reportYear } from '../engine/report-info';
import { excerpt } from '../text/normalise';

export default defineRule(meta, {
  check(report, ctx) {
    const year = reportYear(report);
    if (year === undefined) return;
    for (const sentence of report.sentences ?? []) {
      const found = misdatedYearIn(normalisedSentence(sentence), year);
      if (found === undefined) continue;
      ctx.report({ messageId: 'otherYear', sentence, data: { year, found, excerpt: excerpt(sentence.text) } });
    }
  },
});

/** The other year a sentence states this year's work under, or undefined. */
export function misdatedYear(text: string, year: number): number | undefined {
  return misdatedYearIn(normaliseText(text), year);
}

/** misdatedYear of a text already in `normaliseText` form. */
function misdatedYearIn(t: string, year: number): number | undefined {
  if (t.includes(`${year}年`) || COMPARISON.test(t) || PLAN.test(t) || PERIOD.test(t)) return undefined;
  for (const m of t.matchAll(YEAR)) {
    const found = Number(m[1]);
    // Older years are mostly history or citations (the 2008 条例, a 2019 revision); a later one is a typo of "now".
    if (found < year - 2 || found > year + 1) continue;
    const start = m.index ?? 0;
    const rest = t.slice(start + m[0].length);
    if (!atClauseStart(t, start) || insideTitle(t, start) || NOT_WORK_AFTER.test(rest)) continue;
    if (WORK.test(rest)) return found;
  }
  return undefined;
}

const YEAR = /(?<![\d〔[(（《])((?:19|20)\d{2})年(?:度)?/g;
/** Explicit comparisons with another year. */
const COMPARISON =
  /上年|去年|上一年|前年|往年|同比|环比|相比|对比|较(?:上|去|前|往|同期|\d)|比(?:上|去|前|\d)|增长|下降|增加|减少|持平/;
/** Plans and outlooks. */
const PLAN = /下一步|下一年|明年|今后|将|计划|拟|预计|力争|争取|目标|展望/;
/** The 统计期限 sentence is meta-year's. */
const PERIOD = /统计期限|统计时限|统计周期/;
/** What makes a "YYYY年" a date, a citation or a report name rather than the subject of a statement. */
const NOT_WORK_AFTER =
  /^(?:\d{1,2}月|[底末初内前]|以前|之前|版|第|以来|[)）》〕\]]|修订|修正|施行|颁布|印发|发布|出台|制定|起|新修订|[^，,；;。]*?(?:年度报告|年报|报告))/;
/** Verbs of the year's work. */
const WORK =
  /收到|受理|接到|接收|办理|办结|答复|处理|公开|发布|制发|废止|开展|组织|召开|举办|完成|发生|收取|新增|更新|报送|编制|推进|落实|加强|共|累计/;

/** The year opens a clause: "2022年，我局…", "…；2022年我局…", "在2022年…". */
function atClauseStart(t: string, start: number): boolean {
  const before = t.slice(Math.max(0, start - 2), start);
  if (start === 0 || /[，,。；;：:、)）]$/.test(before)) return true;
  return /(?:^|[，,。；;：:])(?:在|于)$/.test(t.slice(Math.max(0, start - 3), start));
}

/** True inside 《…》 (a document title). */
function insideTitle(t: string, at: number): boolean {
  const before = t.slice(0, at);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}
