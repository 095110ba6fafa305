// Atomic writes: a temporary file beside the target, renamed over it, so that a reader never sees
// a half-written output and an interrupted run leaves nothing behind.

import { performance } from 'node:perf_hooks';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const pending = new Set<string>();

export function writeAtomic(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.vanban-tmp-${process.pid}-${Date.now().toString(36)}`);
  pending.add(tmp);
  try {
    writeFileSync(tmp, data, { encoding: 'utf8', flag: 'wx' });
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  } finally {
    pending.delete(tmp);
  }
}

/** How often, at most, a batch lets the event loop turn between files. */
const TURN_MS = 10;
let lastTurn = 0;

/**
 * Lets a pending Ctrl-C be handled. Reading, parsing and writing a file are synchronous, and a
 * signal handler runs only when the event loop turns: a batch calls this between files, so that
 * an interrupt stops it there, with every output either whole or not written at all. The loop is
 * turned when TURN_MS have passed since it last was (a model is checked in about a millisecond,
 * and a turn costs a good share of that), so an interrupt waits at most that and one file.
 */
export function betweenFiles(): Promise<void> {
  const now = performance.now();
  if (now - lastTurn < TURN_MS) return Promise.resolve();
  lastTurn = now;
  return new Promise((done) => setImmediate(done));
}

/** Removes temporary files of writes still under way (on Ctrl-C). */
export function cleanupPendingWrites(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}
