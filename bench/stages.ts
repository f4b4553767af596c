/**
 * `npx tsx bench/stages.ts`: where the CLI's per-file time goes, stage by stage, on the HTML fixtures: read, decode,
 * linkedom parse, the CLI's own DOM (src/cli/fast-dom.ts, what the CLI parses with), and for comparison only a bare
 * htmlparser2 parse into domhandler nodes, which is no DOM the engine could use; then extract, rules (on the CLI's
 * DOM), the whole audit facade, JSON output. Medians and p10/p90 in ms after two warm-up rounds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { auditDocument } from '../src/audit';
import { runRules } from '../src/engine/run-rules';
import { extractFromDocument } from '../src/extract';
import { decodeHtml } from '../src/portal/decode';
import { parseHtml } from '../src/cli/dom';
import { parseHtmlWithLinkedom } from '../src/cli/dom-linkedom';
import { toJson } from '../src/export';
import { rules } from '../src/rules';
import { knockOns } from '../src/rules/attribution';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dirs = ['test/fixtures/html', 'test/fixtures/html-blind'].map((d) => join(ROOT, d));
const files = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(d, f)),
);
const t: Record<string, number[]> = {
  read: [],
  decode: [],
  linkedom: [],
  'CLI DOM': [],
  htmlparser2: [],
  extract: [],
  rules: [],
  audit: [],
  json: [],
};
for (let r = 0; r < 8; r++)
  for (const f of files) {
    let s = performance.now();
    const bytes = readFileSync(f);
    t.read!.push(performance.now() - s);
    s = performance.now();
    const html = decodeHtml(bytes);
    t.decode!.push(performance.now() - s);
    s = performance.now();
    parseHtmlWithLinkedom(html);
    t.linkedom!.push(performance.now() - s);
    s = performance.now();
    const doc = parseHtml(html);
    t['CLI DOM']!.push(performance.now() - s);
    s = performance.now();
    parseDocument(html);
    t.htmlparser2!.push(performance.now() - s);
    s = performance.now();
    const { report } = extractFromDocument(doc, { source: f });
    t.extract!.push(performance.now() - s);
    s = performance.now();
    runRules(report, { rules, knockOns });
    t.rules!.push(performance.now() - s);
    s = performance.now();
    const { elements: _e, ...res } = auditDocument(doc, { source: f });
    t.audit!.push(performance.now() - s);
    s = performance.now();
    JSON.stringify(toJson([res]));
    t.json!.push(performance.now() - s);
  }
for (const [k, v] of Object.entries(t)) {
  const x = v.slice(files.length * 2).sort((a, b) => a - b);
  console.log(
    k.padEnd(12),
    'median',
    x[x.length >> 1]!.toFixed(2),
    'p10',
    x[Math.floor(x.length * 0.1)]!.toFixed(2),
    'p90',
    x[Math.floor(x.length * 0.9)]!.toFixed(2),
  );
}
