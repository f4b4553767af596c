/**
 * Sentence-level claim extraction: the figures a sentence states and what they are figures of.
 * Precision over recall: a figure whose subject is not plain from the words right before it is not a claim.
 */
import type { Sentence } from '../model';
import { findQuantities, normaliseDigits, scanQuantities, type Quantity } from './numbers';
import { matchOutcome } from './outcomes';
import { readChanges, readPercents, readSubtotals } from './relations';
import { scanAllMaintained, scanZeroClaims } from './scans';
import { matchSubject, type Scope, type SubjectMatch } from './subjects';
import type { Claim, ClaimContext, Slot } from './types';

/** The claims one sentence makes, in the order they are written. Never throws; bad input gives []. */
export function extractClaims(sentence: Sentence, context: ClaimContext = {}): Claim[] {
  const text = normaliseDigits(typeof sentence?.text === 'string' ? sentence.text : '');
  if (!text.trim()) return [];
  const scope = scopeOf(sentence, text, context);
  const slots = findQuantities(text).map((q) => slotOf(text, q));
  const changes = readChanges(text, slots);
  const claims: Claim[] = [...changes.claims];

  let previousDocs: SubjectMatch | undefined;
  // "收到申请 20 件中，予以公开 5 件": the outcomes are of a subset, not of the year's requests.
  const subset = /\d\s*(?:件|条)[^，,。；;]{0,8}中/u.test(text);
  for (const slot of slots) {
    if (changes.used.has(slot.q) || slot.q.unit === '%' || slot.q.unit === '个百分点') continue;
    const base = { start: slot.leadStart, end: slot.q.end, ...(slot.year !== undefined ? { year: slot.year } : {}) };
    for (const lead of leadsOf(slot.lead)) {
      const subject = matchSubject(lead, slot.q.unit, scope, previousDocs);
      if (subject) {
        // "收到申请 30 件，其中通过网络收到申请 20 件" — a part of an earlier total is not the year's figure.
        if (subject.subject === 'newRequests' && slot.afterQizhong) continue;
        if (subject.docType) previousDocs = subject;
        const claim: Claim = {
          kind: 'count',
          ...base,
          text: claimText(text, slot),
          subject: subject.subject,
          quantity: slot.q,
          ...(subject.docType ? { docType: subject.docType } : {}),
          ...(subject.strictlyNew ? { strictlyNew: true } : {}),
          ...(subject.subject === 'newRequests' && includesCarried(text, slot.q) ? { includesCarried: true } : {}),
        };
        claims.push(claim);
        continue;
      }
      if (!scope.applications || subset || !COUNT_UNITS.test(slot.q.unit)) continue;
      const outcome = matchOutcome(lead);
      if (outcome) claims.push({ kind: 'outcome', ...base, text: claimText(text, slot), quantity: slot.q, ...outcome });
    }
  }

  claims.push(...readAll(text, slots, claims));
  const subtotals = readSubtotals(text, slots, changes.used);
  claims.push(...subtotals);
  claims.push(...readPercents(text, slots, subtotals, changes.used, context.listTotal));
  claims.push(...scanZeroClaims(text, scope), ...scanAllMaintained(text, scope));
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Clause boundaries: a subject never reaches across these. "、" is not one, for "行政复议、行政诉讼各 1 件". */
export const CLAUSE_BREAK = /[，,；;。：:！!？?（(）)\n]/u;

/** Where figure `q` stands in `text` (normalised digits): the words it is a figure of, brackets, 其中, year. */
function slotOf(text: string, q: Quantity): Slot {
  let from = q.start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1] ?? '')) from--;
  const previous = scanQuantities(text.slice(from, q.start)).at(-1);
  const leadStart = previous ? from + previous.end : from;
  const before = text.slice(0, q.start);
  const opened = (before.match(/[（(]/gu) ?? []).length - (before.match(/[）)]/gu) ?? []).length;
  return {
    q,
    lead: text
      .slice(leadStart, q.start)
      .replace(/\s+/gu, '')
      .replace(/^[、和及与]/u, ''),
    leadStart,
    inBrackets: opened > 0,
    afterQizhong: before.includes('其中'),
    year: yearBefore(before),
  };
}

/**
 * The words to read a subject from: the lead itself, or, for "行政复议、行政诉讼各 1 件" / "均为 0 件", each of the
 * coordinated subjects, every one of which the figure is then a count of.
 */
function leadsOf(lead: string): string[] {
  const each = /^(.*?)(?:各|均|都)(?:为|是|有)?$/u.exec(lead);
  if (!each?.[1]) return [lead];
  const items = each[1].split(/、|和|及|与|以及|或/u).filter(Boolean);
  return items.length > 1 ? items : [each[1]];
}

