/**
 * `npx tsx bench/profile.ts [seconds]`: the engine's hot loop for a CPU profile (`node --cpu-prof --import tsx
 * bench/profile.ts`): extract + rules on every report page of the HTML fixtures and the real corpus pages, DOM given,
 * repeated for the given time (default 10 s). Prints the per-page median for a check against bench/run.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkReport } from '../src/audit';
import { extractFromDocument } from '../src/extract';
import { decodeHtml } from '../src/portal/decode';
import { parseHtml } from '../src/cli/dom';

const dirs = ['../test/fixtures/html/', '../test/fixtures/real/complete/'].map((d) =>
  fileURLToPath(new URL(d, import.meta.url)),
);
const pages = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ name: f, doc: parseHtml(decodeHtml(readFileSync(join(d, f)))) })),
);
const reports = pages.filter((p) => extractFromDocument(p.doc, { source: p.name }).report.detected);
const seconds = Number(process.argv[2] ?? 10);
const times = new Map<string, number[]>(reports.map((p) => [p.name, []]));
const end = performance.now() + seconds * 1000;
const cpu0 = process.cpuUsage();
const main0 = mainThreadNs();
let audits = 0;
while (performance.now() < end) {
  for (const p of reports) {
    const s = performance.now();
    checkReport(extractFromDocument(p.doc, { source: p.name }).report);
    times.get(p.name)!.push(performance.now() - s);
    audits++;
  }
}
const cpu = process.cpuUsage(cpu0);
const main = mainThreadNs() - main0;
const medians = [...times].map(([name, t]) => {
  const sorted = t.slice(5).sort((a, b) => a - b);
  return { name, median: sorted[sorted.length >> 1]!, p10: sorted[Math.floor(sorted.length / 10)]! };
});
for (const m of medians) console.log(m.name.padEnd(30), m.median.toFixed(3));
const all = medians.map((m) => m.median).sort((a, b) => a - b);
const p10s = medians.map((m) => m.p10).sort((a, b) => a - b);
console.log(
  'median of medians',
  all[all.length >> 1]!.toFixed(3),
  'ms over',
  all.length,
  'pages; median of p10s',
  p10s[p10s.length >> 1]!.toFixed(3),
  'ms;',
  'CPU time per audit (mean): process',
  ((cpu.user + cpu.system) / 1000 / audits).toFixed(3),
  'ms, main thread',
  (main / 1e6 / audits).toFixed(3),
  'ms',
);

/** Time the main thread spent on a CPU, in ns (Linux schedstat; NaN elsewhere): less sensitive to a busy machine than wall time. */
function mainThreadNs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
  } catch {
    return NaN;
  }
}
