// The `yaml` package's side of reading YAML with positions (see positions.ts): files the fast
// reader declines, files with YAML errors, and the reference the fast reader is tested against.
// Loaded only when one of those is needed.

import {
  isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type DocumentOptions, type Node, type ParseOptions, type SchemaOptions,
} from 'yaml';
import { at, lazyLinePos, readFastYaml, type LoadedYaml, type YamlProblem } from './positions.js';

/** Aliases expanded at most this many times: a billion-laughs file fails fast. */
export const MAX_ALIAS_COUNT = 1000;

// YAML 1.2 core only: no tags resolved beyond it (not even the well-known !!binary, !!set,
// !!timestamp), none run; a tag left unresolved is reported rather than silently dropped. The
// library's own warnings (a list used as a key) would go to the user's terminal as Node warnings:
// such a key is reported by the schema instead.
const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { schema: 'core', resolveKnownTags: false, merge: false, logLevel: 'error', uniqueKeys: true, prettyErrors: false, customTags: [], strict: true };

/** A YAML file read with positions: by the fast reader, else by the `yaml` package. */
export function loadYaml(text: string): LoadedYaml {
  const fast = readFastYaml(text);
  if (fast) return fast;
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
  return errors.length ? { doc, linePos, value: undefined, errors, range: rangeIn(doc) } : toValue(doc, linePos);
}

function toValue(doc: Document.Parsed, linePos: LoadedYaml['linePos']): LoadedYaml {
  try {
    return { doc, linePos, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), errors: [], range: rangeIn(doc) };
  } catch (error) {
    // toJS throws a ReferenceError for too many aliases, a RangeError when nesting exhausts the stack
    const kind = error instanceof RangeError ? 'too-deep' : 'alias-limit';
    return { doc, linePos, value: undefined, errors: [{ kind, message: (error as Error).message, position: { line: 1, column: 1 } }], range: rangeIn(doc) };
  }
}

const KINDS: Partial<Record<string, YamlProblem['kind']>> = { DUPLICATE_KEY: 'duplicate-key', RESOURCE_EXHAUSTION: 'too-deep' };

/** positionOf's walk through the package's nodes. */
const rangeIn = (doc: Document.Parsed): NonNullable<LoadedYaml['range']> => (segments, key) => documentRange(doc, segments, key);

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

