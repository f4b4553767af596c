import type { TableItem } from '../../../src/extract/stream';

/** A table item from rows of cell texts (span copies written out, as a true grid has them). */
export function tableItem(rows: string[][], aligned: boolean): TableItem {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return {
    kind: 'table',
    aligned,
    src: { kind: 'line', line: 1 },
    grid: {
      width,
      rows: rows.map((r, ri) =>
        Array.from({ length: width }, (_, c) => ({ text: r[c] ?? '', fromSpan: false, row: ri, col: c, line: ri + 1 })),
      ),
    },
  };
}
