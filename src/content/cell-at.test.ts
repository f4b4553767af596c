// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cellAt, cellAtKey } from './cell-at';

describe('cellAtKey', () => {
  it('finds the page cell at a true-grid position, through rowspans and colspans', () => {
    document.body.innerHTML = `<table><tr><td>x</td></tr></table><table>
      <tr><td rowspan="2" id="a">三、本年度办理结果</td><td colspan="2" id="b">（一）予以公开</td><td id="c">5</td></tr>
      <tr><td id="d">1.属于国家秘密</td><td id="e">x</td><td id="f">0</td></tr></table>`;
    const table = document.querySelectorAll('table')[1]!;
    expect(cellAt(table, 0, 0)!.id).toBe('a');
    expect(cellAt(table, 0, 2)!.id).toBe('b');
    expect(cellAt(table, 0, 3)!.id).toBe('c');
    expect(cellAt(table, 1, 0)!.id).toBe('a');
    expect(cellAt(table, 1, 1)!.id).toBe('d');
    expect(cellAt(table, 1, 3)!.id).toBe('f');
    expect(cellAt(table, 5, 0)).toBeNull();
    expect(cellAtKey(document, 'c:1:1:2')!.id).toBe('e');
    expect(cellAtKey(document, 'c:9:0:0')).toBeNull();
    expect(cellAtKey(document, 't:1:2:3')).toBeNull();
  });
});
