// `vanban parse`: documents to models, one diagnostic per bad file, the rest still parsed. Large
// batches are parsed by worker threads; diagnostics, outputs and printed models come in the order
// of the inputs, the same as in one thread.

import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { message, type MessageCode } from '../diagnostics/messages.js';
import { configured } from './bodies.js';
import { formatDiagnostic } from './format.js';
import { betweenFiles, writeAtomic } from '../io/write.js';
import { expandPatterns } from '../read/patterns.js';
import { DEFAULT_MAX_BYTES, DOCUMENT_EXTENSIONS, type FromOption } from '../read/load.js';
import { readAll, type CliContext } from './io.js';
import { PARSE_THRESHOLDS, workerCount } from './jobs.js';
import type { ParseResult, ParseSetup, ParseTask } from './parse-file.js';

export interface ParseCommandOptions {
  out?: string;
  format: 'yaml' | 'json';
  from: FromOption;
  strict: boolean;
  quiet: boolean;
  verbose: boolean;
  debug: boolean;
  lang: Lang;
  maxSize?: number;
  config?: string;
  /** threads for a large batch, this one included (unset: see PARSE_THRESHOLDS); 1 parses every file in this thread */
  jobs?: number;
}

const WORKER = new URL('./parse-worker.js', import.meta.url);

