/**
 * `tsx bench/pdf-memory.ts <file.pdf>`: reads and audits one PDF in a fresh process, as `gov-report-audit` does,
 * and prints one JSON line: wall time, the process's peak RSS (resourceUsage().maxRSS) and the peak JS heap sampled
 * every 5 ms. Run by bench/documents.ts on the 100-page PDF it prints.
 */
import { readFileSync } from 'node:fs';
import { auditPdf } from '../src/audit-pdf';
import { loadPdfPages } from '../src/cli/pdf';

let heapPeak = 0;
const sample = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
const timer = setInterval(sample, 5);
const t0 = performance.now();
const pages = await loadPdfPages(readFileSync(process.argv[2]!));
const result = auditPdf(pages, { source: process.argv[2]! });
const ms = performance.now() - t0;
sample();
clearInterval(timer);
const statuses = (['T2', 'T3', 'T4'] as const).map((id) => result.report.tables[id]?.status ?? 'missing').join('/');
console.log(
  JSON.stringify({
    pages: pages.length,
    ms,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    heapPeakMB: heapPeak / 2 ** 20,
    statuses,
  }),
);
