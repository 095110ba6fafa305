#!/usr/bin/env node
// The long fuzz run: the property tests of test/fuzz.test.ts with a fresh seed, for a while.
//   npm run fuzz                          10 minutes, a random seed (printed, to replay a failure)
//   FUZZ_SECONDS=3600 npm run fuzz        an hour
//   FUZZ_RUNS=100000 npm run fuzz         a number of cases per property instead of a duration
//   FUZZ_SEED=123 npm run fuzz            a given seed
// Ends with the number of cases each property ran.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const runs = process.env.FUZZ_RUNS;
const seconds = process.env.FUZZ_SECONDS ?? (runs ? undefined : '600');
const dir = mkdtempSync(join(tmpdir(), 'vanban-fuzz-'));
const report = join(dir, 'report.jsonl');
console.log(`fuzz: seed ${seed}, ${seconds ? `${seconds} s` : `${runs} cases per property`} (FUZZ_SEED=${seed} replays it)`);
const started = Date.now();
const env = { ...process.env, FUZZ_SEED: seed, FUZZ_REPORT: report, ...(seconds ? { FUZZ_SECONDS: seconds } : {}) };
const result = spawnSync('npx', ['vitest', 'run', 'test/fuzz.test.ts'], { stdio: 'inherit', env });
let total = 0;
try {
  for (const line of readFileSync(report, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    total += r.runs;
    console.log(`fuzz: ${r.property}: ${r.runs} cases${r.failed ? ', FAILED' : ''} (seed ${r.seed})`);
  }
} catch {
  console.log('fuzz: no report was written');
}
console.log(`fuzz: ${total} cases in ${((Date.now() - started) / 1000).toFixed(0)} s, seed ${seed}, exit ${result.status}`);
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
