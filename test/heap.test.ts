// The young generation of a long batch is held once it has grown to YOUNG_CAP (src/cli/heap.ts).
// Each case runs in a node of its own: the flag it sets is process-wide.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const HEAP = fileURLToPath(new URL('../dist/cli/heap.js', import.meta.url));

/** Allocates garbage at a steady rate, as a batch does, and reports the young generation's largest size. */
function run(hold: boolean): { largest: number; cap: number; held: boolean } {
  const script = `
    const { holdYoungGeneration, youngGeneration, YOUNG_CAP } = await import(${JSON.stringify(HEAP)});
    let largest = 0, held = false, keep = [];
    for (let file = 0; file < 400; file++) {
      for (let i = 0; i < 20000; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 5000) keep = []; }
      if (${hold}) held = holdYoungGeneration();
      largest = Math.max(largest, youngGeneration());
    }
    console.log(JSON.stringify({ largest, cap: YOUNG_CAP, held }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { largest: number; cap: number; held: boolean };
}

describe('the young generation over a long batch', () => {
  it('grows past the cap when nothing holds it', () => {
    const free = run(false);
    expect(free.largest).toBeGreaterThan(free.cap);
  });

  it('stays at the cap once held', () => {
    const held = run(true);
    expect(held.held).toBe(true);
    expect(held.largest).toBeLessThanOrEqual(held.cap);
  });
});
