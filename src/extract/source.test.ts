import { describe, expect, it } from 'vitest';
import { sourceKey } from './source';

describe('sourceKey', () => {
  it('gives one stable key per kind of SourceRef', () => {
    expect(sourceKey({ kind: 'cell', table: 0, row: 3, col: 4 })).toBe('c:0:3:4');
    expect(sourceKey({ kind: 'line', line: 12 })).toBe('l:12');
    expect(sourceKey({ kind: 'text', block: 5, start: 10, end: 20 })).toBe('t:5:10:20');
  });

  it('distinguishes refs that differ in any field', () => {
    const keys = [
      sourceKey({ kind: 'cell', table: 1, row: 2, col: 3 }),
      sourceKey({ kind: 'cell', table: 1, row: 3, col: 2 }),
      sourceKey({ kind: 'text', block: 1, start: 2, end: 3 }),
      sourceKey({ kind: 'line', line: 123 }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
