// Benchmark helpers: medians, a log-log fit, child processes timed with their peak memory, and
// the figures written the way the report shows them.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The slope of log(y) against log(x) by least squares: the exponent of y ~ x^k. */
export function fitExponent(points) {
  const xs = points.map((p) => Math.log(p[0]));
  const ys = points.map((p) => Math.log(p[1]));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => { num += (x - mx) * (ys[i] - my); den += (x - mx) ** 2; });
  return num / den;
}

const TIME = '/usr/bin/time';
export const HAS_TIME = existsSync(TIME);
const TASKSET = ['/usr/bin/taskset', '/bin/taskset'].find((f) => existsSync(f));
/** Whether a child can be held to one core (taskset, from util-linux). */
export const HAS_TASKSET = TASKSET !== undefined;

/**
 * Reads every file of a folder once, so that the run measured after it finds them in the page
 * cache: on a machine that gives cache memory back quickly, a run would otherwise read 24 MB from
 * disk, and whichever tool ran then would pay for it.
 */
function warmFiles(dir) {
  for (const f of readdirSync(dir, { recursive: true })) {
    try { readFileSync(join(dir, String(f))); } catch { /* a folder */ }
  }
}
let rssFileCount = 0;

/**
 * Runs a command to its end: wall time in ms, peak RSS in KiB and CPU time (user + system) in ms
 * (through /usr/bin/time when present, else both are undefined), exit code and output. With
 * `oneCore`, the command runs on one core (taskset -c 0) where taskset is there; with `warm`, that
 * folder is read once just before (see warmFiles).
 */
export function runChild(cmd, args, { cwd, env, oneCore = false, warm, warmAll = [] } = {}) {
  // the files the command reads, into the page cache first (not timed)
  for (const dir of warm ? [warm, ...warmAll] : warmAll) warmFiles(dir);
  const rssFile = join(tmpdir(), `vanban-bench-rss-${process.pid}-${rssFileCount++}`);
  // held to one core: the process and all of its threads (V8's compiler and collector too)
  const [c, a] = oneCore && TASKSET ? [TASKSET, ['-c', '0', cmd, ...args]] : [cmd, args];
  const [file, argv] = HAS_TIME ? [TIME, ['-f', '%M %U %S', '-o', rssFile, c, ...a]] : [c, a];
  const t0 = performance.now();
  const r = spawnSync(file, argv, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  let rss;
  let cpu;
  if (HAS_TIME && existsSync(rssFile)) {
    const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
    const [kib, user, system] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
    rss = kib;
    cpu = (user + system) * 1000;
    rmSync(rssFile, { force: true });
  }
  if (r.error) throw r.error;
  return { ms, rss, cpu, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const quote = (a) => `'${String(a).replace(/'/g, "'\\''")}'`;

/**
 * Several commands started together, timed until the last ends (as runChild; CPU time and the
 * largest peak RSS are of them all, through the shell that waits for them). Output is dropped.
 */
export function runTogether(commands, { cwd, warm = [] } = {}) {
  const script = `${commands.map((argv) => `${argv.map(quote).join(' ')} >/dev/null 2>&1 &`).join(' ')} wait`;
  return runChild('/bin/sh', ['-c', script], { cwd, warm: undefined, warmAll: warm });
}

/**
 * Side by side: every case once per round, rounds times, after one warm-up round (unless `warmup`
 * is false: long child processes whose files are already cached); the median wall time and CPU time, the
 * largest peak RSS of each case, and what its last run returned. A case's `run` returns {ms, rss?, cpu?}.
 */
export function interleave(cases, rounds, { warmup = true } = {}) {
  const times = cases.map(() => []);
  const rss = cases.map(() => 0);
  const cpus = cases.map(() => []);
  const last = cases.map(() => undefined);
  for (let r = warmup ? -1 : 0; r < rounds; r++) {
    cases.forEach((c, i) => {
      const got = c.run();
      last[i] = got;
      if (r < 0) return;
      times[i].push(got.ms);
      if (got.rss) rss[i] = Math.max(rss[i], got.rss);
      if (got.cpu !== undefined) cpus[i].push(got.cpu);
    });
  }
  return cases.map((c, i) => ({ name: c.name, ms: median(times[i]), rss: rss[i] || undefined, cpu: cpus[i].length ? median(cpus[i]) : undefined, samples: times[i], last: last[i] }));
}

/** Times an in-process function: how long one call takes, repeated to at least `minMs` per sample. */
export function timeCall(fn, minMs = 30) {
  const t0 = performance.now();
  fn();
  let ms = performance.now() - t0;
  let reps = 1;
  if (ms < minMs) {
    reps = Math.ceil(minMs / Math.max(ms, 0.01));
    const t1 = performance.now();
    for (let k = 0; k < reps; k++) fn();
    ms = (performance.now() - t1) / reps;
  }
  return { ms };
}

export const fmtMs = (ms) => (ms === undefined ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`);
export const fmtBytes = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : b >= 1e3 ? `${(b / 1e3).toFixed(1)} KB` : `${b} B`);
export const fmtRss = (kib) => (kib ? `${(kib / 1024).toFixed(0)} MiB` : '—');
export const fmtRate = (bytes, ms) => `${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`;
