/**
 * The long fuzzing run behind `npm run fuzz -- --runs 100000 --seed N [--only grid,edits] [--slow-ms 5000]`: the
 * properties of the property tests with many more runs and a seed of your choice. An input that takes longer than
 * --slow-ms is reported as a failure too (a hang is a bug). Prints each property's result and the command that
 * replays a failure; resolves to the exit status.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { reportPage, reportText, tablePage } from './arbitraries';
import { checkCli, cliCase, scratch } from './cli-check';
import { checkEdit, editArb, loadEditCases } from './edit-cases';
import { checkAudit, checkExtraction, checkGrids, checkText } from './invariants';
import { makeParsers, settle, type Parser } from './parsers';

/** Runs the fuzzers named in argv; 0 when every property held, 1 when one failed, 2 on bad arguments. */
export async function fuzz(argv: readonly string[], log: (line: string) => void = console.log): Promise<number> {
  const options = parseOptions(argv);
  if ('error' in options) {
    log(`${options.error}\n${USAGE}`);
    return 2;
  }
  const { only, ...run } = options;
  const { parsers, close } = makeParsers();
  const { dir, dispose } = scratch();
  let failed = false;
  try {
    for (const target of TARGETS) {
      if (only.size > 0 && !only.has(target.name)) continue;
      const started = performance.now();
      const details = await target.run({ ...run, parsers, dir });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (!details.failed) {
        log(`ok    ${target.name}: ${details.numRuns} runs in ${seconds} s`);
        continue;
      }
      failed = true;
      log(`FAIL  ${target.name} after ${details.numRuns} runs (${seconds} s): ${String(details.errorInstance ?? '')}`);
      log(`      counterexample: ${fc.stringify(details.counterexample)}`);
      log(
        `      replay: npm run fuzz -- --only ${target.name} --seed ${details.seed} --path ${details.counterexamplePath}`,
      );
    }
  } finally {
    dispose();
    await close();
  }
  return failed ? 1 : 0;
}

interface RunContext {
  runs: number;
  seed: number;
  /** Replays one failure (fast-check's counterexample path). */
  path?: string;
  slowMs: number;
  parsers: Parser[];
  dir: string;
}

interface Target {
  name: string;
  run(ctx: RunContext): Promise<fc.RunDetails<unknown>>;
}

function params(ctx: RunContext): fc.Parameters<unknown> {
  return {
    numRuns: ctx.runs,
    seed: ctx.seed,
    ...(ctx.path === undefined ? {} : { path: ctx.path, endOnFailure: true }),
  };
}

/**
 * A page check on every parser, that also fails when the input takes longer than the budget (the engine must never
 * freeze a page); async only to let happy-dom free each document (parsers.ts settle).
 */
function onPages(ctx: RunContext, check: (doc: Document) => void): (html: string) => Promise<void> {
  return async (html) => {
    for (const parser of ctx.parsers) timed(ctx.slowMs, () => check(parser.parse(html)));
    await settle();
  };
}

function timed(slowMs: number, check: () => void): void {
  const start = performance.now();
  check();
  const ms = performance.now() - start;
  if (ms > slowMs) throw new Error(`took ${ms.toFixed(0)} ms (over --slow-ms ${slowMs})`);
}

const TARGETS: Target[] = [
  { name: 'grid', run: (ctx) => fc.check(fc.asyncProperty(tablePage, onPages(ctx, checkGrids)), params(ctx)) },
  {
    name: 'extract',
    run: (ctx) =>
      fc.check(
        fc.asyncProperty(
          tablePage,
          onPages(ctx, (doc) => checkExtraction(doc)),
        ),
        params(ctx),
      ),
  },
  {
    name: 'report',
    run: (ctx) =>
      fc.check(
        fc.asyncProperty(
          reportPage,
          onPages(ctx, (doc) => {
            checkGrids(doc);
            checkExtraction(doc);
            checkAudit(doc);
          }),
        ),
        params(ctx),
      ),
  },
  {
    name: 'text',
    run: async (ctx) =>
      fc.check(
        fc.property(fc.oneof(reportText, fc.string({ unit: 'binary', maxLength: 2000 })), (text) =>
          timed(ctx.slowMs, () => checkText(text)),
        ),
        params(ctx),
      ),
  },
  {
    name: 'edits',
    run: async (ctx) => {
      const cases = loadEditCases();
      return fc.check(
        fc.property(editArb(cases), ({ c, edit }) => timed(ctx.slowMs, () => checkEdit(c, edit))),
        params(ctx),
      );
    },
  },
  {
    name: 'cli',
    run: (ctx) =>
      fc.check(
        fc.asyncProperty(cliCase, (c) => checkCli(ctx.dir, c)),
        params(ctx),
      ),
  },
];

const USAGE = `usage: npm run fuzz -- [--runs N] [--seed N] [--only ${TARGETS.map((t) => t.name).join(',')}] [--slow-ms MS] [--path P]`;

function parseOptions(
  argv: readonly string[],
): { runs: number; seed: number; only: Set<string>; slowMs: number; path?: string } | { error: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        runs: { type: 'string', default: '10000' },
        seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
        only: { type: 'string', default: '' },
        'slow-ms': { type: 'string', default: '5000' },
        path: { type: 'string' },
      },
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  const slowMs = Number(values['slow-ms']);
  if (!Number.isSafeInteger(runs) || runs <= 0)
    return { error: `--runs must be a positive integer, not ${values.runs}` };
  if (!Number.isSafeInteger(seed)) return { error: `--seed must be an integer, not ${values.seed}` };
  if (!(slowMs > 0)) return { error: `--slow-ms must be positive, not ${values['slow-ms']}` };
  const only = new Set(values.only.split(',').filter((s) => s !== ''));
  const unknown = [...only].filter((name) => !TARGETS.some((t) => t.name === name));
  if (unknown.length > 0) return { error: `unknown fuzz target: ${unknown.join(', ')}` };
  return { runs, seed, only, slowMs, ...(values.path === undefined ? {} : { path: values.path }) };
}
