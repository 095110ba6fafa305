// `vanban diff OLD NEW`: two versions (source documents or models, in any mix) compared item by
// item, reported as text, JSON, Markdown or one HTML page.

import { basename, resolve } from 'node:path';
import type { Lang } from '../diagnostics/types.js';
import { message, type MessageCode } from '../diagnostics/messages.js';
import type { KnownBodies } from '../config/load.js';
import { configured } from './bodies.js';
import { diffModels, type DiffResult, type DiffSection } from '../diff/index.js';
import { renderHtml } from '../diff/render/html.js';
import { renderMarkdown } from '../diff/render/markdown.js';
import { renderPretty } from '../diff/render/pretty.js';
import { writeAtomic } from '../io/write.js';
import { FORMAT_VERSION, SECTION_KEYS, type Model } from '../model/types.js';
import { parseText } from '../parse.js';
import { decode } from '../read/decode.js';
import { DEFAULT_MAX_BYTES, loadBytes, loadFile, readInputFile, type FromOption, type Loaded } from '../read/load.js';
import { YAML_CODES } from '../validate/positions.js';
import { loadYaml } from '../validate/yaml-package.js';
import { formatDiagnostic } from './format.js';
import { readAll, type CliContext } from './io.js';

export type DiffFormat = 'pretty' | 'json' | 'markdown' | 'html';

export interface DiffCommandOptions {
  format?: DiffFormat;
  out?: string;
  only?: DiffSection[];
  threshold?: number;
  exitZero: boolean;
  from: FromOption;
  maxSize?: number;
  config?: string;
  lang: Lang;
  color: boolean;
  debug: boolean;
}

const MODEL_EXTENSIONS = /\.(ya?ml|json)$/i;
/** What git gives an external diff program: path old-file old-hex old-mode new-file new-hex new-mode. */
const GIT_ARGS = 7;

class InputError extends Error {
  constructor(readonly file: string, readonly code: MessageCode, readonly args: Record<string, string | number>) {
    super(code);
  }
}

export async function runDiff(files: string[], opts: DiffCommandOptions, ctx: CliContext): Promise<number> {
  const git = files.length === GIT_ARGS;
  if (files.length !== 2 && !git) {
    ctx.stderr.write(`${opts.lang === 'vi' ? 'Cần đúng hai tệp. Dùng: vanban diff <cũ> <mới> (xem --help)' : 'Two files are needed. Usage: vanban diff <old> <new> (see --help)'}\n`);
    return 2;
  }
  // As a git external diff the versions are temporary files; the path names the document.
  const [oldFile, newFile] = git ? [files[1] as string, files[4] as string] : [files[0] as string, files[1] as string];
  const names = git ? [`a/${files[0]}`, `b/${files[0]}`] : [oldFile, newFile];
  if (oldFile === '-' && newFile === '-') {
    ctx.stderr.write(`${opts.lang === 'vi' ? 'Chỉ một trong hai phiên bản được đọc từ đầu vào chuẩn (-)' : 'Only one of the two versions can come from standard input (-)'}\n`);
    return 2;
  }
  const config = await configured(ctx, opts.config, opts.lang);
  if (!config) return 2;
  const { bodies } = config;
  const sized = { ...opts, maxSize: opts.maxSize ?? config.maxSize };

  let models: [Model, Model];
  try {
    models = [
      await readVersion(oldFile, names[0] as string, sized, bodies, ctx),
      await readVersion(newFile, names[1] as string, sized, bodies, ctx),
    ];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    ctx.stderr.write(`${formatDiagnostic({ code: error.code, severity: 'error', message: message(error.code, opts.lang, error.args), file: error.file, line: 0, column: 0, source: 'input' })}\n`);
    return 2;
  }

  let result: DiffResult;
  try {
    result = diffModels(models[0], models[1], { only: opts.only, threshold: opts.threshold });
  } catch (error) {
    if (opts.debug) ctx.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    ctx.stderr.write(`${formatDiagnostic({ code: 'internal-error', severity: 'error', message: message('internal-error', opts.lang, { reason: (error as Error).message }), file: names[1] as string, line: 0, column: 0, source: 'input' })}\n`);
    return 2;
  }
  const format = opts.format ?? 'pretty';
  const text = render(result, format, opts.lang, opts.color && !opts.out);
  if (opts.out) {
    const target = resolve(ctx.cwd, opts.out);
    if ([oldFile, newFile].some((f) => f !== '-' && resolve(ctx.cwd, f) === target)) {
      ctx.stderr.write(`${formatDiagnostic({ code: 'output-is-input', severity: 'error', message: message('output-is-input', opts.lang, { path: opts.out }), file: opts.out, line: 0, column: 0, source: 'input' })}\n`);
      return 2;
    }
    try {
      writeAtomic(target, text);
    } catch (error) {
      ctx.stderr.write(`${formatDiagnostic({ code: 'output-failed', severity: 'error', message: message('output-failed', opts.lang, { path: opts.out, reason: (error as NodeJS.ErrnoException).code ?? String(error) }), file: opts.out, line: 0, column: 0, source: 'input' })}\n`);
      return 2;
    }
  } else {
    ctx.stdout.write(text);
  }
  // git stops at the first external diff that exits non-zero, so under git the answer is 0.
  if (git || opts.exitZero) return 0;
  return result.summary.total > 0 ? 1 : 0;
}

