/**
 * Claims that relate figures to each other: year-on-year changes, "共 N，其中 a、b" lists and percentages.
 */
import type { Slot } from './types';
import type { Quantity } from './numbers';
import type { ChangeClaim, PercentClaim, SubtotalClaim } from './types';

/** "同比下降 300%", "较上年的 40 件增加 5 件": the changes, and every figure they consumed (amounts, last year's). */
export function readChanges(text: string, slots: readonly Slot[]): { claims: ChangeClaim[]; used: Set<Quantity> } {
  const used = new Set<Quantity>();
  const claims: ChangeClaim[] = [];
  let previous: Slot | undefined;
  let lastEnd = 0;
  for (const slot of slots) {
    const since = text.slice(lastEnd, slot.q.start).replace(/\s+/gu, '');
    lastEnd = slot.q.end;
    if (PREVIOUS_LEAD.test(slot.lead)) {
      previous = slot;
      used.add(slot.q);
      continue;
    }
    const direction = DIRECTION.exec(slot.lead);
    // "较2022年分别增长10%、8%": which figure each change belongs to is left to the reader.
    if (/分别/u.test(since)) {
      previous = undefined;
      continue;
    }
    const marked = MARKER.test(since) || (previous !== undefined && slots[slots.indexOf(slot) - 1] === previous);
    if (!direction?.[1] || !marked) {
      previous = undefined;
      continue;
    }
    used.add(slot.q);
    const current = [...slots.slice(0, slots.indexOf(slot))]
      .reverse()
      .find(
        (s) => !used.has(s.q) && s.q.unit !== '%' && !s.inBrackets && (slot.q.unit === '%' || s.q.unit === slot.q.unit),
      );
    const start = previous?.leadStart ?? slot.leadStart;
    claims.push({
      kind: 'change',
      start,
      end: slot.q.end,
      text: text.slice(start, slot.q.end).trim(),
      direction: INCREASE.test(direction[1]) ? 'increase' : 'decrease',
      amount: slot.q,
      ...(previous && previous.q.unit !== '%' ? { previous: previous.q } : {}),
      ...(current ? { current: current.q } : {}),
      ...(slot.year !== undefined ? { year: slot.year } : {}),
    });
    previous = undefined;
  }
  return { claims, used };
}

/** A comparison with an earlier year. */
const MARKER = /同比|环比|相比|相较|较(?:上|去|前|\d{4})|比(?:上|去|前|\d{4})/u;
/** The figure right after this is last year's: "较上年的 40 件", "比 2022 年同期". */
const PREVIOUS_LEAD = /(?:较|比|与)(?:上年|去年|上一年|上年度|上一年度|前一年|\d{4}年)(?:度)?(?:同期)?(?:的)?$/u;
const DIRECTION = /(增长|增加|上升|提高|提升|增多|多|下降|减少|降低|下滑|回落|减|少)(?:了)?(?:约|近)?$/u;
const INCREASE = /增长|增加|上升|提高|提升|增多|多/u;

