// @vitest-environment happy-dom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditDocument, headText } from '../audit';
import { decodeHtml } from '../portal/decode';
import { findReportLinks, looksLikeListing } from '../portal/listing';
import {
  fromSnapshot,
  MAX_ATTRIBUTE_CHARS,
  MAX_SNAPSHOT_CHARS,
  MAX_TITLE_CHARS,
  SNAPSHOT_ATTRIBUTES,
  SnapshotTooLarge,
  takeSnapshot,
  type PageSnapshot,
} from './snapshot';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../');
const FIXTURES = join(ROOT, 'test/fixtures/');

/** Every .html page under `dir`, with its path relative to the repository. */
function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return /\.html?$/.test(name) ? [path.slice(ROOT.length)] : [];
  });
}

/** A page as the browser (here happy-dom) parses it, at an address of its own. */
function pageDocument(html: string, url = 'https://www.example.gov.cn/page.html'): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.open();
  doc.write(html);
  doc.close();
  Object.defineProperty(doc, 'URL', { value: url });
  return doc;
}

/** What the worker makes of the page's snapshot (it travels as JSON, as runtime messages carry it). */
function viaSnapshot(doc: Document) {
  const taken = takeSnapshot(doc);
  const sent = JSON.parse(JSON.stringify(taken.snapshot)) as PageSnapshot;
  return { ...fromSnapshot(sent), pageNodes: taken.nodes };
}

/** An audit as comparable data (no clock, no timings, no elements). */
function audited(result: ReturnType<typeof auditDocument>): unknown {
  const { elements: _elements, timings: _timings, auditedAt: _at, ...rest } = result;
  return rest;
}

describe('a page audited from its snapshot (the worker) gives what the page itself gives', () => {
  const files = [...pages(FIXTURES), ...pages(join(ROOT, 'samples'))];

  it('finds the fixture pages', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files.map((f) => [f]))('%s: same audit, same elements, same listing', (name) => {
    const url = `https://www.example.gov.cn/${name}`;
    const page = pageDocument(decodeHtml(readFileSync(join(ROOT, name))), url);
    const { doc, nodes, pageNodes } = viaSnapshot(page);
    expect(doc.URL).toBe(url);
    expect(doc.title).toBe(page.title);
    expect(headText(doc as unknown as Document)).toBe(headText(page));
    const direct = auditDocument(page, { source: url });
    const copy = auditDocument(doc as unknown as Document, { source: url });
    expect(audited(copy)).toEqual(audited(direct));
    // Every element a finding can point at is named by its index, and that index is the same element on the page.
    expect([...copy.elements.keys()]).toEqual([...direct.elements.keys()]);
    for (const [key, element] of copy.elements) {
      const index = nodes.indexOf(element as unknown as (typeof nodes)[number]);
      expect(pageNodes[index]).toBe(direct.elements.get(key));
    }
    expect(looksLikeListing(doc as unknown as Document, url)).toBe(looksLikeListing(page, url));
    expect(findReportLinks(doc as unknown as Document, url)).toEqual(findReportLinks(page, url));
  });
});

