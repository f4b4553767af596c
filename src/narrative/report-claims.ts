/**
 * Claims of a whole narrative: sentences read in order, so "年内共办结 54 件" right after a sentence about
 * requests for disclosure is read as being about them too.
 */
import type { Report, Sentence } from '../model';
import { APPLICATION_WORDS, extractClaims } from './claims';
import { findQuantities, normaliseDigits, sharingQuantities, type Quantity } from './numbers';
import type { Claim, ClaimContext, PercentClaim } from './types';

/** A sentence with the claims read from it. */
export interface SentenceClaims {
  sentence: Sentence;
  claims: Claim[];
}

/** The claims of every sentence of a report (memoised per report object: the text rules share one reading). */
export function reportClaims(report: Report): SentenceClaims[] {
  const cached = CACHE.get(report);
  if (cached) return cached;
  const year = typeof report.year === 'number' ? report.year : undefined;
  const result = sharingQuantities(() => extractAllClaims(narrativeSentences(report), year));
  CACHE.set(report, result);
  return result;
}

const CACHE = new WeakMap<Report, SentenceClaims[]>();

/** Claims of sentences in reading order, carrying the paragraph's topic from one sentence to the next. */
export function extractAllClaims(sentences: readonly Sentence[], reportYear?: number): SentenceClaims[] {
  return withRunBases(readInOrder(sentences, reportYear));
}

function readInOrder(sentences: readonly Sentence[], reportYear?: number): SentenceClaims[] {
  let topic: ClaimContext['topic'];
  let section: string | undefined;
  // The total a sentence ends on ("…主动公开政府信息 1913 条。"), and the list of shares a "其中" sentence opens under it.
  let lastTotal: Quantity | undefined;
  let listTotal: Quantity | undefined;
  let openList: Quantity | undefined;
  return sentences.map((sentence) => {
    const text = typeof sentence?.text === 'string' ? sentence.text : '';
    const newParagraph = sentence?.section !== section || HEADING.test(text);
    if (newParagraph) {
      topic = undefined;
      lastTotal = undefined;
    }
    section = sentence?.section;
    if (APPLICATION_WORDS.test(text)) topic = 'applications';
    else if (OTHER_TOPIC.test(text)) topic = undefined;
    // A list runs on while its sentences are "A N 条，占 X%" items with no total of their own.
    if (QIZHONG_START.test(text) && lastTotal && !OWN_TOTAL.test(text)) listTotal = lastTotal;
    else if (newParagraph || !isListItem(text)) listTotal = undefined;
    else if (openList) listTotal = openList;
    const context: ClaimContext = {
      ...(topic ? { topic } : {}),
      ...(reportYear ? { reportYear } : {}),
      ...(listTotal ? { listTotal } : {}),
    };
    const claims = extractClaims(sentence, context);
    lastTotal = endingTotal(text);
    // "在网站公开的 1913 条政府信息中，A 133 条，占 6.95%；B 145 条，占 8.05%；…": the items cut at "；" stay under
    // the total that scoped the first of them, until a sentence ends with "。".
    openList = /[；;]\s*$/u.test(text) ? (scopingTotal(text) ?? listTotal ?? openList) : undefined;
    return { sentence, claims };
  });
}

/**
 * "答复申请 805 件（含上年结转 18 件），均按时答复。予以公开 258 件，占 33.9%；不予公开 35 件，占 4.34%；无法提供
 * 265 件，占 32.9%；…": a run of "A N 件，占 X%" items right after a sentence that states their total, without 其中 and
 * without the total in their own sentences. The run's base is the count of that sentence which its shares agree on:
 * at least two of them and more than half; then every share of the run is of it, so the odd one is checked against
 * it too. No base is taken when the shares agree on none of the sentence's counts (they are of something else).
 */
function withRunBases(read: SentenceClaims[]): SentenceClaims[] {
  for (let i = 0; i < read.length; i++) {
    const run: PercentClaim[] = [];
    let j = i + 1;
    for (; j < read.length; j++) {
      const next = read[j] as SentenceClaims;
      if (next.sentence.section !== read[i]?.sentence.section || !LIST_ITEM.test(next.sentence.text)) break;
      const shares = next.claims.filter(
        (c): c is PercentClaim => c.kind === 'percent' && c.role === 'share' && !!c.part && !c.base,
      );
      if (shares.length === 0) break;
      run.push(...shares);
    }
    if (run.length >= 2) {
      const before = read[i] as SentenceClaims;
      const base = agreedBase(findQuantities(normaliseDigits(before.sentence.text)), run);
      if (base) for (const claim of run) claim.base = base;
      i = j - 1;
    }
  }
  return read;
}

