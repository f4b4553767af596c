/**
 * `npm run bench:batch`: the CLI against the data journalist's usual alternative, on the same files in the same run.
 * Writes PAGES portal-style report pages (the HTML fixtures, each with a different amount of portal chrome around
 * it) to a temporary folder, then runs, interleaved for ROUNDS rounds: `gov-report-audit --format json` over all of
 * them (the bin script, as a user runs it: process start, tsx, reading, parsing, auditing, output) and
 * bench/peer-pandas.py (`pandas.read_html` + the 表四 sums by hand; needs python3-pandas and python3-lxml) over the
 * same files; and the CLI again with a worker pool (GOV_REPORT_AUDIT_THREADS=BENCH_THREADS, default one per core). Prints reports/s for both (min / median / max over the rounds) and the ratio. Wall-clock time of the
 * whole process for both; the peer's own in-process figure (files already read, no start-up) is printed beside it.
 * Then, in this process, the throughput of the per-file work up to each stage (read, decode, parse, audit): the
 * parse alone is the floor no DOM-based auditor of the page gets under. And the CLI's code bundled ahead with esbuild
 * (test-results/cli-bundle/), to show what tsx's start-up costs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { auditDocument } from '../src/audit';
import { parseHtml } from '../src/cli/dom';
import { parseHtmlWithLinkedom } from '../src/cli/dom-linkedom';
import { toJson } from '../src/export';
import { decodeHtml } from '../src/portal/decode';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGES = Number(process.env.BENCH_PAGES ?? 400);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SOURCES = ['test/fixtures/html', 'test/fixtures/html-blind'];

interface Stats {
  min: number;
  median: number;
  max: number;
}

function stats(xs: readonly number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s.at(-1)! };
}

/** The report pages of the fixtures (non-report pages are left out: both sides would skip them cheaply). */
function basePages(): Array<{ name: string; bytes: Buffer }> {
  return SOURCES.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.html') && !/^(news|guide|listing)\.html$/.test(f))
      .sort()
      .map((f) => ({ name: f.replace(/\.html$/, ''), bytes: readFileSync(join(ROOT, dir, f)) })),
  );
}

/** A portal's side column of news links, inserted after <body> (ASCII-only, so GBK pages stay valid). */
function sideColumn(items: number): Buffer {
  const list = Array.from(
    { length: items },
    (_, i) =>
      `<li><a href="/xwzx/art_${i}.html">art ${i}</a><span>2024-01-${String((i % 28) + 1).padStart(2, '0')}</span></li>`,
  ).join('');
  return Buffer.from(`<div class="side"><ul>${list}</ul></div>`);
}

function writePages(dir: string): string[] {
  const bases = basePages();
  const files: string[] = [];
  for (let i = 0; i < PAGES; i++) {
    const base = bases[i % bases.length]!;
    const at = base.bytes.indexOf('<body>');
    const extra = sideColumn(i % 40);
    const bytes =
      at < 0 ? base.bytes : Buffer.concat([base.bytes.subarray(0, at + 6), extra, base.bytes.subarray(at + 6)]);
    const file = join(dir, `${String(i).padStart(4, '0')}-${base.name}.html`);
    writeFileSync(file, bytes);
    files.push(file);
  }
  return files;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
}

/**
 * In-process throughput of the per-file work up to each stage, on the same files (no process start-up): what the
 * CLI's own work costs, and the floor — reading, decoding and parsing the page, which any auditor of the page pays.
 * htmlparser2 is the parser inside linkedom and the CLI's DOM (src/cli/fast-dom.ts); its bare tree (domhandler nodes)
 * is no DOM the engine reads, so it is a floor, not an option measured end to end. linkedom, which the CLI used
 * before, is measured beside it.
 */
function inProcess(files: readonly string[]): Record<string, number> {
  const stages: Record<string, (f: string) => void> = {
    'read + decode': (f) => void decodeHtml(readFileSync(f)),
    'read + decode + htmlparser2 parse (floor)': (f) => void parseDocument(decodeHtml(readFileSync(f))),
    'read + decode + linkedom parse': (f) => void parseHtmlWithLinkedom(decodeHtml(readFileSync(f))),
    'read + decode + CLI DOM parse (fast-dom)': (f) => void parseHtml(decodeHtml(readFileSync(f))),
    'read + decode + linkedom parse + audit + JSON': (f) => {
      const { elements: _e, ...result } = auditDocument(parseHtmlWithLinkedom(decodeHtml(readFileSync(f))), {
        source: f,
      });
      JSON.stringify(toJson([result]));
    },
    'read + decode + CLI DOM parse + audit + JSON': (f) => {
      const { elements: _e, ...result } = auditDocument(parseHtml(decodeHtml(readFileSync(f))), { source: f });
      JSON.stringify(toJson([result]));
    },
  };
  const out: Record<string, number> = {};
  for (const [name, run] of Object.entries(stages)) out[name] = files.length / time(() => files.forEach(run));
  return out;
}

/**
 * The CLI bundled ahead with esbuild into test-results/ (inside the repo, so that the packages left out resolve from
 * node_modules): the same code without tsx compiling the module graph at every start. Not how the CLI ships — a
 * measurement of what its start-up costs. Undefined when esbuild is not there.
 */
