// Threads for large batches: results come back in the order of the tasks whatever order the
// workers finish in, this thread takes its share when it can run tasks itself, and a worker that
// dies costs only the task it was on, however many tasks it held.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPool, startSpare, type PoolOptions } from '../src/cli/pool.js';

const dir = mkdtempSync(join(tmpdir(), 'vanban-pool-'));
const worker = join(dir, 'worker.mjs');
// Answers late for some tasks, so workers finish out of order; exits or throws on request.
writeFileSync(worker, `
import { parentPort, workerData } from 'node:worker_threads';
if (workerData.dieAtStart) process.exit(5);
parentPort.on('message', ({ index, task }) => {
  if (task === 'exit') process.exit(3);
  if (task === 'throw') throw new Error('boom');
  setTimeout(() => parentPort.postMessage({ index, result: workerData.prefix + task }), (index * 7) % 5);
});
`);

type Extra = Partial<Pick<PoolOptions<string, string>, 'local' | 'ahead' | 'spare'>>;

async function collect(tasks: string[], jobs: number, extra: Extra = {}): Promise<{ result: string; index: number }[]> {
  const out: { result: string; index: number }[] = [];
  await runPool(tasks, {
    url: pathToFileURL(worker),
    workerData: { prefix: 'done:' },
    jobs,
    failed: (task, error) => `failed:${task}:${error.message.includes('boom') ? 'boom' : 'exit'}`,
    onResult: (result, index) => out.push({ result, index }),
    ...extra,
  });
  return out;
}

const CRASHING = ['a', 'exit', 'b', 'c', 'throw', 'd', 'exit', 'e', 'f', 'g'];
const CRASHED = ['done:a', 'failed:exit:exit', 'done:b', 'done:c', 'failed:throw:boom', 'done:d', 'failed:exit:exit', 'done:e', 'done:f', 'done:g'];

describe('runPool', () => {
  it('hands results back in task order', async () => {
    const tasks = Array.from({ length: 60 }, (_, i) => `t${i}`);
    const out = await collect(tasks, 3);
    expect(out.map((o) => o.index)).toEqual(tasks.map((_, i) => i));
    expect(out.map((o) => o.result)).toEqual(tasks.map((t) => `done:${t}`));
  });

  it('a worker that exits or throws fails only its task; the others are all done', async () => {
    expect((await collect(CRASHING, 2)).map((o) => o.result)).toEqual(CRASHED);
  });

  it('a worker holding several tasks when it dies fails only the one that killed it', async () => {
    for (const ahead of [2, 3, 8]) {
      const out = await collect(CRASHING, 2, { ahead });
      expect(out.map((o) => o.result)).toEqual(CRASHED);
      expect(out.map((o) => o.index)).toEqual(CRASHING.map((_, i) => i));
    }
  });

  it('with a local runner this thread takes a share, and the order holds', async () => {
    const tasks = Array.from({ length: 200 }, (_, i) => `t${i}`);
    let local = 0;
    const out = await collect(tasks, 2, {
      ahead: 4,
      local: async (task) => {
        local++;
        // as slow as a worker's answer, so that both threads get tasks
        await new Promise((resume) => setTimeout(resume, 1));
        return `done:${task}`;
      },
    });
    expect(out.map((o) => o.index)).toEqual(tasks.map((_, i) => i));
    expect(out.map((o) => o.result)).toEqual(tasks.map((t) => `done:${t}`));
    expect(local).toBeGreaterThan(0);
    expect(local).toBeLessThan(tasks.length);
  });

  it('jobs 1 with a local runner starts no worker; a local runner that throws fails its task', async () => {
    const out = await collect(['x', 'exit', 'y'], 1, {
      local: (task) => {
        if (task === 'exit') throw new Error('boom');
        return `local:${task}`;
      },
    });
    expect(out.map((o) => o.result)).toEqual(['local:x', 'failed:exit:boom', 'local:y']);
  });

  it('with a local runner, tasks that kill workers fail alone and are not run again here', async () => {
    const ran: string[] = [];
    const out = await collect(CRASHING, 2, {
      ahead: 3,
      local: (task) => {
        ran.push(task);
        return task === 'exit' || task === 'throw' ? `local-crash:${task}` : `done:${task}`;
      },
    });
    // every task once, in order; a crashing task either failed in a worker or ran here
    expect(out.map((o) => o.index)).toEqual(CRASHING.map((_, i) => i));
    out.forEach((o, i) => expect([CRASHED[i], `local-crash:${CRASHING[i] as string}`]).toContain(o.result));
    // and no task ran here twice ('exit' is two tasks)
    const others = ran.filter((t) => t !== 'exit');
    expect(new Set(others).size).toBe(others.length);
    expect(ran.filter((t) => t === 'exit').length).toBeLessThanOrEqual(2);
  });

  it('more workers than tasks, and no tasks at all', async () => {
    expect((await collect(['x'], 4)).map((o) => o.result)).toEqual(['done:x']);
    expect(await collect([], 4)).toEqual([]);
  });

  it('takes workers started ahead of the batch, and replaces one that died before it came', async () => {
    const tasks = Array.from({ length: 30 }, (_, i) => `t${i}`);
    const spare = startSpare(pathToFileURL(worker), { prefix: 'spare:' }, 1);
    const out = await collect(tasks, 1, { spare, ahead: 3 });
    // the spare worker was started with its own data, and did every task
    expect(out.map((o) => o.result)).toEqual(tasks.map((t) => `spare:${t}`));
    const dead = startSpare(pathToFileURL(worker), { prefix: 'spare:', dieAtStart: true }, 2);
    await new Promise((resume) => setTimeout(resume, 300));
    const after = await collect(tasks, 2, { spare: dead, ahead: 3 });
    expect(after.map((o) => o.result)).toEqual(tasks.map((t) => `done:${t}`));
    dead.close();
  });

  it('stops the spare workers a batch does not take', async () => {
    const spare = startSpare(pathToFileURL(worker), { prefix: 'spare:' }, 2);
    const taken = spare.take();
    expect(taken).toBeDefined();
    spare.close();
    expect(spare.take()).toBeUndefined();
    taken?.detach();
    await taken?.worker.terminate();
  });
});
