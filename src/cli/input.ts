/**
 * Reads one CLI input — a local file or an http(s) URL — into text plus the kind of document it is.
 * Never throws: an unreadable input comes back as an error naming it, so the other inputs are still audited.
 */
import { stat } from 'node:fs/promises';
import { decodeHtml, decodeText, headerCharset } from '../portal/decode';
import { isPageRefused } from '../portal/fetch';
import { documentKind, type DocumentKind } from '../portal/document-kind';
import { fetchFollowing, readBody } from '../portal/page';
import { readLocalFile } from './local-file';

/** A readable input: HTML to parse into a DOM, plain text for the text path, or the bytes of a document file. */
export type Input =
  | { source: string; kind: 'html' | 'text'; text: string }
  /** PDF, Word (DOCX, or binary DOC/WPS) and OFD files, read by src/cli/documents.ts. */
  | { source: string; kind: DocumentKind; bytes: Uint8Array };

/** Document files the CLI reads from their bytes (src/portal/document-kind.ts). */
export { documentKind, type DocumentKind } from '../portal/document-kind';

export type InputResult = { ok: true; input: Input } | { ok: false; source: string; error: string };

export interface ReadOptions {
  /** Abort a download after this many milliseconds (default 20 000). */
  timeoutMs?: number;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

// Header values must be Latin-1 (fetch rejects anything else), so no Chinese here.
export const USER_AGENT = 'gov-report-audit/0.1 (government annual report auditor; Node.js)';

const HTML_EXT = /\.(?:html?|shtml|xhtml|jsp|aspx?|php)$/i;
const TEXT_EXT = /\.(?:txt|text|md)$/i;

/** Reads a file path or http(s) URL; the error message is bilingual and names the input. */
export async function readInput(spec: string, opts: ReadOptions = {}): Promise<InputResult> {
  if (/^https?:\/\//i.test(spec)) return readUrl(spec, opts);
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(spec)) {
    return fail(spec, '只支持 http(s) 网址和本地文件', 'only http(s) URLs and local files are supported');
  }
  return readLocal(spec);
}

async function readLocal(path: string): Promise<InputResult> {
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).isDirectory()) return fail(path, '这是一个目录，不是文件', 'is a directory, not a file');
    bytes = await readLocalFile(path);
  } catch (error) {
    if (isPageRefused(error)) return fail(path, error.zh, error.en);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(path, '文件不存在', 'no such file');
    if (code === 'EACCES' || code === 'EPERM') return fail(path, '没有读取权限', 'permission denied');
    return fail(path, '无法读取文件', `cannot read the file (${code ?? String(error)})`);
  }
  return fromBytes(path, bytes, kindFromName(path));
}

async function readUrl(url: string, opts: ReadOptions): Promise<InputResult> {
  const timeoutMs = opts.timeoutMs ?? 20_000;
  let response: Response;
  let bytes: Uint8Array;
  try {
    // Redirects are followed by hand, http(s) only, and the body is read up to the size cap (../portal/page.ts).
    ({ response } = await fetchFollowing(opts.fetch ?? fetch, url, {
      headers: {
        'User-Agent': USER_AGENT,
        Accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.5',
      },
      signal: AbortSignal.timeout(timeoutMs),
    }));
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return fail(url, `服务器返回 HTTP ${response.status}`, `the server answered HTTP ${response.status}`);
    }
    bytes = await readBody(response);
  } catch (error) {
    if (isPageRefused(error)) return fail(url, error.zh, error.en);
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return fail(url, `${timeoutMs / 1000} 秒内未能下载`, `no response within ${timeoutMs / 1000} s`);
    }
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return fail(url, '无法下载', `download failed (${cause?.code ?? cause?.message ?? (error as Error).message})`);
  }
  const type = response.headers.get('content-type');
  const kind = /html|xml/i.test(type ?? '')
    ? 'html'
    : /text\/plain/i.test(type ?? '')
      ? 'text'
      : kindFromName(new URL(url).pathname);
  return fromBytes(url, bytes, kind, headerCharset(type));
}

function fromBytes(
  source: string,
  bytes: Uint8Array,
  kind: 'html' | 'text' | undefined,
  charset?: string,
): InputResult {
  const document = documentKind(bytes);
  if (document !== undefined) return { ok: true, input: { source, kind: document, bytes } };
  const binary = binaryFormat(bytes);
  if (binary) {
    return fail(
      source,
      `是 ${binary} 文件，请先转成网页或文本`,
      `is a ${binary} file; convert it to HTML or text first`,
    );
  }
  if (kind === 'html') return { ok: true, input: { source, kind, text: decodeHtml(bytes, charset) } };
  const text = decodeText(bytes);
  // No telling extension: markup means HTML (saved pages are often named *.do, *.shtm or have no extension).
  const resolved = kind ?? (/^\s*</.test(text) && /<(?:html|body|table|p|div)[\s>]/i.test(text) ? 'html' : 'text');
  return { ok: true, input: { source, kind: resolved, text: resolved === 'html' ? decodeHtml(bytes, charset) : text } };
}

function kindFromName(name: string): 'html' | 'text' | undefined {
  if (HTML_EXT.test(name)) return 'html';
  if (TEXT_EXT.test(name)) return 'text';
  return undefined;
}

/** Other zip files or images: formats the report is sometimes published in but we cannot read. */
function binaryFormat(b: Uint8Array): string | undefined {
  const starts = (...sig: number[]) => sig.every((x, i) => b[i] === x);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46)) return '图片 image';
  return undefined;
}

function fail(source: string, zh: string, en: string): InputResult {
  return { ok: false, source, error: `无法读取 ${source}：${zh}（cannot read ${source}: ${en}）` };
}
