// YAML read with positions: the 1.2 core schema (dates stay strings, no custom tags), duplicate
// keys and alias bombs refused, and JSON pointers mapped back to line and column through the
// document's node ranges. Models as vanban writes them (and as clerks edit them) are read by the
// fast reader, which keeps the same ranges; anything it declines is read by the `yaml` package.
// Most files have little to report, so where lines start is found only when a finding needs a
// position. A file with YAML errors is read again with the parser's own line counter, which
// places those errors.

import {
  isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type DocumentOptions, type Node, type ParseOptions, type SchemaOptions,
} from 'yaml';
import { fastRange, readFast, type FastYaml } from './fast-yaml.js';

export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface LoadedYaml {
  /** the nodes as the `yaml` package read them, when the fast reader declined the file */
  doc?: Document.Parsed;
  /** the nodes as the fast reader found them */
  fast?: FastYaml;
  /** line and column (1-based) of an offset into the text */
  linePos: (offset: number) => { line: number; col: number };
  /** the plain value, or undefined when the YAML has errors */
  value: unknown;
  errors: YamlProblem[];
}

/**
 * What is wrong with a YAML file. `alias-limit` and `too-deep` are refusals: the file is not read
 * further (a model never needs either); the others are findings at their place in the file.
 */
export interface YamlProblem {
  kind: 'syntax' | 'duplicate-key' | 'tag' | 'alias-limit' | 'too-deep';
  message: string;
  position: Position;
}

/** Aliases expanded at most this many times: a billion-laughs file fails fast. */
export const MAX_ALIAS_COUNT = 1000;

// YAML 1.2 core only: no tags resolved beyond it (not even the well-known !!binary, !!set,
// !!timestamp), none run; a tag left unresolved is reported rather than silently dropped. The
// library's own warnings (a list used as a key) would go to the user's terminal as Node warnings:
// such a key is reported by the schema instead.
const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { schema: 'core', resolveKnownTags: false, merge: false, logLevel: 'error', uniqueKeys: true, prettyErrors: false, customTags: [], strict: true };

export function loadYaml(text: string): LoadedYaml {
  const fast = readFast(text);
  if (fast) return { fast, linePos: lazyLinePos(text), value: fast.value, errors: [] };
  const doc = parseDocument(text, OPTIONS);
  if (doc.errors.length || doc.warnings.some((w) => w.code === 'TAG_RESOLVE_FAILED')) return loadYamlCounted(text);
  return toValue(doc, lazyLinePos(text));
}

/**
 * The same read with the parser's own line counter: used for a file with YAML errors (each error
 * at its place), and the reference that loadYaml's positions are tested against.
 */
export function loadYamlCounted(text: string): LoadedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { ...OPTIONS, lineCounter: counter });
  const linePos = counter.linePos;
  const errors: YamlProblem[] = doc.errors.map((e) => ({ kind: KINDS[e.code] ?? 'syntax', message: e.message.split('\n')[0] ?? e.message, position: at(linePos, e.pos[0], e.pos[1]) }));
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED') errors.push({ kind: 'tag', message: w.message.split('\n')[0] ?? w.message, position: at(linePos, w.pos[0], w.pos[1]) });
  }
  return errors.length ? { doc, linePos, value: undefined, errors } : toValue(doc, linePos);
}

function toValue(doc: Document.Parsed, linePos: LoadedYaml['linePos']): LoadedYaml {
  try {
    return { doc, linePos, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), errors: [] };
  } catch (error) {
    // toJS throws a ReferenceError for too many aliases, a RangeError when nesting exhausts the stack
    const kind = error instanceof RangeError ? 'too-deep' : 'alias-limit';
    return { doc, linePos, value: undefined, errors: [{ kind, message: (error as Error).message, position: { line: 1, column: 1 } }] };
  }
}

const KINDS: Partial<Record<string, YamlProblem['kind']>> = { DUPLICATE_KEY: 'duplicate-key', RESOURCE_EXHAUSTION: 'too-deep' };

/**
 * Offsets to line and column as the parser's LineCounter gives them for a file it read without
 * errors (a line starts after each line feed), with the line starts found on first use.
 */
function lazyLinePos(text: string): LoadedYaml['linePos'] {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((starts[mid] as number) < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - (starts[low - 1] as number) + 1 };
  };
}

function at(linePos: LoadedYaml['linePos'], start: number, end?: number): Position {
  const a = linePos(start);
  const p: Position = { line: a.line, column: a.col };
  if (end !== undefined && end > start) {
    const b = linePos(end);
    p.endLine = b.line;
    p.endColumn = b.col;
  }
  return p;
}

/** Splits a JSON pointer ("/tasks/0/lead") into its segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The position of the node a JSON pointer names; with `key`, the position of that key inside the
 * map the pointer names (for a property that should not be there). Falls back to the nearest
 * existing parent, then to the top of the file.
 */
export function positionOf(loaded: LoadedYaml, pointer: string, key?: string): Position {
  const segments = pointerSegments(pointer);
  const range = loaded.fast ? fastRange(loaded.fast, segments, key) : documentRange(loaded.doc, segments, key);
  return range ? at(loaded.linePos, range[0], range[1]) : { line: 1, column: 1 };
}

function documentRange(doc: Document.Parsed | undefined, segments: string[], key?: string): [number, number] | undefined {
  let node: Node | null = (doc?.contents ?? null) as Node | null;
  let last: Node | null = node;
  for (const seg of segments) {
    const next = child(node, seg);
    if (!next) break;
    node = next;
    last = next;
  }
  if (key !== undefined && isMap(last)) {
    const pair = last.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    if (pair && isScalar(pair.key) && pair.key.range) return [pair.key.range[0], pair.key.range[1]];
  }
  return last?.range ? [last.range[0], last.range[1]] : undefined;
}

function child(node: Node | null, seg: string): Node | null {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
    return (pair?.value as Node | undefined) ?? null;
  }
  if (isSeq(node)) return (node.items[Number(seg)] as Node | undefined) ?? null;
  return null;
}

/** The message for each kind of YAML problem. */
export const YAML_CODES = {
  'syntax': 'yaml-syntax', 'duplicate-key': 'yaml-duplicate-key', 'tag': 'yaml-tag', 'alias-limit': 'yaml-alias-limit', 'too-deep': 'yaml-too-deep',
} as const satisfies Record<YamlProblem['kind'], string>;

/** Alias bombs and nesting too deep to read refuse the file (exit 2) rather than report on it. */
export const YAML_REFUSALS: readonly YamlProblem['kind'][] = ['alias-limit', 'too-deep'];