/** "共 N 件，其中 a 件、b 件": the list after 其中, of the figure right before it, in the same unit. */
export function readSubtotals(text: string, slots: readonly Slot[], used: ReadonlySet<Quantity>): SubtotalClaim[] {
  const out: SubtotalClaim[] = [];
  if (!text.includes('其中')) return out;
  const marks = [...text.matchAll(/其中/gu)].map((m) => m.index);
  marks.forEach((at, k) => {
    const next = marks[k + 1] ?? text.length;
    const total = slots.filter((s) => s.q.end <= at).at(-1);
    if (!total || used.has(total.q) || total.q.unit === '%' || total.q.unit === '个百分点') return;
    // 其中 must follow its total directly ("57 件，其中" / "57 件（其中"), else it is of something else.
    const between = text.slice(total.q.end, at);
    if (!/^[\s，,：:（(]*$/u.test(between)) return;
    // "2602 条（其中 a 82 条，…，其他 1053 条）": the bracket opened by 其中 holds the list itself, up to its close.
    const opened = /[（(]/u.test(between) && !total.inBrackets;
    const end = opened ? closingBracket(text, at, next) : next;
    const parts: Slot[] = [];
    let from = at + 2;
    for (const slot of slots) {
      if (slot.q.start < at || slot.q.start >= end) continue;
      if (/[。；;]/u.test(text.slice(from, slot.q.start))) break;
      from = slot.q.end;
      if (slot.inBrackets && !total.inBrackets && !(opened && depthAt(text, at, slot.q.start) === 0)) continue;
      if (used.has(slot.q) || slot.q.unit === '%' || slot.q.unit === '个百分点') continue;
      // A nested list or a new total ends this one.
      if (/包括|包含|含|分别|共|合计|总计|累计/u.test(slot.lead)) break;
      if (slot.q.unit !== total.q.unit) break;
      parts.push(slot);
    }
    if (parts.length === 0) return;
    const last = parts[parts.length - 1];
    const exhaustive = parts.length > 1 && !!last && REMAINDER.test(last.lead);
    out.push({
      kind: 'subtotal',
      start: total.leadStart,
      end: last?.q.end ?? total.q.end,
      text: text.slice(total.leadStart, last?.q.end ?? total.q.end).trim(),
      total: total.q,
      parts: parts.map((p) => p.q),
      labels: parts.map((p) => p.lead),
      exhaustive,
      ...(total.year !== undefined ? { year: total.year } : {}),
    });
  });
  return out;
}

/** Where the bracket open before `from` closes (or `limit`): brackets nested inside are skipped. */
function closingBracket(text: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return limit;
}

/** How many brackets opened after `from` are still open at `at`. */
function depthAt(text: string, from: number, at: number): number {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
  }
  return depth;
}

/** "其余 3 件", "其他 2 条": the list means to cover everything. */
// "其他应主动公开（的）政府信息": the last category of the legacy lists of 主动公开 categories is the rest too.
const REMAINDER =
  /^(?:其余|剩余|其他|另有|另)(?:的|为|情形|类|各类|方式|途径|渠道|申请|(?:类)?信息|应主动公开的?(?:政府)?信息)?(?:共|为|有)?$/u;

/** "占 43.9%" (with its part and, when stated, its base) and "办结率 100%". */
export function readPercents(
  text: string,
  slots: readonly Slot[],
  subtotals: readonly SubtotalClaim[],
  used: ReadonlySet<Quantity>,
  listTotal?: Quantity,
): PercentClaim[] {
  const out: PercentClaim[] = [];
  slots.forEach((slot, i) => {
    if (slot.q.unit !== '%' || used.has(slot.q)) return;
    const year = slot.year !== undefined ? { year: slot.year } : {};
    const rate = RATE.exec(slot.lead);
    if (rate?.[1] && !NOT_A_RATE.test(rate[1])) {
      const start = slot.leadStart + Math.max(0, slot.lead.indexOf(rate[1]));
      out.push({
        kind: 'percent',
        role: 'rate',
        start,
        end: slot.q.end,
        text: text.slice(start, slot.q.end).trim(),
        percent: slot.q,
        metric: rate[1],
        ...year,
      });
      return;
    }
    // The share's own clause: "占" is in it, possibly before an explicit base ("占收到申请总数 57 件的").
    let clauseStart = slot.q.start;
    while (clauseStart > 0 && !/[，,；;。：:！!？?\n]/u.test(text[clauseStart - 1] ?? '')) clauseStart--;
    const clause = text.slice(clauseStart, slot.q.start);
    const share = /占(?:比)?|比例|比重/u.exec(clause);
    if (!share) return;
    const sharePos = clauseStart + share.index;
    const earlier = slots.slice(0, i).filter((s) => !used.has(s.q) && s.q.unit !== '%' && s.q.unit !== '个百分点');
    const explicitBase = earlier.filter((s) => s.q.start > sharePos).at(-1);
    const part = earlier.filter((s) => s.q.end <= sharePos).at(-1);
    // "两项合计占 54.1%": the share is of a sum of earlier figures, not of the last one.
    const summed = /合计|共计|总计|两项|三项|以上|上述|二者|两者/u.test(
      text.slice(part?.q.end ?? sharePos, slot.q.start),
    );
    const partOk = part && !summed && !/[。；;]/u.test(text.slice(part.q.end, sharePos));
    let base = explicitBase?.q;
    if (!base && partOk) {
      base = subtotals.find((t) => t.parts.includes(part.q))?.total ?? scopeTotal(text, earlier, part)?.q;
      if (!base && /总数|总量|全部|总计|合计|所有|总/u.test(text.slice(sharePos, slot.q.start))) {
        base = earlier.find(
          (s) => s !== part && s.q.start < part.q.start && /共|总|合计|累计/u.test(s.lead) && s.q.unit === part.q.unit,
        )?.q;
      }
      // A list begun in an earlier sentence ("…1913 条。其中，A 1397 条，占 73%。"): its total, of the part's unit.
      if (!base && listTotal && listTotal.unit === part.q.unit && part.q.value <= listTotal.value) base = listTotal;
    }
    const start = partOk ? part.leadStart : sharePos;
    out.push({
      kind: 'percent',
      role: 'share',
      start,
      end: slot.q.end,
      text: text.slice(start, slot.q.end).trim(),
      percent: slot.q,
      ...(partOk ? { part: part.q } : {}),
      ...(base ? { base } : {}),
      ...year,
    });
  });
  return out;
}

/**
 * "在网站公开的 1913 条政府信息中，A 133 条，占 6.95%": a count followed closely by 中 scopes the figures after it —
 * the share's base — when it is of the part's unit and at least the part.
 */
function scopeTotal(text: string, earlier: readonly Slot[], part: Slot): Slot | undefined {
  return earlier
    .filter((s) => s.q.end <= part.q.start && s.q.unit === part.q.unit && s.q.value >= part.q.value)
    .filter((s) => /^[^，,。；;\d]{0,16}中[，,：:]/u.test(text.slice(s.q.end)))
    .at(-1);
}

/** "办结率 100%", "满意度达 98.5%": a rate's name right before its figure. */
const RATE = /([\u4e00-\u9fff]{0,6}(?:率|满意度))(?:为|达|达到|均为|均达|均达到|保持|保持在|实现|均保持)?(?:了)?$/u;
/** Growth rates may exceed 100 %; they are changes, not shares. */
const NOT_A_RATE = /增长|增速|增幅|涨幅|降幅|下降|减少|变化|同比|环比/u;
