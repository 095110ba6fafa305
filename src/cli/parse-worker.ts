// A worker thread of `vanban parse`: parses each file it is sent and answers with the file's
// diagnostics and output text (parse-file.ts).

import { parentPort, workerData } from 'node:worker_threads';
import { parseEntry, type ParseSetup, type ParseTask } from './parse-file.js';

const setup = workerData as ParseSetup;
parentPort?.on('message', (m: { index: number; task: ParseTask }) => {
  parentPort?.postMessage({ index: m.index, result: parseEntry(m.task, setup) });
});
