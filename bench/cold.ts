/**
 * `npx tsx bench/cold.ts [page.html]`: the engine's first audit in a fresh process — what a fresh tab's content
 * script pays — then the second, then warm (median of 50), on one page (default the e2e report page with two
 * errors). Run it a few times: the first audit's figure is one sample. `node --jitless` gives about the same first
 * audit, so that cost is first execution (lazy compilation of each function, inline caches, each regular
 * expression compiled on first use), not the optimising compiler.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../src/cli/dom';
import { checkReport } from '../src/audit';
import { extractFromDocument } from '../src/extract';
import { decodeHtml } from '../src/portal/decode';

const file = process.argv[2] ?? fileURLToPath(new URL('../test/fixtures/e2e/portal/errors.html', import.meta.url));
const html = decodeHtml(readFileSync(file));

function once(): { extract: number; rules: number } {
  const doc = parseHtml(html);
  let start = performance.now();
  const { report } = extractFromDocument(doc, { source: file });
  const extract = performance.now() - start;
  start = performance.now();
  checkReport(report);
  return { extract, rules: performance.now() - start };
}

const first = once();
const second = once();
const warm: Array<{ extract: number; rules: number }> = [];
for (let i = 0; i < 70; i++) warm.push(once());
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const tail = warm.slice(20);
const show = (label: string, t: { extract: number; rules: number }) =>
  console.log(
    `${label.padEnd(22)} extract ${t.extract.toFixed(2).padStart(7)} ms   rules ${t.rules.toFixed(2).padStart(7)} ms`,
  );
show('first audit (cold)', first);
show('second audit', second);
show('warm (median of 50)', { extract: median(tail.map((t) => t.extract)), rules: median(tail.map((t) => t.rules)) });
