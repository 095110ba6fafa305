// Work remembered for the length of one call (one document's enrichment), then forgotten: the
// memory it takes is bounded by the document, and a later document starts afresh.

export class Scoped<V> {
  private current: Map<string, V> | undefined;

  /** The remembered values while `run` is under way, else undefined. */
  get map(): Map<string, V> | undefined {
    return this.current;
  }

  /** Runs `f` with a map to remember values in (the outer one when runs nest). */
  run<T>(f: () => T): T {
    const outer = this.current;
    this.current = outer ?? new Map();
    try {
      return f();
    } finally {
      this.current = outer;
    }
  }
}
