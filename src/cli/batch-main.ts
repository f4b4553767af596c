/**
 * `npm run batch -- [options] <listing-url | urls.txt | folder | page>...`: audits a whole portal column from the
 * terminal. Reads the listing and its pagination, audits every report politely (concurrency, delay, timeout),
 * journals each result to OUT/results.jsonl as it arrives (a re-run skips what is done; a kill loses nothing done),
 * follows report pages' links to last year's reports, runs the cross-year rules across everything, and writes
 * OUT/summary.csv, data.csv and findings.csv (or summary.json and data.json).
 * Exit status, like `gov-report-audit`'s: 0 no finding is an error, 1 some report has an error finding, 2 an argument
 * or a command-line input was unusable (the other inputs are still audited), the output folder is in use by another
 * run (OUT/.batch.lock) or a result could not be saved; 130 interrupted (what was done is kept; run the same command
 * again to go on).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkReport } from '../audit';
import type { AuditResult, Lang } from '../model';
import {
  auditAcrossYears,
  crawlListing,
  createMemoryStore,
  findPreviousLink,
  langOfArgv,
  reportKey,
  runBatch,
  storeKey,
  type BatchProgress,
  type FetchedPage,
  type ReportStore,
} from '../portal';
import { asPageResult, auditFetchedDocument, reportAttachment } from './batch-attachments';
import { auditPage, baseUrlOf, expandInput, fetchPage, fromLink, localPath, pageDocument } from './batch-io';
import { isSettled, openJournal, readJournal, type JournalRecord, type Via } from './batch-journal';
import { lockOutput } from './batch-lock';
import { tally, writeOutputs, type Tally } from './batch-output';
import { progressReporter } from './batch-progress';
import { sayIn } from './format-text';

/** Where the CLI writes and what it knows of its terminal (injected by tests). */
export interface BatchIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stderr is a terminal: draw a progress bar. */
  isTTY: boolean;
  columns?: number;
  fetch?: typeof fetch;
  /** Aborts the batch (Ctrl-C in a terminal). */
  signal?: AbortSignal;
}

