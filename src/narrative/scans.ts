/**
 * Claims stated without a figure: "未发生行政复议、行政诉讼", "未收取任何费用", "均获维持".
 */
import type { Scope } from './subjects';
import type { AllMaintainedClaim, ZeroClaim } from './types';

/** "未发生…行政复议/行政诉讼" (zero cases) and "未收取…费用" (no information-processing fee). */
export function scanZeroClaims(text: string, scope: Scope): ZeroClaim[] {
  const out: ZeroClaim[] = [];
  // Each negation is read only in a clause that names cases, so a sentence naming none has none to read.
  if (scope.disclosure && CASES.test(text)) {
    for (const m of text.matchAll(NO_CASES)) {
      const at = m.index;
      if (m[0] === '无' && !NO_BEFORE.test(text.slice(Math.max(0, at - 3), at))) continue;
      const clause = text.slice(at, clauseEnd(text, at));
      const cases = CASES.exec(clause);
      // "未发生行政复议，被提起行政诉讼 1 件": the negation covers its own clause only, and a clause with a
      // figure in it ("未经复议直接起诉 1 件") is a count, not a denial.
      if (!cases || cases.index > 30 || QUALIFIED.test(clause) || /[1-9]/u.test(clause)) continue;
      const base = { start: at, end: at + clause.length, text: clause.trim() };
      if (REVIEW.test(clause)) out.push({ kind: 'zero', subject: 'review', ...base });
      if (/诉讼|起诉/u.test(clause)) out.push({ kind: 'zero', subject: 'litigation', ...base });
    }
  }
  // Every phrase of NO_FEE ends in 费: most sentences are passed over without the pattern (matchAll copies it).
  if (text.includes('费')) {
    for (const m of text.matchAll(NO_FEE)) {
      out.push({ kind: 'zero', subject: 'infoFee', start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return dedupe(out);
}

const NO_CASES =
  /未发生|没有发生|未出现|没有出现|未曾发生|未有|没有|不存在|未被|未收到|没有收到|未涉及|均未|未曾|未(?=提起|申请|引起|引发|产生)|无(?![法论需偿关效误异])/gu;
/** A bare 无 opens a negation only after a pause or an adverb ("，无行政复议", "全年无"), not inside a word. */
const NO_BEFORE = /(?:^|[，,；;。：:、\s]|均|并|且|亦|也|年|内|度|中|期)$/u;
const CASES = /行政复议|行政诉讼|复议|诉讼|起诉/u;
/** The negation is of an outcome of cases, not of the cases: "未发生行政复议被纠错的情况". */
const QUALIFIED = /纠错|纠正|败诉|撤销|确认违法|超期|违法|维持|撤诉/u;
/** "未向申请人收取任何费用", "没有产生信息公开处理费", "不收取费用". */
const NO_FEE =
  /(?:未|没有|不|无|均未|未曾)(?:向申请人)?(?:收取|产生|发生|收)(?:了)?(?:任何)?[\u4e00-\u9fff]{0,12}?(?:费用|处理费|费)/gu;

function clauseEnd(text: string, from: number): number {
  const rest = text.slice(from).search(/[，,；;。！!？?\n]/u);
  return rest < 0 ? text.length : from + rest;
}

/** One claim per subject and span: "未发生" and the "未" inside it both match. */
function dedupe(claims: ZeroClaim[]): ZeroClaim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.subject}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "均获维持": every case of the kind named just before ended 维持. */
export function scanAllMaintained(text: string, scope: Scope): AllMaintainedClaim[] {
  const out: AllMaintainedClaim[] = [];
  if (!text.includes('维持')) return out;
  for (const m of text.matchAll(ALL_MAINTAINED)) {
    // The cases are those of the clause group the phrase closes (since the last ；or 。).
    const from =
      Math.max(text.lastIndexOf('；', m.index), text.lastIndexOf(';', m.index), text.lastIndexOf('。', m.index)) + 1;
    const before = text.slice(from, m.index);
    const review = REVIEW.test(before);
    const litigation = /诉讼|起诉/u.test(before);
    if (!review && !litigation) continue;
    if (!scope.disclosure) continue;
    const subject = review && litigation ? 'any' : review ? 'review' : 'litigation';
    // "已审结 3 件，均获维持，尚未审结 2 件": the phrase is about the concluded cases only.
    const group = text.slice(from, clauseGroupEnd(text, m.index));
    const concludedOnly = /审结|审理中|正在审理|在审/u.test(group);
    out.push({ kind: 'allMaintained', subject, concludedOnly, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** A mention of reviews: 复议, but not in 未经复议 or 复议后 (kinds of lawsuit). */
const REVIEW = /(?<!未经)复议(?!后)/u;

function clauseGroupEnd(text: string, from: number): number {
  const rest = text.slice(from).search(/[；;。]/u);
  return rest < 0 ? text.length : from + rest;
}

/** "均获维持", "全部被维持", "均予以维持" — but not "均维持在较高水平" (kept at a level). */
const ALL_MAINTAINED =
  /(?:均|全部|都|皆)(?:已|被|依法)?(?:获|予以|得到|获得)?维持(?!在|了|着|较|良|稳|高|原有|现|不变|正常|率)/gu;
