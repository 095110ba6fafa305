// Tables flattened one cell per line, as web converters leave them: a lone "|" line between cells,
// two lone "|" lines between rows. This pass runs on the source lines before either reader, so the
// Markdown parser never sees them; it returns the rows and the lines they used.

import { APPENDIX_START, CLOSING_BLOCK_START } from '../lexicon/layout.js';
import { readLabel } from '../outline/labels.js';
import { isUpper } from './segment.js';
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
/** A recipients list, or a cell inside a row of a table that has shown its rows. */
const LONG_CELL_LINES = 60;

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
  /** the most cells a row ended so far had */
  let widest = 0;
  for (let k = start; k < lines.length; k++) {
    const line = lines[k] as string;
    if (PIPE.test(line)) {
      last = k;
      if (cellStart >= 0) {
        cellsInRow++;
        if (CLOSING_BLOCK_START.test(clean(lines[cellStart] as string).trim())) closingRow = true;
      } else {
        widest = Math.max(widest, cellsInRow);
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
        // A recipients list may run long, and so may a cell in the middle of a row of a data table
        // (three columns or more, as a two-column letterhead never has) once the table has shown a
        // row: a task's requirements and products in an appendix. Any other cell is a few lines:
        // text that runs on is the body after the table.
        const midRow = widest >= 3 && cellsInRow > 0;
        const reach = CLOSING_BLOCK_START.test(clean(next).trim()) || midRow ? LONG_CELL_LINES : CELL_MAX_LINES;
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

// Tables typed one row per line, cells between "|", as documents copied out of a word processor
// leave them ("1 | Tay giả tháo khớp vai | 03 năm | 3.100.000"), with or without the outer pipes
// and, in plain text, with or without a "---|---" row under the header; or cells parted by tabs,
// as a table copied out of a word processor or a spreadsheet comes. The Markdown parser reads
// such lines as a table only when a delimiter row follows the first; without one it runs them
// into a paragraph, and the plain-text reader knows no tables at all.

/**
 * A GFM table delimiter row ("|---|:--:|", three dashes a cell, two cells or more), spaces and
 * tabs only, so that it never runs across lines: the Markdown reader loads GFM's tables where a
 * source has one (read/markdown.ts), and then the Markdown parser reads the table.
 */
export const GFM_DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/;
/** A delimiter row with any dash count ("|--|:-:|"), as tables are typed by hand, with a "|": a lone "-" is none. */
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const isDelimiter = (line: string): boolean => line.includes('|') && DELIMITER_ROW.test(line);
/** Fewer rows than this, delimiter row counted, are not taken for a table: one or two lines with a "|" may be anything. */
const MIN_ROW_LINES = 3;

/** Cells parted by tabs, as a table copied out of a word processor or a spreadsheet comes. */
const TAB_CELLS = /\S\t+\S/;
/** Tab-parted lines with fewer cells are a label and its text ("1.\tMục tiêu"), not a row. */
const MIN_TAB_CELLS = 3;

/** The raw cells of a line typed as a table row, or undefined when it is not one. */
function rowCells(line: string): string[] | undefined {
  const t = line.trim();
  // a quotation ("> a | b") is the Markdown parser's to read
  if (t.startsWith('>')) return undefined;
  if (!t.includes('|')) return tabCells(t);
  // "|" escaped as "\|" is text, not a border
  const parts = t.split(/(?<!\\)\|/);
  const outer = parts.length > 2 && t.startsWith('|');
  // a "|" with white space on one side at least, or ending the line ("Các đảng bộ, |": an empty cell after)
  if (!outer && !/\s(?<!\\)\|(?:\s|$)/.test(t)) return tabCells(t);
  if (outer) {
    parts.shift();
    if (parts.length > 1 && parts[parts.length - 1]?.trim() === '') parts.pop();
  }
  return parts.length >= 2 ? parts : undefined;
}

/** The cells of a trimmed line parted by tabs: three or more, two of them filled. */
function tabCells(t: string): string[] | undefined {
  if (!TAB_CELLS.test(t)) return undefined;
  const cells = t.split('\t');
  return cells.length >= MIN_TAB_CELLS && cells.filter((c) => c.trim() !== '').length >= 2 ? cells : undefined;
}

/**
 * A logical line of a run: its physical lines [from, to), and its cells; none for a delimiter row,
 * one for a cell across the whole table (merged).
 */
interface RunLine { from: number; to: number; cells: string[] | undefined; merged?: boolean }

/**
 * A line with no "|" between two rows may be a cell across the whole table, but not a heading, a
 * labeled item, an appendix or the closing block, which end the table.
 */
function mergedRow(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text) && !isUpper(text) && readLabel(text) === undefined && !APPENDIX_START.test(text) && !CLOSING_BLOCK_START.test(text);
}

/** A row with cells of its own: not a delimiter row, not a cell across the table. */
const isRow = (r: RunLine | undefined): boolean => r?.cells !== undefined && !r.merged;

/** A line that goes on from the one before: a row wrapped before a lower-case word. */
const CONTINUES = /^\s*\p{Ll}/u;

/**
 * Runs of three or more lines typed as table rows, away from the lines `taken` already. Each line
 * is one row, with the lines after it that start in lower case (a row wrapped: a row of a table
 * seldom starts in lower case, its first cell being a number or a capitalised name). In Markdown,
 * a run with a GFM delimiter row is left to the Markdown parser, which reads it.
 */
export function findLineTables(lines: string[], clean: (s: string) => string, markdown: boolean, taken: ReadonlySet<number>, firstTable: number): PipeTables {
  const groups: Group[] = [];
  const used = new Set<number>();
  let table = firstTable;
  const open = (k: number): boolean => k < lines.length && !taken.has(k + 1);
  /** The logical line from physical line k: its text and the line after it. */
  const logical = (k: number): { text: string; next: number } => {
    let text = lines[k] as string;
    let next = k + 1;
    while (open(next) && CONTINUES.test(lines[next] as string)) text += ` ${(lines[next++] as string).trim()}`;
    return { text, next };
  };
  const cellText = (c: string): string => clean(c).replace(/\s+/g, ' ').trim();
  for (let i = 0; i < lines.length; ) {
    const run: RunLine[] = [];
    // every line is read once or twice: a logical line that is no row is passed over whole
    let k = i;
    while (open(k) && (lines[k] as string).trim() !== '') {
      const l = logical(k);
      const delimiter = isDelimiter(l.text);
      const cells = delimiter ? undefined : rowCells(l.text);
      if (delimiter || cells) run.push({ from: k, to: l.next, cells });
      // one cell across the table between two rows: "Người bị thương thuộc ... sau:"
      else if (isRow(run[run.length - 1]) && mergedRow(clean(l.text).trim()) && open(l.next) && rowCells(logical(l.next).text)) run.push({ from: k, to: l.next, cells: [l.text], merged: true });
      else {
        if (run.length === 0) k = l.next;
        break;
      }
      k = l.next;
    }
    const last = run[run.length - 1];
    if (!last) { i = Math.max(k, i + 1); continue; }
    i = last.to;
    const rows = run.filter((r) => r.cells);
    const parserReads = markdown && run.some((r) => !r.cells && GFM_DELIMITER_ROW.test(lines[r.from] as string));
    if (run.length < MIN_ROW_LINES || parserReads || rows.length === 0) continue;
    table++;
    for (const r of run) for (let n = r.from; n < r.to; n++) used.add(n + 1);
    if (CLOSING_BLOCK_START.test(cellText((rows[0] as RunLine).cells?.[0] ?? ''))) {
      groups.push(closingRow(rows, cellText, table));
      continue;
    }
    // with a delimiter row, the rows above it are the header; without, the first row is
    const delimiterAt = run.findIndex((r) => !r.cells);
    const headerRows = delimiterAt > 0 ? delimiterAt : 1;
    rows.forEach((r, n) => {
      const cells = (r.cells as string[]).map(cellText);
      if (cells.every((c) => c === '')) return;
      const physical: RawLine[] = [];
      for (let p = r.from; p < r.to; p++) physical.push({ line: p + 1, text: clean(lines[p] as string).trim(), strongPrefix: 0 });
      groups.push({ type: 'row', table, headerRow: n < headerRows, cells, lines: physical });
    });
  }
  return { groups, used };
}

/**
 * "Nơi nhận: | T/M BAN THƯỜNG VỤ" over "- Ban Bí thư ...; | PHÓ BÍ THƯ" and so on: the recipients
 * beside the signature, typed a line at a time. Each column is one cell, as the signature reader
 * reads such a row of a Markdown table or of a table flattened one cell per line.
 */
function closingRow(rows: RunLine[], cellText: (c: string) => string, table: number): Group {
  const columns: RawLine[][] = [];
  for (const r of rows) {
    (r.cells as string[]).forEach((c, n) => {
      const text = cellText(c);
      if (text !== '') (columns[n] ??= []).push({ line: r.from + 1, text, strongPrefix: 0 });
    });
  }
  const filled = columns.filter((c) => c !== undefined && c.length > 0);
  return { type: 'row', table, headerRow: true, cells: filled.map((c) => c.map((l) => l.text).join(' ')), lines: filled.flat() };
}
