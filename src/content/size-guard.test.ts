// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { measurePage, PAGE_LIMITS } from './size-guard';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<html><head><title>t</title></head><body>${html}</body></html>`, 'text/html');
}

const table = (rows: number, cols: number) =>
  `<table><tbody>${Array.from({ length: rows }, () => `<tr>${'<td>1</td>'.repeat(cols)}</tr>`).join('')}</tbody></table>`;

describe('measurePage', () => {
  it('counts elements, tables, cells and text of a page within the limits', () => {
    const doc = page(`<p>一二三</p>${table(2, 3)}<table><tbody><tr><th>h</th></tr></tbody></table>`);
    const { size, over } = measurePage([doc]);
    expect(over).toBeNull();
    expect(size.tables).toBe(2);
    expect(size.cells).toBe(7);
    expect(size.text).toBe(3 + 6 + 1);
    // html, head, title, body, p, 2 tables with their tbody, 3 rows, 7 cells
    expect(size.elements).toBe(4 + 1 + 2 + 2 + 3 + 7);
  });

  it('sums the documents an audit would read (a page and its frames)', () => {
    const a = page(table(1, 4));
    const b = page(table(2, 2));
    expect(measurePage([a, b]).size.cells).toBe(8);
    expect(measurePage([a, b], { ...PAGE_LIMITS, cells: 7 }).over).toEqual({ measure: 'cells', count: 8, limit: 7 });
  });

  it('names the first limit passed, cheapest count first, and stops counting there', () => {
    const doc = page(`${table(10, 10)}<p>${'字'.repeat(5000)}</p>`);
    const verdict = measurePage([doc], { elements: 50, tables: 0, cells: 0, text: 0 });
    expect(verdict.over).toMatchObject({ measure: 'elements', limit: 50 });
    // The text was never read: the element count already said no.
    expect(verdict.size.text).toBe(0);
    expect(measurePage([doc], { ...PAGE_LIMITS, text: 4000 }).over).toMatchObject({ measure: 'text', limit: 4000 });
    expect(measurePage([doc], { ...PAGE_LIMITS, tables: 0 }).over).toEqual({ measure: 'tables', count: 1, limit: 0 });
  });

  it('treats a document it cannot read as empty instead of throwing', () => {
    const broken = {
      getElementsByTagName: () => {
        throw new Error('frame gone');
      },
      body: null,
    } as unknown as Document;
    expect(measurePage([broken])).toEqual({ size: { elements: 0, tables: 0, cells: 0, text: 0 }, over: null });
  });

  it('leaves a real report page an order of magnitude below every limit', () => {
    // The shape of a large real report page: three statistics tables and a portal shell with long navigation.
    const report = `${table(14, 4)}${table(28, 9)}${table(3, 15)}` + '<div><a>栏目</a></div>'.repeat(800);
    const { size, over } = measurePage([page(report)]);
    expect(over).toBeNull();
    for (const key of ['elements', 'cells', 'tables'] as const) expect(size[key] * 10).toBeLessThan(PAGE_LIMITS[key]);
  });
});
