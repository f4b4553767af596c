/**
 * The .xlsx writer in a Firefox extension page. fflate's asynchronous zip deflates a file over 160 kB in a Worker
 * made from a blob: URL, which the extension's CSP refuses in Firefox: a long findings list's workbook never came
 * (vite.config.ts `xlsxZipSync` swaps in fflate's zipSync). The chunk is imported as the .xlsx click imports it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild } from './harness';
import { FIREFOX_TIMEOUT, hasFirefox, launchFirefox, type FirefoxSession } from './firefox-harness';

describe.skipIf(!hasFirefox)('the .xlsx writer in Firefox', () => {
  let session: FirefoxSession | undefined;
  let chunk = '';
  beforeAll(async () => {
    const dir = ensureBuild('firefox');
    chunk = readdirSync(join(dir, 'assets')).find((name) => /^xlsx-.*\.js$/u.test(name)) ?? '';
    session = await launchFirefox(dir);
  }, FIREFOX_TIMEOUT);
  afterAll(async () => {
    await session?.close();
  });

  it(
    'writes a small workbook and one whose shared strings are far over 160 kB',
    async () => {
      expect(chunk).not.toBe('');
      // A string, not a function: Vitest would rewrite a function's import() for Node.
      const sizes = await session!.control.evaluate(`(async () => {
        const { xlsxBlob } = await import('/assets/${chunk}');
        const finding = (i) => ({ rule: 't3-row-total', severity: 'error', message: i + '总计不符'.repeat(500), cells: [] });
        const result = (n) => ({
          report: { source: 'https://www.example.gov.cn/a.html', format: '2021', tables: {}, title: '年报' },
          findings: Array.from({ length: n }, (_, i) => finding(i)),
          auditedAt: '2024-01-01T00:00:00Z',
        });
        const size = (n) => Promise.race([
          xlsxBlob(result(n), 'zh').then((blob) => blob.size),
          new Promise((resolve) => setTimeout(() => resolve('never settled'), 20000)),
        ]).catch((error) => String(error));
        return [await size(2), await size(300)];
      })()`);
      expect(sizes).toEqual([expect.any(Number), expect.any(Number)]);
    },
    FIREFOX_TIMEOUT,
  );
});
