import { collapseSpace, matchForm } from '../text/normalise';

/**
 * Whether a title names a 政府信息公开工作年度报告 itself — not a guide, an interpretation (解读), a notice, or a news
 * item about one. Accepts the common wordings: 政府信息公开工作年度报告, 政务公开工作年度报告, 信息公开年报.
 */
export function isReportTitle(title: string): boolean {
  const t = matchForm(title);
  return REPORT.test(t) && !NEGATIVE.test(t) && !NEWS_START.test(t);
}

/** Titles of pages that talk about reports or disclosure without being one (guides, rules, readings, news). */
export function isNegativeTitle(title: string): boolean {
  const t = matchForm(title);
  return NEGATIVE.test(t) || NEWS_START.test(t);
}

/**
 * A page <title> without the site name portals append ("…年度报告_某某市人民政府", "…年度报告 - 某某局"): the part
 * that names the report if one does, else the first part.
 */
export function cleanPageTitle(pageTitle: string): string {
  const parts = collapseSpace(pageTitle)
    .split(SITE_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return parts.find((p) => isReportTitle(p)) ?? parts[0] ?? '';
}

/** "_", "|", " - ", "--", "——", or a dash after a Chinese word ("…年度报告-某某市人民政府"), not in a date. */
const SITE_SEPARATOR = /\s*(?:[_|｜]+|\s[-–—]+\s|--+|——|(?<=[\p{Script=Han}）)])[-–—](?=[^\d\s\-–—]))\s*/u;
const REPORT = /(?:信息公开|政务公开)[^,，。;；]{0,8}(?:报告|年报)/;
const NEGATIVE =
  /指南|解读|图解|问答|答记者问|发布会|目录|通知|决定|规定|办法|制度|意见|方案|要点|考核|评议|说明|征集|表格|模板|格式/;
const NEWS_START =
  /^(?:关于)?(?:发布|公布|印发|召开|举办|开展|组织|做好|部署|我[市县区局])|(?:发布|公布|印发|出炉)了?[《“]?[^，。,]{0,30}(?:报告|年报)/;
