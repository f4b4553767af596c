import type { FormatVersion } from '../model';
import { LEGACY_MARKERS_2019, LEGACY_MARKERS_PRE2019 } from '../template';
import { normaliseLabel } from '../text/normalise';

/**
 * Which national format a report follows (template-2021.md §5; rules.md "Older formats"). The layouts of the mapped
 * tables decide first; then words only the 2019 trial tables use; then the markers of the 2008–2018 reports; then
 * the report year; then the format document the report cites.
 */
export function detectFormat(input: FormatEvidence): FormatVersion {
  const layouts = [input.t3Layout, input.t2Layout];
  if (layouts.includes('2019')) return '2019';
  if (layouts.includes('2021')) return '2021';
  const tableText = normaliseLabel(input.tableText);
  if (MARKERS_2019.some((m) => tableText.includes(m))) return '2019';
  const text = normaliseLabel(input.text);
  if (isLegacy(text, input.year)) return 'legacy';
  if (input.year !== undefined) {
    if (input.year >= 2021) return '2021';
    if (input.year >= 2019) return '2019';
  }
  if (/\[2021\]30号/.test(text)) return '2021';
  if (/\[2019\]60号/.test(text)) return '2019';
  return 'unknown';
}

/** What the format is judged from. */
export interface FormatEvidence {
  /** Report year, if known. */
  year?: number;
  /** Layouts recognised by the T3 and T2 mappers. */
  t3Layout?: FormatVersion;
  t2Layout?: FormatVersion;
  /** Text of all data tables. */
  tableText: string;
  /** The whole text of the report. */
  text: string;
}

const MARKERS_2019 = LEGACY_MARKERS_2019.map(normaliseLabel);
/** "概述" only counts as the heading of section 一, not as a word in a sentence. */
const MARKERS_PRE2019 = LEGACY_MARKERS_PRE2019.filter((m) => m !== '概述').map(normaliseLabel);

function isLegacy(text: string, year: number | undefined): boolean {
  if (year !== undefined && year <= 2018) return true;
  if (year !== undefined && year >= 2021) return false;
  if (/(?:^|[\n。])(?:一|1)[、.]概述/.test(text)) return true;
  return MARKERS_PRE2019.some((m) => text.includes(m));
}
