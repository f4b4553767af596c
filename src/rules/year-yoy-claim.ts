/**
 * year-yoy-claim (warning): a stated "同比增长/下降 X%" (or "较上年增加 N 件") recomputed from last year's report
 * (rules.md G). The change is read by the narrative module; what changed is the figure the sentence states right
 * before it ("收到申请 57 件，同比增长 42.5%") or the subject written before the comparison ("申请数量较去年下降").
 */
import { defineRule, type LocalText } from '../engine/define-rule';
import meta from './meta/year-yoy-claim';
import { reportYear } from '../engine/report-info';
import { bilingual } from '../engine/messages';
import type { Report } from '../model';
import { t2Count, t3Total, t4Sum, type TableFact } from './lib/facts';
import { reportClaims } from '../narrative/report-claims';
import type { ChangeClaim, Claim, CountClaim, CountSubject } from '../narrative/types';
import { excerpt } from '../text/normalise';

export default defineRule(meta, {
  check(report, ctx) {
    const previous = ctx.previous;
    const year = reportYear(report);
    if (!previous || year === undefined) return;
    for (const { sentence, claims } of reportClaims(report)) {
      for (const claim of claims) {
        if (claim.kind !== 'change' || !aboutLastYear(claim, year)) continue;
        const subject = subjectOf(claim, claims);
        if (!subject) continue;
        const then = figure(previous.report, subject);
        const now = figure(report, subject);
        // A table that disagrees with itself cannot be the reference (its own rule reports that).
        if (!then || (then.alternatives?.length ?? 0) > 0) continue;
        const currentValue = claim.current?.value ?? now?.value;
        if (currentValue === undefined) continue;
        const base = {
          claim: excerpt(claim.text, 40),
          ...bilingual('subject', subject.name),
          previousValue: then.value,
          ...previous.names,
        };
        const cells = now?.cells ?? [];
        if (claim.previous && !claim.previous.approximate && claim.previous.value !== then.value) {
          ctx.report({
            messageId: 'previousMismatch',
            sentence,
            cells,
            data: { ...base, stated: claim.previous.exact },
          });
          continue;
        }
        const actual = verdict(claim, then.value, currentValue);
        if (!actual) continue;
        ctx.report({ messageId: 'mismatch', sentence, cells, data: { ...base, currentValue, ...actual } });
      }
    }
  },
});

/** What a change is a change of: a table figure, with its name for messages. */
interface Subject {
  subject: CountSubject;
  docType?: 'rules' | 'normative';
  includesCarried?: boolean;
  name: LocalText;
}

/** A comparison with last year ("同比", "较上年", "比2022年"), not with another year or month (环比). */
function aboutLastYear(claim: ChangeClaim, year: number): boolean {
  if (claim.year !== undefined && claim.year !== year) return false;
  if (/环比/u.test(claim.text)) return false;
  const named = /(?:较|比|与)\s*(\d{4})\s*年/u.exec(claim.text);
  return !named || Number(named[1]) === year - 1;
}

/**
 * The subject of the change: the count the sentence states right before it (the narrative module matched its
 * subject), else a subject written directly before the comparison word. A stated figure whose subject is unknown
 * ("通过网络收到申请 30 件", "主动公开信息 1200 条") means the change is about something the tables do not hold.
 */
function subjectOf(claim: ChangeClaim, claims: readonly Claim[]): Subject | undefined {
  if (claim.current) {
    const count = claims.find(
      (c): c is CountClaim =>
        c.kind === 'count' && c.quantity.start === claim.current?.start && c.quantity.end === claim.current.end,
    );
    if (!count) return undefined;
    const name = NAMES[count.subject];
    if (!name) return undefined;
    return {
      subject: count.subject,
      name,
      ...(count.docType ? { docType: count.docType } : {}),
      ...(count.includesCarried ? { includesCarried: true } : {}),
    };
  }
  const marker = MARKER.exec(claim.text);
  if (!marker) return undefined;
  const lead = claim.text.slice(0, marker.index).replace(/\s+/gu, '');
  for (const [pattern, subject] of LEADS) {
    if (!pattern.test(lead)) continue;
    const name = NAMES[subject];
    return name ? { subject, name } : undefined;
  }
  return undefined;
}

const MARKER = /同比|相比|相较|较\s*(?:上|去|前|\d{4})|比\s*(?:上|去|前|\d{4})|与\s*(?:上|去|前|\d{4})/u;
/** Filler between a subject and the comparison: "申请数量较去年", "行政复议案件数同比". */
const TAIL = '(?:案件)?(?:的)?(?:数量|件数|总量|总数|量|数)?(?:均|也|共)?$';
/** Subjects written before the comparison, most specific first; channels ("网上申请") are not the year's total. */
const LEADS: ReadonlyArray<[RegExp, CountSubject]> = [
  [new RegExp(`复议后(?:提起|起诉)(?:行政诉讼)?${TAIL}`, 'u'), 'litigationPostReview'],
  [new RegExp(`(?:直接起诉|未经复议(?:直接)?(?:提起|起诉))(?:行政诉讼)?${TAIL}`, 'u'), 'litigationDirect'],
  [new RegExp(`行政诉讼${TAIL}`, 'u'), 'litigation'],
  [new RegExp(`行政复议(?:申请)?${TAIL}`, 'u'), 'review'],
  [new RegExp(`(?:办结|答复)(?:申请)?${TAIL}`, 'u'), 'completed'],
  [
    new RegExp(
      `^(?:本年度?|全年|今年)?(?:共|累计)?(?:收到|受理|接收|新收)?(?:政府信息公开|依申请公开|信息公开)?申请${TAIL}`,
      'u',
    ),
    'newRequests',
  ],
];

