// `vanban validate`: YAML models (and source documents, parsed first) against the schema and the
// lint rules, with every finding at its file, line and column, through a chosen reporter.

import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Diagnostic, Lang, Severity } from '../diagnostics/types.js';
import { message, type MessageCode } from '../diagnostics/messages.js';
import { ConfigError, knownBodies, loadConfig, type Config, type KnownBodies } from '../config/load.js';
import { betweenFiles, writeAtomic } from '../io/write.js';
import { lint, type RuleSeverity } from '../lint/index.js';
import type { Item, Model } from '../model/types.js';
import { defaultReporter, REPORTERS, type ReporterName } from '../report/index.js';
import { decode } from '../read/decode.js';
import { expandPatterns } from '../read/patterns.js';
import { DEFAULT_MAX_BYTES, pickFormat } from '../read/load.js';
import { compileSchema, schemaProblems } from '../validate/schema.js';
import { loadYaml, pointerSegments, positionOf, type LoadedYaml, type Position, type YamlProblem } from '../validate/positions.js';
import { firstDifference } from '../validate/compare.js';
import { readInput, type CliContext } from './io.js';
import { formatDiagnostic } from './format.js';

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
  /** inputs larger than this are refused (default: maxSize in the config, else 64 MiB) */
  maxSize?: number;
}

const MODEL_EXTENSIONS = ['yaml', 'yml'];
const SOURCE_EXTENSIONS = ['md', 'markdown', 'txt'];

