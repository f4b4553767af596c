/**
 * Memory across years: audited reports kept by agency and year, so last year's report of the same agency can be
 * found for the cross-year rules (rules.md G). The store is an interface (the CLI keeps a journal file, the extension
 * IndexedDB); this module holds the in-memory implementation, the agency key and the pairing. Pure: no Node or
 * browser API.
 */
import { reportYear } from '../engine/report-info';
import type { AuditResult, Report } from '../model';
import { packReport, unpackReport, type PackedReport } from './pack';
import { foldWidth } from '../text/normalise';

/** A report as stored: its model (without the tables' display grids), keyed by agency and year. */
export interface StoredReport {
  /** `${agencyKey}#${year}`. */
  key: string;
  agencyKey: string;
  year: number;
  /** Where the report was read from (URL or path). */
  source: string;
  /** ISO time it was stored (eviction is oldest first). */
  storedAt: string;
  report: Report;
}

/** Where audited reports are kept. Asynchronous, so IndexedDB or a file can implement it. */
export interface ReportStore {
  /** The stored report of that agency (an `agencyKey`) and year. */
  get(agencyKey: string, year: number): Promise<StoredReport | undefined>;
  /** Stores the result's report (replacing the same agency and year); undefined when it cannot be keyed. */
  put(result: AuditResult): Promise<StoredReport | undefined>;
  /** Every stored report, oldest first. */
  list(): Promise<StoredReport[]>;
  clear(): Promise<void>;
}

/** Bounds of the in-memory store; the oldest reports are evicted first when either is exceeded. */
export interface MemoryStoreOptions {
  /** Most reports kept (default 2000). */
  maxEntries?: number;
  /** Most bytes kept, counted as the UTF-8 size of each entry's JSON (default 64 MB). */
  maxBytes?: number;
  /** Clock for `storedAt` (tests pin it). */
  now?: () => Date;
}

/** What a persistent store writes: a StoredReport with its report packed (pack.ts). */
export interface StoredRecord extends Omit<StoredReport, 'report'> {
  report: PackedReport;
}

/**
 * An in-memory ReportStore with a size bound; reports are held packed, and `bytes` is the UTF-8 size of their JSON
 * (what the same records take in a file or in IndexedDB).
 */
export function createMemoryStore(
  opts: MemoryStoreOptions = {},
): ReportStore & { readonly bytes: number; readonly size: number } {
  const maxEntries = Math.max(1, opts.maxEntries ?? 2000);
  const maxBytes = Math.max(1, opts.maxBytes ?? 64 * 1024 * 1024);
  const now = opts.now ?? (() => new Date());
  // A Map iterates in insertion order, and a replaced key is re-inserted: the first entry is always the oldest.
  const entries = new Map<string, { entry: StoredRecord; bytes: number }>();
  let bytes = 0;
  return {
    get bytes() {
      return bytes;
    },
    get size() {
      return entries.size;
    },
    async get(agency, year) {
      const held = entries.get(storeKey(agency, year));
      return held && fromStoredRecord(held.entry);
    },
    async put(result) {
      const entry = toStoredRecord(result, now());
      if (!entry) return undefined;
      const old = entries.get(entry.key);
      if (old) {
        bytes -= old.bytes;
        entries.delete(entry.key);
      }
      const size = utf8Length(JSON.stringify(entry));
      entries.set(entry.key, { entry, bytes: size });
      bytes += size;
      for (const [key, held] of entries) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break;
        // Never evict what was just stored: a single report larger than the bound is still usable for this batch.
        if (key === entry.key) continue;
        entries.delete(key);
        bytes -= held.bytes;
      }
      return fromStoredRecord(entry);
    },
    async list() {
      return [...entries.values()].map((e) => fromStoredRecord(e.entry));
    },
    async clear() {
      entries.clear();
      bytes = 0;
    },
  };
}

