// `vanban validate`: YAML models (and source documents, parsed first) against the schema and the
// lint rules, with every finding at its file, line and column, through a chosen reporter. Large
// batches are checked by worker threads; results are reported in the order of the inputs.

import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { defaultReporter, loadReporter } from '../report/load.js';
import type { ReporterName } from '../report/types.js';
import { expandPatterns } from '../read/patterns.js';
import { betweenFiles, writeAtomic } from '../io/write.js';
import { readAll, type CliContext } from './io.js';
import type { ResultCache } from './validate-cache.js';
import { DOCUMENT_EXTENSIONS, MODEL_EXTENSIONS } from '../read/format.js';
import { thresholdOf, VALIDATE_THRESHOLDS, workerCount } from './jobs.js';
import type { Spare } from './pool.js';
import type { Checker, CheckerSetup, Entry, FileResult } from './validate-file.js';
import { holdYoungGeneration } from './heap.js';

export interface ValidateOptions {
  schema?: string;
  config?: string;
  reporter?: ReporterName;
  maxWarnings?: number;
  failOn: 'error' | 'warning';
  check: boolean;
  allowEmpty: boolean;
  stdinFilepath?: string;
  output?: string;
  quiet: boolean;
  lang: Lang;
  color: boolean;
  version: string;
  debug: boolean;
  /** threads for a large batch, this one included (unset: see VALIDATE_THRESHOLDS); 1 checks every file in this thread */
  jobs?: number;
  /** inputs larger than this are refused (default: maxSize in the config, else 64 MiB) */
  maxSize?: number;
  /** --cache: the file results are kept in between runs (unused with --check) */
  cache?: string;
}


const WORKER = new URL('./validate-worker.js', import.meta.url);
/** What a folder is searched for: models and source documents. */
const EXTENSIONS = [...MODEL_EXTENSIONS, ...DOCUMENT_EXTENSIONS];
const CHECKED = new RegExp(`\\.(?:${EXTENSIONS.join('|')})$`, 'i');

export async function runValidate(inputs: string[], opts: ValidateOptions, ctx: CliContext): Promise<number> {
  if (inputs.length === 0) {
    ctx.stderr.write(`${opts.lang === 'vi' ? 'Thiếu tệp đầu vào. Dùng: vanban validate <tệp|thư mục|mẫu|-> (xem --help)' : 'No input given. Usage: vanban validate <file|folder|glob|-> (see --help)'}\n`);
    return 2;
  }
  const setup: CheckerSetup = { cwd: ctx.cwd, config: opts.config, schema: opts.schema, lang: opts.lang, check: opts.check, debug: opts.debug, stdinFilepath: opts.stdinFilepath, maxSize: opts.maxSize };
  const spare = await spareWorkers(inputs, opts.jobs, setup);
  try {
    return await validateAll(inputs, opts, ctx, setup, spare);
  } finally {
    spare?.close();
  }
}

/**
 * A folder of more models than the threshold gets its worker threads now, before this thread loads
 * its own code and finds the files, which takes about as long as their start (a tenth of a
 * second). The folders are counted quickly, by name (see countFiles); the workers are stopped
 * unless the batch is shared out after all.
 */
async function spareWorkers(inputs: string[], jobs: number | undefined, setup: CheckerSetup): Promise<Spare | undefined> {
  const n = jobs ?? availableParallelism();
  if (n <= 1 || inputs.includes('-') || !existsSync(fileURLToPath(WORKER))) return undefined;
  const threshold = thresholdOf(jobs, VALIDATE_THRESHOLDS);
  const folders = inputs.filter((p) => !p.startsWith('!')).map((p) => resolve(setup.cwd, p));
  if (countFiles(folders, CHECKED, threshold) <= threshold) return undefined;
  const { startSpare } = await import('./pool.js');
  return startSpare(WORKER, setup, n - 1);
}

/**
 * How many files with a matching name the folders hold, counted up to `limit + 1` (no further),
 * leaving out dot-files, node_modules and symbolic links: an estimate of a batch's size, not the
 * batch (ignore files and globs are applied later). Paths that are not folders count nothing.
 */
export function countFiles(folders: string[], name: RegExp, limit: number): number {
  let count = 0;
  const queue = [...folders];
  while (queue.length > 0 && count <= limit) {
    const dir = queue.shift() as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      if (e.isDirectory()) queue.push(join(dir, e.name));
      else if (e.isFile() && name.test(e.name) && ++count > limit) break;
    }
  }
  return count;
}

