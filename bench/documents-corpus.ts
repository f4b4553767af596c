/**
 * The document corpus of `npm run bench:documents -- --corpus` (made in a temporary folder, never committed) and the
 * extension's timing on it (`--browser`): see bench/documents.ts.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';
import { decodeHtml } from '../src/portal/decode';
import { CHROMIUM, CHROMIUM_FLAGS, ensureBuild, ROOT } from '../test/e2e/harness';
import { htmlToDocx } from '../test/helpers/docx';

/** The HTML fixtures the twins are made from (as test/e2e/pdf-twins.test.ts). */
function fixtures(): string[] {
  const dirs = ['test/fixtures/html', 'test/fixtures/html-blind'];
  return [
    ...dirs.flatMap((d) =>
      readdirSync(join(ROOT, d))
        .filter((f) => f.endsWith('.html'))
        .map((f) => join(ROOT, d, f)),
    ),
    join(ROOT, 'samples/jinxiang-police-2023.html'),
  ];
}

/** Writes the corpus into `dir`; returns the path of the 100-page PDF. */
export async function makeCorpus(dir: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS] });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    for (const file of fixtures()) {
      const html = decodeHtml(readFileSync(file));
      await page.setContent(html, { waitUntil: 'load' });
      writeFileSync(join(dir, `${basename(file, '.html')}.pdf`), await page.pdf({ format: 'A4' }));
      writeFileSync(join(dir, `${basename(file, '.html')}.docx`), await htmlToDocx(html));
    }
    const real = join(ROOT, 'test/fixtures/real/complete');
    if (existsSync(real))
      for (const f of readdirSync(real).filter((n) => /\.(?:pdf|docx)$/i.test(n)))
        copyFileSync(join(real, f), join(dir, f));
    // A 100-page report: the sample with a long narrative before its tables (one correction of the length).
    const sample = decodeHtml(readFileSync(join(ROOT, 'samples/jinxiang-police-2023.html')));
    const long = join(dir, 'long-100-pages.pdf.tmp');
    let paragraphs = 3000;
    for (let attempt = 0; attempt < 3; attempt++) {
      const filler = Array.from(
        { length: paragraphs },
        (_, i) => `<p>本机关持续推进政务公开标准化规范化建设，第${i + 1}项工作按计划完成并向社会公开。</p>`,
      ).join('');
      await page.setContent(sample.replace(/<\/body>/i, `<div class="filler">${filler}</div></body>`), {
        waitUntil: 'load',
      });
      writeFileSync(long, await page.pdf({ format: 'A4' }));
      const pages = pageCount(long);
      if (Math.abs(pages - 100) <= 1) break;
      paragraphs = Math.round((paragraphs * 100) / Math.max(pages, 1));
    }
    const target = join(dir, 'long-100-pages.pdf');
    copyFileSync(long, target);
    rmSync(long);
    return target;
  } finally {
    await browser.close();
  }
}

function pageCount(file: string): number {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? 0);
}

/** Click-to-findings time of the extension's attachment page on each file, and memory on the long PDF. */
export async function timeInBrowser(
  files: string[],
  long: string | undefined,
): Promise<{ times: Record<'pdf' | 'docx', number[]>; long?: { ms: number; rssBeforeMB: number; rssPeakMB: number } }> {
  const dist = ensureBuild('e2e');
  const byName = new Map(files.map((f) => [basename(f), f]));
  const server = createServer((req, res) => {
    const file = byName.get(decodeURIComponent((req.url ?? '').replace(/^\/f\//, '')));
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'bench-documents-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROMIUM_FLAGS],
  });
  const times: Record<'pdf' | 'docx', number[]> = { pdf: [], docx: [] };
  let longFigures: { ms: number; rssBeforeMB: number; rssPeakMB: number } | undefined;
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const open = async (file: string, onTick?: () => void) => {
      const page = await context.newPage();
      const t0 = performance.now();
      const url = `chrome-extension://${id}/src/attachment/attachment.html?lang=zh&url=${encodeURIComponent(`${origin}/f/${basename(file)}`)}`;
      await page.goto(url);
      const ticker = onTick ? setInterval(onTick, 50) : undefined;
      await page
        .locator('[data-state="file-done"], [data-state="file-not-audited"], [data-state="file-failed"]')
        .first()
        .waitFor({ timeout: 300_000 });
      if (ticker) clearInterval(ticker);
      const ms = performance.now() - t0;
      await page.close();
      return ms;
    };
    // The 100-page PDF first, in the fresh browser: the extension's renderer process (its pages, their pdf.js
    // worker and the service worker) before and at its peak.
    if (long) {
      const rssBefore = rendererRss(profile);
      let peak = rssBefore;
      const ms = await open(long, () => (peak = Math.max(peak, rendererRss(profile))));
      longFigures = { ms, rssBeforeMB: rssBefore, rssPeakMB: peak };
    }
    // Warm-up: the first file loads pdf.js, mammoth and the engine into the browser's caches.
    if (files[0]) await open(files[0]);
    for (const file of files.filter((f) => f !== long)) {
      const ms = await open(file);
      times[file.toLowerCase().endsWith('.pdf') ? 'pdf' : 'docx'].push(ms);
      console.log(`  extension ${basename(file).padEnd(40)} ${ms.toFixed(0).padStart(6)} ms`);
    }
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return { times, ...(longFigures ? { long: longFigures } : {}) };
}

/** RSS (MB) of the extension's renderer processes of the Chromium whose profile is `profile` (workers run in them). */
function rendererRss(profile: string): number {
  const procs = readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .flatMap((pid) => {
      try {
        // Chromium's child processes rewrite their command line as one string: read it as text, not as arguments.
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const ppid = /PPid:\s+(\d+)/.exec(status)?.[1] ?? '0';
        const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
        return [{ pid, ppid, cmd, rss }];
      } catch {
        return [];
      }
    });
  const root = procs.find((p) => p.cmd.includes(profile) && !p.cmd.includes('--type='));
  if (!root) return 0;
  const children = new Map<string, typeof procs>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let total = 0;
  const walk = (pid: string) => {
    for (const child of children.get(pid) ?? []) {
      if (/--type=renderer\b/.test(child.cmd) && child.cmd.includes('--extension-process')) total += child.rss;
      walk(child.pid);
    }
  };
  walk(root.pid);
  return total;
}
