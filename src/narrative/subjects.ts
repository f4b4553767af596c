/**
 * What a figure is a count of, read from the words right before it ("…收到政府信息公开申请 57 件").
 * Each matcher looks at the clause's words up to the figure, whitespace removed, and must match at their end, so a
 * keyword far from the figure ("收到申请后，及时答复 3 次") is never taken for its subject.
 */
import type { CountSubject } from './types';

/** Where the sentence stands: which section, and whether it is about requests for disclosure. */
export interface Scope {
  section?: string;
  /** About requests (依申请公开): section 三, the paragraph's topic, or the sentence's own words. */
  applications: boolean;
  /** About disclosure at all (so a 行政复议 is one about disclosure, not the agency's other cases). */
  disclosure: boolean;
  reportYear?: number;
}

/** A subject read from the words before a figure. */
export interface SubjectMatch {
  subject: CountSubject;
  docType?: 'rules' | 'normative';
  strictlyNew?: boolean;
}

/** The count subject `lead` (compact words before a figure, this clause only) names, if any. */
export function matchSubject(
  lead: string,
  unit: string,
  scope: Scope,
  previousDocs?: SubjectMatch,
): SubjectMatch | null {
  if (COMPARISON.test(lead) || PAST.test(lead.replace(CARRY_WORDS, ''))) return null;
  const money = unit === '元' || unit === '万元';
  if (money)
    return FEES.test(lead) || (scope.section === '二' && FEES_SECTION2.test(lead)) ? { subject: 'fees' } : null;
  if (!COUNT_UNITS.has(unit)) return null;

  const forward = CARRIED_FORWARD.test(lead) || carriedToYear(lead, scope.reportYear);
  if (forward) return scope.applications ? { subject: 'carriedForward' } : null;
  if (CARRIED_OVER.test(lead)) return scope.applications ? { subject: 'carriedOver' } : null;

  for (const [pattern, subject] of LITIGATION) {
    const m = pattern.exec(lead);
    if (!m) continue;
    if (!scope.disclosure || coordinated(lead.slice(0, m.index))) return null;
    // "未经复议直接起诉的行政诉讼 2 件" names its kind before the noun.
    if (subject === 'litigation' && /未经复议|直接起诉/u.test(lead)) return { subject: 'litigationDirect' };
    if (subject === 'litigation' && /复议后/u.test(lead)) return { subject: 'litigationPostReview' };
    return { subject };
  }
  const t2 = T2_DECISIONS.exec(lead);
  if (t2) {
    if (!(lead.includes('决定') || scope.section === '二') || coordinated(lead.slice(0, t2.index))) return null;
    return { subject: t2[1] === '行政许可' ? 'license' : t2[1] === '行政处罚' ? 'penalty' : 'coercion' };
  }
  const docs = matchDocs(lead, previousDocs);
  if (docs) return docs;

  // Requests are counted in 件 (or 条/份…); "答复 3 次" counts replies, not requests.
  if (!scope.applications || OTHER_OBJECTS.test(lead) || !REQUEST_UNITS.has(unit)) return null;
  if (NEW_REQUESTS.test(lead) && RECEIVE_VERB.test(lead) && !CHANNELS.test(lead) && !singleApplicantType(lead)) {
    return { subject: 'newRequests', strictlyNew: lead.includes('新收') };
  }
  if (NEW_ONLY.test(lead)) return { subject: 'newRequests', strictlyNew: true };
  if (COMPLETED.test(lead) && !CHANNELS.test(lead)) return { subject: 'completed' };
  return null;
}

const REQUEST_UNITS = new Set(['件', '条', '个', '项', '份']);

/** Units a count of cases or documents is written in. */
const COUNT_UNITS = new Set(['件', '条', '次', '起', '个', '宗', '项', '份', '件次']);

/** Filler between a subject and its figure: "申请数量共计为 57 件", "行政复议案件 1 件". */
const TAIL =
  '(?:的)?(?:案件|事项)?(?:的)?(?:数量|件数|总数|总量|数)?(?:共计|总计|合计|累计|共|计)?(?:为|达到|达|是|有)?';
const re = (source: string): RegExp => new RegExp(source, 'u');

/** A comparison with another year: the figure is a difference or last year's, not this year's count. */
const COMPARISON = /同比|环比|相比|相较|较(?:上|去|前|\d{4})|比(?:上|去|前|\d{4})|增加|减少|增长|下降|上升/u;
/** Last year's figures ("上年收到申请 40 件") — but 上年结转 is this year's row 二. */
const PAST = /上年|去年|上一年|前一年|上个年度/u;
const CARRY_WORDS = /(?:上年|上一年|上年度|上一年度|上个年度)(?:度)?(?:结转|转入|遗留)/gu;

const CARRIED_FORWARD = re(
  `(?:结转|转入|转至)(?:至|到|入)?下(?:一)?(?:个)?年(?:度)?(?:继续)?(?:办理|处理)?(?:的)?(?:申请)?${TAIL}$`,
);
const CARRIED_TO_YEAR = re(
  `(?:结转|转入|转至)(?:至|到|入)?(\\d{4})年(?:度)?(?:继续)?(?:办理|处理)?(?:的)?(?:申请)?${TAIL}$`,
);
const CARRIED_OVER = re(
  `(?:上年|上一年|上年度|上一年度|上个年度)(?:度)?(?:结转|转入|遗留)(?:的|来|而来)?(?:政府信息公开)?(?:申请)?${TAIL}$`,
);

