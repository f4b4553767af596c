import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDecimal, compareDecimal, decimalPlaces, formatDecimal, parseDecimal, shiftDecimal } from './decimal';

const parse = (s: string) => {
  const d = parseDecimal(s);
  if (!d) throw new Error(`not a decimal: ${s}`);
  return d;
};

describe('decimal', () => {
  it('adds exactly where binary floats do not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(formatDecimal(addDecimal(parse('0.1'), parse('0.2')))).toBe('0.3');
    expect(compareDecimal(addDecimal(parse('200.0499'), parse('0.0001')), parse('200.05'))).toBe(0);
  });

  it('parses separators, full-width digits and signs; rejects text', () => {
    expect(formatDecimal(parse('1,014.5589'))).toBe('1014.5589');
    expect(formatDecimal(parse('３．５０'))).toBe('3.5');
    expect(formatDecimal(parse('-0.50'))).toBe('-0.5');
    expect(formatDecimal(parse('.5'))).toBe('0.5');
    expect(parseDecimal('12元')).toBeUndefined();
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('1.2.3')).toBeUndefined();
  });

  it('shifts by powers of ten (元 → 万元)', () => {
    expect(formatDecimal(shiftDecimal(parse('251000'), -4))).toBe('25.1');
    expect(formatDecimal(shiftDecimal(parse('0.5'), 2))).toBe('50');
  });

  it('counts decimals as written', () => {
    expect(decimalPlaces('12.3500')).toBe(4);
    expect(decimalPlaces('12')).toBe(0);
  });

  it('agrees with integer arithmetic in hundredths (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -1e9, max: 1e9 }), (a, b) => {
        const text = (n: number) =>
          `${n < 0 ? '-' : ''}${Math.floor(Math.abs(n) / 100)}.${String(Math.abs(n) % 100).padStart(2, '0')}`;
        const sum = addDecimal(parse(text(a)), parse(text(b)));
        expect(compareDecimal(sum, parse(text(a + b)))).toBe(0);
        expect(Math.sign(compareDecimal(parse(text(a)), parse(text(b))))).toBe(Math.sign(a - b));
      }),
    );
  });
});
