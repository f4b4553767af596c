/**
 * Reading the narrative: numbers as written, the claims of each sentence, and the claims of a whole report.
 */
export { extractClaims } from './claims';
export {
  extractAllClaims,
  narrativeSentences,
  reportClaims,
  splitSentences,
  type SentenceClaims,
} from './report-claims';
export { findQuantities, normaliseDigits, parseChineseNumber, type Quantity } from './numbers';
export { matchOutcome, OUTCOME_TERMS, type OutcomeTerm } from './outcomes';
export type * from './types';
