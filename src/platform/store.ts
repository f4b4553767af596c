/**
 * The extension's memory of audited pages, in IndexedDB (the extension origin's own database, shared by the
 * background worker and the batch page): every page a batch finishes, and every report audited in a tab (by
 * the worker, from its content script's snapshot: src/background/last-year.ts), is written the moment it is done — so closing a tab loses nothing — and last year's report of an agency is found by agency and year for the
 * cross-year rules (rules.md G). The store is bounded (pages and bytes; the oldest pages are evicted first) and
 * `clear()` is the batch page's "forget all".
 *
 * Layout: `heads` holds one small record per page (address, agency#year key, listings, size, time) — everything a
 * lookup or an eviction needs, read in one `getAll` — and `bodies` the page's result, its report packed
 * (src/portal/pack.ts). Both change in one transaction, so they never disagree.
 *
 * Records are untrusted on read: an older version, a crash or another tool may have left one of another shape. A
 * head is checked field by field (`readHead`); one that fails is skipped by every read and repaired — rebuilt from
 * its body, or deleted with it when the body is unreadable too — by the next write, and by the schema migration
 * (DB_VERSION 2: every head carries `v: 2`). Eviction counts only checked sizes, so one bad record can never make
 * the store evict more than its bounds require.
 */
import type { AuditResult } from '../model';
// The portal's modules themselves, not its index: the background worker opens this store, and the index would bring
// the whole engine (the batch, the cross-year rules) into the worker's bundle.
import type { BatchEntry } from '../portal/batch';
import { reportKey, storeKey, utf8Length, type ReportStore, type StoredReport } from '../portal/memory';
import { packReport, unpackReport, type PackedReport } from '../portal/pack';
import { isAuditResult } from './result-shape';

/** The extension's store: a ReportStore (by agency and year) that also journals batch pages by address. */
export interface PageStore extends ReportStore {
  /** Stores a finished page; `listing` is the listing page it was found on (a batch's key), if any. */
  putEntry(entry: BatchEntry, listing?: string): Promise<void>;
  /** The stored page at this address. */
  getEntry(url: string): Promise<BatchEntry | undefined>;
  /** Pages stored for a listing, in the order they were stored. */
  entries(listing: string): Promise<BatchEntry[]>;
  /** True when a re-run need not fetch the page: it was audited, or failed in a way a retry will not fix. */
  isSettled(url: string): Promise<boolean>;
  /** How much is kept. */
  stats(): Promise<StoreStats>;
}

/** What the store holds. */
export interface StoreStats {
  pages: number;
  /** Pages that are annual reports with an agency and a year (the cross-year memory). */
  reports: number;
  /** UTF-8 size of the stored records' JSON. */
  bytes: number;
}

/** Options of {@link openPageStore}. */
export interface PageStoreOptions {
  /** The IndexedDB to use (default: the global one); tests pass a stand-in. */
  indexedDB?: IDBFactory;
  /** Database name (default "gov-report-auditor"). */
  name?: string;
  /** Most pages kept (default 3000). */
  maxEntries?: number;
  /** Most bytes kept, counted as the UTF-8 size of each record's JSON (default 64 MB). */
  maxBytes?: number;
  /** Clock for `storedAt` (tests pin it). */
  now?: () => Date;
}

/**
 * Opens the store (lazily: the database is opened on first use, and every method rejects with a bilingual error
 * when IndexedDB is unavailable, e.g. in a private window that forbids it).
 */
