/**
 * The corpus tables of docs/corpus.md, made from the hand-worked expectations and the engine's current
 * disagreements with them (known-gaps.json): per file, what it deserves and where the engine differs, the totals of
 * false errors, false warnings and misses, and the gaps by issue-13 class. `npx tsx test/golden/corpus-doc.ts --write`
 * rewrites the part of docs/corpus.md between its markers; real.test.ts checks that the document is current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadExpected, loadKnownGaps, REAL_DIR, type Expected, type KnownGap } from './real-corpus';

export const DOC = new URL('../../docs/corpus.md', import.meta.url);
const BEGIN = '<!-- corpus tables: made by test/golden/corpus-doc.ts, do not edit by hand -->';
const END = '<!-- end of corpus tables -->';

const CLASSES: Record<number, string> = {
  0: '0 (none of the eight)',
  1: '1 converter text',
  2: '2 missing-table proof',
  3: '3 heading variants',
  4: '4 narrative subjects',
  5: '5 fair blame',
  6: '6 repeated findings',
  7: '7 precise is not wrong',
  8: '8 golden suite',
};

interface Counts {
  falseErrors: number;
  falseWarnings: number;
  falseInfo: number;
  missed: number;
  fields: number;
}

function count(gaps: readonly KnownGap[]): Counts {
  const c: Counts = { falseErrors: 0, falseWarnings: 0, falseInfo: 0, missed: 0, fields: 0 };
  for (const g of gaps) {
    if (g.type === 'false error') c.falseErrors++;
    else if (g.type === 'false warning') c.falseWarnings++;
    else if (g.type === 'false info') c.falseInfo++;
    else if (g.type.startsWith('miss')) c.missed++;
    else c.fields++;
  }
  return c;
}

/** file → "repository `folder`" from provenance.md. */
function sources(): Map<string, string> {
  const out = new Map<string, string>();
  const text = readFileSync(new URL('provenance.md', REAL_DIR), 'utf8');
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || !/\.(html?|txt|pdf)$/.test(cells[1] ?? '')) continue;
    const folder = (cells[3] ?? '').split('/').slice(-2, -1)[0];
    out.set(cells[1] as string, folder ? `${cells[2]} \`${folder}\`` : (cells[2] ?? ''));
  }
  return out;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function expectedFindings(e: Expected): string {
  if (!e.findings || e.findings.length === 0) return '—';
  return e.findings.map((f) => `${f.rule} ${f.severity} (${f.where.join(', ')})`).join('; ');
}

function openingExpectation(e: Expected): string {
  const parts = [`detected ${e.detected}`];
  for (const k of ['title', 'year', 'agency', 'format', 'published'] as const)
    if (e[k] !== undefined) parts.push(`${k} ${e[k]}`);
  return parts.join(', ');
}

/** The generated part of docs/corpus.md. */
export function corpusTables(): string {
  const expected = loadExpected();
  const gaps = loadKnownGaps();
  const src = sources();
  const gapsOf = (file: string) => gaps.filter((g) => g.file === file);
  const lines: string[] = [BEGIN, '', '## Complete reports and converter texts', ''];
  lines.push(
    '| file | source | form | expected findings | engine today (differences) | false errors | false warnings | missed |',
  );
  lines.push('|---|---|---|---|---|---|---|---|');
  const complete = expected.filter((e) => e.kind !== 'opening');
  for (const e of complete) {
    const own = gapsOf(e.file);
    const c = count(own);
    const differences = own.length === 0 ? 'same' : own.map((g) => g.gap).join('; ');
    lines.push(
      `| ${e.file} | ${cell(src.get(e.file) ?? (e.file.endsWith('.innertext.txt') ? 'made here from the page' : 'made here from the PDF'))} | ${e.form} | ${cell(expectedFindings(e))} | ${cell(differences)} | ${c.falseErrors} | ${c.falseWarnings} | ${c.missed} |`,
    );
  }
  const all = count(gaps.filter((g) => !g.file.startsWith('openings/')));
  lines.push(
    '',
    `**Totals over ${complete.length} files: ${all.falseErrors} false errors, ${all.falseWarnings} false warnings, ${all.missed} missed findings, ${all.fields} wrong fields (and ${all.falseInfo} false info).**`,
  );

  lines.push('', '## Page openings', '', '| file | expected | engine today (differences) |', '|---|---|---|');
  const openings = expected.filter((e) => e.kind === 'opening');
  for (const e of openings) {
    const own = gapsOf(e.file);
    lines.push(
      `| ${e.file} | ${cell(openingExpectation(e))} | ${cell(own.length === 0 ? 'same' : own.map((g) => g.gap).join('; '))} |`,
    );
  }
  const differing = new Set(gaps.filter((g) => g.file.startsWith('openings/')).map((g) => g.file)).size;
  const unrecognised = gaps.filter(
    (g) => g.file.startsWith('openings/') && g.gap.startsWith('detected: expected true'),
  ).length;
  lines.push(
    '',
    `${openings.length} openings; the engine disagrees on ${differing}; ${unrecognised} real report openings are not recognised as reports.`,
  );

  lines.push('', '## Known gaps by issue-13 class', '');
  lines.push(
    '| class | disagreements | false errors | false warnings | false info | missed findings | wrong fields |',
    '|---|---|---|---|---|---|---|',
  );
  for (const k of [...new Set(gaps.map((g) => g.class))].sort((a, b) => a - b)) {
    const own = gaps.filter((g) => g.class === k);
    const c = count(own);
    lines.push(
      `| ${CLASSES[k] ?? k} | ${own.length} | ${c.falseErrors} | ${c.falseWarnings} | ${c.falseInfo} | ${c.missed} | ${c.fields} |`,
    );
  }
  if (gaps.length === 0) lines.push('| — | 0 | 0 | 0 | 0 | 0 | 0 |');
  lines.push('', END);
  return lines.join('\n');
}

/** docs/corpus.md with its generated part replaced by `tables`. */
export function withTables(doc: string, tables: string): string {
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error('docs/corpus.md has no corpus-table markers');
  return doc.slice(0, a) + tables + doc.slice(b + END.length);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
  const doc = readFileSync(DOC, 'utf8');
  const next = withTables(doc, corpusTables());
  if (process.argv.includes('--write')) writeFileSync(DOC, next);
  else process.stdout.write(next);
}
