// Work spread over threads, results handed back in the order of the tasks.
//
// With `local`, this thread is one of the `jobs`: it takes tasks from the same queue as the
// workers, between handling their answers. It has its code compiled and warm already, where each
// worker must load and compile everything again, so on two cores one worker beside this thread
// does more than two workers with this thread waiting for them.
//
// Each worker holds up to `ahead` tasks, so that it never waits for this thread to answer (a model
// is checked in about a millisecond; a message there and back costs a good part of that, and this
// thread may be in the middle of a task of its own).
//
// A worker that dies (out of memory, a crash in native code) costs only the task it was on. Which
// one that was is not known for sure (its last answers may still be on their way), so the tasks it
// held go back to the queue, each to be run alone in a worker: a task that kills its worker when
// alone is the one that fails, and the others are done. Such tasks are never run in this thread.
//
// Signals (Ctrl-C) are handled where the event loop turns: between this thread's tasks.

import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

export interface PoolOptions<T, R> {
  /** the worker module; it answers each task message with one result message */
  url: URL;
  workerData: unknown;
  /** threads working on the batch: this one included when `local` is given */
  jobs: number;
  /** the result of a task whose worker died */
  failed: (task: T, error: Error) => R;
  /** called once per task, in task order */
  onResult: (result: R, index: number) => void;
  /** runs a task in this thread (never throws): this thread then takes its share of the tasks */
  local?: (task: T) => R | Promise<R>;
  /** tasks a worker holds at once, the one it is on included (at least 1, the default) */
  ahead?: number;
  /** workers started before the tasks were known (startSpare), taken before new ones are started */
  spare?: Spare;
}

/** Workers started ahead of their batch; those the batch does not take are stopped by close(). */
export interface Spare {
  take(): { worker: Worker; early: ['error' | 'exit', unknown][]; detach: () => void } | undefined;
  close(): void;
}

/**
 * Starts `n` workers before the batch is known, so that their start-up (loading and compiling
 * their code, a tenth of a second) runs while this thread finds the files. What happens to them
 * meanwhile (an error, an exit) is kept, and told to the pool that takes them.
 */
export function startSpare(url: URL, workerData: unknown, n: number): Spare {
  const ready = Array.from({ length: Math.max(0, n) }, () => {
    const worker = new Worker(url, { workerData });
    const early: ['error' | 'exit', unknown][] = [];
    const onError = (error: Error): void => void early.push(['error', error]);
    const onExit = (code: number): void => void early.push(['exit', code]);
    worker.on('error', onError);
    worker.on('exit', onExit);
    return { worker, early, detach: (): void => { worker.off('error', onError); worker.off('exit', onExit); } };
  });
  return {
    take: () => ready.shift(),
    close: () => {
      for (const r of ready.splice(0)) {
        r.detach();
        void r.worker.terminate();
      }
    },
  };
}

/**
 * How often this thread lets the event loop turn between its tasks (handling the workers' answers
 * and feeding them): a turn costs a good part of checking a model, and a worker holds a few
 * milliseconds of work (`ahead`).
 */
const TURN_MS = 2;

export function runPool<T, R>(tasks: readonly T[], options: PoolOptions<T, R>): Promise<void> {
  const ahead = Math.max(1, options.ahead ?? 1);
  const workers = Math.max(options.local ? options.jobs - 1 : options.jobs, 0);
  return new Promise((done) => {
    const waiting = new Map<number, R>();
    let next = 0;
    let reported = 0;
    /** tasks a dying worker held: each is run again, alone in a worker */
    const retry: number[] = [];
    let running = 0;
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
      running++;
      const spare = options.spare?.take();
      const worker = spare?.worker ?? new Worker(options.url, { workerData: options.workerData });
      /** the tasks sent and not answered (in the order sent; answers may come in any order) */
      const held: number[] = [];
      let alone = false;
      let gone = false;
      const send = (index: number): void => {
        held.push(index);
        worker.postMessage({ index, task: tasks[index] });
      };
      const feed = (): void => {
        if (gone || alone) return;
        if (held.length === 0 && retry.length > 0) {
          alone = true;
          send(retry.shift() as number);
          return;
        }
        while (held.length < ahead && next < tasks.length && retry.length === 0) send(next++);
        if (held.length === 0) {
          gone = true;
          running--;
          void worker.terminate();
        }
      };
      const die = (error: Error): void => {
        if (gone) return;
        gone = true;
        running--;
        // a task run alone is the one that killed its worker; others are run alone to find out
        const lost = held.splice(0);
        if (alone) settle(lost[0] as number, options.failed(tasks[lost[0] as number] as T, error));
        else retry.unshift(...lost);
        if ((retry.length > 0 || next < tasks.length) && running < workers) start();
      };
      worker.on('message', (m: { index: number; result: R }) => {
        if (gone) return;
        const at = held.indexOf(m.index);
        if (at >= 0) held.splice(at, 1);
        alone = false;
        settle(m.index, m.result);
        feed();
      });
      const exited = (code: number): void => die(new Error(`worker stopped with exit code ${code}`));
      worker.on('error', die);
      worker.on('exit', exited);
      if (spare) {
        spare.detach();
        for (const [event, value] of spare.early) {
          if (event === 'error') die(value as Error);
          else exited(value as number);
        }
      }
      feed();
    };
    if (tasks.length === 0) {
      done();
      return;
    }
    for (let i = 0; i < Math.min(workers, tasks.length); i++) start();
    const local = options.local;
    if (local) {
      void (async () => {
        let turned = -Infinity;
        for (;;) {
          if (performance.now() - turned >= TURN_MS) {
            await new Promise((resume) => setImmediate(resume));
            turned = performance.now();
          }
          if (next >= tasks.length) break;
          const index = next++;
          let result: R;
          try {
            result = await local(tasks[index] as T);
          } catch (error) {
            result = options.failed(tasks[index] as T, error as Error);
          }
          settle(index, result);
        }
      })();
    }
  });
}