export function openPageStore(opts: PageStoreOptions = {}): PageStore {
  const maxEntries = Math.max(1, opts.maxEntries ?? 3000);
  const maxBytes = Math.max(1, opts.maxBytes ?? 64 * 1024 * 1024);
  const now = opts.now ?? (() => new Date());
  let opened: Promise<IDBDatabase> | undefined;
  const db = (): Promise<IDBDatabase> => {
    opened ??= openDatabase(opts.indexedDB ?? globalThis.indexedDB, opts.name ?? DB_NAME).catch((error: unknown) => {
      opened = undefined; // the next call may succeed (a blocked upgrade that has since been released)
      throw error;
    });
    return opened;
  };
  /** Runs `work` in one transaction over both stores and resolves once it has committed. */
  const inTransaction = async <T>(
    mode: IDBTransactionMode,
    work: (heads: IDBObjectStore, bodies: IDBObjectStore) => Promise<T>,
  ): Promise<T> => {
    const tx = (await db()).transaction([HEADS, BODIES], mode);
    const committed = settled(tx);
    try {
      const value = await work(tx.objectStore(HEADS), tx.objectStore(BODIES));
      await committed;
      return value;
    } catch (error) {
      committed.catch(() => undefined);
      try {
        tx.abort(); // half a put must not be committed
      } catch {
        // already finished or aborted
      }
      throw error;
    }
  };
  const allHeads = () =>
    inTransaction('readonly', async (heads) => validHeads(await request<unknown[]>(heads.getAll())));
  const body = (url: string) =>
    inTransaction('readonly', (_heads, bodies) => request<Body | undefined>(bodies.get(url)));

  const store: PageStore = {
    async putEntry(entry, listing) {
      const body: Body = { url: entry.url, entry: packEntry(entry) };
      const bytes = utf8Length(JSON.stringify(body));
      await inTransaction('readwrite', async (heads, bodies) => {
        const old = readHead(await request<unknown>(heads.get(entry.url)));
        // A page viewed in the popup keeps the listings a batch found it on (and vice versa): a resumed batch skips it.
        const listings = [...new Set([...(old?.listings ?? []), ...(listing ? [listing] : [])])];
        // A failure (a second batch tab, a retry that timed out) never replaces a page audited: only its listings merge.
        if (!entry.ok && old?.ok) {
          heads.put({ ...old, listings });
          return;
        }
        const head = headOf(entry, listings, bytes, now());
        heads.put(head);
        bodies.put(body);
        const all = await repairHeads(heads, bodies, await request<unknown[]>(heads.getAll()));
        for (const url of evictable(all, head.url, maxEntries, maxBytes)) {
          heads.delete(url);
          bodies.delete(url);
        }
      });
    },
    async getEntry(url) {
      const found = await body(url);
      return found ? unpackEntry(found.entry) : undefined;
    },
    async entries(listing) {
      const heads = (await allHeads()).filter((h) => h.listings.includes(listing)).sort(byTime);
      const bodies = await inTransaction('readonly', (_heads, bodies) =>
        Promise.all(heads.map((h) => request<Body | undefined>(bodies.get(h.url)))),
      );
      return bodies.flatMap((b) => {
        const entry = b && unpackEntry(b.entry);
        return entry ? [entry] : [];
      });
    },
    async isSettled(url) {
      const head = readHead(await inTransaction('readonly', (heads) => request<unknown>(heads.get(url))));
      return !!head && (head.ok || !head.retryable);
    },
    async stats() {
      const all = await allHeads();
      return {
        pages: all.length,
        reports: all.filter((h) => h.key !== undefined).length,
        bytes: all.reduce((n, h) => n + h.bytes, 0),
      };
    },
    async get(agencyKey, year) {
      const key = storeKey(agencyKey, year);
      const newest = (await allHeads())
        .filter((h) => h.key === key)
        .sort(byTime)
        .pop();
      return newest ? storedReport(newest, await body(newest.url)) : undefined;
    },
    async put(result) {
      const key = result?.report?.detected ? reportKey(result.report) : undefined;
      if (!key) return undefined;
      await store.putEntry({ url: result.report.source, ok: true, result, ms: 0 });
      return store.get(key.agencyKey, key.year);
    },
    async list() {
      // One report per agency and year (the newest), oldest first: what "replacing the same agency and year" means.
      const newest = new Map<string, Head>();
      for (const head of (await allHeads()).sort(byTime)) if (head.key) newest.set(head.key, head);
      const out: StoredReport[] = [];
      for (const head of [...newest.values()].sort(byTime)) {
        const report = storedReport(head, await body(head.url));
        if (report) out.push(report);
      }
      return out;
    },
    async clear() {
      await inTransaction('readwrite', async (heads, bodies) => {
        heads.clear();
        bodies.clear();
      });
    },
  };
  return store;
}