export async function runParse(inputs: string[], opts: ParseCommandOptions, ctx: CliContext): Promise<number> {
  const say = (d: Diagnostic): void => {
    if (opts.quiet && d.severity !== 'error') return;
    if (d.severity === 'info' && !opts.verbose) return;
    ctx.stderr.write(`${formatDiagnostic(d)}\n`);
  };
  const fail = (file: string, code: MessageCode, args: Record<string, string | number> = {}): void => {
    say({ code, severity: 'error', message: message(code, opts.lang, args), file, line: 0, column: 0, source: 'input' });
  };
  if (inputs.length === 0) {
    ctx.stderr.write(`${opts.lang === 'vi' ? 'Thiếu tệp đầu vào. Dùng: vanban parse <tệp|thư mục|mẫu|-> (xem --help)' : 'No input given. Usage: vanban parse <file|folder|glob|-> (see --help)'}\n`);
    return 2;
  }

  const config = await configured(ctx, opts.config, opts.lang);
  if (!config) return 2;
  const { bodies } = config;
  const maxSize = opts.maxSize ?? config.maxSize ?? DEFAULT_MAX_BYTES;

  const expanded = await expandPatterns(inputs, ctx.cwd, DOCUMENT_EXTENSIONS);
  const files = expanded.files;
  let worst = 0;
  for (const miss of expanded.missing) {
    fail(miss.pattern, miss.glob ? 'no-input-matched' : 'file-not-found', miss.glob ? { pattern: miss.pattern } : { path: miss.pattern });
    worst = 2;
  }

  const inputPaths = new Set(files.filter((e) => e.path !== '-').map((e) => resolve(ctx.cwd, e.path)));
  const many = files.length > 1 || files.some((e) => e.pattern);
  const outTarget = opts.out ? resolveOut(opts.out, many, ctx.cwd) : undefined;
  // Outputs mirror paths below the folders named (or, for files, their own folders).
  const base = commonBase(files.filter((e) => e.path !== '-').map((e) => (e.root ? join(e.root, 'x') : resolve(ctx.cwd, e.path))));
  const targetOf = (name: string): string | undefined => {
    if (!outTarget) return undefined;
    return outTarget.folder ? join(outTarget.path, mirrored(name, base, ctx.cwd, opts.format)) : outTarget.path;
  };
  const tasks: ParseTask[] = files.map((e) => {
    const target = targetOf(e.path);
    return { path: e.path, outDir: target ? dirname(resolve(target)) : ctx.cwd };
  });
  const setup: ParseSetup = { cwd: ctx.cwd, from: opts.from, maxSize, lang: opts.lang, bodies, format: opts.format };
  const started = Date.now();
  const progress = ctx.stderr.isTTY === true && !opts.quiet;
  const printed: string[] = [];
  let done = 0;
  let failed = 0;
  let warnings = 0;

  // One file's outcome, in the order of the inputs: its diagnostics, then its output.
  const take = (r: ParseResult, index: number): void => {
    const name = (tasks[index] as ParseTask).path;
    done++;
    for (const d of r.diagnostics) {
      if (d.severity === 'warning') warnings++;
      say(d);
    }
    if (r.failure || r.output === undefined) {
      if (r.stack && opts.debug) ctx.stderr.write(`${r.stack}\n`);
      fail(name, r.failure?.code ?? 'internal-error', r.failure?.args ?? { reason: 'no output' });
      failed++;
      worst = 2;
      return;
    }
    if (opts.strict && r.diagnostics.some((d) => d.severity !== 'info')) worst = Math.max(worst, 1);
    const target = targetOf(name);
    if (target !== undefined) {
      if (inputPaths.has(resolve(target))) {
        fail(name, 'output-is-input', { path: target });
        failed++;
        worst = 2;
        return;
      }
      try {
        writeAtomic(target, r.output);
      } catch (error) {
        fail(name, 'output-failed', { path: target, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
        failed++;
        worst = 2;
      }
    } else {
      printed.push(opts.format === 'json' ? r.output.trimEnd() : r.output);
    }
    if (progress && Date.now() - started > 1000) ctx.stderr.write(`\r${done}/${files.length}`);
  };

  // A large batch is shared out among this thread and workers (see jobs.ts for when).
  const jobs = workerCount(opts.jobs, tasks, PARSE_THRESHOLDS, WORKER);
  if (jobs > 0) {
    const [{ runPool }, { parseEntry }] = await Promise.all([import('./pool.js'), import('./parse-file.js')]);
    await runPool(tasks, {
      url: WORKER,
      workerData: setup,
      jobs,
      failed: (_task, error): ParseResult => ({ diagnostics: [], failure: { code: 'internal-error', args: { reason: error.message } } }),
      onResult: take,
      local: (task) => parseEntry(task, setup),
      ahead: 3,
    });
  } else {
    const { parseEntry } = await import('./parse-file.js');
    for (const [index, task] of tasks.entries()) {
      // Between files a pending Ctrl-C is handled: every output is whole or not written.
      await betweenFiles();
      const stdin = task.path === '-' && ctx.stdin ? await readAll(ctx.stdin, maxSize) : undefined;
      if (stdin?.over) { take({ diagnostics: [], failure: { code: 'input-too-large', args: { limit: maxSize } } }, index); continue; }
      take(parseEntry(task, setup, stdin?.bytes), index);
    }
  }
  if (progress && Date.now() - started > 1000) ctx.stderr.write('\r\x1b[K');

  if (printed.length) {
    if (opts.format === 'json') ctx.stdout.write(printed.length === 1 ? `${printed[0]}\n` : `[\n${printed.join(',\n')}\n]\n`);
    else ctx.stdout.write(printed.join('---\n'));
  }
  if (files.length > 1 && !opts.quiet) {
    ctx.stderr.write(`${summary(files.length - failed, failed, warnings, Date.now() - started, opts.lang)}\n`);
  }
  return worst;
}

/** -o names a folder for several inputs or a folder or glob input, when it ends with "/", or when it is one. */
function resolveOut(out: string, many: boolean, cwd: string): { path: string; folder: boolean } {
  const abs = isAbsolute(out) ? out : resolve(cwd, out);
  const folder = many || /[/\\]$/.test(out) || (existsSync(abs) && statSync(abs).isDirectory());
  return { path: abs, folder };
}

/** The input's path below the inputs' common folder, with the output extension. */
function mirrored(name: string, base: string, cwd: string, format: 'yaml' | 'json'): string {
  if (name === '-') return `stdin.${format === 'json' ? 'json' : 'yaml'}`;
  const abs = resolve(cwd, name);
  const rel = relative(base, abs) || basename(abs);
  return rel.slice(0, rel.length - extname(rel).length) + (format === 'json' ? '.json' : '.yaml');
}

function commonBase(paths: string[]): string {
  if (!paths.length) return '';
  let base = dirname(paths[0] as string);
  for (const p of paths) while (!(p.startsWith(base + sep) || base === dirname(base))) base = dirname(base);
  return base;
}

function summary(ok: number, failed: number, warnings: number, ms: number, lang: Lang): string {
  const secs = (ms / 1000).toFixed(1);
  return lang === 'vi'
    ? `${ok} tệp đã đọc, ${failed} lỗi, ${warnings} cảnh báo (${secs} giây)`
    : `${ok} parsed, ${failed} failed, ${warnings} warnings (${secs}s)`;
}
