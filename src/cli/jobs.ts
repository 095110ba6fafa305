// How a batch is shared out (vanban parse / validate --jobs), apart so that --help need not load
// workers.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

/** Where a batch is shared out among threads: more files than `asked` with --jobs, more than `unasked` without. */
export interface Thresholds {
  asked: number;
  unasked: number;
}

/**
 * Models: a model is checked in about a millisecond and a worker takes about a tenth of a second
 * to start and compile. Without --jobs a batch uses every CPU from 500 models on: on two cores,
 * 300 models took as long with two threads as with one, 1,000 about a sixth less time.
 */
export const VALIDATE_THRESHOLDS: Thresholds = { asked: 50, unasked: 500 };

/**
 * Documents: parsing one costs far more than checking a model (a tenth of a second and more), so
 * a few already repay a worker's start with --jobs; without it, from 20 on (on two cores 24
 * generated programmes took 6% less time with two threads, 48 took 15% less).
 */
export const PARSE_THRESHOLDS: Thresholds = { asked: 8, unasked: 20 };

/**
 * How many threads a batch is checked or parsed by, this one included (0: this thread alone, no
 * pool): none for --jobs 1, a single CPU, a batch no larger than the threshold, standard input
 * among the inputs (it is read in this thread), or a worker module that is not there (running
 * from the sources); else --jobs (the CPUs when unset).
 */
/** The threshold that applies: with --jobs or without. */
export function thresholdOf(jobs: number | undefined, thresholds: Thresholds): number {
  return jobs === undefined ? thresholds.unasked : thresholds.asked;
}

export function workerCount(jobs: number | undefined, files: readonly { path: string }[], thresholds: Thresholds, worker: URL): number {
  const n = jobs ?? availableParallelism();
  if (n <= 1 || files.length <= thresholdOf(jobs, thresholds) || files.some((f) => f.path === '-')) return 0;
  return existsSync(fileURLToPath(worker)) ? n : 0;
}
