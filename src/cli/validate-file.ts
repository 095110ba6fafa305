// One file of `vanban validate`: read, parse, check against the schema and the lint rules, with
// every finding at its file, line and column. The same code runs in the main thread and in the
// worker threads that check large batches (validate-worker.ts).

import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Diagnostic, Lang, Severity } from '../diagnostics/types.js';
import { message, type MessageCode } from '../diagnostics/messages.js';
import type { Config, KnownBodies } from '../config/load.js';
import { lint, type RuleSeverity } from '../lint/index.js';
import type { Item, Model } from '../model/types.js';
import { decode } from '../read/decode.js';
import { DEFAULT_MAX_BYTES, DOCUMENT_EXTENSIONS, MODEL_EXTENSIONS, pickFormat } from '../read/format.js';
import { readInputFile } from '../read/load.js';
import { schemaProblems, type Validator } from '../validate/schema.js';
import { pointerSegments, readYaml, positionOf, YAML_CODES, YAML_REFUSALS, type LoadedYaml, type Position } from '../validate/positions.js';
import { firstDifference } from '../validate/compare.js';
import { formatDiagnostic } from './format.js';
import { groupByFile } from '../report/shared.js';

const SOURCE_EXTENSIONS = DOCUMENT_EXTENSIONS;

/** What checking one file needs: the same in the main thread and in a worker. */
export interface Checker {
  validateModel: Validator;
  severities: Record<string, RuleSeverity>;
  /** configured bodies and aliases: read in source documents, known to the unknown-body rule */
  bodies: KnownBodies;
  /** vanban.config.yaml check: folders whose sources and models mirror each other */
  mapping: Config['check'];
  lang: Lang;
  /** --check: compare models with their sources */
  check: boolean;
  debug: boolean;
  /** --stdin-filepath */
  stdinFilepath?: string;
  cwd: string;
  /** inputs larger than this are refused (--max-size, else maxSize in the config, else 64 MiB) */
  maxBytes?: number;
}

/** Which file to check: its path as found, or "-" for standard input. */
export interface Entry {
  path: string;
}

/** One file's outcome, in the order it is reported. */
export interface FileResult {
  /** the name the file is reported under */
  name: string;
  diagnostics: Diagnostic[];
  /** lines for standard error (unreadable input, internal errors), already formatted */
  errors: string[];
  /** 2 when the file could not be checked, else 0 */
  code: number;
}

interface Check extends Checker {
  add: (d: Diagnostic) => void;
}

/** A failure that stops one file: a line for standard error, exit code 2. */
export function fatalLine(file: string, code: MessageCode, lang: Lang, args: Record<string, string | number>): string {
  return formatDiagnostic({ code, severity: 'error', message: message(code, lang, args), file, line: 0, column: 0, source: 'input' });
}

/** Reads, decodes and checks one file; never throws (an internal error is the file's outcome). */
export async function checkEntry(entry: Entry, checker: Checker, stdin?: () => Promise<{ bytes: Uint8Array; over: boolean }>): Promise<FileResult> {
  const name = entry.path === '-' ? (checker.stdinFilepath ?? '-') : entry.path;
  const result: FileResult = { name, diagnostics: [], errors: [], code: 0 };
  const fail = (code: MessageCode, args: Record<string, string | number>): FileResult => {
    result.errors.push(fatalLine(name, code, checker.lang, args));
    result.code = 2;
    return result;
  };
  const maxBytes = checker.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  if (entry.path === '-') {
    const read = stdin ? await stdin() : { bytes: new Uint8Array(), over: false };
    if (read.over) return fail('input-too-large', { limit: maxBytes });
    bytes = read.bytes;
  } else {
    const read = readInputFile(entry.path, checker.cwd, maxBytes);
    if (!read.ok) return fail(read.code, read.args);
    bytes = read.bytes;
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return fail(decoded.code, { offset: decoded.offset ?? 0 });
  const c: Check = { ...checker, add: (d) => void result.diagnostics.push(d) };
  try {
    const ext = extname(name).slice(1).toLowerCase();
    if (MODEL_EXTENSIONS.includes(ext) || (entry.path === '-' && !checker.stdinFilepath)) {
      const refused = await checkModelFile(name, decoded.text, c);
      if (refused) return fail(refused, {});
    }
    else await checkSourceFile(name, decoded.text, c);
  } catch (error) {
    if (checker.debug) result.errors.push((error as Error).stack ?? String(error));
    return fail('internal-error', { reason: (error as Error).message });
  }
  result.diagnostics = detached(inReadingOrder(result.diagnostics));
  return result;
}

/**
 * A file's findings in the order a reader meets them, by line and column (the rules find them
 * rule by rule); those at one place, and those of another file (a stale model found from its
 * source), keep their order.
 */
function inReadingOrder(diagnostics: Diagnostic[]): Diagnostic[] {
  return groupByFile({ diagnostics, files: [] }).flatMap((g) => g.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column));
}

/**
 * Findings outlive their file until the report. Their strings (names, values, messages built from
 * them) may be slices of the file's text, which would keep every file ever read in memory; a copy
 * through JSON holds only the findings themselves.
 */
function detached(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.length ? (JSON.parse(JSON.stringify(diagnostics)) as Diagnostic[]) : diagnostics;
}

