/**
 * The real-report corpus (test/fixtures/real): load each file's hand-worked expectations, audit the file with the
 * engine, and list every disagreement between the two as one line of text. Shared by real.test.ts and by
 * `npx tsx test/golden/real-corpus.ts` (prints the current disagreements as known-gaps.json entries, for review).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { auditDocument, auditText } from '../../src/audit';
import { auditPdf } from '../../src/audit-pdf';
import { parseHtml } from '../../src/cli/dom';
import { loadPdfPages } from '../../src/cli/pdf';
import { cellKey } from '../../src/engine/cells';
import type { AuditResult, Finding, Severity, TableStatus } from '../../src/model';
import { decodeHtml } from '../../src/portal/decode';

export const REAL_DIR = new URL('../fixtures/real/', import.meta.url);
export const NOW = new Date('2026-06-01T00:00:00Z');

export interface ExpectedFinding {
  rule: string;
  severity: Severity;
  /**
   * Every cell key (`T3:newReceived:total`), else the sentence's first 12 characters in “quotes”, else the table
   * (T2/T3/T4), else `section 五` (doc-missing-section). `~text` (alone) matches a finding whose sentence contains text.
   */
  where: string[];
}

export interface Expected {
  file: string;
  kind: 'complete' | 'converted' | 'opening';
  form: string;
  detected: boolean;
  title?: string;
  year?: number;
  agency?: string;
  format?: string;
  published?: string;
  tables?: Partial<Record<'T2' | 'T3' | 'T4', TableStatus>>;
  /** Absent for openings: an opening's expectations say only what it shows (recognition, title, year, agency, format). */
  findings?: ExpectedFinding[];
  worked?: string;
}

export interface KnownGap {
  file: string;
  /** One disagreement line, exactly as `disagreements` writes it. */
  gap: string;
  /** Issue-13 class (1–8), or 0 when none of the eight fits. */
  class: number;
  /** false error / false warning / false info / miss / wrong field. */
  type: string;
  /** Why the engine cannot do better yet, for a gap left on purpose (what a fix would need). */
  reason?: string;
}

export function loadExpected(): Expected[] {
  const dir = new URL('expected/', REAL_DIR);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Expected);
}

/** Every corpus file is audited, PDFs included (read with pdf.js, src/cli/pdf.ts). */
export function runnable(_e: Expected): boolean {
  return true;
}

export async function audit(e: Expected): Promise<AuditResult> {
  const url = new URL(e.file, REAL_DIR);
  const opts = { source: e.file, now: NOW };
  if (e.file.endsWith('.pdf')) return auditPdf(await loadPdfPages(readFileSync(url)), opts);
  if (/\.html?$/.test(e.file)) return auditDocument(parseHtml(decodeHtml(readFileSync(url))), opts);
  return auditText(readFileSync(url, 'utf8'), opts);
}

const TABLE_OF_NAME: Array<[RegExp, string]> = [
  [/表二|T2/, 'T2'],
  [/表三|T3/, 'T3'],
  [/表四|T4/, 'T4'],
];

/** Where a finding points: every cell, else its sentence, else the table its data names. */
export function where(f: Finding): string[] {
  if (f.cells.length > 0) return f.cells.map(cellKey);
  if (f.sentence) return [`“${f.sentence.text.replace(/\s+/g, '').slice(0, 12)}”`];
  const table = typeof f.data.table === 'string' ? f.data.table : '';
  const id = TABLE_OF_NAME.find(([re]) => re.test(table))?.[1];
  if (id || table) return [id ?? table];
  return typeof f.data.section === 'string' ? [`section ${f.data.section}`] : [];
}

const show = (f: ExpectedFinding) => `${f.rule} ${f.severity} ${f.where.join(',')}`;
const flat = (text: string | undefined) => (text ?? '').replace(/\s+/g, '');

/** Expected `~text` matches a finding whose sentence contains `text`; anything else must be equal, item by item. */
function sameWhere(want: string[], got: { where: string[]; sentence: string }): boolean {
  if (want.length === 1 && want[0]!.startsWith('~')) return got.sentence.includes(flat(want[0]!.slice(1)));
  return want.length === got.where.length && want.every((w, i) => w === got.where[i]);
}

/** Every disagreement between expectations and the engine's result, one stable line each, sorted. */
export function disagreements(e: Expected, result: AuditResult): string[] {
  const out: string[] = [];
  const { report } = result;
  const field = (name: string, want: unknown, got: unknown) => {
    if (want !== undefined && want !== got)
      out.push(`${name}: expected ${JSON.stringify(want)}, found ${JSON.stringify(got ?? null)}`);
  };
  field('detected', e.detected, report.detected);
  if (e.detected && report.detected) {
    field('year', e.year, report.year);
    field('agency', e.agency, report.agency);
    field('format', e.format, report.format);
    field('title', e.title, report.title?.replace(/\s+/g, ''));
    field('published', e.published, report.published?.date?.slice(0, 10));
    for (const id of ['T2', 'T3', 'T4'] as const)
      field(`table ${id}`, e.tables?.[id], report.tables?.[id]?.status ?? 'missing');
  }
  if (e.findings) {
    const rest = result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      where: where(f),
      sentence: flat(f.sentence?.text),
    }));
    for (const w of e.findings) {
      const i = rest.findIndex((g) => g.rule === w.rule && g.severity === w.severity && sameWhere(w.where, g));
      if (i >= 0) rest.splice(i, 1);
      else out.push(`missing finding: ${show(w)}`);
    }
    for (const g of rest) out.push(`unexpected finding: ${show(g)}`);
  }
  return out.sort();
}

export function loadKnownGaps(): KnownGap[] {
  return JSON.parse(readFileSync(new URL('known-gaps.json', REAL_DIR), 'utf8')) as KnownGap[];
}

// `npx tsx test/golden/real-corpus.ts`: print today's disagreements (with the classes already assigned kept).
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
  let known: KnownGap[] = [];
  try {
    known = loadKnownGaps();
  } catch {
    /* first run */
  }
  const rows: KnownGap[] = [];
  for (const e of loadExpected().filter(runnable)) {
    for (const gap of disagreements(e, await audit(e))) {
      const k = known.find((g) => g.file === e.file && g.gap === gap);
      rows.push(k ?? { file: e.file, gap, class: -1, type: gapType(gap) });
    }
  }
  process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
}

function gapType(gap: string): string {
  const m = /^(missing|unexpected) finding: \S+ (\S+)/.exec(gap);
  if (!m) return 'wrong field';
  return m[1] === 'missing' ? 'miss' : `false ${m[2]}`;
}
