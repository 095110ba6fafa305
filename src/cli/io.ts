// The streams and environment a command runs with, so that tests can run main() in-process.

import { readInputFile, type ReadInput } from '../read/load.js';

export interface Writer {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliContext {
  stdout: Writer;
  stderr: Writer;
  stdin: NodeJS.ReadableStream | undefined;
  cwd: string;
  env: Record<string, string | undefined>;
}

/**
 * Everything a stream gives, up to `limit` bytes: reading stops there (a stream may never end, or
 * be larger than memory), and `over` says that there was more.
 */
export async function readAll(stream: NodeJS.ReadableStream, limit = Infinity): Promise<{ bytes: Buffer; over: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > limit) return { bytes: Buffer.alloc(0), over: true };
    chunks.push(buf);
  }
  return { bytes: Buffer.concat(chunks), over: false };
}

/** One input's bytes: a file, or standard input for "-", refused past `maxBytes` either way. */
export async function readInput(path: string, ctx: CliContext, maxBytes: number): Promise<ReadInput> {
  if (path !== '-') return readInputFile(path, ctx.cwd, maxBytes);
  if (!ctx.stdin) return { ok: true, bytes: Buffer.alloc(0) };
  const { bytes, over } = await readAll(ctx.stdin, maxBytes);
  return over ? { ok: false, code: 'input-too-large', args: { limit: maxBytes } } : { ok: true, bytes };
}
