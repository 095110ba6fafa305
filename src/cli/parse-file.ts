// One file of `vanban parse`: read, decode, parse, and the output text (YAML or JSON). The same
// code runs in the main thread and in the worker threads that parse large batches
// (parse-worker.ts); writing the outputs stays in the main thread, in the order of the inputs.

import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import type { MessageCode } from '../diagnostics/messages.js';
import type { KnownBodies } from '../config/load.js';
import { parseText } from '../parse.js';
import { DEFAULT_MAX_BYTES, loadBytes, loadFile, type FromOption, type Loaded } from '../read/load.js';
import { toJson, toYaml } from '../serialize/output.js';

/** What parsing one file needs: plain data, the same in the main thread and in a worker. */
export interface ParseSetup {
  cwd: string;
  from: FromOption;
  maxSize?: number;
  lang: Lang;
  bodies: KnownBodies;
  format: 'yaml' | 'json';
}

/** One input: its path as found ("-" for standard input), and the folder its YAML is written to. */
export interface ParseTask {
  path: string;
  /** the folder the model's `$schema` comment is relative to */
  outDir: string;
}

/** One file's outcome, in the order it is reported. */
export interface ParseResult {
  /** every diagnostic of the parse; the caller picks what to show */
  diagnostics: Diagnostic[];
  /** the file could not be read or parsed: the error to report (exit 2) */
  failure?: { code: MessageCode; args: Record<string, string | number> };
  /** the stack of an internal error, for --debug */
  stack?: string;
  /** the model as YAML, or as JSON */
  output?: string;
}

const SCHEMA_FILE = fileURLToPath(new URL('../../schemas/vanban.schema.json', import.meta.url));

/** Parses one input; never throws (an internal error is the file's outcome). */
export function parseEntry(task: ParseTask, setup: ParseSetup, stdin?: Uint8Array): ParseResult {
  const maxSize = setup.maxSize ?? DEFAULT_MAX_BYTES;
  let loaded: Loaded;
  if (task.path === '-') loaded = stdin ? loadBytes(stdin, setup.from, '-', maxSize) : { ok: false, code: 'empty-input', args: {} };
  else loaded = loadFile(task.path, setup.cwd, setup.from, maxSize);
  if (!loaded.ok) return { diagnostics: [], failure: { code: loaded.code, args: loaded.args } };
  try {
    const { model, diagnostics } = parseText(loaded.text, { file: task.path, format: loaded.format, sha256: loaded.sha256, lang: setup.lang, bodies: setup.bodies });
    return { diagnostics, output: setup.format === 'json' ? toJson(model) : toYaml(model, relativeSchema(task.outDir)) };
  } catch (error) {
    return { diagnostics: [], failure: { code: 'internal-error', args: { reason: (error as Error).message ?? String(error) } }, stack: (error as Error).stack ?? String(error) };
  }
}

function relativeSchema(fromDir: string): string {
  const rel = relative(fromDir, SCHEMA_FILE).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}
