/**
 * The wordings of request outcomes (T3 三、本年度办理结果) and the T3 rows each one stands for, including the
 * pre-2021 wordings that reports still use.
 */
import { T3_GROUPS } from '../template';

/** One way of writing an outcome category. */
export interface OutcomeTerm {
  /** The words, as a regular-expression source (no anchors). */
  pattern: string;
  /** T3 row keys the category covers. */
  rows: readonly string[];
  /** Set when the mapping onto the 2021 rows is a best guess (old wording). */
  legacy: boolean;
}

const group = (name: string): readonly string[] => T3_GROUPS[name] ?? [];

/**
 * Ordered most specific first: a sub-row (国家秘密) wins over its group (不予公开) when both are in one clause,
 * and 同意部分公开 must be tried before 同意公开.
 */
export const OUTCOME_TERMS: readonly OutcomeTerm[] = [
  // Sub-rows of （三）不予公开, by the keywords of template-2021.json.
  { pattern: '国家秘密', rows: ['denied.stateSecret'], legacy: false },
  { pattern: '法律行政法规禁止公开|法律法规禁止公开', rows: ['denied.lawForbidden'], legacy: false },
  { pattern: '三安全一稳定', rows: ['denied.safetyStability'], legacy: false },
  { pattern: '第三方合法权益', rows: ['denied.thirdParty'], legacy: false },
  { pattern: '三类内部事务|内部事务信息', rows: ['denied.internalAffairs'], legacy: false },
  { pattern: '四类过程性信息|过程性信息', rows: ['denied.processInfo'], legacy: false },
  { pattern: '行政执法案卷', rows: ['denied.enforcementCase'], legacy: false },
  { pattern: '行政查询事项', rows: ['denied.adminQuery'], legacy: false },
  // Sub-rows of （四）无法提供.
  { pattern: '本机关不掌握|不掌握相关政府信息', rows: ['unable.noInfo'], legacy: false },
  { pattern: '申请(?:公开的)?信息不存在|政府信息不存在|信息不存在', rows: ['unable.noInfo'], legacy: true },
  { pattern: '不属于本(?:行政)?机关(?:公开|职责|掌握)', rows: ['unable.noInfo'], legacy: true },
  { pattern: '没有现成信息|需要另行制作', rows: ['unable.needCreation'], legacy: false },
  { pattern: '补正后申请内容仍不明确|仍不明确', rows: ['unable.unclear'], legacy: false },
  // Sub-rows of （五）不予处理.
  { pattern: '信访举报投诉', rows: ['notProcessed.complaint'], legacy: false },
  { pattern: '重复申请', rows: ['notProcessed.repeat'], legacy: false },
  { pattern: '公开出版物', rows: ['notProcessed.publication'], legacy: false },
  { pattern: '大量反复申请', rows: ['notProcessed.massive'], legacy: false },
  { pattern: '确认或重新出具', rows: ['notProcessed.confirm'], legacy: false },
  // Sub-rows of （六）其他处理.
  { pattern: '逾期不补正', rows: ['other.overdueCorrection'], legacy: false },
  { pattern: '逾期未按收费通知要求缴纳费用|未按收费通知要求缴纳费用', rows: ['other.overdueFee'], legacy: false },
  // The six groups; 予以公开 and 部分公开 are single rows.
  { pattern: '同意部分公开|部分公开', rows: ['partialGrant'], legacy: false },
  { pattern: '予以公开|同意公开|全部公开', rows: ['granted'], legacy: false },
  { pattern: '不予公开|不同意公开', rows: group('（三）不予公开'), legacy: false },
  { pattern: '无法提供', rows: group('（四）无法提供'), legacy: false },
  { pattern: '不予处理', rows: group('（五）不予处理'), legacy: false },
  { pattern: '其他处理', rows: group('（六）其他处理'), legacy: false },
  // Pre-2021 wordings (old 统计指标表): the 2021 format files these under 不予处理.
  {
    pattern: '不属于政府信息|不属于《条例》所指政府信息|不是《条例》所指政府信息',
    rows: group('（五）不予处理'),
    legacy: true,
  },
  { pattern: '告知(?:通过)?其他途径(?:办理|获取)?|告知获取途径', rows: group('（五）不予处理'), legacy: true },
];

