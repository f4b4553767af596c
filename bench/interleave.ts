/**
 * `npx tsx bench/interleave.ts <rev> [rev2]`: the engine of a git revision against the working tree's (or against
 * `rev2`), both bundled with esbuild and loaded side by side in this one process, alternating page by page so that
 * both see the same load — on a shared machine the only fair before/after. Give the same revision twice for an A/A
 * run (the noise of the set-up). Prints, over the report pages of the fixtures and the real corpus (DOM given, the
 * CLI's), the median per page of two measures, and B against A:
 * - as `bench:node` measures: extract (a fresh extraction each time) + rules re-run on one report — so what the
 *   rules memoise per report (the narrative's claims, table views, sentence forms) is paid only once;
 * - fresh: extract + rules on a fresh report every time, as one audit of a page is.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parseHtml } from '../src/cli/dom';
import { decodeHtml } from '../src/portal/decode';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);

interface Engine {
  extractFromDocument(doc: Document, opts: { source: string }): { report: { detected: boolean } };
  checkReport(report: unknown): unknown;
}

async function main(): Promise<void> {
  const [revA, revB] = process.argv.slice(2);
  if (revA === undefined) {
    console.error('usage: npx tsx bench/interleave.ts <rev> [rev2]   (rev2: the working tree when absent)');
    process.exitCode = 2;
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'interleave-'));
  try {
    const A = await engineOf(work, revA, 'a');
    const B = await engineOf(work, revB, 'b');
    run(A, B, `${revA} → ${revB ?? 'working tree'}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The engine of `rev` (the working tree when undefined), bundled (esbuild, which tsx brings) into its own module. */
async function engineOf(work: string, rev: string | undefined, name: string): Promise<Engine> {
  let root = ROOT;
  if (rev !== undefined) {
    root = join(work, name);
    mkdirSync(root, { recursive: true });
    const tar = execFileSync('git', ['-C', ROOT, 'archive', rev, 'src'], { maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', root], { input: tar });
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  }
  const entry = join(work, `${name}-entry.ts`);
  writeFileSync(
    entry,
    `export { checkReport } from ${JSON.stringify(join(root, 'src/audit'))};\n` +
      `export { extractFromDocument } from ${JSON.stringify(join(root, 'src/extract'))};\n`,
  );
  const outfile = join(work, `${name}.mjs`);
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
  return (await import(pathToFileURL(outfile).href)) as Engine;
}

function run(A: Engine, B: Engine, label: string): void {
  const dirs = ['test/fixtures/html/', 'test/fixtures/real/complete/'].map((d) => join(ROOT, d));
  const pages = dirs
    .flatMap((d) => readdirSync(d, { withFileTypes: true }).map((f) => join(d, f.name)))
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ name: f, doc: parseHtml(decodeHtml(readFileSync(f))) }))
    .filter((p) => A.extractFromDocument(p.doc, { source: p.name }).report.detected);
  const times = { A: pages.map(() => new Times()), B: pages.map(() => new Times()) };
  for (let round = 0; round < ROUNDS; round++) {
    pages.forEach((page, i) => {
      // Which engine goes first alternates, so neither always runs in the other's wake.
      for (const side of round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
        const engine = side === 'A' ? A : B;
        const t = times[side][i] as Times;
        const source = { source: page.name };
        for (let k = 0; k < 12; k++)
          t.extract.push(
            timed(() => engine.extractFromDocument(page.doc, source)),
            k < 2,
          );
        const report = engine.extractFromDocument(page.doc, source).report;
        for (let k = 0; k < 40; k++)
          t.rules.push(
            timed(() => engine.checkReport(report)),
            k < 4,
          );
        for (let k = 0; k < 6; k++) {
          const fresh = () => engine.checkReport(engine.extractFromDocument(page.doc, source).report);
          t.fresh.push(timed(fresh), k < 1);
        }
      }
    });
  }
  const bench = (side: 'A' | 'B') => times[side].map((t) => median(t.extract.all) + median(t.rules.all));
  const fresh = (side: 'A' | 'B') => times[side].map((t) => median(t.fresh.all));
  console.log(`${label}: ${pages.length} report pages, ${ROUNDS} rounds; median per page, ms`);
  show('as bench:node (extract + rules on one report)', bench('A'), bench('B'));
  show('fresh (extract + rules, a new report each time)', fresh('A'), fresh('B'));
}

class Times {
  extract = new Samples();
  rules = new Samples();
  fresh = new Samples();
}

/** Samples after the warm-up ones of each block. */
class Samples {
  all: number[] = [];
  push(ms: number, warmUp: boolean): void {
    if (!warmUp) this.all.push(ms);
  }
}

function timed(f: () => unknown): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
}

function show(what: string, a: number[], b: number[]): void {
  const change = (x: number, y: number) => `${((y / x - 1) * 100).toFixed(1)} %`;
  const ratios = a.map((x, i) => (b[i] as number) / x);
  console.log(
    `  ${what}: A ${median(a).toFixed(3)}, B ${median(b).toFixed(3)} (${change(median(a), median(b))}); ` +
      `median of per-page ratios ${((median(ratios) - 1) * 100).toFixed(1)} %`,
  );
}

await main();
