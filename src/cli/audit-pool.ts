/**
 * Audits many inputs across the machine's cores: a pool of worker threads (tinypool), started once per run, each
 * auditing input after input (no per-file start-up). Few inputs, one core, or GOV_REPORT_AUDIT_THREADS=1 audit in
 * the calling thread instead, where a worker's start-up (loading tsx and the engine) would cost more than it saves.
 * On a machine whose cores are busy with other work the pool cannot help: set GOV_REPORT_AUDIT_THREADS=1 there.
 */
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { Lang } from '../model';
import type { InputAudit } from './audit-input';
import type { Input } from './input';

/** Below this many inputs the calling thread audits them itself: a worker's start-up costs about a second of CPU. */
export const POOL_MIN_INPUTS = 32;

export interface Auditor {
  audit(input: Input, lang: Lang): Promise<InputAudit>;
  /** How many worker threads audit (0: the calling thread does). */
  readonly threads: number;
  close(): Promise<void>;
}

/** Threads for `inputs` inputs: GOV_REPORT_AUDIT_THREADS if set (1 or 0: none), else one per core from POOL_MIN_INPUTS. */
export function threadCount(inputs: number, env: Record<string, string | undefined> = process.env): number {
  const asked = Number(env.GOV_REPORT_AUDIT_THREADS);
  if (env.GOV_REPORT_AUDIT_THREADS && Number.isInteger(asked) && asked >= 0) return asked <= 1 ? 0 : Math.min(asked, inputs);
  if (inputs < POOL_MIN_INPUTS) return 0;
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, inputs) : 0;
}

export function createAuditor(threads: number): Auditor {
  if (threads <= 0) {
    // Loaded here, not at the top: with a pool, the calling thread never loads the engine.
    const loaded = import('./audit-input');
    return { threads: 0, audit: async (input, lang) => (await loaded).auditInput(input, lang), close: async () => undefined };
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
