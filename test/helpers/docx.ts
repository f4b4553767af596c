/**
 * A small DOCX writer for tests: an HTML page's headings, paragraphs and tables as a Word document, with the
 * tables' merged cells written as Word writes them (gridSpan for colspan, vMerge restart/continue for rowspan).
 * It stands in for LibreOffice where that is not installed, and checks that merged cells survive the DOCX path.
 */
import JSZip from 'jszip';
import { parseHTML } from 'linkedom';
import { tableToGrid } from '../../src/extract/grid';

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;

/** The DOCX bytes of an HTML page. */
export async function htmlToDocx(html: string): Promise<Uint8Array> {
  const { document } = parseHTML(html);
  const body: string[] = [];
  const walk = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      const tag = child.tagName.toLowerCase();
      if (tag === 'script' || tag === 'style') continue;
      if (tag === 'table') body.push(table(child));
      else if (/^(?:p|h[1-6]|li)$/.test(tag) && child.querySelector('table') === null) {
        const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text !== '') body.push(para(text));
      } else walk(child);
    }
  };
  walk(document.body ?? document.documentElement);
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

function table(el: Element): string {
  const { rows } = tableToGrid(el);
  const out: string[] = [];
  rows.forEach((row, r) => {
    const cells: string[] = [];
    for (let c = 0; c < row.length;) {
      const cell = row[c]!;
      let span = 1;
      while (
        c + span < row.length &&
        row[c + span]!.row === cell.row &&
        row[c + span]!.col === cell.col &&
        !row[c + span]!.padding
      )
        span++;
      const below = rows[r + 1]?.[c];
      const continues = cell.row < r;
      const restarts =
        !continues && below !== undefined && below.row === cell.row && below.col === cell.col && below.fromSpan;
      const props = `${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${continues ? '<w:vMerge/>' : restarts ? '<w:vMerge w:val="restart"/>' : ''}`;
      cells.push(`<w:tc><w:tcPr>${props}</w:tcPr>${para(continues ? '' : cell.text)}</w:tc>`);
      c += span;
    }
    out.push(`<w:tr>${cells.join('')}</w:tr>`);
  });
  return `<w:tbl>${out.join('')}</w:tbl>`;
}