const COUNT_UNITS = /^(?:件|条|次|起|个|宗|项|份|件次)$/u;

/** The claim's words: from the start of its lead to the end of its figure. */
function claimText(text: string, slot: Slot): string {
  return text
    .slice(slot.leadStart, slot.q.end)
    .trim()
    .replace(/^[、和及与]/u, '');
}

/** "共受理申请 60 件（含上年结转 3 件）", "60 件，其中上年结转 3 件": the figure includes row 二. */
function includesCarried(text: string, q: Quantity): boolean {
  return /^[\s，,]*[（(]?(?:含|包括|包含|其中)[^。；;）)]{0,12}?(?:上(?:一)?年(?:度)?|\d{4}\s*年(?:度)?)结转/u.test(
    text.slice(q.end),
  );
}

/** The last year named before a point, skipping dates (2023年1月1日) and comparisons (较2022年). */
function yearBefore(before: string): number | undefined {
  let year: number | undefined;
  for (const m of before.matchAll(/(?<!\d)(\d{4})\s*年(?:度)?(?!\s*\d{1,2}\s*月)/gu)) {
    const y = Number(m[1]);
    if (/[较比与同至到自]$/u.test(before.slice(0, m.index).trimEnd())) continue;
    if (y >= 1990 && y <= 2100) year = y;
  }
  return year;
}

/** Which kind of paragraph the sentence is in (see Scope). */
function scopeOf(sentence: Sentence, text: string, context: ClaimContext): Scope {
  const section = typeof sentence.section === 'string' ? sentence.section : undefined;
  const applications = section === '三' || context.topic === 'applications' || APPLICATION_WORDS.test(text);
  const disclosure = applications || section === '四' || /信息公开/u.test(text);
  return { section, applications, disclosure, ...(context.reportYear ? { reportYear: context.reportYear } : {}) };
}

/** Words that put a sentence about requests for disclosure (依申请公开), not proactive disclosure. */
export const APPLICATION_WORDS =
  /依申请|公开申请|申请公开|信息公开申请|申请人|政府信息公开的申请|申请信息公开|申请办理|办结的申请|办理结果|答复结果/u;

/**
 * "收到申请 4 件，全部予以公开", "共办结 4 件，均已公开", "收到申请 2 件，均已按期答复": a figure of requests received or
 * completed, and right after it, in the next clause at most, that all of them were disclosed or answered. Gives an
 * outcome claim (all 予以公开) or a completed claim (all answered, for a figure of requests received); the rules
 * decide whether the table allows the comparison (allOf).
 */
function readAll(text: string, slots: readonly Slot[], claims: readonly Claim[]): Claim[] {
  const out: Claim[] = [];
  for (const claim of claims) {
    if (claim.kind !== 'count' || (claim.subject !== 'newRequests' && claim.subject !== 'completed')) continue;
    const slot = slots.find((s) => s.q === claim.quantity);
    if (!slot || slot.inBrackets) continue;
    // Up to the phrase: a bracketed detail ("（含上年结转 2 件）") and a comma, nothing else.
    const after = text.slice(slot.q.end).replace(/^\s*[（(][^）)]*[）)]/u, '');
    const m = ALL_DONE.exec(after);
    if (!m?.[1]) continue;
    const end = slot.q.end + (text.length - slot.q.end - after.length) + m[0].length;
    const base = {
      start: claim.start,
      end,
      text: text.slice(claim.start, end).trim(),
      ...(claim.year !== undefined ? { year: claim.year } : {}),
    };
    const allOf =
      claim.subject === 'newRequests'
        ? { allOf: { subject: 'newRequests' as const, includesCarried: !!claim.includesCarried } }
        : {};
    if (m[1] === '公开') {
      out.push({
        kind: 'outcome',
        ...base,
        rows: ['granted'],
        label: m[0].replace(/^[\s，,]+/u, ''),
        quantity: claim.quantity,
        legacy: false,
        ...allOf,
      });
    } else if (claim.subject === 'newRequests') {
      out.push({ kind: 'count', ...base, subject: 'completed', quantity: claim.quantity, ...allOf });
    }
  }
  return out;
}

/** "，全部予以公开", "，均已公开", "，均在法定期限内予以答复" — ending its clause (not "均已公开的 3 件"). */
const ALL_DONE =
  /^[\s，,]*(?:全部|均|都|一律)(?:已|已经)?(?:依法|按时|按期|及时|在法定期限内|在规定时限内|在规定期限内)?(?:全部)?(?:予以|给予|作出|进行)?(?:了)?(公开|答复)(?:完毕)?(?=[，,。；;！!]|$)/u;
