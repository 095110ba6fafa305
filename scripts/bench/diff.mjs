// The diff benchmark, kept apart so that it can grow with the diff command: two versions of a
// generated programme (the second renumbered, reworded, with a group moved, a task dropped and
// one added, target values changed) at 500 to 8,000 items; the median time of the diff alone,
// and the exponent of its growth fitted on a log-log scale.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { editProgramme, generateProgramme } from './generate.mjs';
import { fitExponent, fmtMs, median } from './lib.mjs';

export const DIFF_SIZES = [500, 1000, 2000, 4000, 8000];

/** The diff function the build exports (dist/diff/index.js, or `diff` from dist/index.js), if any. */
export async function findDiff(root) {
  for (const file of ['dist/diff/index.js', 'dist/index.js']) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const mod = await import(pathToFileURL(path).href);
    for (const name of ['diff', 'diffModels']) if (typeof mod[name] === 'function') return { fn: mod[name], from: `${file} ${name}` };
  }
  return undefined;
}

/**
 * Rows for the report: one per size, then the fitted exponent. `parse` turns Markdown into a model.
 * Without a diff in the build, rows that say so.
 */
export async function benchDiff({ root, parse, runs, sizes = DIFF_SIZES }) {
  const found = await findDiff(root);
  if (!found) {
    return [
      ...sizes.map((n) => ({ what: 'diff: two versions of a programme', size: `${n} items`, median: 'not built yet', ratio: '—', target: n === 2000 ? '≤ 200 ms' : '', met: 'not built yet' })),
      { what: 'diff: growth exponent 500 → 8,000 items', size: '', median: 'not built yet', ratio: '—', target: '≤ 1.13 (n log n)', met: 'not built yet' },
    ];
  }
  const points = [];
  const rows = [];
  for (const n of sizes) {
    const text = generateProgramme({ seed: 42, items: n, format: 'markdown' }).text;
    const a = parse(text);
    const b = parse(editProgramme(text, 42));
    found.fn(a, b);
    const times = [];
    for (let k = 0; k < runs; k++) {
      const t0 = performance.now();
      found.fn(a, b);
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    points.push([n, ms]);
    rows.push({ what: 'diff: two versions of a programme', size: `${n} items`, median: fmtMs(ms), ratio: '—', target: n === 2000 ? '≤ 200 ms' : '', met: n === 2000 ? (ms <= 200 ? 'yes' : 'no') : '', ms });
  }
  const k = fitExponent(points);
  rows.push({ what: `diff: growth exponent (${found.from})`, size: `${sizes[0]} → ${sizes[sizes.length - 1]} items`, median: k.toFixed(2), ratio: '—', target: '≤ 1.13 (n log n)', met: k <= 1.13 ? 'yes' : 'no', exponent: k });
  return rows;
}
