// Work spread over worker threads, results handed back in the order of the tasks. Each worker
// takes one task at a time, so results waiting for an earlier, slower task stay few. A worker
// that dies (out of memory, a crash in native code) costs only the task it was on: that task
// gets the caller's failure result and a new worker takes over the rest.

import { Worker } from 'node:worker_threads';

export interface PoolOptions<T, R> {
  /** the worker module; it answers each task message with one result message */
  url: URL;
  workerData: unknown;
  jobs: number;
  /** the result of a task whose worker died */
  failed: (task: T, error: Error) => R;
  /** called once per task, in task order */
  onResult: (result: R, index: number) => void;
}

export function runPool<T, R>(tasks: readonly T[], options: PoolOptions<T, R>): Promise<void> {
  return new Promise((done) => {
    const waiting = new Map<number, R>();
    let next = 0;
    let reported = 0;
    const settle = (index: number, result: R): void => {
      waiting.set(index, result);
      while (waiting.has(reported)) {
        const r = waiting.get(reported) as R;
        waiting.delete(reported);
        options.onResult(r, reported++);
      }
      if (reported === tasks.length) done();
    };
    const start = (): void => {
      const worker = new Worker(options.url, { workerData: options.workerData });
      let current = -1;
      let gone = false;
      const feed = (): void => {
        if (next >= tasks.length) { current = -1; void worker.terminate(); return; }
        current = next++;
        worker.postMessage({ index: current, task: tasks[current] });
      };
      const die = (error: Error): void => {
        if (gone) return;
        gone = true;
        if (current >= 0) {
          const index = current;
          current = -1;
          settle(index, options.failed(tasks[index] as T, error));
        }
        if (next < tasks.length) start();
      };
      worker.on('message', (m: { index: number; result: R }) => {
        current = -1;
        settle(m.index, m.result);
        feed();
      });
      worker.on('error', die);
      worker.on('exit', (code) => die(new Error(`worker stopped with exit code ${code}`)));
      feed();
    };
    if (tasks.length === 0) { done(); return; }
    for (let i = 0; i < Math.min(options.jobs, tasks.length); i++) start();
  });
}
