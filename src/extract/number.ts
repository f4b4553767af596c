import type { ValueKind } from '../model';
import { dropBlanks, foldWidth } from '../text/normalise';

/**
 * Parses the text of one statistical cell (markup.md "Normalisation checklist", step 3; template-2021.md §6).
 * Integers and decimals are validated as text, never through binary floats: `exact` carries the canonical decimal
 * string that money arithmetic must use.
 */
export function parseCellText(raw: string, type: 'int' | 'decimal'): ParsedCell {
  // Most cells are plain digits: the same result without the note, unit and NFKC passes below.
  if (DIGITS.test(raw)) return plainNumber(raw, type);
  let text = dropBlanks(raw);
  const notes: string[] = [];
  // Circled numbers and superscripts must go before NFKC, which would turn "12①" into "121".
  text = stripTrailing(text, PRE_NFKC_NOTE, notes);
  text = dropBlanks(foldWidth(text));
  text = stripTrailing(text, NOTE, notes);
  const note = notes.length > 0 ? notes.reverse().join('') : undefined;

  if (BLANK.test(text)) return withNote({ kind: 'blank', value: null, blank: true }, note);

  let unit: string | undefined;
  const unitMatch = UNIT.exec(text);
  if (unitMatch && unitMatch.index > 0) {
    unit = unitMatch[0];
    text = text.slice(0, unitMatch.index);
  }

  const digits = plainDigits(text);
  if (digits === undefined) return withNote({ kind: 'invalid', value: null, blank: false, unit }, note);

  const [intPart, fracPart = ''] = digits.split('.');
  const intCanon = (intPart ?? '').replace(/^0+(?=\d)/, '') || '0';
  const fracCanon = fracPart.replace(/0+$/, '');
  if (type === 'int') {
    // "12.0" is still the integer 12; "12.5" in a count cell is not a count.
    if (fracCanon !== '') return withNote({ kind: 'invalid', value: null, blank: false, unit }, note);
    const value = Number(intCanon);
    if (!Number.isSafeInteger(value)) return withNote({ kind: 'invalid', value: null, blank: false, unit }, note);
    return withNote({ kind: 'int', value, blank: false, unit }, note);
  }
  const exact = fracCanon === '' ? intCanon : `${intCanon}.${fracCanon}`;
  return withNote({ kind: 'decimal', value: Number(exact), exact, blank: false, unit }, note);
}

const DIGITS = /^\d{1,15}$/;

/** A cell of 1–15 ASCII digits (always a safe integer). */
function plainNumber(digits: string, type: 'int' | 'decimal'): ParsedCell {
  const canonical = digits.replace(/^0+(?=\d)/, '');
  const value = Number(canonical);
  return type === 'int'
    ? { kind: 'int', value, blank: false }
    : { kind: 'decimal', value, blank: false, exact: canonical };
}

/** The result of parsing one cell's text. */
export interface ParsedCell {
  kind: ValueKind;
  /** Integer for 'int', the number (display only) for 'decimal', null for 'blank' and 'invalid'. */
  value: number | null;
  /** Canonical decimal text (no leading zeros, no trailing fractional zeros) for 'decimal'. */
  exact?: string;
  /** Unit suffix written in the cell (件, 条, 次, 个, 项, 万元, 元). */
  unit?: string;
  /** Footnote marker stripped from the cell ("[注]", "*", "①"). */
  note?: string;
  blank: boolean;
}

/** Footnote marks that NFKC would turn into digits: ①–⑳, ⑴, ❶, superscript digits and ⁽⁾. */
const PRE_NFKC_NOTE = /[\u2460-\u24ff\u2776-\u2793\u00b9\u00b2\u00b3\u2070-\u209f]+$/;
/** Footnote marks after NFKC: [注], [注1], (注), [1], *, ※, #, †. */
const NOTE = /(?:\[[^\]]{0,6}\]|\((?:注|备注)\d{0,2}\)|\[?注\d{0,2}\]?|[*※#†‡]+)$/;

/** Cells that mean "nothing written": '', '/', dashes of every width, '无'. */
const BLANK = /^(?:|[-—–―‐‑‒－─/\\]+|无|空|暂无)$/;

/** Unit suffixes, longest first. */
const UNIT = /(?:万元|元|人次|件次|件|条|次|个|项)$/;

function stripTrailing(text: string, pattern: RegExp, notes: string[]): string {
  let rest = text;
  for (let i = 0; i < 3; i++) {
    const m = pattern.exec(rest);
    if (!m || m.index === 0) break;
    notes.push(m[0]);
    rest = rest.slice(0, m.index).trimEnd();
  }
  return rest;
}

/** Digits with an optional fraction; thousands separators accepted only in proper groups of three. */
function plainDigits(text: string): string | undefined {
  if (/^\d+(?:\.\d+)?$/.test(text)) return text;
  if (/^\.\d+$/.test(text)) return `0${text}`;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return text.replace(/,/g, '');
  return undefined;
}

function withNote(cell: ParsedCell, note: string | undefined): ParsedCell {
  const out: ParsedCell = { kind: cell.kind, value: cell.value, blank: cell.blank };
  if (cell.exact !== undefined) out.exact = cell.exact;
  if (cell.unit !== undefined) out.unit = cell.unit;
  if (note !== undefined) out.note = note;
  return out;
}
