import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { POOL_MIN_INPUTS, threadCount } from '../../../src/cli/audit-pool';
import { main } from '../../../src/cli/main';
import { captured } from '../../helpers/captured';

const HTML = fileURLToPath(new URL('../../fixtures/html/', import.meta.url));
const PAGES = readdirSync(HTML)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => join(HTML, f));

async function run(args: string[], threads: number): Promise<{ code: number; out: string; err: string }> {
  const { code, out, err } = await captured((c) =>
    main(args, { ...c, env: { GOV_REPORT_AUDIT_THREADS: String(threads) } }),
  );
  // The audit time is the only thing allowed to differ between two runs.
  return { code, out: out.replace(/"auditedAt": "[^"]*"/g, '"auditedAt": "…"'), err };
}

describe('the CLI audits many inputs in a worker pool', () => {
  it('uses the pool only when asked (GOV_REPORT_AUDIT_THREADS > 1 or auto) and for many inputs', () => {
    expect(threadCount(100, {})).toBe(0);
    expect(threadCount(100, { GOV_REPORT_AUDIT_THREADS: '1' })).toBe(0);
    expect(threadCount(POOL_MIN_INPUTS - 1, { GOV_REPORT_AUDIT_THREADS: '4' })).toBe(0);
    expect(threadCount(POOL_MIN_INPUTS, { GOV_REPORT_AUDIT_THREADS: '4' })).toBe(4);
    expect(threadCount(POOL_MIN_INPUTS, { GOV_REPORT_AUDIT_THREADS: 'auto' })).toBeGreaterThanOrEqual(0);
  });

  // Worker start-up (tsx + the engine) is slow on a loaded machine: a generous timeout, no timing assertion.
  it(
    'gives the same output, in the input order, and the same exit status as the calling thread',
    { timeout: 120_000 },
    async () => {
      const missing = join(HTML, 'no-such-page.html');
      const many = Array.from({ length: Math.ceil(POOL_MIN_INPUTS / PAGES.length) }, () => PAGES).flat();
      const args = ['--format', 'json', ...many.slice(0, 4), missing, ...many.slice(4)];
      const alone = await run(args, 1);
      const pooled = await run(args, 2);
      expect(alone.code).toBe(2);
      expect(pooled).toEqual(alone);
      const sources = [...pooled.out.matchAll(/"source": "([^"]*)"/g)].map((m) => m[1]);
      expect(sources).toEqual(many);
      const text = ['--format', 'text', ...many];
      expect(await run(text, 2)).toEqual(await run(text, 1));
    },
  );
});
