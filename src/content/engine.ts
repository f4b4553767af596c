/**
 * The engine as the content script uses it: the shared audit facade, plus the "audit anyway" path for pages that
 * were not recognised as reports (the popup's button) — there the rules run on whatever tables were extracted.
 */
import { auditDocument } from '../audit';
import { quickLooksLikeReport } from '../detect/recognise';
import { localiseFindings, runRules } from '../engine/run-rules';
import { sourceKey } from '../extract/source';
import type { Engine } from './auditor';

/** The real engine for PageAuditor. */
export const contentEngine: Engine = {
  audit(doc, { force, ...opts }) {
    const audited = auditDocument(doc, opts);
    if (!force || audited.report.detected) return audited;
    // The user says this is a report: audit it as one, in the current national format unless another was seen.
    const format = audited.report.format === 'unknown' ? '2021' : audited.report.format;
    const report = { ...audited.report, detected: true, format };
    return { ...audited, report, ...runRules(report, { lang: opts.lang }) };
  },
  looksLikeReport: quickLooksLikeReport,
  keyOf: sourceKey,
  localise: localiseFindings,
};