export async function runValidate(inputs: string[], opts: ValidateOptions, ctx: CliContext): Promise<number> {
  const fatal = (file: string, code: MessageCode, args: Record<string, string | number>): number => {
    ctx.stderr.write(`${formatDiagnostic({ code, severity: 'error', message: message(code, opts.lang, args), file, line: 0, column: 0, source: 'input' })}\n`);
    return 2;
  };
  if (inputs.length === 0) {
    ctx.stderr.write(`${opts.lang === 'vi' ? 'Thiếu tệp đầu vào. Dùng: vanban validate <tệp|thư mục|mẫu|-> (xem --help)' : 'No input given. Usage: vanban validate <file|folder|glob|-> (see --help)'}\n`);
    return 2;
  }
  let severities: Record<string, RuleSeverity>;
  let bodies: KnownBodies;
  let mapping: Config['check'];
  let maxBytes: number;
  try {
    const config = loadConfig(ctx.cwd, opts.config);
    maxBytes = opts.maxSize ?? config.maxSize ?? DEFAULT_MAX_BYTES;
    severities = config.rules;
    bodies = knownBodies(config);
    mapping = config.check;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return fatal(error.file, 'config-invalid', { reason: error.reason });
  }
  let validateModel;
  try {
    validateModel = compileSchema(opts.schema ? (JSON.parse(readFileSync(resolve(ctx.cwd, opts.schema), 'utf8')) as object) : undefined);
  } catch (error) {
    return fatal(opts.schema ?? 'schemas/vanban.schema.json', 'schema-invalid', { path: opts.schema ?? '', reason: (error as Error).message.split('\n')[0] ?? '' });
  }

  const expanded = expandPatterns(inputs, ctx.cwd, [...MODEL_EXTENSIONS, ...SOURCE_EXTENSIONS]);
  let worst = 0;
  for (const miss of expanded.missing) {
    if (opts.allowEmpty && miss.glob) continue;
    worst = fatal(miss.pattern, miss.glob ? 'no-input-matched' : 'file-not-found', miss.glob ? { pattern: miss.pattern } : { path: miss.pattern });
  }

  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  const add = (d: Diagnostic): void => { diagnostics.push(d); };
  const started = Date.now();
  const progress = ctx.stderr.isTTY === true && !opts.quiet;
  let shownProgress = false;
  for (const { path: entry } of expanded.files) {
    await betweenFiles();
    if (progress && Date.now() - started > 1000) {
      ctx.stderr.write(`\r${files.length}/${expanded.files.length}`);
      shownProgress = true;
    }
    const name = entry === '-' ? (opts.stdinFilepath ?? '-') : entry;
    files.push(name);
    const read = await readInput(entry, ctx, maxBytes);
    if (!read.ok) { worst = fatal(name, read.code, read.args); continue; }
    const decoded = decode(read.bytes);
    if (!decoded.ok) { worst = fatal(name, decoded.code, { offset: decoded.offset ?? 0 }); continue; }
    try {
      const ext = extname(name).slice(1).toLowerCase();
      if (MODEL_EXTENSIONS.includes(ext) || (entry === '-' && !opts.stdinFilepath)) {
        const refused = await checkModelFile(name, decoded.text, { validateModel, severities, bodies, mapping, opts, add, cwd: ctx.cwd });
        if (refused) worst = fatal(name, refused, {});
      } else {
        await checkSourceFile(name, decoded.text, { validateModel, severities, bodies, mapping, opts, add, cwd: ctx.cwd });
      }
    } catch (error) {
      if (opts.debug) ctx.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      worst = fatal(name, 'internal-error', { reason: (error as Error).message });
    }
  }

  if (shownProgress) ctx.stderr.write('\r\x1b[K');
  // Nothing was checked (every input failed, or matched nothing under --allow-empty): no report.
  if (files.length === 0) return worst;
  const name: ReporterName = opts.reporter ?? defaultReporter(ctx.env);
  const shown = opts.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const report = REPORTERS[name]({ diagnostics: shown, files, tool: { name: 'vanban', version: opts.version }, lang: opts.lang, color: opts.color });
  if (opts.output) {
    try {
      writeAtomic(resolve(ctx.cwd, opts.output), report);
    } catch (error) {
      return fatal(opts.output, 'output-failed', { path: opts.output, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
  }
  else if (report) ctx.stdout.write(report.endsWith('\n') ? report : `${report}\n`);

  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const failed = errors > 0 || (opts.failOn === 'warning' && warnings > 0) || (opts.maxWarnings !== undefined && warnings > opts.maxWarnings);
  return Math.max(worst, failed ? 1 : 0);
}

interface Check {
  validateModel: ReturnType<typeof compileSchema>;
  severities: Record<string, RuleSeverity>;
  /** configured bodies and aliases: read in source documents, known to the unknown-body rule */
  bodies: KnownBodies;
  /** vanban.config.yaml check: folders whose sources and models mirror each other */
  mapping: Config['check'];
  opts: ValidateOptions;
  add: (d: Diagnostic) => void;
  cwd: string;
}

const DOCS = 'docs/rules';

/** Findings of the YAML reader, by kind; alias bombs and too deep nesting refuse the file instead. */
const YAML_CODES: Record<YamlProblem['kind'], MessageCode> = { 'syntax': 'yaml-syntax', 'duplicate-key': 'yaml-duplicate-key', 'tag': 'yaml-tag', 'alias-limit': 'yaml-alias-limit', 'too-deep': 'yaml-too-deep' };
const REFUSALS: YamlProblem['kind'][] = ['alias-limit', 'too-deep'];

/**
 * A YAML model: syntax, schema, lint; with --check, compared with its source beside it. Returns
 * the reason when the file is refused (exit 2) rather than reported on.
 */
async function checkModelFile(file: string, text: string, c: Check): Promise<MessageCode | undefined> {
  const loaded = loadYaml(text);
  const refused = loaded.errors.find((e) => REFUSALS.includes(e.kind));
  if (refused) return YAML_CODES[refused.kind];
  for (const e of loaded.errors) {
    const code = YAML_CODES[e.kind];
    c.add({ code, severity: 'error', message: message(code, c.opts.lang, { reason: e.message }), file, ...e.position, source: 'schema' });
  }
  if (loaded.value === undefined) return undefined;
  if (!checkSchema(file, loaded, c)) return undefined;
  const model = loaded.value as Model;
  lintModel(file, model, (pointer) => positionOf(loaded, pointer), c);
  if (c.opts.check) await checkStale(file, model, loaded, c);
  return undefined;
}

/** A source document: parsed, then its model checked; findings point at the source lines. */
async function checkSourceFile(file: string, text: string, c: Check): Promise<void> {
  const { parseText } = await import('../parse.js');
  const format = pickFormat('auto', file, text);
  const { model, diagnostics } = parseText(text, { file, format, sha256: '0'.repeat(64), lang: c.opts.lang, bodies: c.bodies });
  for (const d of diagnostics) if (d.severity !== 'info') c.add(d);
  const valid = c.validateModel(model);
  if (!valid) {
    for (const p of schemaProblems(c.validateModel.errors ?? [], model, c.opts.lang)) {
      c.add({ code: p.code, severity: 'error', message: p.message, file, ...sourcePosition(model, p.path), path: p.path, source: 'schema' });
    }
    return;
  }
  lintModel(file, model, (pointer) => sourcePosition(model, pointer), c);
  if (c.opts.check) {
    const stem = join(dirname(file), basename(file, extname(file)));
    const beside = [...mirrored(resolve(c.cwd, stem), c.mapping, 'model'), resolve(c.cwd, `${stem}.yaml`), resolve(c.cwd, `${stem}.yml`)].find((f) => existsSync(f));
    if (beside) {
      const loaded = loadYaml(readFileSync(resolve(c.cwd, beside), 'utf8'));
      if (loaded.value !== undefined) reportStale(relative(c.cwd, beside), file, model, loaded, c);
    }
  }
}

function checkSchema(file: string, loaded: LoadedYaml, c: Check): boolean {
  if (c.validateModel(loaded.value)) return true;
  for (const p of schemaProblems(c.validateModel.errors ?? [], loaded.value, c.opts.lang)) {
    c.add({ code: p.code, severity: 'error', message: p.message, file, ...positionOf(loaded, p.path, p.key), path: p.path, source: 'schema' });
  }
  return false;
}

function lintModel(file: string, model: Model, where: (pointer: string) => Position, c: Check): void {
  for (const f of lint(model, { knownBodies: c.bodies.names, lang: c.opts.lang }, c.severities)) {
    c.add({ code: f.code, severity: f.severity as Severity, message: f.message, file, ...where(f.path), path: f.path, source: 'lint', url: `${DOCS}/${f.code}.md` });
  }
}

/** --check on a YAML model: the source beside it, parsed now, must give the same model. */
async function checkStale(file: string, model: Model, loaded: LoadedYaml, c: Check): Promise<void> {
  const stem = join(dirname(file), basename(file, extname(file)));
  const stems = [...mirrored(resolve(c.cwd, stem), c.mapping, 'source'), resolve(c.cwd, stem)];
  const source = stems.flatMap((st) => SOURCE_EXTENSIONS.map((e) => `${st}.${e}`)).find((f) => existsSync(f));
  if (!source) return;
  const { parseText } = await import('../parse.js');
  const text = decode(readFileSync(resolve(c.cwd, source)));
  if (!text.ok) return;
  const fresh = parseText(text.text, { file: model.source.file, format: pickFormat('auto', source, text.text), sha256: model.source.sha256, lang: c.opts.lang, bodies: c.bodies }).model;
  reportStale(file, relative(c.cwd, source), fresh, loaded, c);
}

function reportStale(yamlFile: string, source: string, fresh: Model, loaded: LoadedYaml, c: Check): void {
  const committed = loaded.value as Model;
  // The source's path and hash are where it was parsed from; the content is what must agree.
  const diff = firstDifference({ ...fresh, source: committed.source }, committed);
  if (diff === undefined) return;
  c.add({ code: 'stale-model', severity: 'error', message: message('stale-model', c.opts.lang, { source, model: yamlFile, field: diff || '/' }), file: yamlFile, ...positionOf(loaded, diff), path: diff, source: 'schema' });
}

/**
 * The counterpart of a file (without extension) through the config's check mapping: a source's
 * model stems (with .yaml / .yml), or a model's source stem; empty when the file is outside it.
 */
function mirrored(stem: string, mapping: Config['check'], want: 'model' | 'source'): string[] {
  if (!mapping) return [];
  const [from, to] = want === 'model' ? [mapping.sources, mapping.models] : [mapping.models, mapping.sources];
  const rel = relative(from, stem);
  if (rel.startsWith('..') || isAbsolute(rel)) return [];
  const other = join(to, rel);
  return want === 'model' ? [`${other}.yaml`, `${other}.yml`] : [other];
}

/** The source line of the item a pointer falls in (items keep their line), else the top. */
function sourcePosition(model: Model, pointer: string): Position {
  let v: unknown = model;
  let line = 1;
  for (const seg of pointerSegments(pointer)) {
    if (v === null || typeof v !== 'object') break;
    v = (v as Record<string, unknown>)[seg];
    const item = v as Partial<Item> | undefined;
    if (item && typeof item === 'object' && typeof item.line === 'number' && item.line > 0) line = item.line;
  }
  return { line, column: 1 };
}
