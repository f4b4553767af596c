/** Names and status labels of the extracted tables, shared by the report view and the tables view. */
import type { ExtractedTable, Lang, TableId } from '../model';
import { TABLE_NAMES } from '../template/labels';
import type { MessageKey } from './i18n';

/** A table's bilingual name. */
export function tableName(id: TableId, lang: Lang): string {
  return TABLE_NAMES[id][lang];
}

/** Status of an extracted table → its label key. */
export const STATUS_LABEL: Record<ExtractedTable['status'], MessageKey> = {
  ok: 'tableStatusOk',
  partial: 'tableStatusPartial',
  positional: 'tableStatusPositional',
  'not-recognised': 'tableStatusNotRecognised',
  image: 'tableStatusImage',
  attachment: 'tableStatusAttachment',
  missing: 'tableStatusMissing',
};
