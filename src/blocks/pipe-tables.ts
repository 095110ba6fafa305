// Tables flattened one cell per line, as web converters leave them: a lone "|" line between cells,
// two lone "|" lines between rows. This pass runs on the source lines before either reader, so the
// Markdown parser never sees them; it returns the rows and the lines they used.

import type { Group, RawLine } from './types.js';

const PIPE = /^\s*\|\s*$/;
/** How many short lines above the first "|" may form the table's first cell. */
const LEAD_LINES = 6;
const SHORT = 60;

export interface PipeTables {
  groups: Group[];
  /** 1-based source lines that belong to a flattened table */
  used: Set<number>;
}

/** `clean` turns a raw source line into display text (markup removed). */
export function findPipeTables(lines: string[], clean: (s: string) => string, firstTable = 0): PipeTables {
  const groups: Group[] = [];
  const used = new Set<number>();
  let table = firstTable;
  let i = 0;
  while (i < lines.length) {
    if (!PIPE.test(lines[i] as string)) { i++; continue; }
    const start = leadStart(lines, i);
    const end = tableEnd(lines, start);
    table++;
    const rows = rowsOf(lines, start, end, clean, table);
    groups.push(...rows);
    for (let n = start; n <= end; n++) used.add(n + 1);
    i = end + 1;
  }
  return { groups, used };
}

/** A short paragraph directly above the first "|" is the first cell (a letterhead's left column). */
function leadStart(lines: string[], first: number): number {
  let k = first - 1;
  while (k >= 0 && (lines[k] as string).trim() !== '' && first - k <= LEAD_LINES) k--;
  const atBoundary = k < 0 || (lines[k] as string).trim() === '';
  if (!atBoundary || k === first - 1) return first;
  for (let n = k + 1; n < first; n++) if ((lines[n] as string).trim().length > SHORT) return first;
  return k + 1;
}

/**
 * The table ends at a "|" followed by a blank line or the end of the file, or when a row already
 * has as many cells as the widest row before it and the next line is text, not another "|".
 */
function tableEnd(lines: string[], start: number): number {
  let widest = 0;
  let cells = 0;
  let inCell = false;
  let last = start;
  for (let k = start; k < lines.length; k++) {
    const line = lines[k] as string;
    if (PIPE.test(line)) {
      const next = lines[k + 1];
      if (inCell) cells++;
      if (!inCell && cells > 0) { widest = Math.max(widest, cells); cells = 0; } // "|" "|": row break
      inCell = false;
      last = k;
      if (next === undefined || next.trim() === '') return k;
      if (!PIPE.test(next) && widest >= 2 && cells >= widest) return k;
      continue;
    }
    if (line.trim() === '') {
      // A blank line inside a cell is allowed only when the table goes on right after it.
      const after = lines.slice(k + 1).find((l) => l.trim() !== '');
      if (after === undefined || !PIPE.test(after)) return last;
      continue;
    }
    inCell = true;
    last = k;
  }
  return last;
}

function rowsOf(lines: string[], start: number, end: number, clean: (s: string) => string, table: number): Group[] {
  const rows: Group[] = [];
  let cells: RawLine[][] = [];
  let cell: RawLine[] | undefined;
  const endRow = (): void => {
    const filled = cells.filter((c) => c.length > 0);
    if (filled.length) {
      rows.push({
        type: 'row', table, headerRow: rows.length === 0,
        cells: filled.map((c) => c.map((l) => l.text).join(' ').replace(/\s+/g, ' ').trim()),
        lines: filled.flat(),
      });
    }
    cells = [];
    cell = undefined;
  };
  for (let k = start; k <= end; k++) {
    const raw = lines[k] as string;
    if (PIPE.test(raw)) {
      if (cell && cell.length === 0) endRow();
      cell = [];
      cells.push(cell);
      continue;
    }
    const text = clean(raw).trim();
    if (text === '') continue;
    if (!cell) {
      cell = [];
      cells.push(cell);
    }
    cell.push({ line: k + 1, text, strongPrefix: 0 });
  }
  endRow();
  return rows;
}
