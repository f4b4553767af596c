/**
 * Claims of a whole narrative: sentences read in order, so "年内共办结 54 件" right after a sentence about
 * requests for disclosure is read as being about them too.
 */
import type { Report, Sentence } from '../model';
import { APPLICATION_WORDS, extractClaims } from './claims';
import type { Claim, ClaimContext } from './types';

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
  const result = extractAllClaims(narrativeSentences(report), year);
  CACHE.set(report, result);
  return result;
}

const CACHE = new WeakMap<Report, SentenceClaims[]>();

/** Claims of sentences in reading order, carrying the paragraph's topic from one sentence to the next. */
export function extractAllClaims(sentences: readonly Sentence[], reportYear?: number): SentenceClaims[] {
  let topic: ClaimContext['topic'];
  let section: string | undefined;
  return sentences.map((sentence) => {
    const text = typeof sentence?.text === 'string' ? sentence.text : '';
    if (sentence?.section !== section || HEADING.test(text)) topic = undefined;
    section = sentence?.section;
    if (APPLICATION_WORDS.test(text)) topic = 'applications';
    else if (OTHER_TOPIC.test(text)) topic = undefined;
    const context: ClaimContext = { ...(topic ? { topic } : {}), ...(reportYear ? { reportYear } : {}) };
    return { sentence, claims: extractClaims(sentence, context) };
  });
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
