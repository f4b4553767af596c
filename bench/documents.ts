/**
 * `npm run bench:documents -- [--corpus] [--browser] <dir-or-files>...`: per-report time of the PDF and DOCX readers,
 * warm (pdf.js and mammoth already loaded), over N runs per file — median and interquartile range of the medians,
 * and the split between loading the pages (pdf.js: text and operator lists) and the geometry + audit. Also the share
 * of PDFs whose three tables are all read ("ok", or as in the HTML twin when given). No budgets: the figures go in
 * docs/pdf.md.
 *
 * `--corpus` makes the corpus in a temporary folder (nothing is committed): every HTML fixture printed to PDF by
 * Chromium and written as DOCX (test/helpers/docx.ts), the real PDFs of test/fixtures/real, and a 100-page PDF (a
 * report whose narrative is repeated), whose peak memory is measured in a fresh process (bench/pdf-memory.ts).
 * `--browser` also times the extension's attachment page (the e2e build in Chromium) on each file, click to
 * findings, and the peak RSS of Chromium's renderer processes on the 100-page PDF.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { makeCorpus, timeInBrowser } from './documents-corpus';
import { auditPdf } from '../src/audit-pdf';
import { auditDocumentFile } from '../src/cli/documents';
import { loadPdfPages } from '../src/cli/pdf';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function files(args: string[]): string[] {
  return args
    .flatMap((a) => (statSync(a).isDirectory() ? readdirSync(a).map((f) => join(a, f)) : [a]))
    .filter((f) => /\.(?:pdf|docx)$/i.test(f));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const quartiles = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return [s[Math.floor((s.length - 1) / 4)] ?? 0, s[Math.floor(((s.length - 1) * 3) / 4)] ?? 0];
};

const perFile: Record<'pdf' | 'docx', number[]> = { pdf: [], docx: [] };
let complete = 0;
let pdfs = 0;
const args = process.argv.slice(2);
const corpusDir = args.includes('--corpus') ? mkdtempSync(join(tmpdir(), 'bench-documents-')) : undefined;
const inputs = args.filter((a) => !a.startsWith('--'));
let long: string | undefined;
if (corpusDir !== undefined) {
  long = await makeCorpus(corpusDir);
  inputs.push(corpusDir);
}
const all = files(inputs).filter((f) => f !== long);
for (const file of all) {
  const bytes = readFileSync(file);
  const kind = file.toLowerCase().endsWith('.pdf') ? 'pdf' : 'docx';
  const times: number[] = [];
  const loads: number[] = [];
  let statuses = '';
  for (let i = 0; i <= RUNS; i++) {
    const t0 = performance.now();
    let result;
    if (kind === 'pdf') {
      const pages = await loadPdfPages(bytes);
      loads.push(performance.now() - t0);
      result = auditPdf(pages, { source: file });
    } else result = await auditDocumentFile(file, 'docx', bytes, 'zh');
    // The first run loads the library and warms the JIT: not counted.
    if (i > 0) times.push(performance.now() - t0);
    statuses = (['T2', 'T3', 'T4'] as const).map((id) => result.report.tables[id]?.status ?? 'missing').join('/');
  }
  if (kind === 'pdf' && statuses !== 'missing/missing/missing') {
    pdfs++;
    if (statuses === 'ok/ok/ok') complete++;
  }
  perFile[kind].push(median(times));
  const load = loads.length > 0 ? ` (pdf.js ${median(loads.slice(1)).toFixed(0)} ms)` : '';
  console.log(`${basename(file).padEnd(40)} ${median(times).toFixed(0).padStart(6)} ms${load}  ${statuses}`);
}
for (const kind of ['pdf', 'docx'] as const) {
  const xs = perFile[kind];
  if (xs.length === 0) continue;
  const [q1 = 0, q3 = 0] = quartiles(xs);
  console.log(
    `${kind}: ${xs.length} files, median ${median(xs).toFixed(0)} ms per report (IQR ${q1.toFixed(0)}–${q3.toFixed(0)} ms)`,
  );
}
if (pdfs > 0) console.log(`PDFs with a table: ${complete}/${pdfs} have all three tables read completely (ok/ok/ok)`);
if (long !== undefined) {
  // Peak memory on a 100-page PDF, in a fresh process as the CLI reads it (3 runs).
  for (let run = 0; run < 3; run++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'pdf-memory.ts'), long], {
      encoding: 'utf8',
    });
    console.log(`100-page PDF, CLI process: ${child.stdout.trim() || child.stderr.trim()}`);
  }
}
if (args.includes('--browser')) {
  const figures = await timeInBrowser([...all, ...(long ? [long] : [])], long);
  for (const kind of ['pdf', 'docx'] as const) {
    const xs = figures.times[kind];
    if (xs.length === 0) continue;
    const [q1 = 0, q3 = 0] = quartiles(xs);
    console.log(
      `extension (attachment page), ${kind}: ${xs.length} files, median ${median(xs).toFixed(0)} ms click to findings (IQR ${q1.toFixed(0)}–${q3.toFixed(0)} ms)`,
    );
  }
  if (figures.long)
    console.log(
      `extension, 100-page PDF: ${figures.long.ms.toFixed(0)} ms, extension renderer RSS ${figures.long.rssBeforeMB.toFixed(0)} → peak ${figures.long.rssPeakMB.toFixed(0)} MB`,
    );
}
if (corpusDir !== undefined && existsSync(corpusDir)) rmSync(corpusDir, { recursive: true, force: true });