/**
 * The agency as a stable key across years: NFKC, no spaces or punctuation, 人民政府 → 政府, no 中共 prefix. A name
 * without a place ("公安局", which meta-agency flags) means a different agency on every portal, so it is qualified by
 * the report's host. Undefined when the report names no agency.
 */
export function agencyKey(report: Pick<Report, 'agency' | 'source'>): string | undefined {
  const name = normaliseAgency(report.agency ?? '');
  if (!name) return undefined;
  return PLACE.test(name) ? name : `${hostOf(report.source)}/${name}`;
}

/** The agency name reduced to what stays the same across years' titles. */
export function normaliseAgency(name: string): string {
  return foldWidth(name)
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .replace(/^(?:中国共产党|中共)/u, '')
    .replace(/人民政府/gu, '政府');
}

/** A place name before an administrative suffix ("金乡县", "新乡市", "城关镇", "东城街道"). */
const PLACE = /\p{Script=Han}(?:省|市|县|区|旗|州|盟|镇|乡|街道|自治)/u;

function hostOf(source: string): string {
  try {
    return new URL(source).host || 'local';
  } catch {
    return 'local';
  }
}

/** The key a report is stored under, or undefined without an agency or a year. */
export function reportKey(report: Report): { agencyKey: string; year: number; key: string } | undefined {
  const agency = agencyKey(report);
  const year = reportYear(report);
  if (!agency || year === undefined) return undefined;
  return { agencyKey: agency, year, key: storeKey(agency, year) };
}

/** The key of an agency's report of a given year (what `reportKey(...).key` is for that report). */
export function storeKey(agency: string, year: number): string {
  return `${agency}#${year}`;
}

/** The record a store keeps for a result, or undefined when it is not a report or lacks an agency or a year. */
export function toStoredRecord(result: AuditResult, at: Date): StoredRecord | undefined {
  const report = result?.report;
  if (!report?.detected) return undefined;
  const key = reportKey(report);
  if (!key) return undefined;
  return { ...key, source: report.source, storedAt: at.toISOString(), report: packReport(report) };
}

/** A stored record with its report unpacked. */
export function fromStoredRecord(record: StoredRecord): StoredReport {
  return { ...record, report: unpackReport(record.report) };
}

/** UTF-8 size of a stored record's JSON: what keeping the report costs (in memory, a file or IndexedDB). */
export function storedSize(record: StoredRecord): number {
  return utf8Length(JSON.stringify(record));
}

/** UTF-8 length without an encoder (TextEncoder would allocate the whole byte array to measure it). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // a surrogate pair is one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

/** Last year's report of the same agency, and where it came from. */
export interface PreviousRef {
  report: Report;
  source: string;
}

/** A result with last year's report of its agency, when known. */
export interface YearPair {
  result: AuditResult;
  previous?: PreviousRef;
}

/**
 * Pairs each result with last year's report of the same agency: one in the same batch first (fresher than anything
 * stored), else one in the store. Results that are not reports, or lack an agency or a year, get none.
 */
export async function pairWithPrevious(results: readonly AuditResult[], store?: ReportStore): Promise<YearPair[]> {
  const inBatch = new Map<string, Report>();
  for (const r of results) {
    const key = r?.report?.detected ? reportKey(r.report) : undefined;
    // The first of two copies of one report (e.g. two addresses) is kept: batch order is the caller's preference.
    if (key && !inBatch.has(key.key)) inBatch.set(key.key, r.report);
  }
  const pairs: YearPair[] = [];
  for (const result of results) {
    const key = result?.report?.detected ? reportKey(result.report) : undefined;
    if (!key) {
      pairs.push({ result });
      continue;
    }
    const previous =
      inBatch.get(storeKey(key.agencyKey, key.year - 1)) ?? (await store?.get(key.agencyKey, key.year - 1))?.report;
    pairs.push(previous ? { result, previous: { report: previous, source: previous.source } } : { result });
  }
  return pairs;
}