const DOCS = 'docs/rules';

/**
 * A YAML model: syntax, schema, lint; with --check, compared with its source beside it. Returns
 * the reason when the file is refused (exit 2) rather than reported on.
 */
async function checkModelFile(file: string, text: string, c: Check): Promise<MessageCode | undefined> {
  const loaded = await readYaml(text);
  const refused = loaded.errors.find((e) => YAML_REFUSALS.includes(e.kind));
  if (refused) return YAML_CODES[refused.kind];
  for (const e of loaded.errors) {
    const code = YAML_CODES[e.kind];
    c.add({ code, severity: 'error', message: message(code, c.lang, { reason: e.message }), file, ...e.position, source: 'schema' });
  }
  if (loaded.value === undefined) return undefined;
  if (!checkSchema(file, loaded, c)) return undefined;
  const model = loaded.value as Model;
  lintModel(file, model, (pointer) => positionOf(loaded, pointer), c);
  if (c.check) await checkStale(file, model, loaded, c);
  return undefined;
}

/** A source document: parsed, then its model checked; findings point at the source lines. */
async function checkSourceFile(file: string, text: string, c: Check): Promise<void> {
  const { parseText } = await import('../parse.js');
  const format = pickFormat('auto', file, text);
  const { model, diagnostics } = parseText(text, { file, format, sha256: '0'.repeat(64), lang: c.lang, bodies: c.bodies });
  for (const d of diagnostics) if (d.severity !== 'info') c.add(d);
  const valid = c.validateModel(model);
  if (!valid) {
    for (const p of schemaProblems(c.validateModel.errors ?? [], model, c.lang)) {
      c.add({ code: p.code, severity: 'error', message: p.message, file, ...sourcePosition(model, p.path), path: p.path, source: 'schema' });
    }
    return;
  }
  lintModel(file, model, (pointer) => sourcePosition(model, pointer), c);
  if (c.check) {
    const stem = join(dirname(file), basename(file, extname(file)));
    const beside = [...mirrored(resolve(c.cwd, stem), c.mapping, 'model'), resolve(c.cwd, `${stem}.yaml`), resolve(c.cwd, `${stem}.yml`)].find((f) => existsSync(f));
    if (beside) {
      const loaded = await readYaml(readFileSync(resolve(c.cwd, beside), 'utf8'));
      if (loaded.value !== undefined) reportStale(relative(c.cwd, beside), file, model, loaded, c);
    }
  }
}

function checkSchema(file: string, loaded: LoadedYaml, c: Check): boolean {
  if (c.validateModel(loaded.value)) return true;
  for (const p of schemaProblems(c.validateModel.errors ?? [], loaded.value, c.lang)) {
    c.add({ code: p.code, severity: 'error', message: p.message, file, ...positionOf(loaded, p.path, p.key), path: p.path, source: 'schema' });
  }
  return false;
}

function lintModel(file: string, model: Model, where: (pointer: string) => Position, c: Check): void {
  const lineOf = (pointer: string): number => where(pointer).line;
  for (const f of lint(model, { knownBodies: c.bodies.names, lang: c.lang, lineOf }, c.severities)) {
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
  const fresh = parseText(text.text, { file: model.source.file, format: pickFormat('auto', source, text.text), sha256: model.source.sha256, lang: c.lang, bodies: c.bodies }).model;
  reportStale(file, relative(c.cwd, source), fresh, loaded, c);
}

function reportStale(yamlFile: string, source: string, fresh: Model, loaded: LoadedYaml, c: Check): void {
  const committed = loaded.value as Model;
  // The source's path and hash are where it was parsed from; the content is what must agree.
  const diff = firstDifference({ ...fresh, source: committed.source }, committed);
  if (diff === undefined) return;
  c.add({ code: 'stale-model', severity: 'error', message: message('stale-model', c.lang, { source, model: yamlFile, field: diff || '/' }), file: yamlFile, ...positionOf(loaded, diff), path: diff, source: 'schema' });
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

/** What a worker is started with: plain data, from which it builds its own Checker. */
export interface CheckerSetup {
  cwd: string;
  /** --config */
  config?: string;
  /** --schema, already known to compile */
  schema?: string;
  lang: Lang;
  check: boolean;
  debug: boolean;
  stdinFilepath?: string;
  /** --max-size */
  maxSize?: number;
}

/** A Checker from the configuration and schema files. Throws ConfigError, or the schema's error. */
export async function makeChecker(setup: CheckerSetup): Promise<Checker> {
  const { loadConfig, knownBodies } = await import('../config/load.js');
  const config = await loadConfig(setup.cwd, setup.config);
  const { compileSchema, validateModel } = await import('../validate/schema.js');
  return {
    validateModel: setup.schema ? await compileSchema(JSON.parse(readFileSync(resolve(setup.cwd, setup.schema), 'utf8')) as object) : validateModel,
    severities: config.rules,
    bodies: knownBodies(config),
    mapping: config.check,
    lang: setup.lang,
    check: setup.check,
    debug: setup.debug,
    stdinFilepath: setup.stdinFilepath,
    cwd: setup.cwd,
    maxBytes: setup.maxSize ?? config.maxSize ?? DEFAULT_MAX_BYTES,
  };
}