/** Runs the batch CLI; resolves to the exit status. Never throws. */
export async function main(argv: readonly string[], io: BatchIo = processIo()): Promise<number> {
  // One language per locale: the bilingual failure texts of the readers below are cut to the --lang one.
  const say = sayIn(io, langOfArgv(argv));
  const parsed = parseOptions(argv);
  if ('error' in parsed) {
    say(`${parsed.error}\n${HELP_HINT}\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(HELP);
    return 0;
  }
  try {
    return await runCli(parsed, { ...io, stderr: say });
  } catch (error) {
    // Only the file system can throw here (an output folder that cannot be written): say so plainly.
    const message = error instanceof Error ? error.message : String(error);
    say(`批量核查出错：${message}（batch failed: ${message}）\n`);
    return 2;
  }
}

async function runCli(opts: Options, io: BatchIo): Promise<number> {
  const t = TEXT[opts.lang];
  mkdirSync(opts.out, { recursive: true });
  // One run at a time per output folder: two would audit the same pages twice into one journal.
  const locked = lockOutput(opts.out);
  if ('heldBy' in locked) {
    io.stderr(`${t.locked(opts.out, locked.path, locked.heldBy?.pid)}\n`);
    return 2;
  }
  try {
    return await runLocked(opts, io);
  } finally {
    locked.lock.release();
  }
}

async function runLocked(opts: Options, io: BatchIo): Promise<number> {
  const started = Date.now();
  const t = TEXT[opts.lang];
  const journalPath = join(opts.out, 'results.jsonl');
  const { records, badLines } = readJournal(journalPath);
  const journal = openJournal(journalPath);
  const progress = progressReporter(
    { stderr: io.stderr, isTTY: io.isTTY, ...(io.columns ? { columns: io.columns } : {}) },
    opts.lang,
  );
  if (records.size > 0) progress.note(t.resuming(records.size, journalPath));
  if (badLines.length > 0) progress.note(t.damaged(journalPath, badLines));

  // Earlier batches (--history) hold last year's reports for this one.
  const store = createMemoryStore();
  for (const file of opts.history) {
    const history = readJournal(file);
    if (history.badLines.length > 0) progress.note(t.damagedHistory(file, history.badLines));
    for (const record of history.records.values()) if (record.ok) await store.put(record.result);
  }

  // Local files are read only when named on the command line (or found in a folder or list named there).
  const localPaths = new Set<string>();
  const typed = (spec: string) => {
    const path = /^https?:/i.test(spec) ? undefined : localPath(spec);
    if (path !== undefined) localPaths.add(path);
  };
  const fetcher = (url: string, signal: AbortSignal) => fetchPage(url, signal, io.fetch, localPaths);
  const polite = { delayMs: opts.delayMs, timeoutMs: opts.timeoutMs, ...(io.signal ? { signal: io.signal } : {}) };

  // 1. Inputs → pages (a listing is read with its pagination).
  const queue = new Map<string, Via>();
  let unusable = 0;
  for (const spec of opts.inputs) {
    const expanded = await expandInput(spec);
    if (expanded.kind === 'error') {
      unusable++;
      io.stderr(`${expanded.error}\n`);
      continue;
    }
    if (expanded.kind === 'pages') {
      for (const page of expanded.pages) {
        typed(page);
        if (!queue.has(page)) queue.set(page, 'input');
      }
      continue;
    }
    typed(expanded.url);
    progress.note(t.readingListing(spec));
    const crawl = await crawlListing({
      start: baseUrlOf(expanded.url),
      fetchPage: fetcher,
      parse: (page) => pageDocument(page),
      maxPages: opts.maxPages,
      ...polite,
    });
    for (const e of crawl.errors) io.stderr(`${e.error}\n`);
    if (crawl.refused.length > 0) io.stderr(`${t.refused(crawl.refused.map((r) => r.href))}\n`);
    if (crawl.errors.length > 0 && crawl.pages.length === 0 && !crawl.listing) {
      unusable++;
      continue;
    }
    if (!crawl.listing) {
      queue.set(expanded.url, 'input');
      continue;
    }
    progress.note(t.listing(crawl.pages.length, crawl.links.length, crawl.truncated));
    for (const link of crawl.links) if (!queue.has(fromLink(link.url))) queue.set(fromLink(link.url), 'listing');
  }
  if (queue.size === 0) {
    io.stderr(`${t.nothing}\n`);
    return 2;
  }

  // 2. The batch, journalled page by page.
  const previousLinks = new Map<string, string>();
  const audit = async (page: FetchedPage): Promise<AuditResult> => {
    const file = await auditFetchedDocument(page, opts.lang);
    if (file !== undefined) return file;
    const { result, doc } = auditPage(page, opts.lang);
    if (doc && result.report.detected) {
      const link = findPreviousLink(doc, result.report, baseUrlOf(page.finalUrl ?? page.url));
      if (link) previousLinks.set(page.url, fromLink(link.url));
    }
    // A report page whose report is only an attachment: audited through the attached file.
    const attachment = reportAttachment(result);
    if (attachment !== undefined) {
      const fetched = await fetcher(fromLink(attachment), AbortSignal.timeout(opts.timeoutMs));
      const fileResult = await auditFetchedDocument(fetched, opts.lang);
      if (fileResult !== undefined)
        return asPageResult(result, fileResult, attachment, (r) => checkReport(r, { lang: opts.lang }));
    }
    return result;
  };
  const run = async (urls: Map<string, Via>) =>
    runBatch({
      urls: [...urls.keys()],
      fetchPage: fetcher,
      audit,
      concurrency: opts.concurrency,
      ...polite,
      // The delay spares web servers; reading saved files needs none.
      ...([...urls.keys()].every((u) => !/^https?:/i.test(u)) ? { delayMs: 0 } : {}),
      isDone: (url) => isSettled(records.get(url)),
      onResult: (entry) => {
        const previousLink = previousLinks.get(entry.url);
        const record = journal.append(entry, urls.get(entry.url) ?? 'input', previousLink ? { previousLink } : {});
        // As when the journal is read: a failure never stands over a success of the same page.
        if (record.ok || !records.get(entry.url)?.ok) records.set(entry.url, record);
      },
      onProgress: (p: BatchProgress) => progress.update(p),
    });
  let summary = await run(queue);
  let audited = summary.entries.length;
  let skipped = summary.skipped.length;

  // 3. Last year's reports that only a report page links to (one hop: a followed page's own links are not followed).
  if (opts.follow && !summary.cancelled && !summary.error) {
    const extra = await previousToFollow(records, queue, store);
    if (extra.size > 0) {
      progress.note(t.following(extra.size));
      summary = await run(extra);
      audited += summary.entries.length;
      skipped += summary.skipped.length;
    }
  }
  progress.done();
  if (summary.error) io.stderr(`${summary.error}\n`);

  // 4. Cross-year rules across everything journalled, then the outputs.
  const ordered = [...records.values()];
  const results = ordered.filter((r): r is Extract<JournalRecord, { ok: true }> => r.ok);
  const crossed = await auditAcrossYears(
    results.map((r) => r.result),
    { store, lang: opts.lang },
  );
  const written = writeOutputs(opts, ordered, crossed);

  const seconds = (Date.now() - started) / 1000;
  const stats = tally(ordered, crossed);
  io.stdout(`${t.finished({ ...stats, audited, skipped, seconds, rate: audited / Math.max(seconds, 0.001) })}\n`);
  for (const file of written) io.stdout(`  ${file}\n`);
  if (summary.cancelled) {
    io.stderr(`${t.interrupted(journalPath)}\n`);
    return 130;
  }
  // As `gov-report-audit`: an unusable input is exit 2 (its message named it; the other inputs were audited).
  if (summary.error || unusable > 0) return 2;
  return stats.errors > 0 ? 1 : 0;
}

/** Links to last year's reports whose report is known neither from the journal nor from earlier batches. */
async function previousToFollow(
  records: ReadonlyMap<string, JournalRecord>,
  queued: ReadonlyMap<string, Via>,
  history: ReportStore,
): Promise<Map<string, Via>> {
  const known = new Set<string>();
  for (const r of records.values()) {
    const key = r.ok && r.result.report.detected ? reportKey(r.result.report) : undefined;
    if (key) known.add(key.key);
  }
  const out = new Map<string, Via>();
  for (const r of records.values()) {
    if (!r.ok || !r.previousLink || r.via === 'previous-link') continue;
    if (records.has(r.previousLink) || queued.has(r.previousLink)) continue;
    const key = reportKey(r.result.report);
    if (key && (known.has(storeKey(key.agencyKey, key.year - 1)) || (await history.get(key.agencyKey, key.year - 1))))
      continue;
    out.set(r.previousLink, 'previous-link');
  }
  return out;
}

interface Options {
  inputs: string[];
  out: string;
  format: 'csv' | 'json';
  lang: Lang;
  concurrency: number;
  delayMs: number;
  timeoutMs: number;
  maxPages: number;
  history: string[];
  follow: boolean;
  help: boolean;
}

function parseOptions(argv: readonly string[]): Options | { error: string } {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        concurrency: { type: 'string', short: 'c', default: '2' },
        delay: { type: 'string', short: 'd', default: '1000' },
        timeout: { type: 'string', default: '30' },
        out: { type: 'string', short: 'o', default: 'batch-out' },
        format: { type: 'string', short: 'f', default: 'csv' },
        lang: { type: 'string', short: 'l', default: 'zh' },
        'max-pages': { type: 'string', default: '20' },
        history: { type: 'string', multiple: true, default: [] },
        'no-follow': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return { error: `参数错误 invalid arguments: ${(error as Error).message}` };
  }
  const int = (name: string, text: string, min: number, max: number): number | { error: string } => {
    const n = Number(text);
    return Number.isInteger(n) && n >= min && n <= max
      ? n
      : {
          error: `--${name} 应为 ${min}–${max} 的整数（--${name} must be an integer from ${min} to ${max}, not "${text}"）`,
        };
  };
  const concurrency = int('concurrency', values.concurrency, 1, 16);
  const delay = int('delay', values.delay, 0, 600_000);
  const maxPages = int('max-pages', values['max-pages'], 1, 1000);
  for (const v of [concurrency, delay, maxPages]) if (typeof v === 'object') return v;
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) return { error: '--timeout 应为正数（秒）（--timeout must be a positive number of seconds）' };
  if (values.format !== 'csv' && values.format !== 'json') {
    return { error: `--format 只能是 csv 或 json（--format must be csv or json, not "${values.format}"）` };
  }
  if (values.lang !== 'zh' && values.lang !== 'en')
    return { error: `--lang 只能是 zh 或 en（--lang must be zh or en, not "${values.lang}"）` };
  if (!values.help && positionals.length === 0)
    return { error: '请给出目录页网址、网址列表文件或网页文件夹（no listing URL, URL list or folder given）' };
  return {
    inputs: positionals,
    out: resolve(values.out),
    format: values.format,
    lang: values.lang,
    concurrency: concurrency as number,
    delayMs: delay as number,
    timeoutMs: timeout * 1000,
    maxPages: maxPages as number,
    history: values.history,
    follow: !values['no-follow'],
    help: values.help,
  };
}

const TEXT = {
  zh: {
    resuming: (n: number, path: string) => `继续上次的批量核查：${path} 中已有 ${n} 页的结果，已完成的不再重复`,
    damaged: (path: string, lines: readonly number[]) =>
      `警告：${path} 中有 ${lines.length} 行不完整或格式不符（第 ${lineList(lines)} 行），已跳过，这些页面将重新核查`,
    damagedHistory: (path: string, lines: readonly number[]) =>
      `警告：${path} 中有 ${lines.length} 行不完整或格式不符（第 ${lineList(lines)} 行），已跳过`,
    locked: (out: string, lock: string, pid: number | undefined) =>
      `输出文件夹 ${out} 正由另一次批量核查使用${pid ? `（进程 ${pid}）` : ''}。请等它结束，或换一个 -o 文件夹；` +
      `若确无其他运行，删除 ${lock} 后重试。（the output folder is in use by another batch run${pid ? ` (pid ${pid})` : ''}: wait for it, or use another -o; if no other run exists, delete ${lock}）`,
    readingListing: (url: string) => `读取目录页 ${url} …`,
    listing: (pages: number, links: number, truncated: boolean) =>
      `目录共 ${pages} 页，找到 ${links} 份年度报告链接${truncated ? '（已达 --max-pages 上限，后面的页未读取）' : ''}`,
    following: (n: number) => `跟随报告页中的链接，核查 ${n} 份上年报告…`,
    refused: (hrefs: string[]) =>
      `跳过 ${hrefs.length} 个不是 http(s) 的报告链接（不读取本地文件或其他协议）：${examples(hrefs)}`,
    nothing: '没有可核查的页面（nothing to audit）',
    finished: (s: Stats) =>
      `完成：${s.reports} 份报告（${s.years} 个年度，${s.paired} 份与上年报告比对），${s.notReports} 页不是年度报告，${s.failed} 页无法读取；` +
      `错误 ${s.errors}，警告 ${s.warnings}。本次核查 ${s.audited} 页，跳过 ${s.skipped} 页，用时 ${s.seconds.toFixed(1)} 秒（${s.rate.toFixed(1)} 页/秒）。结果：`,
    interrupted: (path: string) => `已中断。已完成的结果保存在 ${path}，再次运行同一命令即可继续。`,
  },
  en: {
    resuming: (n: number, path: string) => `Resuming: ${path} already holds ${n} pages; those are not audited again`,
    damaged: (path: string, lines: readonly number[]) =>
      `Warning: ${lines.length} incomplete or malformed lines in ${path} (line ${lineList(lines)}) skipped; those pages will be audited again`,
    damagedHistory: (path: string, lines: readonly number[]) =>
      `Warning: ${lines.length} incomplete or malformed lines in ${path} (line ${lineList(lines)}) skipped`,
    locked: (out: string, lock: string, pid: number | undefined) =>
      `The output folder ${out} is in use by another batch run${pid ? ` (pid ${pid})` : ''}: wait for it to end, or use another -o. ` +
      `If no other run exists, delete ${lock} and try again.（输出文件夹正由另一次批量核查使用）`,
    readingListing: (url: string) => `Reading the listing ${url} …`,
    listing: (pages: number, links: number, truncated: boolean) =>
      `${pages} listing pages, ${links} report links${truncated ? ' (--max-pages reached; later pages not read)' : ''}`,
    following: (n: number) => `Following report pages' links to ${n} reports of the year before…`,
    refused: (hrefs: string[]) =>
      `Skipped ${hrefs.length} report links that are not http(s) (local files and other schemes are never read): ${examples(hrefs)}`,
    nothing: 'Nothing to audit',
    finished: (s: Stats) =>
      `Done: ${s.reports} reports (${s.years} years, ${s.paired} compared with last year's), ${s.notReports} pages not annual reports, ${s.failed} unreadable; ` +
      `${s.errors} errors, ${s.warnings} warnings. Audited ${s.audited} pages, skipped ${s.skipped}, in ${s.seconds.toFixed(1)} s (${s.rate.toFixed(1)} pages/s). Results:`,
    interrupted: (path: string) =>
      `Interrupted. Results so far are kept in ${path}; run the same command again to go on.`,
  },
} as const;

/** "3, 7, 12" — the first few line numbers, then "…". */
function lineList(lines: readonly number[]): string {
  return lines.length > 5 ? `${lines.slice(0, 5).join(', ')}, …` : lines.join(', ');
}

/** The first few addresses, cut short (a hostile page may write anything there). */
function examples(hrefs: readonly string[]): string {
  const shown = hrefs.slice(0, 3).map((h) => JSON.stringify(h.length > 80 ? `${h.slice(0, 79)}…` : h));
  return shown.join(', ') + (hrefs.length > 3 ? ' …' : '');
}

type Stats = Tally & { audited: number; skipped: number; seconds: number; rate: number };

function processIo(): BatchIo {
  const controller = new AbortController();
  // First Ctrl-C: stop politely and write what is done; a second one exits at once (the journal is safe either way).
  process.once('SIGINT', () => {
    controller.abort();
    process.once('SIGINT', () => process.exit(130));
  });
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    isTTY: Boolean(process.stderr.isTTY),
    ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
    signal: controller.signal,
  };
}

