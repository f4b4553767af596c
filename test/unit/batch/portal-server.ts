/**
 * The local portal for the batch tests: test/fixtures/portal/site served by node:http on 127.0.0.1 (a free port),
 * with the slow page delayed, the GBK page served with a GBK Content-Type, a 404 for the broken link, and a count of
 * requests per path (so a test can tell whether a resumed batch fetched a page again).
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { GBK_PATH, SITE_DIR, SLOW_PATH } from '../../fixtures/portal/generate';

/** A running portal. */
export interface Portal {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The listing's first page. */
  listing: string;
  /** Requests per path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Starts the portal; `slowMs` is how long the slow page takes (default 600 ms). */
export async function startPortal(opts: { slowMs?: number } = {}): Promise<Portal> {
  const slowMs = opts.slowMs ?? 600;
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const file = normalize(join(SITE_DIR, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(SITE_DIR)) {
      res.writeHead(403).end();
      return;
    }
    void (async () => {
      if (path === SLOW_PATH) await new Promise((r) => setTimeout(r, slowMs));
      try {
        const body = await readFile(file);
        const type =
          extname(file) === '.html'
            ? path === GBK_PATH
              ? 'text/html; charset=GBK'
              : 'text/html'
            : 'application/octet-stream';
        if (!res.destroyed) res.writeHead(200, { 'Content-Type': type }).end(body);
      } catch {
        if (!res.destroyed)
          res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end('<h1>404 页面不存在</h1>');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    listing: `${origin}/xxgk/ndbg/index.html`,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
