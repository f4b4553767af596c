/**
 * The batch journal, OUT/results.jsonl: one JSON line per finished page, appended (and flushed to the OS) the moment
 * the page is done, so killing the CLI loses nothing already done; a re-run reads it and skips those pages. A line
 * cut short by a kill is ignored when read, and the next append starts on a fresh line. Every line is checked before
 * use (a line of the wrong shape — another version, another tool, a hand edit — is skipped and counted, never used),
 * and a failure never replaces a success of the same address.
 */
import { appendFileSync, closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { AuditResult } from '../model';
import { isAuditResult } from '../platform/result-shape';
import { isPacked, packReport, unpackReport, type BatchEntry, type BatchFailure } from '../portal';

/** How a page came into the batch. */
export type Via = 'input' | 'listing' | 'previous-link';

/** One page of the journal (on disk, the report is packed: portal/pack.ts). */
export type JournalRecord =
  | { v: 1; url: string; ok: true; via: Via; finalUrl?: string; ms: number; result: AuditResult; previousLink?: string }
  | ({ v: 1; via: Via } & BatchFailure);

/**
 * The journal's records by address — a later line for the same address wins, except that a failure never replaces a
 * success — and the lines skipped (cut short by a kill, or of the wrong shape): `damaged` counts them, `badLines`
 * gives their numbers (1-based).
 */
export function readJournal(path: string): {
  records: Map<string, JournalRecord>;
  damaged: number;
  badLines: number[];
} {
  const records = new Map<string, JournalRecord>();
  const badLines: number[] = [];
  if (!existsSync(path)) return { records, damaged: 0, badLines };
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let record: JournalRecord | undefined;
      try {
        record = parseRecord(JSON.parse(line));
      } catch {
        record = undefined;
      }
      if (!record) {
        badLines.push(i + 1);
        return;
      }
      // A failure (a timeout in a later run, a second run on the same folder) must not stand over a page audited.
      if (!record.ok && records.get(record.url)?.ok) return;
      records.set(record.url, record);
    });
  return { records, damaged: badLines.length, badLines };
}

const VIAS: ReadonlySet<string> = new Set<Via>(['input', 'listing', 'previous-link']);

/** A journal record from a parsed line, or undefined when it has the wrong shape (its report unpacked). */
export function parseRecord(value: unknown): JournalRecord | undefined {
  if (!isRecord(value) || value.v !== 1 || typeof value.url !== 'string' || value.url === '') return undefined;
  if (typeof value.via !== 'string' || !VIAS.has(value.via) || !isMs(value.ms)) return undefined;
  if (value.ok === true) {
    if (!optionalString(value.finalUrl) || !optionalString(value.previousLink) || !isRecord(value.result))
      return undefined;
    const report = value.result.report;
    if (!isRecord(report)) return undefined;
    const result = { ...value.result, report: isPacked(report as never) ? unpackReport(report as never) : report };
    return isAuditResult(result) ? ({ ...value, result } as JournalRecord) : undefined;
  }
  if (value.ok !== false) return undefined;
  if (typeof value.kind !== 'string' || typeof value.error !== 'string' || typeof value.retryable !== 'boolean')
    return undefined;
  if (value.status !== undefined && !isMs(value.status)) return undefined;
  return value as JournalRecord;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMs(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function optionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

/** True when a re-run need not fetch the page again: it was audited, or failed in a way a retry will not fix. */
export function isSettled(record: JournalRecord | undefined): boolean {
  return !!record && (record.ok || !record.retryable);
}

/** Appends records to the journal, one synchronous write per record. */
export function openJournal(path: string): {
  append(entry: BatchEntry, via: Via, extra?: { previousLink?: string }): JournalRecord;
} {
  // A previous run killed mid-write may have left a partial last line: start ours on a line of its own.
  let needsNewline = existsSync(path) && !endsWithNewline(path);
  return {
    append(entry, via, extra = {}) {
      const record: JournalRecord = entry.ok
        ? {
            v: 1,
            url: entry.url,
            ok: true,
            via,
            ...(entry.finalUrl ? { finalUrl: entry.finalUrl } : {}),
            ms: entry.ms,
            result: entry.result,
            ...(extra.previousLink ? { previousLink: extra.previousLink } : {}),
          }
        : { v: 1, via, ...entry };
      const line = record.ok
        ? { ...record, result: { ...record.result, report: packReport(record.result.report) } }
        : record;
      appendFileSync(path, `${needsNewline ? '\n' : ''}${JSON.stringify(line)}\n`);
      needsNewline = false;
      return record;
    },
  };
}

function endsWithNewline(path: string): boolean {
  const size = statSync(path).size;
  if (size === 0) return true;
  const fd = openSync(path, 'r');
  try {
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    closeSync(fd);
  }
}
