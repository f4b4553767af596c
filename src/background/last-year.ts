/**
 * The worker's side of the cross-year rules (rules.md G) on a visited report: the content script audits the page and
 * runs the rules, but the memory of audited reports is the extension origin's IndexedDB (src/platform/store.ts),
 * which only the extension's own pages and worker can open. So the content script hands each audited report here:
 * it is remembered (next year's report of the agency will find it) and last year's report of its agency, when kept,
 * is the answer. Never rejects: without a usable store the answer is "none kept".
 */
import type { AuditResult } from '../model';
import type { LastYearReply } from '../platform/messages';
import { reportKey, type ReportStore } from '../portal/memory';

export async function lastYearFor(store: ReportStore, result: AuditResult): Promise<LastYearReply> {
  const key = result.report.detected ? reportKey(result.report) : undefined;
  if (!key) return { type: 'last-year', previous: null };
  try {
    const [previous] = await Promise.all([store.get(key.agencyKey, key.year - 1), store.put(result)]);
    return { type: 'last-year', previous: previous ? { report: previous.report, source: previous.source } : null };
  } catch {
    return { type: 'last-year', previous: null };
  }
}
