// vanban parse --jobs: a batch of documents made from the corpus gives the same standard output,
// standard error, exit code and files with worker threads as in one thread; a file whose worker
// dies is an internal error and the others are still parsed.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CORPUS, corpusFiles, ROOT, run } from './helpers.js';
import type { PoolOptions } from '../src/cli/pool.js';

// In process the command runs from the sources, where there is no worker module: these tests
// stand in a pool that runs each task in this thread, and loses one, as a dying worker would.
const lost = vi.hoisted(() => ({ index: -1 }));
vi.mock('../src/cli/jobs.js', async (original) => ({ ...(await original<typeof import('../src/cli/jobs.js')>()), workerCount: () => 2 }));
vi.mock('../src/cli/pool.js', () => ({
  runPool: async <T, R>(tasks: readonly T[], options: PoolOptions<T, R>): Promise<void> => {
    const { parseEntry } = await import('../src/cli/parse-file.js');
    tasks.forEach((task, index) => {
      const result = index === lost.index
        ? options.failed(task, new Error('worker stopped with exit code 1'))
        : (parseEntry(task as never, options.workerData as never) as R);
      options.onResult(result, index);
    });
  },
}));

const BIN = join(ROOT, 'bin', 'vanban.js');
let dir: string;
let counter: string;

/** Every file below a folder, by relative path, with its bytes. */
function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(root, p)] = readFileSync(p, 'latin1');
    }
  };
  walk(root);
  return out;
}

/**
 * The real binary in a fresh copy of the batch, always at the same place (messages name absolute
 * paths); the summary's elapsed time is the one thing that may differ.
 */
function parse(jobs: number | undefined, args: string[], input?: string): { status: number | null; stdout: string; stderr: string; files: Record<string, string>; workers: number } {
  const cwd = join(dir, 'run');
  rmSync(cwd, { recursive: true, force: true });
  cpSync(join(dir, 'batch'), join(cwd, 'batch'), { recursive: true });
  const count = join(dir, 'workers');
  const r = spawnSync(process.execPath, ['--require', counter, BIN, 'parse', ...args, ...(jobs === undefined ? [] : ['--jobs', String(jobs)])], {
    cwd, input, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', VANBAN_TEST_WORKER_COUNT: count },
  });
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr.replace(/\(\d+\.\d+s\)/g, '(…s)'),
    files: tree(cwd),
    workers: Number(readFileSync(count, 'utf8')),
  };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vanban-parse-jobs-'));
  // Counts the worker threads a run starts (written at exit), so that a test can tell that the
  // batch really was shared out.
  counter = join(dir, 'count-workers.cjs');
  writeFileSync(counter, `
const wt = require('node:worker_threads');
if (wt.isMainThread) {
  let n = 0;
  const Base = wt.Worker;
  wt.Worker = class extends Base { constructor(...a) { super(...a); n++; } };
  require('node:module').syncBuiltinESMExports();
  process.on('exit', () => require('node:fs').writeFileSync(process.env.VANBAN_TEST_WORKER_COUNT, String(n)));
}
`);
  const docs = corpusFiles().slice(0, 14);
  mkdirSync(join(dir, 'batch', 'sub'), { recursive: true });
  docs.forEach((name, i) => cpSync(join(CORPUS, name), join(dir, 'batch', i % 3 === 0 ? 'sub' : '', name)));
  // Bad files among good ones: empty, not UTF-8, and a document whose output would be itself.
  writeFileSync(join(dir, 'batch', 'empty.md'), '');
  writeFileSync(join(dir, 'batch', 'binary.txt'), Buffer.from([0x4b, 0x48, 0xc3, 0x28, 0x0a]));
  cpSync(join(CORPUS, docs[1] as string), join(dir, 'batch', 'clash.yaml'));
});