const NAMES: Partial<Record<CountSubject, LocalText>> = {
  newRequests: { zh: '收到申请数', en: 'requests received' },
  completed: { zh: '办结数', en: 'requests handled' },
  carriedOver: { zh: '上年结转数', en: 'requests carried over' },
  carriedForward: { zh: '结转下年度数', en: 'requests carried forward' },
  review: { zh: '行政复议数', en: 'administrative reviews' },
  litigation: { zh: '行政诉讼数', en: 'lawsuits' },
  litigationDirect: { zh: '直接起诉的行政诉讼数', en: 'direct lawsuits' },
  litigationPostReview: { zh: '复议后起诉的行政诉讼数', en: 'lawsuits after review' },
  license: { zh: '行政许可决定数', en: 'licensing decisions' },
  penalty: { zh: '行政处罚决定数', en: 'penalty decisions' },
  coercion: { zh: '行政强制决定数', en: 'coercion decisions' },
  docsIssued: { zh: '制发文件数', en: 'documents issued' },
  docsRepealed: { zh: '废止文件数', en: 'documents repealed' },
  docsValid: { zh: '现行有效文件数', en: 'documents in force' },
};

/** The figure a subject stands for in one report's tables. */
function figure(report: Report, s: Subject): TableFact | undefined {
  switch (s.subject) {
    case 'newRequests':
      return t3Total(report, s.includesCarried ? ['newReceived', 'carriedOver'] : ['newReceived']);
    case 'completed':
      return t3Total(report, ['totalProcessed']);
    case 'carriedOver':
    case 'carriedForward':
      return t3Total(report, [s.subject]);
    case 'review':
      return t4Sum(report, ['review'], 'total');
    case 'litigation':
      return t4Sum(report, ['direct', 'postReview'], 'total');
    case 'litigationDirect':
      return t4Sum(report, ['direct'], 'total');
    case 'litigationPostReview':
      return t4Sum(report, ['postReview'], 'total');
    case 'license':
    case 'penalty':
    case 'coercion':
      return t2Count(report, s.subject, 'decisions');
    case 'docsIssued':
    case 'docsRepealed':
    case 'docsValid':
      return s.docType ? t2Count(report, s.docType, DOC_COLUMNS[s.subject]) : undefined;
    default:
      return undefined;
  }
}

const DOC_COLUMNS = { docsIssued: 'issued', docsRepealed: 'repealed', docsValid: 'valid' } as const;

/**
 * The real change when the stated one is wrong, as message data; undefined when it agrees or cannot be judged.
 * Percentages may be rounded or truncated to the digits written (never closer than 0.1 point); counts are exact.
 */
function verdict(claim: ChangeClaim, before: number, after: number): Record<string, string> | undefined {
  const { amount } = claim;
  const sign = claim.direction === 'increase' ? 1 : -1;
  const diff = after - before;
  const wrongWay = diff !== 0 && Math.sign(diff) !== sign;
  if (amount.unit === '个百分点') return undefined;
  if (amount.unit === '%') {
    // "下降 300%" is impossible whatever last year said: text-percent reports it (one cause, one finding).
    if (claim.direction === 'decrease' && amount.value > 100) return undefined;
    if (before === 0) return undefined;
    const actual = (diff / before) * 100;
    const tolerance = Math.max(0.1, 10 ** -amount.decimals);
    if (!wrongWay && (amount.approximate || Math.abs(actual - sign * amount.value) <= tolerance + 1e-9))
      return undefined;
    const shown = `${Math.abs(actual).toFixed(Math.max(1, amount.decimals))}%`;
    return change(diff, diff > 0 ? `增长 ${shown}` : `下降 ${shown}`, shown);
  }
  if (!wrongWay && (amount.approximate || Math.abs(diff) === amount.value)) return undefined;
  const n = Math.abs(diff);
  return change(diff, diff > 0 ? `增加 ${n} ${amount.unit}` : `减少 ${n} ${amount.unit}`, String(n));
}

/** The real change as bilingual message data. */
function change(diff: number, zh: string, en: string): Record<string, string> {
  if (diff === 0) return { actualChange: '持平', 'actualChange@en': 'no change' };
  return { actualChange: zh, 'actualChange@en': diff > 0 ? `an increase of ${en}` : `a decrease of ${en}` };
}