function render(result: DiffResult, format: DiffFormat, lang: Lang, color: boolean): string {
  switch (format) {
    case 'json': return `${JSON.stringify(result, null, 2)}\n`;
    case 'markdown': return renderMarkdown(result, lang);
    case 'html': return renderHtml(result, lang);
    default: return renderPretty(result, { lang, color });
  }
}

/** A version as a model: a model file read as it is, a source document parsed. */
async function readVersion(file: string, name: string, opts: DiffCommandOptions, bodies: KnownBodies, ctx: CliContext): Promise<Model> {
  const maxBytes = opts.maxSize ?? DEFAULT_MAX_BYTES;
  if (file === '/dev/null') return emptyModel(name);
  if (MODEL_EXTENSIONS.test(file) && file !== '-') return readModel(file, name, maxBytes, ctx);
  let loaded: Loaded;
  if (file === '-') {
    const read = await readAll(ctx.stdin as NodeJS.ReadableStream, maxBytes);
    loaded = read.over ? { ok: false, code: 'input-too-large', args: { limit: maxBytes } } : loadBytes(read.bytes, opts.from, name, maxBytes);
  } else {
    loaded = loadFile(file, ctx.cwd, opts.from, maxBytes);
  }
  if (!loaded.ok) throw new InputError(name, loaded.code, loaded.args);
  try {
    return parseText(loaded.text, { file: name, format: loaded.format, sha256: loaded.sha256, lang: opts.lang, bodies }).model;
  } catch (error) {
    if (opts.debug) ctx.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    throw new InputError(name, 'internal-error', { reason: (error as Error).message });
  }
}

function readModel(file: string, name: string, maxBytes: number, ctx: CliContext): Model {
  const read = readInputFile(file, ctx.cwd, maxBytes);
  if (!read.ok) throw new InputError(name, read.code, read.args);
  const bytes = read.bytes;
  const decoded = decode(bytes);
  if (!decoded.ok) throw new InputError(name, decoded.code, { offset: decoded.offset ?? 0 });
  const loaded = loadYaml(decoded.text);
  const first = loaded.errors[0];
  if (first) {
    throw new InputError(`${name}:${first.position.line}:${first.position.column}`, YAML_CODES[first.kind], { reason: first.message });
  }
  const value = loaded.value as Partial<Model> | null;
  if (!isModel(value)) throw new InputError(name, 'not-a-model', { file: basename(file) });
  return value;
}

/** Enough of the model's shape to compare: the format version and arrays where the sections are. */
function isModel(v: unknown): v is Model {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const m = v as Record<string, unknown>;
  if (m.vanban !== FORMAT_VERSION || !m.document || typeof m.document !== 'object') return false;
  for (const s of SECTION_KEYS) {
    if (m[s] === undefined) m[s] = [];
    else if (!Array.isArray(m[s]) || !(m[s] as unknown[]).every(isItem)) return false;
  }
  if (m.references === undefined) m.references = [];
  if (!Array.isArray(m.references)) return false;
  if (!m.source || typeof m.source !== 'object') m.source = { file: '', format: 'markdown', sha256: '' };
  return true;
}

function isItem(v: unknown): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const i = v as Record<string, unknown>;
  if (typeof i.id !== 'string') return false;
  for (const k of ['title', 'text', 'label'] as const) if (i[k] !== undefined && typeof i[k] !== 'string') return false;
  for (const k of ['lead', 'support', 'outputs'] as const) if (i[k] !== undefined && !(Array.isArray(i[k]) && (i[k] as unknown[]).every((x) => typeof x === 'string'))) return false;
  if (i.targets !== undefined && !(Array.isArray(i.targets) && (i.targets as unknown[]).every((t) => !!t && typeof t === 'object'))) return false;
  if (i.deadline !== undefined && (!i.deadline || typeof i.deadline !== 'object')) return false;
  return i.items === undefined || (Array.isArray(i.items) && (i.items as unknown[]).every(isItem));
}

function emptyModel(name: string): Model {
  const m: Record<string, unknown> = { vanban: FORMAT_VERSION, source: { file: name, format: 'markdown', sha256: '' }, document: { kind: 'other' }, references: [], outline: [], bodies: [] };
  for (const s of SECTION_KEYS) m[s] = [];
  return m as unknown as Model;
}
