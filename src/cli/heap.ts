// A batch allocates at a steady rate, and V8 answers by doubling its young generation up to
// 2 × 16 MiB: a long `vanban validate` ends with some 30 MiB more resident than a short one, for
// garbage, not for anything it holds. `--max-semi-space-size` would bound it, but only when given
// to node before it starts; the growth factor, read each time the young generation grows, can be
// set from here. Once the young generation has grown to YOUNG_CAP (two semi-spaces of 4 MiB, as
// `--max-semi-space-size=4` would leave it), it grows no more: peak memory stays flat in the
// number of files, for the same run time (BENCHMARKS.md, the peak RSS rows).

import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The young generation's size from which it is held: both semi-spaces together. */
export const YOUNG_CAP = 8 * 1024 * 1024;

let held = false;

/** The young generation's size now (bytes), or undefined where V8 does not say. */
export function youngGeneration(): number | undefined {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size;
}

/**
 * Called between files (a microsecond or two): holds the young generation at its size once that
 * has reached YOUNG_CAP. Process-wide: worker threads started afterwards are held as well.
 */
export function holdYoungGeneration(): boolean {
  if (held) return true;
  const size = youngGeneration();
  if (size === undefined || size < YOUNG_CAP) return false;
  setFlagsFromString('--semi-space-growth-factor=1');
  held = true;
  return true;
}