describe('takeSnapshot', () => {
  it('keeps elements, their engine attributes and text, in document order, and nothing else', () => {
    const page = pageDocument(
      '<!doctype html><html><head><title> A  title </title></head><body><!-- c --><table class="x" onclick="f()" data-v="1"><tr>' +
        '<td rowspan="2">1</td></tr></table><template><p>t</p></template><p>a<b>b</b>c</p></body></html>',
    );
    const { snapshot, nodes } = takeSnapshot(page);
    expect(snapshot.title).toBe(page.title);
    const names = snapshot.nodes.map((n) => (Array.isArray(n[2]) ? `<${n[1]}>` : n[1]));
    expect(names).toEqual([
      '<html>',
      '<head>',
      '<title>',
      ' A  title ',
      '<body>',
      '<table>',
      '<tbody>',
      '<tr>',
      '<td>',
      '1',
      '<template>',
      '<p>',
      'a',
      '<b>',
      'b',
      'c',
    ]);
    expect(snapshot.nodes[5]).toEqual([4, 'table', ['class', 'x']]);
    expect(snapshot.nodes[8]).toEqual([7, 'td', ['rowspan', '2']]);
    expect(snapshot.nodes[14]).toEqual([13, 'b']);
    expect(nodes).toHaveLength(snapshot.nodes.length);
    expect((nodes[8] as Element).localName).toBe('td');
  });

  it('cuts long attribute values', () => {
    const page = pageDocument(`<body><img src="data:image/png;base64,${'A'.repeat(10_000)}"></body>`);
    const img = takeSnapshot(page).snapshot.nodes.find((n) => n[1] === 'img');
    expect((img?.[2] as string[])[1]).toHaveLength(MAX_ATTRIBUTE_CHARS);
  });

  it('refuses a page whose kept attributes pass MAX_SNAPSHOT_CHARS, and cuts an over-long title', () => {
    const style = 'x'.repeat(MAX_ATTRIBUTE_CHARS);
    const count = Math.ceil(MAX_SNAPSHOT_CHARS / MAX_ATTRIBUTE_CHARS) + 1;
    const page = pageDocument(`<body>${`<p style="${style}">a</p>`.repeat(count)}</body>`);
    expect(() => takeSnapshot(page)).toThrow(SnapshotTooLarge);
    const titled = pageDocument(`<title>${'年'.repeat(MAX_TITLE_CHARS + 5)}</title><body>x</body>`);
    expect(takeSnapshot(titled).snapshot.title).toHaveLength(MAX_TITLE_CHARS);
  });

  it('walks a page nested thousands deep without overflowing the stack', () => {
    const page = pageDocument(`<body>${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}</body>`);
    const { snapshot } = takeSnapshot(page);
    const { doc } = fromSnapshot(snapshot);
    expect(doc.body.textContent).toBe('x');
  });
});

describe('fromSnapshot', () => {
  it('rebuilds the tree with parents, siblings and text', () => {
    const { doc, nodes } = fromSnapshot({
      url: 'u',
      title: 't',
      nodes: [
        [-1, 'html', []],
        [0, 'body', []],
        [1, 'p', ['class', 'a']],
        [2, 'x'],
        [2, 'y', 4],
      ],
    });
    expect(doc.title).toBe('t');
    expect(doc.body.firstElementChild?.getAttribute('class')).toBe('a');
    expect(doc.body.textContent).toBe('xy');
    expect(nodes[4]?.nodeType).toBe(4);
    expect(nodes[3]?.nextSibling).toBe(nodes[4]);
  });

  it.each([
    ['a parent after its child', [[1, 'html', []]]],
    [
      'a parent that is text',
      [
        [-1, 'html', []],
        [0, 'x'],
        [1, 'p', []],
      ],
    ],
    ['a parent out of range', [[-2, 'html', []]]],
  ] as [string, PageSnapshot['nodes']][])('refuses %s', (_what, nodes) => {
    expect(() => fromSnapshot({ url: 'u', title: 't', nodes })).toThrow();
  });
});

describe('SNAPSHOT_ATTRIBUTES', () => {
  it('holds every attribute the engine and its readers read', () => {
    const read = new Set<string>();
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) {
          const source = readFileSync(path, 'utf8');
          for (const m of source.matchAll(/(?:getAttribute|hasAttribute|getAttributeNode)\(\s*'([^']+)'/g))
            read.add(m[1] as string);
          // A name passed in a variable cannot be checked: say so rather than miss it.
          expect(source, path).not.toMatch(/(?:getAttribute|hasAttribute)\(\s*[a-z]\w*\s*\)/);
        }
      }
    };
    for (const dir of ['extract', 'detect', 'engine', 'narrative', 'rules', 'portal']) walk(join(ROOT, 'src', dir));
    expect(read.size).toBeGreaterThan(10);
    for (const name of read) expect(SNAPSHOT_ATTRIBUTES, name).toContain(name);
  });
});
