/**
 * meta-deadline (warning): published after the deadline of 条例 第四十九条 — 1月31日 of the next year for a
 * department (部门, 乡镇, 街道), 3月31日 for a whole-government (本级人民政府) report; 3月31日 for reports of 2018 and
 * earlier (old 条例 第三十一条) (rules.md F, template-2021.md §7). Only the on-page publication date counts (a URL's
 * date may be a re-post); no date, no finding. When the title does not tell a government from a department, only a
 * date after 3月31日 — late either way — is reported.
 */
import { defineRule, type LocalText } from '../engine/define-rule';
import meta from './meta/meta-deadline';
import { bilingual } from '../engine/messages';
import { reportYear } from '../engine/report-info';
import { agencyLevel } from '../detect/agency';
import { compact } from '../text/normalise';

export default defineRule(meta, {
  check(report, ctx) {
    const published = /^(\d{4})-(\d{2})-(\d{2})/u.exec(report.published?.date ?? '')?.[0];
    const year = reportYear(report);
    if (!published || year === undefined) return;
    const { deadline, basis } = deadlineOf(year, agencyLevel(compact(report.agency ?? '')));
    if (published <= deadline) return;
    const sentence = { text: report.published?.text || published };
    ctx.report({ messageId: 'late', sentence, data: { published, deadline, ...bilingual('basis', basis) } });
  },
});

/** The deadline (ISO date) for a report year and kind of body, with the provision it comes from. */
export function deadlineOf(
  year: number,
  level: ReturnType<typeof agencyLevel>,
): { deadline: string; basis: LocalText } {
  const next = year + 1;
  if (year <= 2018) return { deadline: `${next}-03-31`, basis: OLD };
  if (level === 'department' || level === 'national') return { deadline: `${next}-01-31`, basis: DEPARTMENT };
  return { deadline: `${next}-03-31`, basis: level === 'government' ? GOVERNMENT : UNKNOWN };
}

const DEPARTMENT: LocalText = {
  zh: '条例第四十九条：政府部门、乡镇、街道于每年1月31日前公布',
  en: 'Regulations art. 49: departments, townships and subdistricts publish by 31 January',
};
const GOVERNMENT: LocalText = {
  zh: '条例第四十九条：本级人民政府年度报告于每年3月31日前公布',
  en: 'Regulations art. 49: a government’s own report is published by 31 March',
};
const UNKNOWN: LocalText = {
  zh: '无论本级政府还是部门，最迟均为3月31日',
  en: 'the latest deadline, whether a government or a department',
};
const OLD: LocalText = {
  zh: '原条例第三十一条：2018年及以前的年度报告于每年3月31日前公布',
  en: 'former Regulations art. 31: reports for 2018 and earlier are published by 31 March',
};
