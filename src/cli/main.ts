// The command line as a function: main({argv, stdin, stdout, stderr, cwd, env}) → exit code.

import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CACHE_FILE } from '../config/name.js';
import { detectLang } from '../diagnostics/messages.js';
import { cleanupPendingWrites } from '../io/write.js';
import { parseSize } from '../read/size.js';
import { DIFF_SECTIONS, type DiffSection } from '../diff/types.js';
import type { CliContext, Writer } from './io.js';
import { PARSE_THRESHOLDS, VALIDATE_THRESHOLDS } from './jobs.js';

export interface MainOptions {
  argv: string[];
  stdout?: Writer;
  stderr?: Writer;
  stdin?: NodeJS.ReadableStream;
  cwd?: string;
  env?: Record<string, string | undefined>;
}

const PACKAGE = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export async function main(options: MainOptions): Promise<number> {
  // A reader that stops early (`vanban validate . | head`) closes the pipe: that is not an error.
  if (!options.stdout) quietOnClosedPipe(process.stdout);
  if (!options.stderr) quietOnClosedPipe(process.stderr);
  const ctx: CliContext = {
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
    stdin: options.stdin ?? process.stdin,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? process.env,
  };
  let code = 0;
  const program = new Command('vanban')
    .description('Vietnamese policy documents to structured YAML: parse them, validate the models, compare versions.')
    .version(PACKAGE.version, '--version')
    .option('--lang <lang>', 'message language: vi or en (default from LANG)')
    .option('-q, --quiet', 'print errors only')
    .option('--verbose', 'print informational diagnostics too')
    .option('--debug', 'print stack traces of internal errors')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (NO_COLOR is respected too)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => void ctx.stdout.write(s), writeErr: (s) => void ctx.stderr.write(s) })
    .showHelpAfterError('(vanban --help lists the commands)');

  program.command('parse')
    .description('Markdown or plain-text documents to the YAML (or JSON) model')
    .argument('[inputs...]', 'files, folders, globs, or "-" for standard input')
    .option('-o, --out <path>', 'a file for one input, a folder for several (mirrors their paths)')
    .addOption(new Option('--format <format>', 'output format').choices(['yaml', 'json']).default('yaml'))
    .addOption(new Option('--from <format>', 'input format: by extension, then by content').choices(['auto', 'markdown', 'text']).default('auto'))
    .option('--strict', 'warnings fail the run (exit 1)')
    .option('--max-size <bytes>', 'refuse inputs larger than this', parseSizeOption)
    .option('--config <file>', 'vanban.config.yaml to use (default: found upward from the working folder)')
    .option('-j, --jobs <n>', `threads that parse files side by side when there are more than ${PARSE_THRESHOLDS.asked} (default: every CPU for more than ${PARSE_THRESHOLDS.unasked} files, else 1)`, parseJobs)
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      const global = program.opts();
      const { runParse } = await import('./parse-command.js');
      code = await runParse(inputs, {
        out: opts.out as string | undefined,
        format: opts.format as 'yaml' | 'json',
        from: opts.from as 'auto' | 'markdown' | 'text',
        strict: Boolean(opts.strict),
        quiet: Boolean(global.quiet),
        verbose: Boolean(global.verbose),
        debug: Boolean(global.debug),
        lang: detectLang(global.lang as string | undefined, ctx.env),
        maxSize: opts.maxSize as number | undefined,
        config: opts.config as string | undefined,
        jobs: opts.jobs as number | undefined,
      }, ctx);
    });

  program.command('validate')
    .description('YAML models (and source documents, parsed first) against the schema and the lint rules')
    .argument('[inputs...]', 'files, folders, globs ("!" to exclude), or "-" for standard input')
    .option('--schema <file>', 'a JSON Schema to use instead of the model\'s')
    .option('--config <file>', 'vanban.config.yaml to use (default: found upward from the working folder)')
    .addOption(new Option('--reporter <name>', 'output format (default: github under GitHub Actions, else stylish)').choices(['stylish', 'json', 'junit', 'sarif', 'github', 'gitlab']))
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', parseCount)
    .addOption(new Option('--fail-on <level>', 'lowest severity that fails the run').choices(['error', 'warning']).default('error'))
    .option('--check', 'also parse each source document beside its YAML and fail when the YAML is stale')
    .option('--allow-empty', 'a pattern that matches nothing is not an error')
    .option('--max-size <bytes>', 'refuse inputs larger than this', parseSizeOption)
    .option('--stdin-filepath <path>', 'the name to report standard input as (its extension picks YAML or a document)')
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
    .option('--cache', 'keep each file\'s findings by its content and check only files that changed since (not with --check)')
    .option('--cache-location <file>', `where --cache keeps them (default: ${CACHE_FILE} in the working folder)`)
    .option('-j, --jobs <n>', `threads that check files side by side when there are more than ${VALIDATE_THRESHOLDS.asked} (default: every CPU for more than ${VALIDATE_THRESHOLDS.unasked} files, else 1)`, parseJobs)
    .action(async (inputs: string[], opts: Record<string, unknown>) => {
      const global = program.opts();
      const { runValidate } = await import('./validate-command.js');
      const color = colourOn(global.color, ctx);
      code = await runValidate(inputs, {
        schema: opts.schema as string | undefined,
        config: opts.config as string | undefined,
        reporter: opts.reporter as 'stylish' | undefined,
        maxWarnings: opts.maxWarnings as number | undefined,
        failOn: opts.failOn as 'error' | 'warning',
        check: Boolean(opts.check),
        allowEmpty: Boolean(opts.allowEmpty),
        stdinFilepath: opts.stdinFilepath as string | undefined,
        output: opts.outputFile as string | undefined,
        quiet: Boolean(global.quiet),
        lang: detectLang(global.lang as string | undefined, ctx.env),
        color,
        version: PACKAGE.version,
        debug: Boolean(global.debug),
        maxSize: opts.maxSize as number | undefined,
        jobs: opts.jobs as number | undefined,
        cache: opts.cache ? ((opts.cacheLocation as string | undefined) ?? CACHE_FILE) : undefined,
      }, ctx);
    });

  program.command('diff')
    .description('two versions of a document compared: items added, removed, modified and moved')
    .argument('<old>', 'the earlier version: a document (.md, .txt) or a model (.yaml, .json); "-" for standard input')
    .argument('<new>', 'the later version')
    // git calls an external diff program with seven arguments (see README): allowed, not advertised.
    .allowExcessArguments(true)
    .addOption(new Option('--format <format>', 'report format').choices(['pretty', 'json', 'markdown', 'html']).default('pretty'))
    .option('-o, --out <file>', 'write the report to a file')
    .option('--only <sections>', 'compare only these, comma-separated: document, viewpoints, goals, tasks, implementation, …', parseSections)
    .option('--threshold <n>', 'similarity (0–1) from which a changed item is "modified" rather than removed and added', parseThreshold)
    .option('--exit-zero', 'exit 0 even when the versions differ')
    .addOption(new Option('--from <format>', 'how to read source documents: by extension, then by content').choices(['auto', 'markdown', 'text']).default('auto'))
    .option('--max-size <bytes>', 'refuse inputs larger than this', parseSizeOption)
    .option('--config <file>', 'vanban.config.yaml to use (default: found upward from the working folder)')
    .action(async (oldFile: string, newFile: string, opts: Record<string, unknown>, command: Command) => {
      const rest = command.args.slice(2);
      const global = program.opts();
      const { runDiff } = await import('./diff-command.js');
      const color = colourOn(global.color, ctx);
      code = await runDiff([oldFile, newFile, ...rest], {
        format: opts.format as 'pretty',
        out: opts.out as string | undefined,
        only: opts.only as DiffSection[] | undefined,
        threshold: opts.threshold as number | undefined,
        exitZero: Boolean(opts.exitZero),
        from: opts.from as 'auto',
        maxSize: opts.maxSize as number | undefined,
        config: opts.config as string | undefined,
        lang: detectLang(global.lang as string | undefined, ctx.env),
        color,
        debug: Boolean(global.debug),
      }, ctx);
    });

  program.command('init')
    .description('write a starter vanban.config.yaml and a CI workflow (existing files are kept)')
    .action(async () => {
      const { runInit } = await import('./init-command.js');
      code = runInit(ctx, detectLang(program.opts().lang as string | undefined, ctx.env));
    });

  program.command('schema')
    .description('print the JSON Schema of the model')
    .action(() => {
      ctx.stdout.write(readFileSync(new URL('../../schemas/vanban.schema.json', import.meta.url), 'utf8'));
    });

  // Ctrl-C (and a CI runner cancelling a job) stop a batch between files: temporary files are
  // removed, outputs already renamed into place are whole, and the exit code says so (128 + signal).
  const onSignal = (signal: NodeJS.Signals): void => {
    cleanupPendingWrites();
    process.exit(signal === 'SIGTERM' ? 143 : 130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await program.parseAsync(options.argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return 2;
    }
    const debug = options.argv.includes('--debug');
    ctx.stderr.write(`vanban: ${debug ? ((error as Error).stack ?? String(error)) : (error as Error).message}\n`);
    return 2;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  if (stream.listenerCount('error') > 0) return;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** --color, --no-color, else colour on a terminal unless NO_COLOR is set. */
function colourOn(flag: unknown, ctx: CliContext): boolean {
  if (flag === true || flag === false) return flag;
  return (ctx.stdout as { isTTY?: boolean }).isTTY === true && !ctx.env.NO_COLOR;
}

function parseSections(value: string): DiffSection[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((s) => !(DIFF_SECTIONS as readonly string[]).includes(s));
  if (!list.length || bad.length) throw new InvalidArgumentError(`one or more of: ${DIFF_SECTIONS.join(', ')}`);
  return list as DiffSection[];
}

function parseThreshold(value: string): number {
  const n = Number(value);
  if (!/^\s*(0|1|0?\.\d+|1\.0*)\s*$/.test(value) || !(n >= 0 && n <= 1)) throw new InvalidArgumentError('a number from 0 to 1, e.g. 0.5');
  return n;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('a whole number, e.g. 0 or 10');
  return Number(value);
}

function parseJobs(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('a whole number of at least 1, e.g. 1 or 4');
  return Number(value);
}

function parseSizeOption(value: string): number {
  const size = parseSize(value);
  if (size === undefined) throw new InvalidArgumentError('a size in bytes, e.g. 50000000 or 50MB');
  return size;
}
