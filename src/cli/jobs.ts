// How a batch is shared out (vanban parse / validate --jobs), apart so that --help need not load
// workers.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

/** Fewer models than this are checked in the main thread: starting workers would cost more. */
export const WORKER_THRESHOLD = 50;

/**
 * Parsing a document costs far more than checking a model (a tenth of a second and more against
 * milliseconds), so a few documents already repay the start of the workers.
 */
export const PARSE_WORKER_THRESHOLD = 8;

/**
 * How many worker threads a batch gets: none (0) for --jobs 1, a single CPU, a batch no larger
 * than the threshold, standard input among the inputs (it is read in the main thread), or a
 * worker module that is not there (running from the sources); else --jobs (the CPUs when unset).
 */
export function workerCount(jobs: number | undefined, files: readonly { path: string }[], threshold: number, worker: URL): number {
  const n = jobs ?? availableParallelism();
  if (n <= 1 || files.length <= threshold || files.some((f) => f.path === '-')) return 0;
  return existsSync(fileURLToPath(worker)) ? n : 0;
}
