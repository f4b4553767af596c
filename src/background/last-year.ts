/**
 * The worker's memory of reports audited in tabs, for the cross-year rules (rules.md G): the memory is the extension
 * origin's IndexedDB (src/platform/store.ts), which only the extension's own pages and worker can open, so the
 * worker's engine (./engine.ts) hands each report it audited for a content script here: it is remembered (next
 * year's report of the agency will find it) and last year's report of its agency, when kept, is the answer. Never
 * rejects: without a usable store the answer is "none kept".
 */
import type { AuditResult } from '../model';
import { reportKey, type PreviousRef, type ReportStore } from '../portal/memory';

export async function lastYearFor(store: ReportStore, result: AuditResult): Promise<PreviousRef | null> {
  const key = result.report.detected ? reportKey(result.report) : undefined;
  if (!key) return null;
  try {
    const [previous] = await Promise.all([store.get(key.agencyKey, key.year - 1), store.put(result)]);
    return previous ? { report: previous.report, source: previous.source } : null;
  } catch {
    return null;
  }
}
