// The properties every input must keep, as functions that throw on a violation, so that the CI
// suite (fixed seed, a bounded number of cases) and the long fuzz run (npm run fuzz) check the
// same things.

import { Readable } from 'node:stream';
import { message, type MessageCode } from '../../src/diagnostics/messages.js';
import { parseText } from '../../src/parse.js';
import { loadBytes } from '../../src/read/load.js';
import { ordered, toYaml } from '../../src/serialize/output.js';
import { loadYaml } from '../../src/validate/yaml-package.js';
import type { Model, SourceFormat } from '../../src/model/types.js';
import { run, validateModel } from '../helpers.js';
import { diffModels } from '../../src/diff/index.js';
import { DIFF_SECTIONS, type DiffResult } from '../../src/diff/types.js';
import { renderHtml } from '../../src/diff/render/html.js';
import { renderMarkdown } from '../../src/diff/render/markdown.js';
import { renderPretty } from '../../src/diff/render/pretty.js';

/** Input errors a user can act on; anything else reaching the user is a defect. */
const CLEAR_INPUT_ERRORS: MessageCode[] = ['empty-input', 'binary-input', 'invalid-utf8', 'legacy-encoding', 'input-too-large'];

function fail(what: string, detail: unknown): never {
  throw new Error(`${what}: ${typeof detail === 'string' ? detail : JSON.stringify(detail, null, 1)?.slice(0, 2000)}`);
}

/**
 * parse: no exception escapes; the model validates against the schema; its YAML reads back, through
 * the reader `validate` uses, as the same model with no errors; the same input gives the same model.
 */
export function parseProperty(text: string, format: SourceFormat): Model {
  const options = { file: 'input', format, sha256: '0'.repeat(64) } as const;
  const { model } = parseText(text, options);
  if (!validateModel(model)) fail('the model does not validate', validateModel.errors?.slice(0, 3));
  const yaml = loadYaml(toYaml(model));
  if (yaml.errors.length) fail('the YAML written does not read back', yaml.errors.slice(0, 3));
  const plain = JSON.parse(JSON.stringify(ordered(model))) as unknown;
  if (JSON.stringify(yaml.value) !== JSON.stringify(plain)) fail('the YAML written reads back as another model', firstDiff(yaml.value, plain));
  if (JSON.stringify(parseText(text, options).model) !== JSON.stringify(model)) fail('the same input gave another model', '');
  return model;
}

/** Bytes as a file brings them: a model (checked as above), or one of the clear input errors. */
export function bytesProperty(bytes: Uint8Array, name: string): Model | MessageCode {
  const loaded = loadBytes(bytes, 'auto', name);
  if (!loaded.ok) {
    if (!CLEAR_INPUT_ERRORS.includes(loaded.code)) fail('an unexpected input error', loaded);
    if (loaded.code === 'invalid-utf8' && !(typeof loaded.args.offset === 'number' && loaded.args.offset >= 0 && loaded.args.offset <= bytes.length)) fail('invalid UTF-8 without its byte offset', loaded.args);
    if (/undefined|NaN|\[object/.test(message(loaded.code, 'en', loaded.args))) fail('a message with a hole in it', message(loaded.code, 'en', loaded.args));
    return loaded.code;
  }
  return parseProperty(loaded.text, loaded.format);
}

export interface ValidateOutcome {
  code: number;
  codes: string[];
}

/**
 * validate on YAML text from standard input: exit 0 or 1 (a data error is exit 1, never an
 * internal error), a JSON report that parses, every diagnostic with a message and a position in
 * the file, and nothing in the text can change Object.prototype or run code.
 */
export async function validateProperty(yaml: string): Promise<ValidateOutcome> {
  const r = await run(['validate', '-', '--reporter', 'json'], { cwd: '/', stdin: Readable.from([Buffer.from(yaml, 'utf8')]) });
  if (Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted') || (globalThis as Record<string, unknown>).polluted !== undefined) {
    fail('Object.prototype or the global object was changed by the input', yaml.slice(0, 500));
  }
  const bytes = Buffer.byteLength(yaml);
  // An input that is empty, binary or not UTF-8 is refused before it is read as YAML, an alias
  // bomb or nesting too deep once it is (exit 2).
  if (r.code === 2) {
    if (!/^- error .* (empty-input|binary-input|invalid-utf8|legacy-encoding|yaml-alias-limit|yaml-too-deep)$/m.test(r.stderr) || /internal-error/.test(r.stderr)) fail('exit 2 without a clear input error', r.stderr);
    return { code: 2, codes: [] };
  }
  if (r.code !== 0 && r.code !== 1) fail('unexpected exit code', r);
  if (r.stderr !== '') fail('unexpected standard error', r.stderr);
  const report = JSON.parse(r.stdout) as { diagnostics: { code: string; message: string; line: number; column: number }[] };
  const lines = yaml.split(/\r\n|\r|\n/).length;
  for (const d of report.diagnostics) {
    // a hole is a word no input put there ("undefined" may well be quoted from the file)
    const hole = /undefined|NaN|\[object \w+\]/.exec(d.message ?? '');
    if (!d.message || (hole && !yaml.includes(hole[0]))) fail('a message with a hole in it', d);
    if (!(d.line >= 1 && d.line <= lines + 1 && d.column >= 1)) fail('a diagnostic outside the file', { d, lines, bytes });
  }
  if (r.code === 1 && !report.diagnostics.length) fail('exit 1 with nothing reported', r);
  return { code: r.code, codes: report.diagnostics.map((d) => d.code) };
}

function firstDiff(a: unknown, b: unknown, path = ''): string {
  if (JSON.stringify(a) === JSON.stringify(b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDiff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}

/**
 * diff: no exception escapes; a model compared with itself has no changes; compared with another
 * it gives a summary that counts its changes, every change of a known type in a known section,
 * and every report renders.
 */
export function diffProperty(a: Model, b: Model): DiffResult {
  const self = diffModels(a, JSON.parse(JSON.stringify(a)) as Model);
  if (self.changes.length) fail('a model compared with itself has changes', self.changes.slice(0, 3));
  const r = diffModels(a, b);
  const { added, removed, modified, moved, total } = r.summary;
  if (added + removed + modified + moved !== total || total !== r.changes.length) fail('the summary does not count the changes', r.summary);
  for (const c of r.changes) {
    if (!['added', 'removed', 'modified', 'moved'].includes(c.type) || !DIFF_SECTIONS.includes(c.section)) fail('a change of an unknown kind', c);
    if (c.type === 'modified' && !c.fields?.length) fail('a modification without a changed field', c);
  }
  renderPretty(r, { lang: 'vi', color: true });
  renderMarkdown(r, 'en');
  if (!renderHtml(r, 'vi').startsWith('<!doctype html>')) fail('the page does not start as HTML', '');
  JSON.parse(JSON.stringify(r));
  return r;
}

/** diff on a hand-edited or hostile model: exit 0, 1 or 2 with a clear error, never a stack trace. */
export async function diffYamlProperty(yaml: string, base: string): Promise<number> {
  const r = await run(['diff', '-', base, '--format', 'json'], { stdin: Readable.from([Buffer.from(yaml, 'utf8')]) });
  if (Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')) fail('Object.prototype was changed by the input', yaml.slice(0, 500));
  if (r.code === 2) {
    if (!/ error .* [a-z-]+$/m.test(r.stderr) || /internal-error|\n\s+at /.test(r.stderr)) fail('exit 2 without a clear error', r.stderr);
    return 2;
  }
  if (r.code !== 0 && r.code !== 1) fail('unexpected exit code', r);
  JSON.parse(r.stdout);
  return r.code;
}
