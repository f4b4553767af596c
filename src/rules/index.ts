/**
 * The rule registry: every rule, imported and listed explicitly (no file-system discovery, so bundlers see it and
 * the convention test can check it). The order here is the order findings of equal severity are listed in:
 * the catalogue's order (rules.md A–F), then the "not audited" notices.
 */
import type { Rule } from '../engine/define-rule';
import cellBlank from './cell-blank';
import cellNotNumber from './cell-not-number';
import docEmptySection from './doc-empty-section';
import docMissingSection from './doc-missing-section';
import docMissingTable from './doc-missing-table';
import docTooLarge from './doc-too-large';
import metaAgency from './meta-agency';
import metaBasis from './meta-basis';
import metaDeadline from './meta-deadline';
import metaYear from './meta-year';
import metaYearBody from './meta-year-body';
import t2FeeUnit from './t2-fee-unit';
import t2OldLayout from './t2-old-layout';
import t2ValidLower from './t2-valid-lower';
import t3BlankTotal from './t3-blank-total';
import t3FeeNote from './t3-fee-note';
import t3Identity from './t3-identity';
import t3MissingRows from './t3-missing-rows';
import t3ResultSum from './t3-result-sum';
import t3RowTotal from './t3-row-total';
import t4DirectSum from './t4-direct-sum';
import t4PostReviewSum from './t4-post-review-sum';
import t4ReviewSum from './t4-review-sum';
import t4Shape from './t4-shape';
import tableNotRecognised from './table-not-recognised';
import textCarry from './text-carry';
import textCompleted from './text-completed';
import textLitigation from './text-litigation';
import textNewRequests from './text-new-requests';
import textOutcomes from './text-outcomes';
import textPercent from './text-percent';
import textReview from './text-review';
import textSubtotal from './text-subtotal';
import textTable2 from './text-table2';
import yearCarry from './year-carry';
import yearDuplicate from './year-duplicate';
import yearValidDocs from './year-valid-docs';
import yearYoyClaim from './year-yoy-claim';

/** All registered rules. */
export const rules: Rule[] = [
  // A. Table 三
  t3Identity,
  t3ResultSum,
  t3RowTotal,
  t3BlankTotal,
  t3MissingRows,
  t3FeeNote,
  // B. Table 四
  t4ReviewSum,
  t4DirectSum,
  t4PostReviewSum,
  t4Shape,
  // C. Table 二
  t2ValidLower,
  t2FeeUnit,
  t2OldLayout,
  // D. Cells
  cellNotNumber,
  cellBlank,
  // E. Narrative ↔ tables
  textNewRequests,
  textCarry,
  textCompleted,
  textOutcomes,
  textReview,
  textLitigation,
  textTable2,
  textSubtotal,
  textPercent,
  // F. Document
  metaYear,
  metaYearBody,
  metaDeadline,
  metaBasis,
  metaAgency,
  docMissingTable,
  docMissingSection,
  docEmptySection,
  // G. Across years (find nothing unless runRules is given last year's report)
  yearCarry,
  yearValidDocs,
  yearYoyClaim,
  yearDuplicate,
  tableNotRecognised,
  docTooLarge,
];
