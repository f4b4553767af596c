/**
 * The output folder's lock, OUT/.batch.lock: one batch at a time per folder. Two runs on one `-o` would both read the
 * journal, both audit the pages not yet in it and append them twice, and a later failure of one could stand over the
 * other's success. The lock file is created exclusively (`wx`) and holds the owner's pid and host; a lock whose pid
 * is no longer running on this host (a run killed with SIGKILL, a crash) is stale and taken over.
 */
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** What a lock file says about its owner. */
export interface LockOwner {
  pid: number;
  host: string;
  started: string;
}

/** The lock, held: `release()` removes it (only while it is still ours). */
export interface OutputLock {
  path: string;
  release(): void;
}

export const LOCK_NAME = '.batch.lock';

/** A lock file that cannot be read this long after it was made is left over from a crash (not one being written). */
const UNREADABLE_STALE_MS = 10_000;

/**
 * Takes the lock of `dir`, or says who holds it. `alive` tells whether a pid runs (injected by tests); a stale lock
 * is taken over at most once per call (a third run that takes it first wins, and this one is refused).
 */
export function lockOutput(
  dir: string,
  opts: { pid?: number; alive?: (pid: number) => boolean; now?: () => Date } = {},
): { lock: OutputLock } | { heldBy: LockOwner | undefined; path: string } {
  const path = join(dir, LOCK_NAME);
  const pid = opts.pid ?? process.pid;
  const alive = opts.alive ?? isRunning;
  const now = opts.now ?? (() => new Date());
  const me: LockOwner = { pid, host: hostname(), started: now().toISOString() };
  const text = `${JSON.stringify(me)}\n`;
  for (let attempt = 0; attempt < 2; attempt++) {
    if (create(path, text)) return { lock: { path, release: () => release(path, text) } };
    const owner = readOwner(path);
    if (owner === 'gone') continue; // released between our two calls: try again
    const stale =
      owner === undefined ? ageMs(path, now()) > UNREADABLE_STALE_MS : owner.host === me.host && !alive(owner.pid);
    if (!stale || attempt > 0) return { heldBy: owner === undefined ? undefined : owner, path };
    try {
      unlinkSync(path);
    } catch {
      // another run took it over first; the next create() decides
    }
  }
  return { heldBy: undefined, path };
}

/** True when a process with this pid runs (EPERM: it runs, under another user). */
export function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function create(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The owner, undefined when the file cannot be parsed as one, 'gone' when there is no file any more. */
function readOwner(path: string): LockOwner | undefined | 'gone' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    return undefined;
  }
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (Number.isSafeInteger(owner?.pid) && typeof owner.host === 'string' && typeof owner.started === 'string')
      return owner as LockOwner;
  } catch {
    // a lock cut short: judged by its age
  }
  return undefined;
}

function ageMs(path: string, now: Date): number {
  try {
    return now.getTime() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function release(path: string, text: string): void {
  try {
    // Only our own lock: a run that judged ours stale (it was not) must not lose its lock to us.
    if (readFileSync(path, 'utf8') === text) unlinkSync(path);
  } catch {
    // already gone
  }
}
