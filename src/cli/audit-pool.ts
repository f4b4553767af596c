/**
 * Audits many inputs across the machine's cores: a pool of worker threads (tinypool), started once per run, each
 * auditing input after input (no per-file start-up), when GOV_REPORT_AUDIT_THREADS asks for it (see threadCount).
 */
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { Lang } from '../model';
import type { InputAudit } from './audit-input';
import type { Input } from './input';

/** Below this many inputs the calling thread audits them itself: a worker's start-up costs about a second of CPU. */
export const POOL_MIN_INPUTS = 32;

export interface Auditor {
  /** `explain` is honoured in the calling thread only (createAuditor(0)): `--explain` never starts a pool. */
  audit(input: Input, lang: Lang, explain?: boolean): Promise<InputAudit>;
  /** How many worker threads audit (0: the calling thread does). */
  readonly threads: number;
  close(): Promise<void>;
}

/**
 * Threads for `inputs` inputs: GOV_REPORT_AUDIT_THREADS=N (N > 1, at most one per input) from POOL_MIN_INPUTS inputs
 * on, else none. Opt-in: each worker costs about a second of CPU to start and warms its JIT on its own, which pays
 * only where cores are idle; on the shared 2-core bench machine the pool was slower than one thread (README, Speed).
 */
export function threadCount(inputs: number, env: Record<string, string | undefined> = process.env): number {
  const asked = env.GOV_REPORT_AUDIT_THREADS === 'auto' ? availableParallelism() : Number(env.GOV_REPORT_AUDIT_THREADS);
  if (!Number.isInteger(asked) || asked <= 1 || inputs < POOL_MIN_INPUTS) return 0;
  return Math.min(asked, inputs);
}

export function createAuditor(threads: number): Auditor {
  if (threads <= 0) {
    // Loaded here, not at the top: with a pool, the calling thread never loads the engine.
    const loaded = import('./audit-input');
    return {
      threads: 0,
      audit: async (input, lang, explain) => (await loaded).auditInput(input, lang, explain),
      close: async () => undefined,
    };
  }
  const pool = new Tinypool({
    filename: new URL('./audit-worker.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  return {
    threads,
    audit: async (input, lang) => {
      try {
        return (await pool.run({ input, lang })) as InputAudit;
      } catch (error) {
        // A worker that dies (out of memory on a hostile page) loses that input only; tinypool starts another.
        const message = error instanceof Error ? error.message : String(error);
        return { error: `核查 ${input.source} 时出错：${message}（internal error while auditing ${input.source}）` };
      }
    },
    close: () => pool.destroy(),
  };
}
