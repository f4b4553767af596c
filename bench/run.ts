/**
 * `npm run bench`: how fast the engine is on portal-style pages. For each page of the corpus (the HTML fixtures
 * plus synthetic large pages), with the DOM already parsed, it times the three stages separately over N runs —
 * quick recognition, extraction, rules — and prints median/min/max; then whole-file throughput as the CLI sees it
 * (read + decode + parse + audit). Budgets: extract+rules ≤ 1 ms median on a typical report page; quick
 * recognition ≤ 0.1 ms median on a typical non-report page. Exit status 1 when a budget is broken. The DOM is the
 * CLI's (src/cli/fast-dom.ts); BENCH_DOM=linkedom runs the whole bench on linkedom's instead (in its own process:
 * an engine that has walked both kinds of node in one process is slower on both).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditDocument, headText } from '../src/audit';
import { decodeHtml } from '../src/portal/decode';
import { parseHtml as parseCliHtml } from '../src/cli/dom';
import { parseHtmlWithLinkedom } from '../src/cli/dom-linkedom';
import { quickLooksLikeReport } from '../src/detect/recognise';
import { runRules } from '../src/engine/run-rules';
import { extractFromDocument } from '../src/extract';
import { rules as registry } from '../src/rules';
import { knockOns } from '../src/rules/attribution';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/html/', import.meta.url));
/** Real report pages as their portals published them (the corpus); read from the corpus branch where not merged. */
const REAL = fileURLToPath(new URL('../test/fixtures/real/complete/', import.meta.url));
const REAL_BRANCH = 'corpus';
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 20;
/** Issue budgets, in ms: the content script's engine on a typical report page, and recognition on other pages. */
const BUDGET = { engineMs: 1, quickMs: 0.1 };

interface Page {
  name: string;
  html: string;
  bytes: Uint8Array;
}

function corpus(): Page[] {
  const pages = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(FIXTURES, f));
      return { name: basename(f, '.html'), html: decodeHtml(bytes), bytes };
    });
  const report = pages.find((p) => p.name === 'xinxiang-2023')!.html;
  const news = pages.find((p) => p.name === 'news')!.html;
  const synthetic = [
    { name: 'synthetic: report + 300 news items', html: padWithNews(report, 300) },
    { name: 'synthetic: report + 5,000-row junk table', html: withJunkTable(report, 5000) },
    { name: 'synthetic: news + 300 news items', html: padWithNews(news, 300) },
  ];
  return [...pages, ...realPages(), ...synthetic.map((p) => ({ ...p, bytes: new TextEncoder().encode(p.html) }))];
}

/** test/fixtures/real/complete/*.html, or the same files from the corpus branch, or none (said so, not an error). */
function realPages(): Page[] {
  const page = (f: string, bytes: Uint8Array): Page => ({
    name: `real: ${basename(f, '.html')}`,
    html: decodeHtml(bytes),
    bytes,
  });
  if (existsSync(REAL)) {
    return readdirSync(REAL)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => page(f, readFileSync(join(REAL, f))));
  }
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: join(FIXTURES, '../../..'),
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  try {
    const names = git('ls-tree', '--name-only', `${REAL_BRANCH}:test/fixtures/real/complete`).toString().split('\n');
    return names
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => page(f, new Uint8Array(git('show', `${REAL_BRANCH}:test/fixtures/real/complete/${f}`))));
  } catch {
    console.log(`(no real report pages: neither test/fixtures/real/complete/ nor a "${REAL_BRANCH}" branch)`);
    return [];
  }
}

/** A portal's side columns: lists of news links and a link table, before and after the article. */
function padWithNews(html: string, items: number): string {
  const list = Array.from(
    { length: items },
    (_, i) =>
      `<li><a href="/xwzx/art_${i}.html" title="要闻${i}">县公安局开展第${i}期警务实战大练兵活动</a><span>2024-01-${String((i % 28) + 1).padStart(2, '0')}</span></li>`,
  ).join('\n');
  const side = `<div class="side"><h3>工作动态</h3><ul>${list}</ul></div>`;
  return html.replace('<body>', `<body>${side}`).replace('</body>', `${side}</body>`);
}

/** A huge unrelated table (a download list or a statistics dump pasted on the same page). */
function withJunkTable(html: string, rows: number): string {
  const body = Array.from(
    { length: rows },
    (_, i) => `<tr><td>${i + 1}</td><td>事项名称${i}</td><td>${(i * 37) % 1000}</td><td>办结</td></tr>`,
  ).join('\n');
  return html.replace(
    '</body>',
    `<table border="1"><tr><td>序号</td><td>名称</td><td>数量</td><td>状态</td></tr>${body}</table></body>`,
  );
}

