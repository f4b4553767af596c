/**
 * The batch journal, OUT/results.jsonl: one JSON line per finished page, appended (and flushed to the OS) the moment
 * the page is done, so killing the CLI loses nothing already done; a re-run reads it and skips those pages. A line
 * cut short by a kill is ignored when read, and the next append starts on a fresh line.
 */
import { appendFileSync, closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { AuditResult } from '../model';
import { isPacked, packReport, unpackReport, type BatchEntry, type BatchFailure } from '../portal';

/** How a page came into the batch. */
export type Via = 'input' | 'listing' | 'previous-link';

/** One page of the journal (on disk, the report is packed: portal/pack.ts). */
export type JournalRecord =
  | { v: 1; url: string; ok: true; via: Via; finalUrl?: string; ms: number; result: AuditResult; previousLink?: string }
  | ({ v: 1; via: Via } & BatchFailure);

/** The journal's records by address (a later line for the same address wins), and how many lines were unreadable. */
export function readJournal(path: string): { records: Map<string, JournalRecord>; damaged: number } {
  const records = new Map<string, JournalRecord>();
  let damaged = 0;
  if (!existsSync(path)) return { records, damaged };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const record = JSON.parse(line) as JournalRecord;
      if (record?.v !== 1 || typeof record.url !== 'string' || typeof record.ok !== 'boolean') {
        damaged++;
        continue;
      }
      if (record.ok && isPacked(record.result.report)) record.result.report = unpackReport(record.result.report);
      records.set(record.url, record);
    } catch {
      damaged++;
    }
  }
  return { records, damaged };
}

/** True when a re-run need not fetch the page again: it was audited, or failed in a way a retry will not fix. */
export function isSettled(record: JournalRecord | undefined): boolean {
  return !!record && (record.ok || !record.retryable);
}

/** Appends records to the journal, one synchronous write per record. */
export function openJournal(path: string): { append(entry: BatchEntry, via: Via, extra?: { previousLink?: string }): JournalRecord } {
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
      const line = record.ok ? { ...record, result: { ...record.result, report: packReport(record.result.report) } } : record;
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
