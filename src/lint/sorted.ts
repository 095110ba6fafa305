// Lookups in ascending lists of numbers (source lines), by binary search.

/** How many of the ascending `values` are at most `value`. */
export function countUpTo(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
