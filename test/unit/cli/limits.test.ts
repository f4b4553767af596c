/**
 * `gov-report-audit` on answers and files too large to read, and on redirects out of http(s) (issue 9, items 1 and
 * 3): the input is refused at the size cap — a larger Content-Length without reading, an endless body where it
 * passes the cap — with a message naming it and exit 2 (unusable input), never exit 1 (an error finding).
 */
import { closeSync, mkdtempSync, openSync, ftruncateSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { MAX_PAGE_BYTES } from '../../../src/extract/limits';
import { captured } from '../../helpers/captured';

const CLEAN = fileURLToPath(new URL('../../fixtures/html/xinxiang-2023.html', import.meta.url));

const run = (args: string[]) => captured((c) => main(args, { ...c, env: {} }));

let server: Server;
let base = '';
let endlessBytes = 0;
const dir = mkdtempSync(join(tmpdir(), 'gra-limits-'));

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/big.html') {
      // 25 MB in chunks, no Content-Length: only reading tells its size.
      res.writeHead(200, { 'Content-Type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, '<p>年报</p>');
      for (let i = 0; i < 25; i++) res.write(chunk);
      res.end();
    } else if (req.url === '/huge.html') {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': String(2.5e9) });
      res.write('<html>');
    } else if (req.url === '/endless.html') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) endlessBytes += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    } else if (req.url === '/loop.html') {
      res.writeHead(302, { Location: '/loop.html' }).end();
    } else if (req.url === '/moved.html') {
      res.writeHead(301, { Location: `//127.0.0.1:${(server.address() as AddressInfo).port}/big.html` }).end();
    } else if (req.url === '/to-file.html') {
      res.writeHead(302, { Location: 'FILE:///etc/passwd' }).end();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const mb = `${MAX_PAGE_BYTES / 1e6} MB`;

describe('cli: inputs too large to read', () => {
  it('stops a 25 MB answer at the cap: exit 2, the URL named, the other inputs still audited', async () => {
    const { code, err, out } = await run(['--format', 'json', `${base}/big.html`, CLEAN]);
    expect(code).toBe(2);
    // One language per locale (zh by default): the message, without its English twin.
    expect(err).toContain(`无法读取 ${base}/big.html：页面过大（超过 ${mb}），未读取`);
    expect(err).not.toContain('cannot read');
    expect((JSON.parse(out) as { reports: unknown[] }).reports).toHaveLength(1);
  }, 60_000);

  it('refuses a 2.5 GB Content-Length without reading, and an endless body once past the cap', async () => {
    const huge = await run([`${base}/huge.html`]);
    expect(huge.code).toBe(2);
    expect(huge.err).toContain(`${base}/huge.html：页面过大`);
    const endless = await run([`${base}/endless.html`]);
    expect(endless.code).toBe(2);
    expect(endless.err).toContain(`${base}/endless.html：页面过大`);
    expect(endlessBytes).toBeLessThan(MAX_PAGE_BYTES * 2);
  }, 60_000);

  it('refuses a local file larger than the cap, and a device that never ends, without reading them whole', async () => {
    const path = join(dir, 'sparse.html');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_PAGE_BYTES + 1);
    closeSync(fd);
    const file = await run([path]);
    expect(file).toMatchObject({ code: 2, err: expect.stringContaining(`无法读取 ${path}：页面过大`) });
    const zero = await run(['/dev/zero']);
    expect(zero).toMatchObject({ code: 2, err: expect.stringContaining('无法读取 /dev/zero：页面过大') });
  }, 60_000);
});

describe('cli: redirects', () => {
  it('follows no redirect to a local file (exit 2, named)', async () => {
    const { code, err } = await run([`${base}/to-file.html`]);
    expect(code).toBe(2);
    expect(err).toContain(`无法读取 ${base}/to-file.html：重定向到不允许的地址 FILE:///etc/passwd，未跟随`);
    expect(err).not.toContain('root:');
  });

  it('follows at most 10 redirects, and a protocol-relative one to http', async () => {
    const loop = await run([`${base}/loop.html`]);
    expect(loop).toMatchObject({ code: 2, err: expect.stringContaining('重定向超过 10 次，未跟随') });
    // The redirect is followed (to the 25 MB page, which the cap then stops).
    const moved = await run([`${base}/moved.html`]);
    expect(moved).toMatchObject({ code: 2, err: expect.stringContaining(`${base}/moved.html：页面过大`) });
  }, 60_000);
});
