// Tables flattened one cell per line, as web converters leave them: a lone "|" line between cells,
// two lone "|" lines between rows. This pass runs on the source lines before either reader, so the
// Markdown parser never sees them; it returns the rows and the lines they used.

import { APPENDIX_START, CLOSING_BLOCK_START } from '../lexicon/layout.js';
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
  /** the first line no table has used: a table's lead never reaches back into the one before */
  let free = 0;
  while (i < lines.length) {
    if (!PIPE.test(lines[i] as string)) { i++; continue; }
    const start = Math.max(leadStart(lines, i), free);
    // a table ends at or after the "|" that opened it, so that every round moves on
    const end = Math.max(tableEnd(lines, start, clean), i);
    table++;
    const rows = rowsOf(lines, start, end, clean, table);
    groups.push(...rows);
    for (let n = start; n <= end; n++) used.add(n + 1);
    i = end + 1;
    free = i;
  }
  return { groups, used };
}

/** A short paragraph directly above the first "|" is the first cell (a letterhead's left column). */
function leadStart(lines: string[], first: number): number {
  let k = first - 1;
  while (k >= 0 && (lines[k] as string).trim() !== '' && !PIPE.test(lines[k] as string) && first - k <= LEAD_LINES) k--;
  const atBoundary = k < 0 || (lines[k] as string).trim() === '';
  if (!atBoundary || k === first - 1) return first;
  for (let n = k + 1; n < first; n++) if ((lines[n] as string).trim().length > SHORT) return first;
  return k + 1;
}

/** A cell runs over a few lines; text that goes on longer than this without a "|" is not a cell. */
const CELL_MAX_LINES = 15;
const RECIPIENTS_MAX_LINES = 60;

/**
 * The table ends at a "|" followed by a blank line or the end of the file, or followed by text
 * that runs on for more lines than a cell would before the next "|" (a letterhead table with the
 * body right after it).
 */
function tableEnd(lines: string[], start: number, clean: (s: string) => string): number {
  let last = start;
  let nextPipe = -1;
  let cellStart = -1;
  let closingRow = false;
  let cellsInRow = 0;
  for (let k = start; k < lines.length; k++) {
    const line = lines[k] as string;
    if (PIPE.test(line)) {
      last = k;
      if (cellStart >= 0) {
        cellsInRow++;
        if (CLOSING_BLOCK_START.test(clean(lines[cellStart] as string).trim())) closingRow = true;
      } else {
        cellsInRow = 0; // "|" "|": a new row
        closingRow = false;
      }
      cellStart = -1;
      const next = lines[k + 1];
      if (next === undefined || next.trim() === '') return k;
      if (PIPE.test(next)) continue;
      // "Nơi nhận" beside the signature is a table of its own: it ends after its two cells.
      if (closingRow && cellsInRow >= 2) return k;
      if (APPENDIX_START.test(clean(next).trim())) return k;
      if (nextPipe <= k) {
        // A recipients list may run long; any other cell is a few lines.
        const reach = CLOSING_BLOCK_START.test(clean(next).trim()) ? RECIPIENTS_MAX_LINES : CELL_MAX_LINES;
        nextPipe = -1;
        for (let n = k + 1; n < lines.length && n <= k + reach + 1; n++) if (PIPE.test(lines[n] as string)) { nextPipe = n; break; }
      }
      if (nextPipe < 0) return k;
      continue;
    }
    if (line.trim() === '') {
      // A blank line inside a cell is allowed only when the table goes on right after it.
      const after = lines.slice(k + 1, k + 4).find((l) => l.trim() !== '');
      if (after === undefined || !PIPE.test(after)) return last;
      continue;
    }
    if (cellStart < 0) cellStart = k;
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