/** Words that may close an outcome before its figure: "不予公开的 4 件", "予以公开答复 25 件". */
const OUTCOME_TAIL = '(?:的)?(?:类|信息|申请|事项|情形|答复|决定)?(?:的)?(?:共计|合计|共|计)?(?:为|有|达)?';
const CONNECTOR = '(?:及|和|与|、|或|以及|或者)';

const ANY_TERM = OUTCOME_TERMS.map((t) => t.pattern).join('|');
/** "等", "等原因", "等情形": what came before is an example of the category, not all of it. */
const EXAMPLES = /等/u;
const BARE_PAIR = new RegExp(`((?<![部分予以同意全])公开${CONNECTOR}部分公开)${OUTCOME_TAIL}$`, 'u');
const AT_END = new RegExp(`(${ANY_TERM})${OUTCOME_TAIL}$`, 'u');
const COORDINATED = new RegExp(`((?:${ANY_TERM})(?:${CONNECTOR}(?:${ANY_TERM}))+)${OUTCOME_TAIL}$`, 'u');

/** The outcome a clause's words (whitespace removed, ending right before the figure) name, if any. */
export function matchOutcome(lead: string): { rows: string[]; label: string; legacy: boolean } | null {
  // "公开及部分公开 258 件": a bare 公开 joined to 部分公开 is 予以公开 (the pair is （一）+（二）).
  const pair = BARE_PAIR.exec(lead);
  if (pair?.[1]) return { rows: ['granted', 'partialGrant'], label: pair[1], legacy: false };
  // "予以公开及部分公开 258 件": several categories joined before one figure mean their sum.
  const joined = COORDINATED.exec(lead);
  if (joined?.[1]) {
    const names = joined[1].split(new RegExp(CONNECTOR, 'u')).filter(Boolean);
    const terms = names.map(termOf);
    if (terms.every((t): t is OutcomeTerm => !!t)) {
      const rows = [...new Set(terms.flatMap((t) => t.rows))];
      return { rows, label: joined[1], legacy: terms.some((t) => t.legacy) };
    }
  }
  const end = AT_END.exec(lead);
  if (!end?.[1]) return null;
  const last = termOf(end[1]);
  if (!last) return null;
  // "属于国家秘密不予公开的 1 件": the sub-row named earlier in the clause is the precise one — unless the clause
  // names it as an example ("因本机关不掌握等原因无法提供 265 件", "属信访、重复申请等不予处理") or names several:
  // then the figure is the whole group's.
  const earlier = lead.slice(0, end.index);
  const subRows = OUTCOME_TERMS.filter(
    (t) => t.rows.length < last.rows.length && t.rows.every((r) => last.rows.includes(r)),
  );
  const named = subRows
    .map((t) => ({ t, m: new RegExp(t.pattern, 'u').exec(earlier) }))
    .filter((x): x is { t: OutcomeTerm; m: RegExpExecArray } => x.m !== null);
  const first = named[0];
  const rows = new Set(named.flatMap((x) => x.t.rows));
  if (first && rows.size === first.t.rows.length && !EXAMPLES.test(earlier.slice(first.m.index + first.m[0].length))) {
    return { rows: [...first.t.rows], label: `${first.m[0]}${end[1]}`, legacy: first.t.legacy };
  }
  return {
    rows: [...last.rows],
    label: named.length > 0 ? earlier.slice(named[0]!.m.index) + end[1] : end[1],
    legacy: last.legacy,
  };
}

function termOf(words: string): OutcomeTerm | undefined {
  return OUTCOME_TERMS.find((t) => new RegExp(`^(?:${t.pattern})$`, 'u').test(words));
}
