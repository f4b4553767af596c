/**
 * year-duplicate (warning): the narrative, or the tables' non-zero data, nearly identical to last year's report
 * (rules.md G) — "内容雷同" is named as a fault in 国办公开办函〔2021〕30号. Text is compared by character shingles
 * with the years masked (a copy whose only edit is "2022年" → "2023年" is still a copy); tables by their non-zero
 * cells.
 */
import { defineRule } from '../engine/define-rule';
import meta from './meta/year-duplicate';
import { auditableTable, countValue } from './lib/tables';
import type { CellValue, Report, TableId } from '../model';
import { narrativeSentences } from '../narrative/report-claims';
import { foldWidth } from '../text/normalise';

export default defineRule(meta, {
  check(report, ctx) {
    const previous = ctx.previous;
    if (!previous) return;
    const text = textSimilarity(report, previous.report);
    if (text !== undefined && text >= THRESHOLD) {
      ctx.report({
        messageId: 'text',
        data: { similarity: percent(text), threshold: percent(THRESHOLD), ...previous.names },
      });
    }
    const tables = tableSimilarity(report, previous.report);
    if (tables && tables.same.length / tables.compared >= THRESHOLD) {
      ctx.report({
        messageId: 'tables',
        cells: tables.same,
        data: {
          same: tables.same.length,
          compared: tables.compared,
          similarity: percent(tables.same.length / tables.compared),
          ...previous.names,
        },
      });
    }
  },
});

/** "≥ 85 % shingle similarity" (rules.md G). */
const THRESHOLD = 0.85;
/** Shingle length in characters: Chinese packs a word into two or three, so five spans a short phrase. */
const SHINGLE = 5;
/** Texts shorter than this (after normalisation) are too short to call one a copy of the other. */
const MIN_TEXT = 200;
/** Tables need this many non-zero figures, adding up to at least MIN_SUM, before equality means copying: a small
 * office with one request a year legitimately prints the same few 1s every year. */
const MIN_CELLS = 8;
const MIN_SUM = 20;

/**
 * The share of this report's text shingles that last year's report already had (containment rather than Jaccard:
 * the question is how much of this report is old text, whatever last year's report held besides); undefined when
 * either text is too short to judge.
 */
export function textSimilarity(report: Report, previous: Report): number | undefined {
  const x = shingles(normalise(narrative(report)));
  const y = shingles(normalise(narrative(previous)));
  if (!x || !y) return undefined;
  let common = 0;
  for (const s of x) if (y.has(s)) common++;
  return common / x.size;
}

function narrative(report: Report): string {
  return narrativeSentences(report)
    .map((s) => s.text)
    .join('\n');
}

/** NFKC, years masked, only letters and digits kept (layout, spacing and punctuation are not content). */
function normalise(text: string): string {
  return foldWidth(text)
    .replace(/(?<!\d)(?:19|20)\d{2}(?!\d)|[〇零○一二三四五六七八九]{4}(?=年)/gu, '#')
    .replace(/[^\p{L}\p{N}#]+/gu, '');
}

function shingles(text: string): Set<string> | undefined {
  if (text.length < MIN_TEXT) return undefined;
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= text.length; i++) out.add(text.slice(i, i + SHINGLE));
  return out;
}

/**
 * The cells of this year's tables whose non-zero figure equals last year's, over the cells non-zero in either year.
 * 现行有效件数 is left out: a stock of documents in force stays the same whenever nothing was issued or repealed.
 */
function tableSimilarity(report: Report, previous: Report): { same: CellValue[]; compared: number } | undefined {
  const same: CellValue[] = [];
  let compared = 0;
  let sum = 0;
  for (const id of TABLES) {
    const now = auditableTable(report, id);
    const before = auditableTable(previous, id);
    if (!now || !before) continue;
    const keys = new Set<string>();
    for (const v of [...now.table.values, ...before.table.values]) {
      if (v.table === 'T2' && v.column === 'valid') continue;
      if ((countValue(v) ?? 0) > 0) keys.add(`${v.row}\u0000${v.column}`);
    }
    for (const key of keys) {
      const [row = '', column = ''] = key.split('\u0000');
      compared++;
      const a = now.num(row, column);
      const cell = now.cell(row, column);
      if (a === undefined || !cell || a !== before.num(row, column)) continue;
      same.push(cell);
      sum += a;
    }
  }
  return compared >= MIN_CELLS && sum >= MIN_SUM ? { same, compared } : undefined;
}

const TABLES: readonly TableId[] = ['T2', 'T3', 'T4'];

function percent(ratio: number): number {
  return Math.round(ratio * 100);
}
