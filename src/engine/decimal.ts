/**
 * Exact decimal arithmetic on canonical strings (scaled BigInt), for money in 万元: binary floats turn 200.05 into
 * 200.0499999 and raise false alarms (ux.md, item 7).
 */
import { dropBlanks, foldWidth } from '../text/normalise';

/** A decimal as an integer of units of 10^-scale. */
export interface Decimal {
  units: bigint;
  scale: number;
}

/** Parses "12.35", "-0.5", "1,014.5589", "３．５"; returns undefined for anything that is not a plain decimal. */
export function parseDecimal(text: string): Decimal | undefined {
  const s = dropBlanks(foldWidth(text)).replace(/,/g, '');
  const m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(s) ?? /^([+-]?)()\.(\d+)$/.exec(s);
  if (!m) return undefined;
  const frac = m[3] ?? '';
  const units = BigInt(`${m[2] || '0'}${frac}`);
  return { units: m[1] === '-' ? -units : units, scale: frac.length };
}

/** Number of digits after the decimal point as written ("12.3500" → 4). */
export function decimalPlaces(text: string): number {
  return parseDecimal(text)?.scale ?? 0;
}

/** Exact sum. */
export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

/** Exact comparison: negative, zero or positive as a <, =, > b. */
export function compareDecimal(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const d = rescale(a, scale) - rescale(b, scale);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** Multiplies by 10^power exactly (negative powers divide: 元 → 万元 is power −4). */
export function shiftDecimal(a: Decimal, power: number): Decimal {
  return power >= 0
    ? { units: a.units * 10n ** BigInt(power), scale: a.scale }
    : { units: a.units, scale: a.scale - power };
}

/** Canonical text: no trailing zeros after the point, no leading zeros ("0.5", "12", "-3.25"). */
export function formatDecimal(a: Decimal): string {
  const negative = a.units < 0n;
  let digits = (negative ? -a.units : a.units).toString().padStart(a.scale + 1, '0');
  let int = digits.slice(0, digits.length - a.scale);
  let frac = a.scale > 0 ? digits.slice(digits.length - a.scale) : '';
  frac = frac.replace(/0+$/, '');
  int = int.replace(/^0+(?=\d)/, '');
  digits = frac ? `${int}.${frac}` : int;
  return negative && digits !== '0' ? `-${digits}` : digits;
}

function rescale(a: Decimal, scale: number): bigint {
  return a.units * 10n ** BigInt(scale - a.scale);
}
