// Plain-text reader: source lines to Groups. Blank lines separate paragraphs; two-column lines
// (letterhead, signature beside "Nơi nhận") are split on wide runs of spaces.

import type { Group, RawLine } from '../blocks/types.js';
import { readLabel } from '../outline/labels.js';

/** A line laid out in two columns: a run of 3+ spaces (or a tab) between two short parts. */
const COLUMN_GAP = / {3,}|\t+/;
/** The widest gap between a list's label and its text: two tabs (cleanLine makes a tab 4 spaces). */
const MAX_LABEL_GAP = 8;

/** `lines`: cleaned already (normalize.ts cleanLine). */
export function readText(lines: string[]): Group[] {
  const groups: Group[] = [];
  let current: RawLine[] = [];
  const flush = (): void => {
    if (current.length) groups.push({ type: 'paragraph', lines: current });
    current = [];
  };
  let i = 0;
  while (i < lines.length) {
    const text = lines[i] as string;
    if (text.trim() === '') {
      flush();
      i++;
      continue;
    }
    if (splitColumns(text).length > 1) {
      // A run of two-column lines (letterhead, "Nơi nhận" beside the signature): each column is
      // read top to bottom as its own paragraph, the left one first.
      flush();
      i = readColumns(lines, i, groups);
      continue;
    }
    current.push({ line: i + 1, text: text.trim(), strongPrefix: 0 });
    i++;
  }
  flush();
  return groups;
}

/** Reads the run of lines from `start` that belongs to a two-column block; returns where it ends. */
function readColumns(lines: string[], start: number, groups: Group[]): number {
  const first = lines[start] as string;
  const gap = COLUMN_GAP.exec(first.trimEnd());
  const boundary = gap ? gap.index + gap[0].length : first.length;
  const left: RawLine[] = [];
  const right: RawLine[] = [];
  let k = start;
  for (; k < lines.length; k++) {
    const text = (lines[k] as string).trimEnd();
    if (text.trim() === '') break;
    const parts = splitColumns(text);
    const indent = text.length - text.trimStart().length;
    if (parts.length > 1) {
      left.push({ line: k + 1, text: parts[0] as string, strongPrefix: 0 });
      right.push({ line: k + 1, text: parts.slice(1).join(' '), strongPrefix: 0 });
    } else if (indent >= Math.max(12, boundary - 8)) {
      right.push({ line: k + 1, text: text.trim(), strongPrefix: 0 });
    } else {
      left.push({ line: k + 1, text: text.trim(), strongPrefix: 0 });
    }
  }
  if (left.length) groups.push({ type: 'paragraph', lines: left });
  if (right.length) groups.push({ type: 'paragraph', lines: right });
  return k;
}

/** Splits a two-column line; a line of ordinary prose is returned whole. */
export function splitColumns(text: string): string[] {
  const trimmed = text.trim();
  if (!COLUMN_GAP.test(trimmed)) return [trimmed];
  const parts = trimmed.split(COLUMN_GAP).map((p) => p.trim()).filter((p) => p !== '');
  // a label and its text parted by a tab ("+\tĐến năm 2030", "1.\tMục tiêu"), as word processors
  // write lists: one part, not a column of labels; the star of a Party letterhead stands far from
  // the place and date beside it
  const gap = (COLUMN_GAP.exec(trimmed) as RegExpExecArray)[0].length;
  if (parts.length >= 2 && gap <= MAX_LABEL_GAP && isBareLabel(parts[0] as string)) parts.splice(0, 2, `${parts[0]} ${parts[1]}`);
  if (parts.length < 2 || parts.length > 3) return parts.length === 1 ? parts : [trimmed];
  if (parts.some((p) => p.length > 70)) return [trimmed];
  return parts;
}

/** A label with nothing after it: "+", "-", "1.", "a)", "II." */
function isBareLabel(part: string): boolean {
  // a bullet is one before white space only: the space the gap stood for
  const label = readLabel(`${part} `);
  return label !== undefined && label.rest === '';
}
