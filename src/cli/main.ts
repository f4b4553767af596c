/**
 * The Node front end: `gov-report-audit [--format text|json|csv] [--lang zh|en] [--bom] [--explain] <file-or-url>...`.
 * Reads each input, audits it with the same engine as the extension, prints the results. Exit status: 0 when no
 * finding is an error, 1 when any is, 2 when an argument or an input was unusable (the other inputs still run).
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { toJson, valuesToCsv } from '../export';
import { langOfArgv } from '../portal/one-language';
import type { AuditResult, Lang } from '../model';
import { createAuditor, threadCount } from './audit-pool';
import { renderText, sayIn } from './format-text';
import { renderExplain } from './format-explain';
import { explainAudit } from '../explain';
import { readInput } from './input';

/** Where the CLI writes, and what it knows of its terminal (injected by tests). */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stdout is a terminal (colours allowed unless NO_COLOR is set). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  fetch?: typeof fetch;
}

type Format = 'text' | 'json' | 'csv';

/** Runs the CLI with the given arguments; resolves to the exit status. Never throws. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
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
  const { format, lang, bom, inputs, timeoutMs, explain } = parsed;
  const color = format === 'text' && io.isTTY && !io.env.NO_COLOR;
  const results: AuditResult[] = [];
  let unusable = false;
  // Inputs are read a few at a time (URLs are slow), audited across the cores when there are many (./audit-pool.ts),
  // and reported in the order given.
  const auditor = createAuditor(explain ? 0 : threadCount(inputs.length, io.env));
  const readSlot = limiter(4);
  const tasks = inputs.map((spec) => async () => {
    const read = await readSlot(() => readInput(spec, { timeoutMs, fetch: io.fetch }));
    return read.ok ? { read, result: await auditor.audit(read.input, lang, explain) } : { read };
  });
  try {
    for await (const { read, result } of inOrder(tasks, Math.max(4, 2 * auditor.threads))) {
      if (!read.ok) {
        unusable = true;
        say(`${read.error}\n`);
        continue;
      }
      if (!result) continue;
      if ('error' in result) {
        unusable = true;
        say(`${result.error}\n`);
        continue;
      }
      results.push(result);
      if (explain) io.stdout(`${results.length > 1 ? '\n' : ''}${renderExplain(explainAudit(result), lang)}\n`);
      if (format === 'text')
        io.stdout(`${results.length > 1 && !explain ? '\n' : ''}${renderText(result, { lang, color })}\n`);
    }
  } finally {
    await auditor.close();
  }
  if (format === 'json') io.stdout(`${JSON.stringify(toJson(results), null, 2)}\n`);
  if (format === 'csv') io.stdout(valuesToCsv(results, { bom, lang }));
  if (unusable) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

interface Options {
  format: Format;
  lang: Lang;
  bom: boolean;
  help: boolean;
  inputs: string[];
  timeoutMs: number;
  explain: boolean;
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
        format: { type: 'string', short: 'f', default: 'text' },
        lang: { type: 'string', short: 'l', default: 'zh' },
        bom: { type: 'boolean', default: false },
        timeout: { type: 'string', default: '20' },
        explain: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return { error: `参数错误 invalid arguments: ${(error as Error).message}` };
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'csv') {
    return { error: `--format 只能是 text、json 或 csv（--format must be text, json or csv, not "${format}"）` };
  }
  const lang = values.lang;
  if (lang !== 'zh' && lang !== 'en')
    return { error: `--lang 只能是 zh 或 en（--lang must be zh or en, not "${lang}"）` };
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) return { error: `--timeout 应为正数（秒）（--timeout must be a positive number of seconds）` };
  if (values.explain && format !== 'text') {
    return { error: '--explain 只能与文本输出同用（--explain goes with --format text only）' };
  }
  if (!values.help && positionals.length === 0) return { error: '请给出要核查的文件或网址（no file or URL given）' };
  return {
    format,
    lang,
    bom: values.bom,
    help: values.help,
    inputs: positionals,
    timeoutMs: timeout * 1000,
    explain: values.explain,
  };
}

/** Runs at most `limit` of the functions given to it at once. */
function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    while (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/** Starts up to `limit` tasks at once and yields their results in the original order. */
async function* inOrder<T>(tasks: ReadonlyArray<() => Promise<T>>, limit: number): AsyncGenerator<T> {
  const started: Array<Promise<T>> = [];
  let next = 0;
  let yielded = 0;
  const fill = () => {
    while (next < tasks.length && started.length - yielded < limit) started.push(tasks[next++]!());
  };
  while (yielded < tasks.length) {
    fill();
    yield await started[yielded]!;
    yielded++;
  }
}

function processIo(): CliIo {
  // `… | head` closes the pipe early: stop quietly instead of dying on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
}

const HELP_HINT = '用 --help 查看用法（see --help）';

const HELP = `年报核查 gov-report-audit — 核查政府信息公开工作年度报告的统计表与正文
Audits 政府信息公开工作年度报告 (government information disclosure annual reports).

用法 Usage:
  npm run audit -- [options] <file-or-url>...
  npx gov-report-audit [options] <file-or-url>...

输入 Inputs: .html/.htm pages (UTF-8, GBK/GB2312 via <meta charset>), .txt reports (UTF-8 or GB18030),
             http(s) URLs (redirects followed to http(s) only). Each input is read up to 20 MB.

选项 Options:
  -f, --format text|json|csv   输出格式 output format (default text; csv = the extracted values)
  -l, --lang zh|en             语言 language of messages (default zh)
      --bom                    CSV 前加 UTF-8 BOM（供 Excel 打开）prefix a BOM for Excel
      --timeout <seconds>      下载超时 download timeout (default 20)
      --explain                先列出各阶段所见（表格的识别与取舍、章节、句子→主张、识别结论）
                               print what each stage saw first: tables found and which was taken for
                               表二/表三/表四 and why, sections, sentences → claims, the recognition verdict
  -h, --help                   显示本帮助 show this help

退出码 Exit status:
  0  无错误 no finding is an error
  1  至少一个错误 at least one error finding
  2  参数或输入不可用 unusable arguments or unreadable input, e.g. over 20 MB (other inputs are still audited)
`;

// Run when executed directly (`tsx src/cli/main.ts`); bin/gov-report-audit.mjs imports main() instead.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