const HELP_HINT = '用 --help 查看用法（see --help）';

const HELP = `年报核查·批量 — 核查一个网站栏目中的全部政府信息公开工作年度报告，并做跨年度比对
Audits every annual report of a portal column, and compares each with last year's.

用法 Usage:
  npm run batch -- [options] <目录页网址 listing-url | 网址列表 urls.txt | 文件夹 folder | 网页 page>...

选项 Options:
  -c, --concurrency N     同时下载的页面数 pages fetched at once (default 2, at most 16)
  -d, --delay MS          两次请求之间的最短间隔（毫秒）least time between two requests (default 1000)
      --timeout S         每页超时（秒）per-page timeout in seconds (default 30)
  -o, --out DIR           输出文件夹 output folder (default ./batch-out)
  -f, --format csv|json   汇总格式 summary format (default csv)
  -l, --lang zh|en        语言 language (default zh)
      --max-pages N       最多读取的目录页数 most listing pages read (default 20)
      --history FILE      以前批量核查的 results.jsonl，用于跨年度比对（可多次）earlier results for the cross-year rules
      --no-follow         不跟随报告页中指向上年报告的链接 do not follow links to last year's reports
  -h, --help              显示本帮助 show this help

输出 Output (OUT):
  results.jsonl           每页一行，边核查边写入；中断后再次运行同一命令即可继续（已完成的页面不再下载）
                          one line per page, written as it finishes; re-run the same command to resume
  summary.csv             机关、年度、格式、错误、警告、发布日期、地址 agency, year, format, errors, warnings, published, url
  data.csv, findings.csv  全部报告的表格数据和问题 every report's values and findings (--format json: summary.json, data.json)

链接 Links:  只跟随 http(s) 链接和重定向；本地文件只读取命令行中给出的 only http(s) links and redirects are
            followed; local files are read only when given on the command line. 每页最多 20 MB（超过即“过大”）
            each page is read up to 20 MB (beyond: failed, too large).

退出码 Exit status: 0 没有错误 no finding is an error; 1 有报告存在错误 some report has an error finding;
                    2 参数或输入不可用、输出文件夹正被另一次运行使用 unusable argument or input, output folder in use;
                    130 已中断 interrupted (results kept)
`;

// Run when executed directly (`tsx src/cli/batch-main.ts`, `npm run batch`).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
