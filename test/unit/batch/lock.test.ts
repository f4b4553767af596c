import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRunning, LOCK_NAME, lockOutput } from '../../../src/cli/batch-lock';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'lock-test-'));
  dirs.push(dir);
  return dir;
};
const owner = (pid: number, host = hostname()) => JSON.stringify({ pid, host, started: '2025-01-01T00:00:00.000Z' });

describe('lockOutput', () => {
  it('is taken once: a second taker is told who holds it, and it is free again once released', () => {
    const dir = fresh();
    const first = lockOutput(dir, { pid: 101, alive: () => true });
    if (!('lock' in first)) throw new Error('expected the lock');
    expect(JSON.parse(readFileSync(join(dir, LOCK_NAME), 'utf8'))).toMatchObject({ pid: 101, host: hostname() });
    expect(lockOutput(dir, { pid: 202, alive: () => true })).toMatchObject({ heldBy: { pid: 101 } });
    first.lock.release();
    expect('lock' in lockOutput(dir, { pid: 202, alive: () => true })).toBe(true);
  });

  it('takes over the lock of a dead pid, not one of a live pid nor one from another host', () => {
    const dir = fresh();
    writeFileSync(join(dir, LOCK_NAME), owner(101));
    expect('lock' in lockOutput(dir, { pid: 202, alive: (pid) => pid !== 101 })).toBe(true);
    const other = fresh();
    writeFileSync(join(other, LOCK_NAME), owner(101, 'another-host'));
    expect(lockOutput(other, { pid: 202, alive: () => false })).toMatchObject({ heldBy: { host: 'another-host' } });
  });

  it('judges a lock it cannot read by its age: one being written is held, one left by a crash is stale', () => {
    const dir = fresh();
    writeFileSync(join(dir, LOCK_NAME), '{"pid":');
    // The clock is the lock file's own time plus a delay, never the machine's: a busy machine cannot age it.
    const written = statSync(join(dir, LOCK_NAME)).mtime.getTime();
    expect(lockOutput(dir, { pid: 202, now: () => new Date(written + 1_000) })).toMatchObject({ heldBy: undefined });
    expect('lock' in lockOutput(dir, { pid: 202, now: () => new Date(written + 60_000) })).toBe(true);
  });

  it('leaves alone a lock that is no longer its own when releasing', () => {
    const dir = fresh();
    const mine = lockOutput(dir, { pid: 101 });
    if (!('lock' in mine)) throw new Error('expected the lock');
    writeFileSync(join(dir, LOCK_NAME), owner(303));
    mine.lock.release();
    expect(readFileSync(join(dir, LOCK_NAME), 'utf8')).toBe(owner(303));
  });

  it('knows a running pid from a dead one', () => {
    expect(isRunning(process.pid)).toBe(true);
    expect(isRunning(0)).toBe(false);
    expect(isRunning(-1)).toBe(false);
  });
});
