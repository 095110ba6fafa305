// Facts several rules read (the walk over the items, the numbering), computed once per lint() run.
// Rules ask for them through shared(); a rule's check() called on its own computes them itself.

import type { Model } from '../model/types.js';

let current: WeakMap<object, Map<string, unknown>> | undefined;

/** Runs `f` with a fresh store of shared facts, dropped when it returns. */
export function withSharedFacts<T>(f: () => T): T {
  const saved = current;
  current = new WeakMap();
  try {
    return f();
  } finally {
    current = saved;
  }
}

/** The fact `key` of `model`: computed on the first request of a run, then the same value. */
export function shared<T>(model: Model, key: string, compute: () => T): T {
  if (current === undefined || model === null || typeof model !== 'object') return compute();
  let facts = current.get(model);
  if (facts === undefined) current.set(model, (facts = new Map()));
  if (!facts.has(key)) facts.set(key, compute());
  return facts.get(key) as T;
}
