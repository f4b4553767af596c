/**
 * The cross-year rules (rules.md G) over a batch: each report is paired with last year's report of its agency (in
 * the batch or in the store) and its rules are run again with that report, so its findings are one list in the
 * engine's order, whatever the pairing added.
 */
import { checkReport } from '../audit';
import type { AuditResult, Lang } from '../model';
import { localiseFindings } from '../rules/meta';
import { pairWithPrevious, type PreviousRef, type ReportStore } from './memory';

/** A result audited again with last year's report; `previous` says which one (undefined when none was known). */
export interface CrossYearResult {
  result: AuditResult;
  previous?: PreviousRef;
}

/**
 * Audits every result against last year's report of its agency. Results without one keep their findings, rendered
 * in `lang` (a batch resumed with another --lang must not mix languages).
 */
export async function auditAcrossYears(
  results: readonly AuditResult[],
  opts: { store?: ReportStore; lang?: Lang } = {},
): Promise<CrossYearResult[]> {
  const lang = opts.lang ?? 'zh';
  const pairs = await pairWithPrevious(results, opts.store);
  return pairs.map(({ result, previous }) =>
    previous
      ? { result: withPreviousYear(result, previous, lang), previous }
      : { result: { ...result, findings: localiseFindings(result.findings ?? [], lang) } },
  );
}

/** The result with its rules run again, this time knowing last year's report. */
export function withPreviousYear(result: AuditResult, previous: PreviousRef, lang: Lang): AuditResult {
  const { findings, rulesRun } = checkReport(result.report, {
    lang,
    previous: previous.report,
    previousSource: previous.source,
  });
  return { ...result, findings, rulesRun };
}
