// How a batch is shared out (vanban validate --jobs), apart so that --help need not load workers.

/** Fewer files than this are checked in the main thread: starting workers would cost more. */
export const WORKER_THRESHOLD = 50;
