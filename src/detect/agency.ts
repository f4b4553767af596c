import { collapseSpace } from '../text/normalise';

/**
 * The agency as the report's title names it: the text before the year ("新乡市公安局 2023 年…" → "新乡市公安局"), or
 * between the year and 政府信息公开 ("2023年北京市政府信息公开…" → "北京市"). What the title says is stored as is
 * ("公安局 2022 年…" → "公安局"); judging whether the place is missing is a rule's job. Undefined when the title
 * names no agency.
 */
export function agencyFromTitle(title: string): string | undefined {
  const t = collapseSpace(title.normalize('NFKC')).replace(/^[《“"]+|[》”"]+$/g, '');
  const year = YEAR.exec(t);
  let candidate: string;
  if (year !== null && year.index > 0) candidate = t.slice(0, year.index);
  else {
    const afterYear = year === null ? t : t.slice(year.index + year[0].length);
    const subject = SUBJECT.exec(afterYear);
    candidate = subject === null ? '' : afterYear.slice(0, subject.index);
  }
  candidate = candidate.replace(/^关于/, '').replace(/(?:的|关于|[(（:：,，、\s-])+$/u, '').trim();
  return /[\p{Script=Han}A-Za-z]/u.test(candidate) ? candidate : undefined;
}

const YEAR = /(?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})\s*年度?/;
const SUBJECT = /(?:本级)?(?:政府信息公开|政务公开|信息公开)/;
