// Worker threads for large batches: results come back in the order of the tasks whatever order
// the workers finish in, and a worker that dies costs only the task it was on.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPool } from '../src/cli/pool.js';

const dir = mkdtempSync(join(tmpdir(), 'vanban-pool-'));
const worker = join(dir, 'worker.mjs');
// Answers late for some tasks, so workers finish out of order; exits or throws on request.
writeFileSync(worker, `
import { parentPort, workerData } from 'node:worker_threads';
parentPort.on('message', ({ index, task }) => {
  if (task === 'exit') process.exit(3);
  if (task === 'throw') throw new Error('boom');
  setTimeout(() => parentPort.postMessage({ index, result: workerData.prefix + task }), (index * 7) % 5);
});
`);

async function collect(tasks: string[], jobs: number): Promise<{ result: string; index: number }[]> {
  const out: { result: string; index: number }[] = [];
  await runPool(tasks, {
    url: pathToFileURL(worker),
    workerData: { prefix: 'done:' },
    jobs,
    failed: (task, error) => `failed:${task}:${error.message.includes('boom') ? 'boom' : 'exit'}`,
    onResult: (result, index) => out.push({ result, index }),
  });
  return out;
}

describe('runPool', () => {
  it('hands results back in task order', async () => {
    const tasks = Array.from({ length: 60 }, (_, i) => `t${i}`);
    const out = await collect(tasks, 3);
    expect(out.map((o) => o.index)).toEqual(tasks.map((_, i) => i));
    expect(out.map((o) => o.result)).toEqual(tasks.map((t) => `done:${t}`));
  });

  it('a worker that exits or throws fails only its task; the others are all done', async () => {
    const tasks = ['a', 'exit', 'b', 'c', 'throw', 'd', 'exit', 'e', 'f', 'g'];
    const out = await collect(tasks, 2);
    expect(out.map((o) => o.result)).toEqual([
      'done:a', 'failed:exit:exit', 'done:b', 'done:c', 'failed:throw:boom', 'done:d', 'failed:exit:exit', 'done:e', 'done:f', 'done:g',
    ]);
  });

  it('more workers than tasks, and no tasks at all', async () => {
    expect((await collect(['x'], 4)).map((o) => o.result)).toEqual(['done:x']);
    expect(await collect([], 4)).toEqual([]);
  });
});
