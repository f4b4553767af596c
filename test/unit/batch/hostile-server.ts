/**
 * A hostile portal on 127.0.0.1 for the link-policy and size-cap tests: listings whose report links lead to local
 * files and other schemes, redirects to file: and data: addresses and to another origin, a report whose "last
 * year's report" link is a local file, and answers too large to read (a 3 GB Content-Length, a body without end).
 * Report pages come from test/fixtures/portal/site. A second server, on another port (so another origin), plays the
 * foreign site: it allows cross-origin reads, as the one in issue 9 did.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { SITE_DIR } from '../../fixtures/portal/generate';

export const TITLE = (agency: string, year: number) => `示例县${agency}${year}年政府信息公开工作年度报告`;
/** Two real reports of the fixture site. */
export const POLICE = '/xxgk/ndbg/2024/01/gaj-2023.html';
export const OFFICE = '/xxgk/ndbg/2024/01/zfb-2023.html';
/** The education report of 2023, served with its link to the 2022 report pointing at /etc/passwd. */
export const PREVIOUS_IS_FILE = '/hostile/jyj-2023.html';

export interface HostilePortal {
  origin: string;
  /** The foreign site's origin (another port), which the user never granted. */
  foreign: string;
  /** Requests per path, on either server ("foreign:/path" for the foreign one). */
  hits: Map<string, number>;
  /** Bytes written by the endless answer before the client gave up. */
  endlessBytes(): number;
  close(): Promise<void>;
}

/** The listing: two real reports, five local-file and script links, two redirects out of http(s), two huge answers. */
export function listingHtml(extra = ''): string {
  const li = (href: string, text: string) => `<li><a href="${href}">${text}</a><span>2024-01-20</span></li>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报_示例县人民政府</title></head><body>
<h2>政府信息公开年报</h2><ul>
${li(POLICE, TITLE('公安局', 2023))}
${li(OFFICE, TITLE('人民政府办公室', 2023))}
${li('file:///etc/passwd', TITLE('财政局', 2023))}
${li(' FILE:///etc/passwd', TITLE('审计局', 2023))}
${li('fi&#9;le:///etc/hostname', TITLE('统计局', 2023))}
${li('data:text/html,&lt;p&gt;hello&lt;/p&gt;', TITLE('民政局', 2023))}
${li('javascript:openReport(7)', TITLE('司法局', 2023))}
${li('/redirect/file.html', TITLE('水利局', 2023))}
${li('/redirect/data.html', TITLE('林业局', 2023))}
${li('/huge.html', TITLE('文旅局', 2023))}
${li('/endless.html', TITLE('商务局', 2023))}
${li(PREVIOUS_IS_FILE, TITLE('教育局', 2023))}
${extra}
</ul></body></html>`;
}

/**
 * Starts both servers. `foreignHost` names the foreign one: in Chromium a host permission covers every port, so the
 * e2e test gives it another host name (`localhost`) to make it a site the user did not grant.
 */
export async function startHostilePortal(opts: { foreignHost?: string } = {}): Promise<HostilePortal> {
  const hits = new Map<string, number>();
  let endless = 0;
  const count = (key: string) => hits.set(key, (hits.get(key) ?? 0) + 1);
  const html = (res: ServerResponse, body: string | Buffer) =>
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);

  const foreignServer = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    count(`foreign:${path}`);
    void readFile(join(SITE_DIR, OFFICE)).then((body) =>
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Access-Control-Allow-Origin': '*' }).end(body),
    );
  });
  await listen(foreignServer);
  const foreign = `http://${opts.foreignHost ?? '127.0.0.1'}:${(foreignServer.address() as AddressInfo).port}`;

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    count(path);
    switch (path) {
      case '/list.html':
        return html(res, listingHtml());
      case '/list-zero.html':
        return html(
          res,
          listingHtml(
            `<li><a href="file:///dev/zero">${TITLE('交通运输局', 2023)}</a></li><li><a href="file:///dev/urandom">${TITLE('卫生健康局', 2023)}</a></li>`,
          ),
        );
      case '/list-foreign.html':
        return html(
          res,
          listingHtml(
            `<li><a href="${foreign}/r/zfb-2023.html">${TITLE('应急管理局', 2023)}</a></li><li><a href="/redirect/foreign.html">${TITLE('医保局', 2023)}</a></li>`,
          ),
        );
      case '/redirect/file.html':
        return void res.writeHead(302, { Location: 'file:///etc/passwd' }).end();
      case '/redirect/data.html':
        return void res.writeHead(301, { Location: 'data:text/html,<p>hello</p>' }).end();
      case '/redirect/foreign.html':
        return void res.writeHead(302, { Location: `${foreign}/moved/zfb-2023.html` }).end();
      case '/huge.html':
        // Announces 3 GB and then sends nothing: a client that waits for the body never ends.
        res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': String(3e9) });
        res.write('<html>');
        return;
      case '/endless.html': {
        // No length, and no end: 64 KB after 64 KB until the client goes away.
        res.writeHead(200, { 'Content-Type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, '<p>年报</p>');
        const pump = () => {
          while (!res.destroyed && res.write(chunk)) endless += chunk.length;
          if (!res.destroyed) res.once('drain', pump);
        };
        res.on('close', () => res.removeAllListeners('drain'));
        pump();
        return;
      }
      case PREVIOUS_IS_FILE:
        return void readFile(join(SITE_DIR, 'xxgk/ndbg/2024/01/jyj-2023.html'), 'utf8').then((page) =>
          html(res, page.replace('../../2023/01/jyj-2022.html', 'file:///etc/passwd')),
        );
      default: {
        const file = normalize(join(SITE_DIR, path));
        if (!file.startsWith(SITE_DIR)) return void res.writeHead(403).end();
        return void readFile(file).then(
          (body) => html(res, body),
          () => res.writeHead(404).end(),
        );
      }
    }
  });
  await listen(server);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    foreign,
    hits,
    endlessBytes: () => endless,
    close: async () => {
      for (const s of [server, foreignServer]) {
        s.closeAllConnections();
        await new Promise((resolve) => s.close(resolve));
      }
    },
  };
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
}