async function validateAll(inputs: string[], opts: ValidateOptions, ctx: CliContext, setup: CheckerSetup, spare: Spare | undefined): Promise<number> {
  const [{ ConfigError }, { checkEntry, fatalLine, makeChecker }] = await Promise.all([import('../config/load.js'), import('./validate-file.js')]);
  const fatal = (file: string, code: Parameters<typeof fatalLine>[1], args: Record<string, string | number>): number => {
    ctx.stderr.write(`${fatalLine(file, code, opts.lang, args)}\n`);
    return 2;
  };
  let checker: Checker;
  try {
    checker = await makeChecker(setup);
  } catch (error) {
    if (error instanceof ConfigError) return fatal(error.file, 'config-invalid', { reason: error.reason });
    return fatal(opts.schema ?? 'schemas/vanban.schema.json', 'schema-invalid', { path: opts.schema ?? '', reason: (error as Error).message.split('\n')[0] ?? '' });
  }

  // A configuration named with --config is YAML beside the models, not one of them.
  const expanded = await expandPatterns(inputs, ctx.cwd, EXTENSIONS, opts.config ? [resolve(ctx.cwd, opts.config)] : []);
  let worst = 0;
  for (const miss of expanded.missing) {
    if (opts.allowEmpty && miss.glob) continue;
    worst = fatal(miss.pattern, miss.glob ? 'no-input-matched' : 'file-not-found', miss.glob ? { pattern: miss.pattern } : { path: miss.pattern });
  }

  // Only findings are kept until the report; each file's model is dropped once it is checked.
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  const entries: Entry[] = expanded.files.map((f) => ({ path: f.path }));
  const started = Date.now();
  const progress = ctx.stderr.isTTY === true && !opts.quiet;
  let shownProgress = false;
  // With --check, a stale model is found from its source and from itself when both are checked:
  // one finding, reported once.
  const seenStale = new Set<string>();
  const take = (r: FileResult): void => {
    if (progress && Date.now() - started > 1000) {
      ctx.stderr.write(`\r${files.length}/${entries.length}`);
      shownProgress = true;
    }
    files.push(r.name);
    for (const line of r.errors) ctx.stderr.write(`${line}\n`);
    for (const d of r.diagnostics) {
      if (d.code === 'stale-model') {
        const key = `${d.file}\0${d.line}\0${d.column}\0${d.path ?? ''}`;
        if (seenStale.has(key)) continue;
        seenStale.add(key);
      }
      diagnostics.push(d);
    }
    worst = Math.max(worst, r.code);
  };
  // Results are taken in the order of the inputs, whether kept from an earlier run or checked now.
  const ready: (FileResult | undefined)[] = [];
  let cursor = 0;
  const put = (index: number, r: FileResult): void => {
    ready[index] = r;
    while (cursor < entries.length && ready[cursor] !== undefined) {
      take(ready[cursor] as FileResult);
      ready[cursor++] = undefined;
    }
  };
  // With --cache, a file whose bytes are those of the last run has that run's findings.
  let cache: ResultCache | undefined;
  if (opts.cache !== undefined && !opts.check) {
    const { ResultCache: Cache, cacheKey } = await import('./validate-cache.js');
    cache = Cache.open(resolve(ctx.cwd, opts.cache), cacheKey(checker, opts.version, opts.schema), ctx.cwd);
  }
  const todo: number[] = [];
  entries.forEach((entry, index) => {
    const kept = cache && entry.path !== '-' ? cache.lookup(entry.path, checker) : undefined;
    if (kept) put(index, kept);
    else todo.push(index);
  });
  const done = (k: number, r: FileResult): void => {
    const index = todo[k] as number;
    cache?.store((entries[index] as Entry).path, r);
    put(index, r);
    // Memory stays flat over a long batch (see heap.ts).
    holdYoungGeneration();
  };
  const tasks = todo.map((index) => entries[index] as Entry);

  // A large batch is shared out among this thread and workers (see jobs.ts for when).
  const jobs = workerCount(opts.jobs, tasks, VALIDATE_THRESHOLDS, WORKER);
  if (jobs > 0) {
    const { runPool } = await import('./pool.js');
    await runPool<Entry, FileResult>(tasks, {
      url: WORKER,
      workerData: setup,
      jobs,
      failed: (entry, error) => ({ name: entry.path, diagnostics: [], errors: [fatalLine(entry.path, 'internal-error', opts.lang, { reason: error.message })], code: 2 }),
      onResult: (r, k) => done(k, r),
      local: (entry) => checkEntry(entry, checker),
      ahead: 4,
      spare,
    });
  } else {
    // Standard input is read up to the limit, and no further.
    const stdin = async (): Promise<{ bytes: Uint8Array; over: boolean }> => (ctx.stdin ? readAll(ctx.stdin, checker.maxBytes) : { bytes: new Uint8Array(), over: false });
    for (const [k, entry] of tasks.entries()) {
      // Between files a pending Ctrl-C is handled (see betweenFiles).
      await betweenFiles();
      done(k, await checkEntry(entry, checker, stdin));
    }
  }
  cache?.save();

  if (shownProgress) ctx.stderr.write('\r\x1b[K');
  // Nothing was checked (every input failed, or matched nothing under --allow-empty): no report.
  if (files.length === 0) return worst;
  const name: ReporterName = opts.reporter ?? defaultReporter(ctx.env);
  const shown = opts.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const report = (await loadReporter(name))({ diagnostics: shown, files, tool: { name: 'vanban', version: opts.version }, lang: opts.lang, color: opts.color });
  if (opts.output) {
    try {
      writeAtomic(resolve(ctx.cwd, opts.output), report);
    } catch (error) {
      return fatal(opts.output, 'output-failed', { path: opts.output, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
  } else if (report) ctx.stdout.write(report.endsWith('\n') ? report : `${report}\n`);

  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const failed = errors > 0 || (opts.failOn === 'warning' && warnings > 0) || (opts.maxWarnings !== undefined && warnings > opts.maxWarnings);
  return Math.max(worst, failed ? 1 : 0);
}
