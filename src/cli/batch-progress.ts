/**
 * Batch progress on stderr: on a terminal, a bar redrawn in place with each finished page listed above it; otherwise
 * (a pipe, a log file, CI) one plain line per finished page and no control characters.
 */
import { stripBidi } from '../export';
import type { Lang } from '../model';
import { oneLanguage, type BatchEntry, type BatchProgress } from '../portal';

/** Where progress goes. */
export interface ProgressIo {
  stderr(text: string): void;
  /** stderr is a terminal. */
  isTTY: boolean;
  /** Terminal width (default 80). */
  columns?: number;
}

/** Reports a batch's progress; `note` prints a line of its own (e.g. "reading the listing…"). */
export interface ProgressReporter {
  update(progress: BatchProgress): void;
  note(text: string): void;
  /** Clears the bar (before the final summary is printed). */
  done(): void;
}

/** A progress reporter for the given stream and language. */
export function progressReporter(io: ProgressIo, lang: Lang): ProgressReporter {
  const t = TEXT[lang];
  let bar = '';
  const clear = () => {
    if (io.isTTY && bar) io.stderr('\r\u001b[2K');
  };
  return {
    update(p) {
      const line = p.last ? entryLine(p, p.last, t) : undefined;
      if (!io.isTTY) {
        if (line) io.stderr(`${line}\n`);
        return;
      }
      clear();
      if (line) io.stderr(`${line}\n`);
      bar = barLine(p, t, io.columns ?? 80);
      io.stderr(bar);
    },
    note(text) {
      clear();
      io.stderr(`${text}\n`);
      if (io.isTTY && bar) io.stderr(bar);
    },
    done() {
      clear();
      bar = '';
    },
  };
}

const TEXT = {
  zh: {
    errors: '错误',
    warnings: '警告',
    notReport: '不是年度报告',
    failed: '失败',
    skipped: '跳过',
    active: '进行中',
  },
  en: {
    errors: 'errors',
    warnings: 'warnings',
    notReport: 'not an annual report',
    failed: 'failed',
    skipped: 'skipped',
    active: 'active',
  },
} as const;

type Text = (typeof TEXT)[Lang];

/** A finished page's line; what comes from the page is printed without bidi controls (src/export/bidi.ts). */
function entryLine(p: BatchProgress, e: BatchEntry, t: Text): string {
  return stripBidi(entryText(p, e, t));
}

function entryText(p: BatchProgress, e: BatchEntry, t: Text): string {
  const count = `[${p.done + p.skipped}/${p.total}]`;
  if (!e.ok) return `${count} ✗ ${e.url}  ${oneLanguage(e.error, t === TEXT.en ? 'en' : 'zh')}`;
  const { report, findings } = e.result;
  if (!report.detected) return `${count} – ${e.url}  ${t.notReport}`;
  const n = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const name = [report.agency, report.year].filter((x) => x !== undefined).join(' ');
  return `${count} ✓ ${name}  ${t.errors} ${n('error')} · ${t.warnings} ${n('warning')}  ${e.url}`;
}

function barLine(p: BatchProgress, t: Text, columns: number): string {
  const finished = p.done + p.skipped;
  const width = Math.max(10, Math.min(30, columns - 50));
  const filled = p.total === 0 ? width : Math.round((finished / p.total) * width);
  const stats = `${finished}/${p.total}  ${t.failed} ${p.failed}  ${t.skipped} ${p.skipped}  ${t.active} ${p.active}`;
  return fit(`[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${stats}`, columns);
}

/** Cuts a line to the terminal width (CJK characters take two columns), so redrawing never wraps. */
function fit(line: string, columns: number): string {
  let width = 0;
  let out = '';
  for (const ch of line) {
    const w = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 2
      : 1;
    if (width + w > columns - 1) return `${out}…`;
    width += w;
    out += ch;
  }
  return out;
}