const DB_NAME = 'gov-report-auditor';
/** 1: heads and bodies; 2: every head checked, repaired where needed, and marked `v: 2` (migrate). */
const DB_VERSION = 2;
const HEAD_VERSION = 2;
const HEADS = 'heads';
const BODIES = 'bodies';

/** What lookups and eviction read of a page. */
interface Head {
  /** Schema version of the record (absent in version 1). */
  v?: typeof HEAD_VERSION;
  url: string;
  /** `agencyKey#year` for an annual report with both. */
  key?: string;
  listings: string[];
  ok: boolean;
  retryable: boolean;
  storedAt: string;
  bytes: number;
}

/** A stored page: its batch entry, the report packed. */
interface Body {
  url: string;
  entry: PackedEntry;
}

type PackedEntry =
  Exclude<BatchEntry, { ok: true }> | (Omit<Extract<BatchEntry, { ok: true }>, 'result'> & { result: PackedResult });
type PackedResult = Omit<AuditResult, 'report'> & { report: PackedReport };

function headOf(entry: BatchEntry, listings: string[], bytes: number, at: Date): Head {
  const key = entry.ok && entry.result.report.detected ? reportKey(entry.result.report) : undefined;
  return {
    v: HEAD_VERSION,
    url: entry.url,
    ...(key ? { key: key.key } : {}),
    listings,
    ok: entry.ok,
    retryable: !entry.ok && entry.retryable,
    storedAt: at.toISOString(),
    bytes,
  };
}

/** A head as read, or undefined when any field has the wrong shape (an old, damaged or foreign record). */
function readHead(value: unknown): Head | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const h = value as Record<string, unknown>;
  if (typeof h.url !== 'string' || typeof h.ok !== 'boolean' || typeof h.retryable !== 'boolean') return undefined;
  if (h.key !== undefined && typeof h.key !== 'string') return undefined;
  if (!Array.isArray(h.listings) || !h.listings.every((l) => typeof l === 'string')) return undefined;
  if (typeof h.storedAt !== 'string' || Number.isNaN(Date.parse(h.storedAt))) return undefined;
  if (typeof h.bytes !== 'number' || !Number.isSafeInteger(h.bytes) || h.bytes < 0) return undefined;
  return value as Head;
}

/** The heads that pass readHead (reads skip the others; the next write repairs them). */
function validHeads(values: readonly unknown[]): Head[] {
  return values.flatMap((value) => {
    const head = readHead(value);
    return head ? [head] : [];
  });
}

/**
 * Every head checked; a bad one is rebuilt from its body (its size measured again, its listings and time kept when
 * they are readable) or, when the body is unreadable too, deleted with it. Runs in the caller's write transaction.
 * Resolves to the heads as they now are.
 */
async function repairHeads(heads: IDBObjectStore, bodies: IDBObjectStore, values: readonly unknown[]): Promise<Head[]> {
  const out: Head[] = [];
  for (const value of values) {
    const head = readHead(value);
    if (head) {
      out.push(head);
      continue;
    }
    const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const url = raw.url;
    // The key path is `url`: a record without a string url cannot be looked up, only dropped.
    if (typeof url !== 'string' && typeof url !== 'number') continue;
    const found = await request<Body | undefined>(bodies.get(url));
    const entry = typeof url === 'string' ? unpackEntry(found?.entry) : undefined;
    if (!entry || entry.url !== url || !found) {
      heads.delete(url);
      bodies.delete(url);
      continue;
    }
    const listings = Array.isArray(raw.listings) ? raw.listings.filter((l): l is string => typeof l === 'string') : [];
    const at =
      typeof raw.storedAt === 'string' && !Number.isNaN(Date.parse(raw.storedAt))
        ? new Date(raw.storedAt)
        : new Date(0);
    const repaired = headOf(entry, listings, utf8Length(JSON.stringify(found)), at);
    heads.put(repaired);
    out.push(repaired);
  }
  return out;
}

