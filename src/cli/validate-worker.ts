// A worker thread of `vanban validate`: builds its checker once, then checks each file it is
// sent and answers with the file's result (validate-file.ts).

import { parentPort, workerData } from 'node:worker_threads';
import { checkEntry, makeChecker, type CheckerSetup, type Entry } from './validate-file.js';

const checker = await makeChecker(workerData as CheckerSetup);
parentPort?.on('message', (m: { index: number; task: Entry }) => {
  void checkEntry(m.task, checker).then((result) => parentPort?.postMessage({ index: m.index, result }));
});