function measure(run: () => void, runs = RUNS): { median: number; min: number; max: number } {
  for (let i = 0; i < WARMUP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, max: times.at(-1)! };
}

/** The median of a list of per-page medians. */
function middle(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const ms = (x: number) => x.toFixed(3).padStart(8);
const stat = (s: { median: number; min: number; max: number }) => `${ms(s.median)} ${ms(s.min)} ${ms(s.max)}`;

/** The DOM the bench parses into: the CLI's, or linkedom's with BENCH_DOM=linkedom. */
const parseHtml = process.env.BENCH_DOM === 'linkedom' ? parseHtmlWithLinkedom : parseCliHtml;

function main(): void {
  const pages = corpus();
  console.log(
    `Node ${process.version}, ${process.env.BENCH_DOM === 'linkedom' ? "linkedom's DOM" : "the CLI's DOM"}, ${RUNS} runs per stage (after ${WARMUP} warm-up runs); times in ms: median min max\n`,
  );
  console.log(
    `${'page'.padEnd(42)} ${'KB'.padStart(5)} | ${'recognise (quick)'.padEnd(26)} | ${'recognise + head text'.padEnd(26)} | ${'extract'.padEnd(26)} | ${'rules'.padEnd(26)} | detected findings`,
  );
  const engineMedians: number[] = [];
  const quickMedians: number[] = [];
  for (const page of pages) {
    const doc = parseHtml(page.html);
    // The string scans alone, then as the facade does it: reading the start of the body text first.
    const head = headText(doc);
    const recognise = measure(() => void quickLooksLikeReport(doc.title, head));
    const withText = measure(() => void quickLooksLikeReport(doc.title, headText(doc)));
    const extract = measure(() => void extractFromDocument(doc, { source: page.name }), Math.min(RUNS, 50));
    const { report } = extractFromDocument(doc, { source: page.name });
    const rules = measure(() => void runRules(report, { rules: registry, knockOns }));
    const findings = runRules(report, { rules: registry, knockOns }).findings.length;
    if (!page.name.startsWith('synthetic')) {
      if (report.detected) engineMedians.push(extract.median + rules.median);
      else quickMedians.push(withText.median);
    }
    console.log(
      `${page.name.padEnd(42)} ${(page.bytes.length / 1024).toFixed(0).padStart(5)} | ${stat(recognise)} | ${stat(withText)} | ${stat(extract)} | ${stat(rules)} | ${String(report.detected).padEnd(8)} ${findings}`,
    );
  }

  const engine = middle(engineMedians);
  const quick = middle(quickMedians);
  console.log(
    `\nbudget: extract + rules, median over ${engineMedians.length} fixture report pages: ${engine.toFixed(3)} ms (≤ ${BUDGET.engineMs} ms); worst page ${Math.max(...engineMedians).toFixed(3)} ms`,
  );
  console.log(
    `budget: quick recognition incl. head text, median over ${quickMedians.length} non-report pages: ${quick.toFixed(3)} ms (≤ ${BUDGET.quickMs} ms)`,
  );
  if (engine > BUDGET.engineMs || quick > BUDGET.quickMs) {
    console.log('OVER BUDGET');
    process.exitCode = 1;
  }

  // Whole-file throughput as the CLI sees it: bytes → text → DOM → audit, for every page of the corpus.
  const rounds = Math.max(1, Math.round(RUNS / 20));
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const page of pages) auditDocument(parseHtml(decodeHtml(page.bytes)), { source: page.name });
  }
  const seconds = (performance.now() - start) / 1000;
  const total = rounds * pages.length;
  console.log(
    `\nwhole file (read bytes → decode → parse → audit): ${total} pages in ${seconds.toFixed(2)} s = ${(total / seconds).toFixed(0)} reports/s`,
  );
  const typical = pages.filter((p) => !p.name.startsWith('synthetic'));
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++)
    for (const page of typical) auditDocument(parseHtml(decodeHtml(page.bytes)), { source: page.name });
  const s0 = (performance.now() - t0) / 1000;
  console.log(
    `whole file, fixtures only (no synthetic pages): ${((rounds * typical.length) / s0).toFixed(0)} reports/s`,
  );
}

main();
