// YAML read with positions: the 1.2 core schema (dates stay strings, no custom tags), duplicate
// keys and alias bombs refused, and JSON pointers mapped back to line and column through the
// document and a LineCounter, computed only when a file has something to report.

import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface LoadedYaml {
  doc: Document.Parsed;
  counter: LineCounter;
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

export function loadYaml(text: string): LoadedYaml {
  const counter = new LineCounter();
  // YAML 1.2 core only: no tags resolved beyond it (not even the well-known !!binary, !!set,
  // !!timestamp), none run; a tag left unresolved is reported rather than silently dropped. The
  // library's own warnings (a list used as a key) would go to the user's terminal as Node warnings:
  // such a key is reported by the schema instead.
  const doc = parseDocument(text, { schema: 'core', resolveKnownTags: false, merge: false, logLevel: 'error', lineCounter: counter, uniqueKeys: true, prettyErrors: false, customTags: [], strict: true });
  const errors: YamlProblem[] = doc.errors.map((e) => ({ kind: KINDS[e.code] ?? 'syntax', message: e.message.split('\n')[0] ?? e.message, position: at(counter, e.pos[0], e.pos[1]) }));
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED') errors.push({ kind: 'tag', message: w.message.split('\n')[0] ?? w.message, position: at(counter, w.pos[0], w.pos[1]) });
  }
  if (errors.length) return { doc, counter, value: undefined, errors };
  try {
    return { doc, counter, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), errors };
  } catch (error) {
    // toJS throws a ReferenceError for too many aliases, a RangeError when nesting exhausts the stack
    const kind = error instanceof RangeError ? 'too-deep' : 'alias-limit';
    return { doc, counter, value: undefined, errors: [{ kind, message: (error as Error).message, position: { line: 1, column: 1 } }] };
  }
}

const KINDS: Partial<Record<string, YamlProblem['kind']>> = { DUPLICATE_KEY: 'duplicate-key', RESOURCE_EXHAUSTION: 'too-deep' };

function at(counter: LineCounter, start: number, end?: number): Position {
  const a = counter.linePos(start);
  const p: Position = { line: a.line, column: a.col };
  if (end !== undefined && end > start) {
    const b = counter.linePos(end);
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
  let node: Node | null = loaded.doc.contents as Node | null;
  let last: Node | null = node;
  for (const seg of pointerSegments(pointer)) {
    const next = child(node, seg);
    if (!next) break;
    node = next;
    last = next;
  }
  if (key !== undefined && isMap(last)) {
    const pair = last.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    if (pair && isScalar(pair.key) && pair.key.range) return at(loaded.counter, pair.key.range[0], pair.key.range[1]);
  }
  const range = last?.range;
  return range ? at(loaded.counter, range[0], range[1]) : { line: 1, column: 1 };
}

function child(node: Node | null, seg: string): Node | null {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
    return (pair?.value as Node | undefined) ?? null;
  }
  if (isSeq(node)) return (node.items[Number(seg)] as Node | undefined) ?? null;
  return null;
}
