// Edit distance with a bound, in memory linear in the shorter string: the "did you mean" of
// unknown-body compares one name with every configured body, so most comparisons stop early.

/**
 * The Levenshtein distance of `a` and `b` when it is at most `max`, else `max + 1`. Rows that
 * already exceed `max` everywhere end the computation.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > max) return max + 1;
  let previous = Array.from({ length: short.length + 1 }, (_, i) => i);
  let current = new Array<number>(short.length + 1).fill(0);
  for (let i = 1; i <= long.length; i++) {
    current[0] = i;
    let rowMin = i;
    const c = long.charCodeAt(i - 1);
    for (let j = 1; j <= short.length; j++) {
      const cost = short.charCodeAt(j - 1) === c ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  const result = previous[short.length] as number;
  return result > max ? max + 1 : result;
}

/** The most edits suggestionBound allows, whatever the length. */
export const MAX_SUGGESTION_EDITS = 3;

/** How far a name may be from a known one to be offered as "did you mean": 3 edits, 20% of its length. */
export function suggestionBound(length: number): number {
  return Math.max(1, Math.min(MAX_SUGGESTION_EDITS, Math.floor(length * 0.2)));
}
