/**
 * The CLI property, shared by cli.property.test.ts and scripts/fuzz.ts: main() on arbitrary bytes in a file named
 * .html, .txt or without extension never rejects, exits 0, 1 or 2, explains a 2 on stderr, never hits its "internal
 * error" safety net, and its JSON output always parses.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { main, type CliIo } from '../../src/cli/main';
import { fileBytes } from './arbitraries';
import { ensure } from './invariants';

/** One CLI run: the file's bytes, its extension and the output options. */
export interface CliCase {
  bytes: Uint8Array;
  ext: '.html' | '.txt' | '.htm' | '';
  format: 'text' | 'json' | 'csv';
  lang: 'zh' | 'en';
}

/** Arbitrary CLI runs. */
export const cliCase: fc.Arbitrary<CliCase> = fc.record({
  bytes: fileBytes,
  ext: fc.constantFrom<CliCase['ext']>('.html', '.txt', '.htm', ''),
  format: fc.constantFrom<CliCase['format']>('text', 'json', 'csv'),
  lang: fc.constantFrom<CliCase['lang']>('zh', 'en'),
});

/** A scratch directory for the runs' files; `dispose` removes it. */
export function scratch(): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-fuzz-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

let counter = 0;

/** Runs main() on the case's file and throws when a property breaks. */
export async function checkCli(dir: string, c: CliCase): Promise<void> {
  const file = join(dir, `input-${counter++}${c.ext}`);
  writeFileSync(file, c.bytes);
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    env: {},
    fetch: () => Promise.reject(new Error('no network in tests')),
  };
  let code: number;
  try {
    code = await main(['--format', c.format, '--lang', c.lang, file], io);
  } catch (error) {
    throw new Error(`main() rejected: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, {
      cause: error,
    });
  }
  ensure(code === 0 || code === 1 || code === 2, `exit code ${code}`);
  if (code === 2) ensure(stderr.trim() !== '', 'exit code 2 without a message on stderr');
  ensure(!stderr.includes('internal error'), `the engine threw: ${stderr}`);
  if (c.format === 'json') {
    const parsed = JSON.parse(stdout) as { reports: unknown[] };
    ensure(Array.isArray(parsed.reports) && parsed.reports.length <= 1, 'JSON output is not {"reports":[…]}');
  }
  if (c.format === 'text' && code !== 2) ensure(stdout.includes(file), 'the text report does not name its input');
}