/** The schema migration (in the version-change transaction): version 1's heads checked and repaired, marked `v: 2`. */
async function migrate(tx: IDBTransaction, oldVersion: number): Promise<void> {
  if (oldVersion < 1 || oldVersion >= 2) return;
  const heads = tx.objectStore(HEADS);
  const bodies = tx.objectStore(BODIES);
  for (const head of await repairHeads(heads, bodies, await request<unknown[]>(heads.getAll()))) {
    if (head.v !== HEAD_VERSION) heads.put({ ...head, v: HEAD_VERSION });
  }
}

/**
 * Pages to evict so the store fits its bounds: the oldest first, never the page just stored (a single page larger
 * than the bound is still kept for the batch that made it).
 */
function evictable(heads: readonly Head[], keep: string, maxEntries: number, maxBytes: number): string[] {
  let count = heads.length;
  let bytes = heads.reduce((n, h) => n + h.bytes, 0);
  const out: string[] = [];
  for (const head of [...heads].sort(byTime)) {
    if (count <= maxEntries && bytes <= maxBytes) break;
    if (head.url === keep) continue;
    out.push(head.url);
    count--;
    bytes -= head.bytes;
  }
  return out;
}

function byTime(a: Head, b: Head): number {
  return a.storedAt < b.storedAt ? -1 : a.storedAt > b.storedAt ? 1 : 0;
}

function packEntry(entry: BatchEntry): PackedEntry {
  if (!entry.ok) return { ...entry };
  // The element map of an audit in a page (auditDocument) cannot be stored and is not needed.
  const { elements: _elements, ...result } = entry.result as AuditResult & { elements?: unknown };
  return { ...entry, result: { ...result, report: packReport(result.report) } };
}

/** The entry back, or undefined when the record is not one this version can read (a damaged or foreign record). */
function unpackEntry(packed: PackedEntry | undefined): BatchEntry | undefined {
  if (!packed || typeof packed.url !== 'string') return undefined;
  if (!packed.ok) return typeof packed.error === 'string' ? packed : undefined;
  try {
    const result = { ...packed.result, report: unpackReport(packed.result.report) };
    return isAuditResult(result) ? { ...packed, result } : undefined;
  } catch {
    return undefined;
  }
}

function storedReport(head: Head, found: Body | undefined): StoredReport | undefined {
  const entry = unpackEntry(found?.entry);
  if (!entry?.ok || !head.key) return undefined;
  const { report } = entry.result;
  const key = reportKey(report);
  return key ? { ...key, source: report.source, storedAt: head.storedAt, report } : undefined;
}

function openDatabase(factory: IDBFactory | undefined, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (!factory) return reject(new Error(UNAVAILABLE));
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(name, DB_VERSION);
    } catch (error) {
      return reject(new Error(`${UNAVAILABLE}: ${String(error)}`));
    }
    req.onupgradeneeded = (event) => {
      const db = req.result;
      if (!db.objectStoreNames.contains(HEADS)) db.createObjectStore(HEADS, { keyPath: 'url' });
      if (!db.objectStoreNames.contains(BODIES)) db.createObjectStore(BODIES, { keyPath: 'url' });
      // A failed migration aborts the upgrade: the database stays at version 1 and the open rejects (tried again later).
      const tx = req.transaction;
      if (tx) {
        migrate(tx, event.oldVersion).catch(() => {
          try {
            tx.abort();
          } catch {
            // already finished
          }
        });
      }
    };
    req.onsuccess = () => {
      const db = req.result;
      // A newer version of the extension opening the database asks us to let go.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => reject(new Error(`${UNAVAILABLE}: ${req.error?.message ?? ''}`));
    req.onblocked = () => reject(new Error(`${UNAVAILABLE}: blocked`));
  });
}

const UNAVAILABLE = '无法打开本地记录（IndexedDB unavailable）';

function request<T>(req: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when the transaction commits; rejects when it fails or is aborted (e.g. the quota is exceeded). */
function settled(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}