/** The count (of the parts' unit, not approximate) that most of the run's shares agree with, if at least two do. */
function agreedBase(counts: readonly Quantity[], run: readonly PercentClaim[]): Quantity | undefined {
  let best: Quantity | undefined;
  let bestAgreeing = 0;
  for (const total of counts) {
    if (total.approximate || total.value <= 0 || !run.every((c) => c.part?.unit === total.unit)) continue;
    const agreeing = run.filter((c) => {
      const computed = ((c.part?.value ?? 0) / total.value) * 100;
      return Math.abs(computed - c.percent.value) <= Math.max(0.1, 0.5 * 10 ** -c.percent.decimals) + 1e-9;
    }).length;
    if (agreeing > bestAgreeing) {
      best = total;
      bestAgreeing = agreeing;
    }
  }
  return best && bestAgreeing >= 2 && bestAgreeing * 2 > run.length ? best : undefined;
}

/** A sentence that opens with 其中: its figures are parts of the total the sentence before ended on. */
const QIZHONG_START = /^\s*其中[，,：:]?/u;
/** A sentence with a total of its own is no item of an earlier list. */
const OWN_TOTAL = /共|合计|总计|累计/u;
/** One more item of such a list: a figure and its share, and no total of its own (共/合计/总计). */
const LIST_ITEM = /^[^。；;共总合累]{0,40}\d[^。；;]{0,6}[，,]\s*占(?:比)?\s*\d/u;

/** LIST_ITEM, tried only on a sentence with a 占 in it (the pattern backtracks through the first 40 characters). */
function isListItem(text: string): boolean {
  return text.includes('占') && LIST_ITEM.test(text);
}

/** "…公开的 1913 条政府信息中，…": a count followed closely by 中 that scopes the figures after it. */
function scopingTotal(text: string): Quantity | undefined {
  const t = normaliseDigits(text);
  return findQuantities(t)
    .filter((q) => q.unit !== '%' && q.unit !== '个百分点' && /^[^，,。；;\d]{0,16}中[，,：:]/u.test(t.slice(q.end)))
    .at(-1);
}

/** The count a sentence ends on ("…主动公开政府信息1913条。"), if it ends on one. */
function endingTotal(text: string): Quantity | undefined {
  const t = normaliseDigits(text);
  const last = findQuantities(t).at(-1);
  if (!last || last.unit === '%' || last.unit === '个百分点') return undefined;
  return /^[\s。.！!]*$/u.test(t.slice(last.end)) ? last : undefined;
}

/** The report's sentences; when the extractor gave none, the sections' text cut at 。！？ (pointing at the section). */
export function narrativeSentences(report: Report): Sentence[] {
  const sentences = Array.isArray(report.sentences) ? report.sentences.filter((s) => typeof s?.text === 'string') : [];
  if (sentences.length > 0) return sentences;
  const out: Sentence[] = [];
  for (const section of Array.isArray(report.sections) ? report.sections : []) {
    for (const text of splitSentences(section.text ?? '')) {
      out.push({ text, section: section.no, ...(section.src ? { src: section.src } : {}) });
    }
  }
  return out;
}

/** Cuts text after 。！？ and at line breaks; keeps the end punctuation with its sentence. */
export function splitSentences(text: string): string[] {
  return (text.match(/[^。！？!?\n]+[。！？!?]*/gu) ?? []).map((s) => s.trim()).filter(Boolean);
}

/** A sub-heading starts a new paragraph: "（三）政府信息管理情况", "3. 平台建设". */
const HEADING = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d+[、．](?!\d))/u;
/** Words of the other paragraphs of section 一: the topic is no longer requests. */
const OTHER_TOPIC = /主动公开|政府信息管理|平台建设|监督保障|提案|建议|培训|网站|新媒体|公众号/u;
