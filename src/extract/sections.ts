import { SECTIONS } from '../template';
import { collapseSpace, isSubOrdinal, normaliseLabel, ordinalValue, splitOrdinal } from '../text/normalise';
import type { StreamItem } from './stream';

/**
 * Stage 6a: the six section headings, found by their TEXT (SECTIONS aliases, else each section's key words),
 * because ordinals are unreliable on real pages ("1、总体情况", "一)主动公开", "二、行政机关主动公开政府信息情况").
 * Among all candidates the best
 * sequence in reading order is kept (numbers increasing), so that a sub-item or the report's own list of contents
 * cannot displace the real heading.
 */
export function findSections(items: readonly StreamItem[]): SectionHit[] {
  const matches = items.map((item) => (item.kind === 'text' ? matchSectionHeading(item.text) : undefined));
  const candidates: SectionHit[] = [];
  matches.forEach((match, index) => {
    if (match === undefined) return;
    // A heading with a body beats a line of a table of contents (followed directly by the next heading).
    const bodied = index + 1 < items.length && matches[index + 1] === undefined ? BODY_BONUS : 0;
    const heading = collapseSpace((items[index] as { text: string }).text).replace(/^#+\s*/, '');
    candidates.push({ no: match.no, score: match.score + bodied, index, heading });
  });
  return bestSequence(candidates);
}

const BODY_BONUS = 0.5;

/** A section heading found in the stream. */
export interface SectionHit {
  /** 一 … 六 */
  no: string;
  /** Position of the heading in the stream. */
  index: number;
  heading: string;
  /** How sure: 3 = right ordinal, 2 = no ordinal, 1 = sub-item or wrong ordinal. */
  score: number;
}

/** Section number and confidence when `text` reads as one of the six headings, else undefined. */
export function matchSectionHeading(text: string): { no: string; score: number } | undefined {
  if (text.length > 120) return undefined;
  const label = normaliseLabel(text).replace(/[:：.。]+$/, '');
  if (label.length === 0 || label.length > MAX_HEADING || /[。;!?]/.test(label)) return undefined;
  const { ordinal, rest } = splitOrdinal(label);
  for (const section of ALIASES) {
    for (const alias of section.aliases) {
      if (!rest.endsWith(alias)) continue;
      const extra = rest.length - alias.length;
      if (extra > MAX_PREFIX) continue;
      return { no: section.no, score: scoreOrdinal(ordinal, section.number) - extra / 100 };
    }
  }
  const byWords = sectionByWords(rest);
  if (byWords === undefined) return undefined;
  return { no: byWords.no, score: scoreOrdinal(ordinal, byWords.number) - WORDS_PENALTY };
}

/**
 * Real reports word their headings in many ways ("存在的主要问题及整改措施", "存在问题及改进情况", "政府信息公开
 * 行政复议、行政诉讼情况", "行政法复议" with a typo): a heading the aliases miss is matched on the key words of each
 * section — all of them present, in a short line that ends the way headings end (情况, 事项, 措施 …) — and only
 * when exactly one section's words are there.
 */
function sectionByWords(rest: string): { no: string; number: number } | undefined {
  if (rest.length > MAX_WORDS_HEADING || /[，,、]$/.test(rest) || /[，,]/.test(rest) || !HEADING_END.test(rest))
    return undefined;
  const hits = SECTION_WORDS.filter((s) => s.all.every((re) => re.test(rest)));
  if (hits.length !== 1) return undefined;
  const hit = hits[0] as (typeof SECTION_WORDS)[number];
  return { no: hit.no, number: NUMBERS.indexOf(hit.no) + 1 };
}

/** A heading matched by words ranks just below one matched by an alias. */
const WORDS_PENALTY = 0.05;
const MAX_WORDS_HEADING = 30;
const HEADING_END = /(?:情况|事项|措施|概况|概述|问题|计划|方向|举措|建议|思路|不足)$/u;
const SECTION_WORDS: ReadonlyArray<{ no: string; all: RegExp[] }> = [
  { no: '一', all: [/总体情况|总体概况|基本情况|工作概况|概述/u] },
  { no: '二', all: [/主动公开/u, /政府信息/u] },
  { no: '三', all: [/申请/u, /收到|受理|处理|办理/u] },
  { no: '四', all: [/复议/u, /诉讼/u] },
  { no: '五', all: [/问题|不足/u, /存在|改进|整改/u] },
  { no: '六', all: [/其他|其它/u, /事项/u] },
];

/** Longest heading accepted ("四、政府信息公开工作被申请行政复议、提起行政诉讼情况" is 27). */
const MAX_HEADING = 40;
/** Words allowed before the alias: "行政机关", "政府信息公开工作", "本机关". */
const MAX_PREFIX = 10;

const NUMBERS = ['一', '二', '三', '四', '五', '六'];
const ALIASES = SECTIONS.map((s) => ({
  no: s.no,
  number: NUMBERS.indexOf(s.no) + 1,
  // Longest first, so "收到和处理政府信息公开的申请情况" is tried before shorter aliases it contains.
  aliases: [s.title, ...s.aliases].map(normaliseLabel).sort((a, b) => b.length - a.length),
}));

function scoreOrdinal(ordinal: string, number: number): number {
  if (ordinal === '' || ordinal === '()') return 2;
  const value = ordinalValue(ordinal);
  if (value === number && !isSubOrdinal(ordinal)) return 3;
  return 1;
}

/** Highest-scoring subsequence with increasing section numbers (dynamic programming; candidates are few). */
function bestSequence(candidates: SectionHit[]): SectionHit[] {
  const n = candidates.length;
  const best: number[] = new Array<number>(n).fill(0);
  const prev: number[] = new Array<number>(n).fill(-1);
  const num = (h: SectionHit): number => NUMBERS.indexOf(h.no);
  for (let i = 0; i < n; i++) {
    const ci = candidates[i] as SectionHit;
    best[i] = ci.score;
    for (let j = 0; j < i; j++) {
      const cj = candidates[j] as SectionHit;
      if (num(cj) < num(ci) && (best[j] as number) + ci.score > (best[i] as number)) {
        best[i] = (best[j] as number) + ci.score;
        prev[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < n; i++) if (end < 0 || (best[i] as number) > (best[end] as number)) end = i;
  const out: SectionHit[] = [];
  for (let i = end; i >= 0; i = prev[i] as number) out.unshift(candidates[i] as SectionHit);
  return out;
}