/** "结转至2024年继续办理" in a 2023 report is 结转下年度. */
function carriedToYear(lead: string, reportYear: number | undefined): boolean {
  const m = CARRIED_TO_YEAR.exec(lead);
  return !!m && reportYear !== undefined && Number(m[1]) === reportYear + 1;
}

/** Most specific first: 复议后提起行政诉讼 ends with 行政诉讼 but is only one of the two kinds. */
const LITIGATION: ReadonlyArray<[RegExp, CountSubject]> = [
  [re(`复议后(?:提起|起诉)(?:行政诉讼)?(?:案件)?${TAIL}$`), 'litigationPostReview'],
  [re(`(?:直接(?:提起|起诉)|未经复议(?:直接)?(?:提起|起诉))(?:行政诉讼)?(?:案件)?${TAIL}$`), 'litigationDirect'],
  [re(`行政诉讼(?:案件)?${TAIL}$`), 'litigation'],
  [re(`行政复议(?:案件|申请)?${TAIL}$`), 'review'],
];

const T2_DECISIONS = re(`(行政许可|行政处罚|行政强制)(?:措施)?(?:决定|处理决定|案件|信息)?${TAIL}$`);
const FEES = re(`(?:行政事业性收费|事业性收费)(?:金额|总额|收入|总计)?${TAIL}$`);
const FEES_SECTION2 = re(`收费(?:金额|总额)${TAIL}$`);

/** Two subjects joined before one figure ("行政复议、行政诉讼 2 件") give their sum, not either count. */
function coordinated(before: string): boolean {
  return /(?:复议|诉讼|起诉|许可|处罚|强制|规章|文件|申请)(?:案件)?(?:及|和|与|、|或|以及)$/u.test(before);
}

const DOC_NOUN = re(`(规章|(?:行政)?规范性文件)${TAIL}$`);
const DOC_VERB_ONLY = re(`(制发|印发|出台|制定|废止|废除|现行有效)(?:的)?(?:了)?${TAIL}$`);
const DOC_VERBS: ReadonlyArray<[RegExp, CountSubject]> = [
  [/现行有效/gu, 'docsValid'],
  [/废止|废除|宣布失效/gu, 'docsRepealed'],
  [/制发|印发|出台|制定|发布/gu, 'docsIssued'],
];

/**
 * "制发规范性文件 2 件", "废止规章 1 件", "现行有效的规范性文件 4 件"; and, after one of those in the same sentence,
 * "、废止 1 件" (the document type carries over) or "、行政规范性文件 12 件" (the verb carries over).
 */
function matchDocs(lead: string, previous: SubjectMatch | undefined): SubjectMatch | null {
  const noun = DOC_NOUN.exec(lead);
  let docType: 'rules' | 'normative' | undefined;
  if (noun) {
    if (coordinated(lead.slice(0, noun.index))) return null;
    docType = noun[1] === '规章' ? 'rules' : 'normative';
  } else if (DOC_VERB_ONLY.test(lead) && previous?.docType) {
    docType = previous.docType;
  } else {
    return null;
  }
  // The verb nearest the figure decides: "对现行有效文件进行清理，废止规范性文件 2 件" is 废止.
  let best: { at: number; subject: CountSubject } | undefined;
  for (const [pattern, subject] of DOC_VERBS) {
    for (const m of lead.matchAll(pattern)) if (!best || m.index > best.at) best = { at: m.index, subject };
  }
  const subject =
    best?.subject ?? (/^(?:、|和|及)?(?:规章|(?:行政)?规范性文件)/u.test(lead) ? previous?.subject : undefined);
  return subject ? { subject, docType } : null;
}

/** "收到…申请 57 件", "受理政府信息公开申请共计 57 件", "接到社会公众依申请公开 57 件". */
const NEW_REQUESTS = re(`(?:申请|申请公开|公开申请)(?:事项|信息|材料)?${TAIL}$`);
const RECEIVE_VERB = /收到|受理|接到|接收|收悉|新收|登记/u;
/** "本年新收 57 件" names T3 一 by itself. */
const NEW_ONLY = re(`新收(?:政府信息公开)?(?:申请)?${TAIL}$`);
const COMPLETED = re(
  `(?:办结|答复|办理完毕|处理完毕|答复完毕|作出答复|予以答复|完成答复)(?:了)?(?:政府信息公开|依申请公开)?(?:申请)?(?:事项)?${TAIL}$`,
);

/** Requests of another kind, or cases: not T3. */
const OTHER_OBJECTS = /提案|建议|信访|来信|投诉|举报|咨询|留言|热线|复议|诉讼|案件|议案|督办|诉求|工单|12345/u;
/** A channel names a part of the requests ("通过网络收到申请 50 件"), not their number. */
const CHANNELS = /网上|网络|在线|线上|当面|现场|信函|邮寄|传真|电子邮件|邮件|窗口|来电|电话/u;

/** "收到企业申请 2 件" is one column of T3; "公民、法人和其他组织申请 57 件" is all of them. */
function singleApplicantType(lead: string): boolean {
  // 群众/公众 and 我单位 are how reports speak of everyone and of themselves, so they name no type.
  const person = /自然人|公民|个人/u.test(lead);
  const body = /法人|企业|组织|律师|公司|(?<![本我该])机构/u.test(lead);
  return person !== body;
}
