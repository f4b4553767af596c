import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput, USER_AGENT } from '../../../src/cli/input';

const dir = mkdtempSync(join(tmpdir(), 'gra-input-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
// "年报" in GBK.
const GBK = new Uint8Array([0xc4, 0xea, 0xb1, 0xa8]);

describe('readInput: local files', () => {
  it('reads .html as HTML and .txt as text', async () => {
    expect(await readInput(file('a.html', '<p>年报</p>'))).toMatchObject({
      ok: true,
      input: { kind: 'html', text: '<p>年报</p>' },
    });
    expect(await readInput(file('a.txt', '\ufeff年报'))).toMatchObject({
      ok: true,
      input: { kind: 'text', text: '年报' },
    });
    expect(await readInput(file('b.txt', GBK))).toMatchObject({ ok: true, input: { kind: 'text', text: '年报' } });
  });

  it('sniffs markup in files without a telling extension', async () => {
    expect(await readInput(file('page.do', '<!DOCTYPE html><html><body><p>x</p></body></html>'))).toMatchObject({
      ok: true,
      input: { kind: 'html' },
    });
    expect(await readInput(file('report', '一、总体情况'))).toMatchObject({ ok: true, input: { kind: 'text' } });
  });

  it('names the input in a bilingual error', async () => {
    const missing = join(dir, 'missing.html');
    const result = await readInput(missing);
    expect(result).toEqual({ ok: false, source: missing, error: expect.stringContaining(missing) });
    expect(!result.ok && result.error).toMatch(/文件不存在.*no such file/);
    expect(await readInput(dir)).toMatchObject({ ok: false, error: expect.stringMatching(/目录.*directory/) });
    expect(await readInput('ftp://example.org/a.html')).toMatchObject({ ok: false });
  });

  it('reads PDF, Word and OFD files as documents, by their bytes not their names', async () => {
    expect(await readInput(file('r.pdf', '%PDF-1.7\n'))).toMatchObject({ ok: true, input: { kind: 'pdf' } });
    expect(await readInput(file('r.txt', '%PDF-1.4\n'))).toMatchObject({ ok: true, input: { kind: 'pdf' } });
    expect(
      await readInput(file('r.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))),
    ).toMatchObject({ ok: true, input: { kind: 'doc' } });
    const zip = (name: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array.from(Buffer.from(`\0\0${name}\0`))]);
    expect(await readInput(file('r.docx', zip('word/document.xml')))).toMatchObject({
      ok: true,
      input: { kind: 'docx' },
    });
    expect(await readInput(file('r.ofd', zip('OFD.xml')))).toMatchObject({ ok: true, input: { kind: 'ofd' } });
  });

  it('refuses other binary formats with advice', async () => {
    expect(await readInput(file('r.html', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0])))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/zip/),
    });
  });
});

describe('readInput: URLs', () => {
  let server: Server;
  let base = '';
  const seen: Record<string, string | undefined> = {};

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.ua = req.headers['user-agent'];
      if (req.url === '/gbk.html') {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end(
          Buffer.concat([
            Buffer.from('<html><head><meta charset="gbk"></head><body><p>'),
            Buffer.from(GBK),
            Buffer.from('</p></body></html>'),
          ]),
        );
      } else if (req.url === '/header.html') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=GBK' });
        res.end(Buffer.concat([Buffer.from('<p>'), Buffer.from(GBK), Buffer.from('</p>')]));
      } else if (req.url === '/plain') {
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('一、总体情况');
      } else if (req.url === '/slow.html') {
        // Never answers (afterAll closes the connection): the client's timeout wins whatever the machine's speed.
      } else {
        res.writeHead(404).end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('downloads with a User-Agent and honours <meta charset> and the header charset', async () => {
    expect(await readInput(`${base}/gbk.html`)).toMatchObject({
      ok: true,
      input: { kind: 'html', text: expect.stringContaining('<p>年报</p>') },
    });
    expect(seen.ua).toBe(USER_AGENT);
    expect(await readInput(`${base}/header.html`)).toMatchObject({ ok: true, input: { text: '<p>年报</p>' } });
    expect(await readInput(`${base}/plain`)).toMatchObject({ ok: true, input: { kind: 'text', text: '一、总体情况' } });
  });

  it('reports HTTP errors, refused connections and timeouts', async () => {
    expect(await readInput(`${base}/nothing.html`)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/HTTP 404/),
    });
    expect(await readInput(`${base}/slow.html`, { timeoutMs: 200 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/0\.2 s/),
    });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await readInput(`http://127.0.0.1:${port}/x.html`)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/ECONNREFUSED/),
    });
  });
});
