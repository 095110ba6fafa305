// The streams and environment a command runs with, so that tests can run main() in-process.

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

export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
