/**
 * The engine as the content script uses it: the shared audit facade (whose `force` option is the popup's "audit
 * anyway" for pages that were not recognised as reports), the quick recognition, source keys, re-rendering and the
 * cross-year rules run again with last year's report.
 */
import { auditDocument } from '../audit';
import { quickLooksLikeReport } from '../detect/recognise';
import { localiseFindings } from '../rules/meta';
import { sourceKey } from '../extract/source';
import { withPreviousYear } from '../portal/cross-year';
import type { Engine } from './auditor';

/** The real engine for PageAuditor. */
export const contentEngine: Engine = {
  audit: auditDocument,
  looksLikeReport: quickLooksLikeReport,
  keyOf: sourceKey,
  localise: localiseFindings,
  crossYear: withPreviousYear,
};
