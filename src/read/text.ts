// Plain-text reader: source lines to Groups. Blank lines separate paragraphs; two-column lines
// (letterhead, signature beside "Nơi nhận") are split on wide runs of spaces.

import type { Group, RawLine } from '../blocks/types.js';
import { cleanLine } from '../text/normalize.js';

/** A line laid out in two columns: a run of 3+ spaces (or a tab) between two short parts. */
const COLUMN_GAP = / {3,}|\t+/;

export function readText(lines: string[]): Group[] {
  const groups: Group[] = [];
  let current: RawLine[] = [];
  const flush = (): void => {
    if (current.length) groups.push({ type: 'paragraph', lines: current });
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const text = cleanLine(raw);
    if (text.trim() === '') {
      flush();
      continue;
    }
    const parts = splitColumns(text);
    if (parts.length > 1) {
      // Columns read as separate paragraphs, left column first.
      flush();
      for (const part of parts) groups.push({ type: 'paragraph', lines: [{ line: i + 1, text: part, strongPrefix: 0 }] });
      continue;
    }
    current.push({ line: i + 1, text: text.trim(), strongPrefix: 0 });
  }
  flush();
  return groups;
}

/** Splits a two-column line; a line of ordinary prose is returned whole. */
export function splitColumns(text: string): string[] {
  const trimmed = text.trim();
  if (!COLUMN_GAP.test(trimmed)) return [trimmed];
  const parts = trimmed.split(COLUMN_GAP).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 3) return [trimmed];
  if (parts.some((p) => p.length > 70)) return [trimmed];
  return parts;
}
