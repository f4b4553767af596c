/**
 * Builds the "expected vs. actual" parts of sum messages: "维持1+纠正0+其他0+尚未审结0" and the printed actual.
 */
import type { CellValue } from '../../model';
import type { LocalText } from '../../engine/define-rule';
import { bilingual } from '../../engine/messages';
import { isBlank } from './tables';

/** One operand of a sum, named in both languages. */
export interface SumPart {
  name: LocalText;
  value: number;
}

/** "维持1+纠正0" / "upheld 1 + corrected 0"; with `skipZero`, zero parts are left out (long sums). */
export function partsText(parts: readonly SumPart[], skipZero = false): LocalText {
  const shown = skipZero ? parts.filter((p) => p.value !== 0) : parts;
  if (shown.length === 0) return { zh: '各项均为 0', en: 'all parts are 0' };
  return {
    zh: shown.map((p) => `${p.name.zh}${p.value}`).join('+'),
    en: shown.map((p) => `${p.name.en} ${p.value}`).join(' + '),
  };
}

/** Data for `{{actual}}`: the printed number, or "空白"/"blank" for a blank cell. */
export function actualData(cell: CellValue, value: number | undefined): Record<string, string | number> {
  if (isBlank(cell)) return bilingual('actual', { zh: '空白', en: 'blank' });
  return { actual: value ?? cell.raw };
}
