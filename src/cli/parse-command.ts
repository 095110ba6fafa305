// `vanban parse`: documents to models, one diagnostic per bad file, the rest still parsed.

import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { message, type MessageCode } from '../diagnostics/messages.js';
import { ConfigError, knownBodies, loadConfig, type KnownBodies } from '../config/load.js';
import { formatDiagnostic } from './format.js';
import { betweenFiles, writeAtomic } from '../io/write.js';
import { parseText } from '../parse.js';
import { expandPatterns } from '../read/patterns.js';
import { DEFAULT_MAX_BYTES, DOCUMENT_EXTENSIONS, loadBytes, type FromOption, type Loaded } from '../read/load.js';
import { toJson, toYaml } from '../serialize/output.js';
import type { Model } from '../model/types.js';
import { readInput, type CliContext } from './io.js';

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
}

const SCHEMA_FILE = fileURLToPath(new URL('../../schemas/vanban.schema.json', import.meta.url));

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

  let bodies: KnownBodies;
  let maxBytes: number;
  try {
    const config = loadConfig(ctx.cwd, opts.config);
    bodies = knownBodies(config);
    maxBytes = opts.maxSize ?? config.maxSize ?? DEFAULT_MAX_BYTES;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    ctx.stderr.write(`${formatDiagnostic({ code: 'config-invalid', severity: 'error', message: message('config-invalid', opts.lang, { reason: error.reason }), file: error.file, line: error.line, column: error.line ? 1 : 0, source: 'input' })}\n`);
    return 2;
  }

  const expanded = expandPatterns(inputs, ctx.cwd, DOCUMENT_EXTENSIONS);
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
  const started = Date.now();
  const progress = ctx.stderr.isTTY === true && !opts.quiet;
  const printed: string[] = [];
  let done = 0;
  let failed = 0;
  let warnings = 0;

  for (const entry of files) {
    await betweenFiles();
    const name = entry.path;
    const read = await readInput(entry.path, ctx, maxBytes);
    const loaded: Loaded = read.ok ? loadBytes(read.bytes, opts.from, name, maxBytes) : read;
    done++;
    if (!loaded.ok) {
      fail(name, loaded.code, loaded.args);
      failed++;
      worst = 2;
      continue;
    }
    let model: Model;
    try {
      const result = parseText(loaded.text, { file: name, format: loaded.format, sha256: loaded.sha256, lang: opts.lang, bodies });
      model = result.model;
      for (const d of result.diagnostics) {
        if (d.severity === 'warning') warnings++;
        say(d);
      }
      if (opts.strict && result.diagnostics.some((d) => d.severity !== 'info')) worst = Math.max(worst, 1);
    } catch (error) {
      if (opts.debug) ctx.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      fail(name, 'internal-error', { reason: (error as Error).message ?? String(error) });
      failed++;
      worst = 2;
      continue;
    }

    if (outTarget) {
      const target = outTarget.folder ? join(outTarget.path, mirrored(name, base, ctx.cwd, opts.format)) : outTarget.path;
      if (inputPaths.has(resolve(target))) {
        fail(name, 'output-is-input', { path: target });
        failed++;
        worst = 2;
        continue;
      }
      try {
        writeAtomic(target, serialize(model, opts.format, relativeSchema(dirname(resolve(target)))));
      } catch (error) {
        fail(name, 'output-failed', { path: target, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
        failed++;
        worst = 2;
      }
    } else if (opts.format === 'json') {
      printed.push(toJson(model).trimEnd());
    } else {
      printed.push(serialize(model, 'yaml', relativeSchema(ctx.cwd)));
    }
    if (progress && Date.now() - started > 1000) ctx.stderr.write(`\r${done}/${files.length}`);
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

function serialize(model: Model, format: 'yaml' | 'json', schemaRef: string): string {
  return format === 'json' ? toJson(model) : toYaml(model, schemaRef);
}

function relativeSchema(fromDir: string): string {
  const rel = relative(fromDir, SCHEMA_FILE).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
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