describe('vanban parse --jobs', () => {
  it('writes the same files and says the same as one thread, bad files included', () => {
    const args = ['batch', 'batch/clash.yaml', '-o', 'batch', '--verbose'];
    const one = parse(1, args);
    const two = parse(2, args);
    const three = parse(3, args);
    // --jobs counts this thread: it parses beside the workers
    expect(one.workers).toBe(0);
    expect(two.workers).toBe(1);
    expect(three.workers).toBe(2);
    expect({ ...two, workers: 0 }).toEqual({ ...one, workers: 0 });
    expect({ ...three, workers: 0 }).toEqual({ ...one, workers: 0 });
    expect(one.status).toBe(2);
    expect(one.stderr).toContain('batch/empty.md');
    expect(one.stderr).toContain('batch/binary.txt');
    expect(one.stderr).toContain('output-is-input');
    expect(one.files['batch/clash.yaml']).toBe(readFileSync(join(dir, 'batch', 'clash.yaml'), 'latin1'));
    expect(Object.keys(one.files).filter((f) => f.endsWith('.yaml')).length).toBe(15);
    expect(one.stderr).toMatch(/14 parsed, 3 failed/);
  });

  it('prints the same models, in the order of the inputs, with the same exit code (--strict, JSON)', () => {
    const args = ['batch/sub', 'batch/*.md', '--format', 'json', '--strict'];
    const one = parse(1, args);
    const two = parse(2, args);
    expect(two.workers).toBe(1);
    expect({ ...two, workers: 0 }).toEqual({ ...one, workers: 0 });
    const files = (JSON.parse(one.stdout) as { source: { file: string } }[]).map((m) => m.source.file);
    expect(files.length).toBeGreaterThan(8);
    expect(files.slice(0, 5).every((f) => f.startsWith('batch/sub/'))).toBe(true);
    expect(one.status).toBe(2);
  });

  it('without --jobs, a batch of more than 20 files uses every CPU, one of 20 or fewer this thread alone', () => {
    const small = join(dir, 'batch', 'small');
    mkdirSync(small, { recursive: true });
    try {
      for (let i = 0; i < 21; i++) writeFileSync(join(small, `kh-${i}.txt`), `KẾ HOẠCH\nThực hiện nhiệm vụ số ${i}\n\nI. MỤC TIÊU\n1. Đạt ${i}% vào năm 2030.\n\nII. NHIỆM VỤ\n1. Sở Nội vụ chủ trì triển khai.\n`);
      const many = parse(undefined, ['batch/small', '-o', 'out/', '-q']);
      const alone = parse(1, ['batch/small', '-o', 'out/', '-q']);
      expect(many.workers).toBe(availableParallelism() - 1);
      expect({ ...many, workers: 0 }).toEqual({ ...alone, workers: 0 });
      expect(Object.keys(many.files).filter((f) => f.startsWith('out/')).length).toBe(21);
      rmSync(join(small, 'kh-0.txt'));
      expect(parse(undefined, ['batch/small', '-o', 'out/', '-q']).workers).toBe(0);
    } finally {
      rmSync(small, { recursive: true, force: true });
    }
  });

  it('standard input among the inputs keeps the batch in the main thread, with the same result', () => {
    const text = readFileSync(join(CORPUS, corpusFiles()[0] as string), 'utf8');
    const one = parse(1, ['-', 'batch/sub', 'batch/*.md', '-q'], text);
    const two = parse(2, ['-', 'batch/sub', 'batch/*.md', '-q'], text);
    expect(two.workers).toBe(0);
    expect({ ...two, workers: 0 }).toEqual({ ...one, workers: 0 });
    expect(one.stdout.startsWith('# yaml-language-server')).toBe(true);
    expect(one.stdout).toContain('file: "-"');
  });

  it('a file whose worker dies is an internal error; the files after it are still written', async () => {
    const out = mkdtempSync(join(dir, 'lost-'));
    lost.index = 2;
    try {
      const r = await run(['parse', 'batch/sub', '-o', out, '-q'], { cwd: dir });
      const names = readdirSync(join(dir, 'batch', 'sub')).sort();
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`batch/sub/${names[2] as string} error`);
      expect(r.stderr).toContain('internal-error');
      expect(r.stderr).toContain('worker stopped with exit code 1');
      expect(readdirSync(out).sort()).toEqual(names.filter((_, i) => i !== 2).map((n) => n.replace(/\.(md|txt)$/, '.yaml')));
    } finally {
      lost.index = -1;
    }
  });
});
