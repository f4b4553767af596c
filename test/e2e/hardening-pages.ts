/**
 * Pathological pages for the hardening tests and the browser bench (issue 6): each is the e2e fixture report
 * (portal/errors.html, two known errors) with something hostile added, so the content script really reaches its
 * audit path instead of stopping at the cheap "is this a report?" check. Built in memory at test time: the 20 MB
 * page has no place in git.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { ROOT } from './harness';

const FIXTURES = join(ROOT, 'test/fixtures/e2e');

/** The report every pathological page starts from. */
export function reportHtml(): string {
  return readFileSync(join(FIXTURES, 'portal/errors.html'), 'utf8');
}

/** `html` with `extra` inserted just before </body>. */
function append(html: string, extra: string): string {
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + extra : html.slice(0, at) + extra + html.slice(at);
}

const row = (i: number) => `<tr><td>${i + 1}</td><td>事项名称${i}</td><td>${(i * 37) % 1000}</td><td>办结</td></tr>`;

/** A report followed by one table of `rows` rows (a download list or statistics dump pasted on the same page). */
export function manyRows(rows = 10_000): string {
  const body = Array.from({ length: rows }, (_, i) => row(i)).join('\n');
  return append(
    reportHtml(),
    `<table border="1"><tr><td>序号</td><td>名称</td><td>数量</td><td>状态</td></tr>${body}</table>`,
  );
}

/** A report followed by `count` small tables (a portal that lays out every news item as a table). */
export function manyTables(count = 500): string {
  const tables = Array.from(
    { length: count },
    (_, i) => `<table><tr><td>第${i}条</td><td>2024-01-01</td></tr></table>`,
  );
  return append(reportHtml(), tables.join('\n'));
}

/** A report followed by tables nested `depth` deep (old layout-by-table portals, taken to the extreme). */
export function nestedTables(depth = 50): string {
  const open = '<table><tr><td>'.repeat(depth);
  const close = '</td></tr></table>'.repeat(depth);
  return append(reportHtml(), `${open}最内层 1 2 3${close}`);
}

/** A report followed by a table with rowspan=65534 and colspan=1000 (the browsers' own clamps). */
export function hugeSpans(): string {
  const rows = Array.from({ length: 200 }, (_, i) => `<tr><td>${i}</td><td>${i * 2}</td></tr>`).join('');
  return append(
    reportHtml(),
    `<table border="1"><tr><td rowspan="65534">合并</td><td colspan="1000">宽</td></tr>${rows}</table>` +
      `<table border="1"><tr><td rowspan="0">零</td><td>1</td></tr>${rows}</table>`,
  );
}

/** A report followed by about `megabytes` MB of ordinary paragraphs (a portal that pastes a whole yearbook). */
export function hugePage(megabytes = 20): string {
  const paragraph = `<p>本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息若干条，依申请公开办理及时规范。</p>\n`;
  const bytes = Buffer.byteLength(paragraph);
  const count = Math.ceil((megabytes * 1024 * 1024) / bytes);
  return append(reportHtml(), `<div class="archive">${paragraph.repeat(count)}</div>`);
}

/**
 * A report whose page never stops changing: a counter ticking inside a table cell every 16 ms (its text length
 * changes too) and a news ticker rewriting a list — the worst case for a watcher that re-audits on change, since
 * what the audit reads really changes every time.
 */
export function mutatingPage(): string {
  const script = `<script>
(function () {
  var table = document.createElement('table');
  table.innerHTML = '<tr><td>当前时间</td><td id="clock">0</td></tr>';
  document.body.appendChild(table);
  var list = document.createElement('ul');
  document.body.appendChild(list);
  var n = 0;
  setInterval(function () {
    n++;
    document.getElementById('clock').textContent = n + ' ' + new Array(n % 9).join('|');
    var li = document.createElement('li');
    li.textContent = '滚动新闻 ' + n;
    list.appendChild(li);
    if (list.childNodes.length > 20) list.removeChild(list.firstChild);
  }, 16);
})();
</script>`;
  return append(reportHtml(), script);
}

/** Every pathological page by its path on the server (under /portal/, where the content script runs by itself). */
export function pathologicalPages(): Record<string, () => string> {
  return {
    '/portal/patho/rows-10000.html': () => manyRows(),
    '/portal/patho/tables-500.html': () => manyTables(),
    '/portal/patho/nested-50.html': () => nestedTables(),
    '/portal/patho/spans.html': () => hugeSpans(),
    '/portal/patho/huge-20mb.html': () => hugePage(),
    '/portal/patho/mutating.html': () => mutatingPage(),
  };
}

/**
 * Serves the e2e fixtures plus the pathological pages (built on first request, then cached) on 127.0.0.1.
 * `extra` adds more in-memory pages (the benches' control pages).
 */
export async function serveHardening(
  extra: Record<string, () => string> = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  const builders: Record<string, () => string> = { ...pathologicalPages(), ...extra };
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const build = builders[path];
    let body: Buffer | undefined;
    if (build) {
      body = cache.get(path) ?? Buffer.from(build());
      cache.set(path, body);
    } else {
      const file = normalize(join(FIXTURES, path));
      if (file.startsWith(FIXTURES) && file.endsWith('.html')) {
        try {
          body = readFileSync(file);
        } catch {
          body = undefined;
        }
      }
    }
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      return response.end('not found');
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