function bundleCli(): string | undefined {
  const out = join(ROOT, 'test-results/cli-bundle/main.mjs');
  const run = spawnSync(
    join(ROOT, 'node_modules/.bin/esbuild'),
    [
      join(ROOT, 'src/cli/main.ts'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      `--outfile=${out}`,
      '--log-level=error',
      '--external:pdfjs-dist',
      '--external:mammoth',
      '--external:tinypool',
      "--banner:js=import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return run.status === 0 ? out : undefined;
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'gra-bench-'));
  try {
    const files = writePages(dir);
    const kb = files.reduce((sum, f) => sum + readFileSync(f).length, 0) / files.length / 1024;
    // Debian's python3-pandas lives in the system Python, which a pyenv or venv python3 earlier on PATH hides.
    const python = [process.env.PYTHON, 'python3', '/usr/bin/python3'].find(
      (py) => py && spawnSync(py, ['-c', 'import pandas, lxml'], { stdio: 'ignore' }).status === 0,
    );
    const hasPeer = python !== undefined;
    console.log(
      `${files.length} pages (mean ${kb.toFixed(0)} KB), ${ROUNDS} rounds, interleaved; Node ${process.version}`,
    );
    if (!hasPeer)
      console.log('peer skipped: python3 with pandas and lxml not found (apt install python3-pandas python3-lxml)');
    const threads = Number(process.env.BENCH_THREADS ?? availableParallelism());
    const bundle = bundleCli();
    const bundled: number[] = [];
    const cli: number[] = [];
    const pooled: number[] = [];
    const peer: number[] = [];
    const peerInside: number[] = [];
    const stages: Record<string, number[]> = {};
    for (let round = 0; round < ROUNDS; round++) {
      cli.push(
        files.length /
          time(() => {
            // Exit status 1 means "an error finding", which the derived error pages have on purpose.
            const run = spawnSync(
              process.execPath,
              [join(ROOT, 'bin/gov-report-audit.mjs'), '--format', 'json', ...files],
              {
                cwd: ROOT,
                env: { ...process.env, GOV_REPORT_AUDIT_THREADS: '1' },
                maxBuffer: 1 << 30,
                stdio: ['ignore', 'ignore', 'pipe'],
              },
            );
            if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI exited ${run.status}: ${run.stderr}`);
          }),
      );
      if (bundle !== undefined) {
        bundled.push(
          files.length /
            time(() => {
              const run = spawnSync(process.execPath, [bundle, '--format', 'json', ...files], {
                cwd: ROOT,
                env: { ...process.env, GOV_REPORT_AUDIT_THREADS: '1' },
                maxBuffer: 1 << 30,
                stdio: ['ignore', 'ignore', 'pipe'],
              });
              if (run.status !== 0 && run.status !== 1)
                throw new Error(`the bundled CLI exited ${run.status}: ${run.stderr}`);
            }),
        );
      }
      if (threads > 1) {
        pooled.push(
          files.length /
            time(() => {
              const run = spawnSync(
                process.execPath,
                [join(ROOT, 'bin/gov-report-audit.mjs'), '--format', 'json', ...files],
                {
                  cwd: ROOT,
                  env: { ...process.env, GOV_REPORT_AUDIT_THREADS: String(threads) },
                  maxBuffer: 1 << 30,
                  stdio: ['ignore', 'ignore', 'pipe'],
                },
              );
              if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI exited ${run.status}: ${run.stderr}`);
            }),
        );
      }
      for (const [name, rate] of Object.entries(inProcess(files))) (stages[name] ??= []).push(rate);
      if (!hasPeer) continue;
      let out = '';
      peer.push(
        files.length /
          time(() => {
            out = execFileSync(python!, [join(ROOT, 'bench/peer-pandas.py'), '1', ...files], {
              encoding: 'utf8',
              maxBuffer: 1 << 24,
            });
          }),
      );
      const inside = /([\d.]+) reports\/s/.exec(out);
      if (inside) peerInside.push(Number(inside[1]));
    }
    const show = (label: string, s: Stats) =>
      console.log(
        `${label.padEnd(58)} ${s.median.toFixed(1).padStart(8)} reports/s  (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)})`,
      );
    show('gov-report-audit --format json (whole process)', stats(cli));
    if (bundled.length > 0) show('  the same code bundled ahead (esbuild; no tsx at start-up)', stats(bundled));
    if (pooled.length > 0) show(`  the same, GOV_REPORT_AUDIT_THREADS=${threads} (worker pool)`, stats(pooled));
    console.log('in this process, one thread, no start-up (files from the page cache):');
    for (const [name, rates] of Object.entries(stages)) show(`  ${name}`, stats(rates));
    if (!hasPeer) return;
    show('pandas.read_html peer (whole process)', stats(peer));
    show('pandas.read_html peer (its own timer: no start-up, files read)', stats(peerInside));
    const ratios = cli.map((c, i) => c / peer[i]!);
    const r = stats(ratios);
    console.log(
      `ratio CLI / peer, per round (whole process both): median ${r.median.toFixed(2)}× (min ${r.min.toFixed(2)}, max ${r.max.toFixed(2)})`,
    );
    if (bundled.length > 0) {
      const rb = stats(bundled.map((c, i) => c / peer[i]!));
      console.log(
        `ratio bundled CLI / peer (whole process both):    median ${rb.median.toFixed(2)}× (min ${rb.min.toFixed(2)}, max ${rb.max.toFixed(2)})`,
      );
    }
    const ri = stats(cli.map((c, i) => c / peerInside[i]!));
    console.log(
      `ratio CLI (whole process) / peer (own timer):     median ${ri.median.toFixed(2)}× (min ${ri.min.toFixed(2)}, max ${ri.max.toFixed(2)})`,
    );
    for (const [name, rates] of Object.entries(stages)) {
      const rs = stats(rates.map((x, i) => x / peer[i]!));
      console.log(
        `ratio ${name} (in process) / peer (whole process): median ${rs.median.toFixed(2)}× (min ${rs.min.toFixed(2)}, max ${rs.max.toFixed(2)})`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
