// YAML read with positions: the 1.2 core schema (dates stay strings, no custom tags), duplicate
// keys and alias bombs refused, and JSON pointers mapped back to line and column through the
// document's node ranges. Models as vanban writes them (and as clerks edit them) are read by the
// fast reader, which keeps the same ranges; anything it declines is read by the `yaml` package.
// Most files have little to report, so where lines start is found only when a finding needs a
// position. A file with YAML errors is read again with the parser's own line counter, which
// places those errors.

//
// This module does not load the `yaml` package: yaml-package.ts does, only when a file needs it
// (readYaml), so that a run over files the fast reader reads never loads it (about 12 ms in each
// thread).

import type { Document } from 'yaml';
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
  /** with `doc`: the [start, end] of the node a pointer's segments name (see positionOf) */
  range?: (segments: string[], key?: string) => [number, number] | undefined;
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


/** A file the fast reader reads, or undefined when the `yaml` package must. */
export function readFastYaml(text: string): LoadedYaml | undefined {
  const fast = readFast(text);
  return fast ? { fast, linePos: lazyLinePos(text), value: fast.value, errors: [] } : undefined;
}

/** A YAML file read with positions: by the fast reader, else by the `yaml` package, loaded now. */
export async function readYaml(text: string): Promise<LoadedYaml> {
  return readFastYaml(text) ?? (await import('./yaml-package.js')).loadYaml(text);
}

/**
 * Offsets to line and column as the parser's LineCounter gives them for a file it read without
 * errors (a line starts after each line feed), with the line starts found on first use.
 */
export function lazyLinePos(text: string): LoadedYaml['linePos'] {
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

export function at(linePos: LoadedYaml['linePos'], start: number, end?: number): Position {
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
  const range = loaded.fast ? fastRange(loaded.fast, segments, key) : loaded.range?.(segments, key);
  return range ? at(loaded.linePos, range[0], range[1]) : { line: 1, column: 1 };
}

/** The message for each kind of YAML problem. */
export const YAML_CODES = {
  'syntax': 'yaml-syntax', 'duplicate-key': 'yaml-duplicate-key', 'tag': 'yaml-tag', 'alias-limit': 'yaml-alias-limit', 'too-deep': 'yaml-too-deep',
} as const satisfies Record<YamlProblem['kind'], string>;

/** Alias bombs and nesting too deep to read refuse the file (exit 2) rather than report on it. */
export const YAML_REFUSALS: readonly YamlProblem['kind'][] = ['alias-limit', 'too-deep'];
