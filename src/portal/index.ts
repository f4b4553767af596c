/**
 * Auditing a whole portal: listing pages, the polite batch runner, memory across years and the batch summary.
 * Pure: fetching, parsing and storage are injected, so the CLI and the extension share all of it.
 */
export {
  runBatch,
  sleep,
  type BatchEntry,
  type BatchFailure,
  type BatchOptions,
  type BatchProgress,
  type BatchSuccess,
  type BatchSummary,
} from './batch';
export { crawlListing, type CrawlOptions, type CrawlResult } from './crawl';
export { auditAcrossYears, withPreviousYear, type CrossYearResult } from './cross-year';
export {
  FAILURE_KINDS,
  fetchPolitely,
  isPageRefused,
  PageRefused,
  type FailureKind,
  type FetchedPage,
  type PageFailure,
  type PageFetcher,
} from './fetch';
export { findPreviousLink, findReportLinks, looksLikeListing, type RefusedLink, type ReportLink } from './listing';
export {
  agencyKey,
  createMemoryStore,
  fromStoredRecord,
  normaliseAgency,
  pairWithPrevious,
  reportKey,
  storedSize,
  storeKey,
  toStoredRecord,
  utf8Length,
  type MemoryStoreOptions,
  type PreviousRef,
  type ReportStore,
  type StoredRecord,
  type StoredReport,
  type YearPair,
} from './memory';
export { isPacked, packReport, unpackReport, type PackedCell, type PackedReport, type PackedTable } from './pack';
export { followableUrl, isWebUrl, MAX_REDIRECTS, originOf, redirectTarget, webUrl } from './url-policy';
export { langOfArgv, oneLanguage, splitBilingual } from './one-language';
export {
  resultRow,
  sortSummary,
  summaryRows,
  summaryToCsv,
  type SummaryInput,
  type SummaryKey,
  type SummaryRow,
} from './summary';
