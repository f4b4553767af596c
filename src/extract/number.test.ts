import { describe, expect, it } from 'vitest';
import { parseCellText } from './number';

describe('parseCellText', () => {
  it.each([
    ['0', 0],
    ['57', 57],
    ['１２', 12],
    ['1,234', 1234],
    ['11,398,889', 11398889],
    ['1，234', 1234],
    [' 7 ', 7],
    ['00012', 12],
    ['12.0', 12],
  ])('reads the count %j as %d', (raw, value) => {
    expect(parseCellText(raw, 'int')).toEqual({ kind: 'int', value, blank: false });
  });

  it.each(['', '/', '／', '—', '–', '-', '--', '——', '无', '\u00a0', ' \u3000 ', '\u200b'])(
    'treats %j as blank',
    (raw) => {
      expect(parseCellText(raw, 'int')).toEqual({ kind: 'blank', value: null, blank: true });
    },
  );

  it.each([
    ['12件', 12, '件'],
    ['3条', 3, '条'],
    ['5次', 5, '次'],
    ['2个', 2, '个'],
  ])('strips and remembers the unit of %j', (raw, value, unit) => {
    expect(parseCellText(raw, 'int')).toEqual({ kind: 'int', value, unit, blank: false });
  });

  it.each([
    ['12[注]', '[注]'],
    ['12［注］', '[注]'],
    ['12*', '*'],
    ['12①', '①'],
    ['12¹', '¹'],
    ['12（注1）', '(注1)'],
    ['12※', '※'],
  ])('keeps the footnote of %j apart from the number', (raw, note) => {
    expect(parseCellText(raw, 'int')).toEqual({ kind: 'int', value: 12, note, blank: false });
  });

  it.each(['-5', '−5', '+3', '12.5', '1,2', '12,34', 'abc', '五', '12%', '件', '1.2.3', '99999999999999999999'])(
    'rejects %j as a count',
    (raw) => {
      const parsed = parseCellText(raw, 'int');
      expect(parsed.kind).toBe('invalid');
      expect(parsed.value).toBeNull();
      expect(parsed.blank).toBe(false);
    },
  );

  it('keeps decimals as exact canonical text, never through floats', () => {
    expect(parseCellText('9486.7475', 'decimal')).toEqual({
      kind: 'decimal',
      value: 9486.7475,
      exact: '9486.7475',
      blank: false,
    });
    expect(parseCellText('0.10', 'decimal')).toMatchObject({ exact: '0.1' });
    expect(parseCellText('012.500', 'decimal')).toMatchObject({ exact: '12.5' });
    expect(parseCellText('200.05', 'decimal')).toMatchObject({ exact: '200.05' });
    expect(parseCellText('.5', 'decimal')).toMatchObject({ exact: '0.5' });
    expect(parseCellText('3', 'decimal')).toMatchObject({ kind: 'decimal', exact: '3', value: 3 });
    expect(parseCellText('1,014.5589', 'decimal')).toMatchObject({ exact: '1014.5589' });
  });

  it('remembers money units written in the cell', () => {
    expect(parseCellText('251000元', 'decimal')).toEqual({
      kind: 'decimal',
      value: 251000,
      exact: '251000',
      unit: '元',
      blank: false,
    });
    expect(parseCellText('12.35万元', 'decimal')).toMatchObject({ exact: '12.35', unit: '万元' });
  });

  it('never throws on odd input', () => {
    for (const raw of ['\ud800', '[]', '[注]', '*', '①', '万元', '.', ',', '0.', '1e5', 'NaN', 'Infinity']) {
      expect(() => parseCellText(raw, 'int')).not.toThrow();
      expect(() => parseCellText(raw, 'decimal')).not.toThrow();
    }
    expect(parseCellText('1e5', 'int').kind).toBe('invalid');
    expect(parseCellText('[注]', 'int').kind).toBe('invalid');
  });
});
