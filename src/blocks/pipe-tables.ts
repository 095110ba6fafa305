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

// Tables typed one row per line, cells between "|", as documents copied out of a word processor
// leave them ("1 | Tay giả tháo khớp vai | 03 năm | 3.100.000"), with or without the outer pipes
// and, in plain text, with or without a "---|---" row under the header; or cells parted by tabs,
// as a table copied out of a word processor or a spreadsheet comes. The Markdown parser reads
// such lines as a table only when a delimiter row follows the first; without one it runs them
// into a paragraph, and the plain-text reader knows no tables at all.

/** A delimiter row ("|---|:--:|"), spaces and tabs only, so that it never runs across lines. */
const GFM_DELIMITER = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;
/** Any dash count ("|--|:-:|"), as tables are typed by hand; with a "|", so that a lone "-" is no delimiter. */
const LOOSE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const DELIMITER = { test: (line: string): boolean => GFM_DELIMITER.test(line) || (line.includes('|') && LOOSE_DELIMITER.test(line)) };
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

/** A logical line of a run: its physical lines [from, to), its text, and whether it is one cell across the table. */
interface RunLine { from: number; to: number; text: string; merged?: boolean }

/**
 * A line with no "|" between two rows may be a cell across the whole table, but not a heading, a
 * labeled item, an appendix or the closing block, which end the table.
 */
function mergedRow(text: string): boolean {
  return text !== '' && !isUpper(text) && readLabel(text) === undefined && !APPENDIX_START.test(text) && !CLOSING_BLOCK_START.test(text);
}

/** A line that goes on from the one before: a row wrapped before a lower-case word. */
const CONTINUES = /^\s*\p{Ll}/u;

/**
 * Runs of three or more lines typed as table rows, away from the lines `taken` already: each line
 * one row, with the lines after it that start in lower case (the row wrapped) (a row of a table
 * seldom starts in lower case: its first cell is a number or a capitalised name). In Markdown a run
 * with a delimiter row is left to the Markdown parser, which reads it.
 */
export function findLineTables(lines: string[], clean: (s: string) => string, markdown: boolean, taken: ReadonlySet<number>, firstTable: number): PipeTables {
  const groups: Group[] = [];
  const used = new Set<number>();
  let table = firstTable;
  /** The logical line from physical line k: its text and the line after it. */
  const logical = (k: number): { text: string; next: number } => {
    let text = lines[k] as string;
    let next = k + 1;
    while (next < lines.length && !taken.has(next + 1) && CONTINUES.test(lines[next] as string)) text += ` ${(lines[next++] as string).trim()}`;
    return { text, next };
  };
  for (let i = 0; i < lines.length; ) {
    const run: RunLine[] = [];
    // every line is read once: a logical line that is no row is passed over whole
    let k = i;
    while (k < lines.length && !taken.has(k + 1) && (lines[k] as string).trim() !== '') {
      const l = logical(k);
      if (!DELIMITER.test(l.text) && !rowCells(l.text)) {
        if (run.length === 0) k = l.next;
        else if (mergedRow(clean(l.text).trim()) && l.next < lines.length && !taken.has(l.next + 1) && rowCells(logical(l.next).text) && rowCells(run[run.length - 1]!.text)) {
          // one cell across the table between two rows: "Người bị thương thuộc ... sau:"
          run.push({ from: k, to: l.next, text: l.text, merged: true });
          k = l.next;
          continue;
        }
        break;
      }
      run.push({ from: k, to: l.next, text: l.text });
      k = l.next;
    }
    if (run.length === 0) { i = Math.max(k, i + 1); continue; }
    const delimiter = run.findIndex((r) => DELIMITER.test(r.text));
    // the Markdown parser reads a table whose delimiter row has three dashes a cell (read/markdown.ts loads its tables then)
    const parserReads = markdown && run.some((r) => GFM_DELIMITER.test(r.text));
    if (run.length >= MIN_ROW_LINES && !parserReads && run.some((r) => !DELIMITER.test(r.text))) {
      table++;
      // the first row that is not a delimiter row (a run may open with one); it is never a merged cell
      const first = rowCells((run.find((r) => !DELIMITER.test(r.text)) as RunLine).text) ?? [''];
      if (CLOSING_BLOCK_START.test(clean(first[0] as string).trim())) {
        groups.push(closingRow(run, lines, clean, table));
        for (const r of run) for (let k = r.from; k < r.to; k++) used.add(k + 1);
        i = run[run.length - 1]!.to;
        continue;
      }
      // with a delimiter row, the rows above it are the header; without, the first row is
      const headerRows = delimiter > 0 ? delimiter : 1;
      let row = 0;
      for (const r of run) {
        for (let k = r.from; k < r.to; k++) used.add(k + 1);
        if (DELIMITER.test(r.text)) continue;
        const cells = (r.merged ? [r.text] : (rowCells(r.text) as string[])).map((c) => clean(c).replace(/\s+/g, ' ').trim());
        const text = cells.filter((c) => c !== '').join(' ');
        if (text === '') continue;
        const physical: RawLine[] = [];
        for (let k = r.from; k < r.to; k++) physical.push({ line: k + 1, text: clean(lines[k] as string).trim(), strongPrefix: 0 });
        groups.push({ type: 'row', table, headerRow: row++ < headerRows, cells, lines: physical });
      }
    }
    i = (run[run.length - 1] as { to: number }).to;
  }
  return { groups, used };
}

/**
 * "Nơi nhận: | T/M BAN THƯỜNG VỤ" over "- Ban Bí thư ...; | PHÓ BÍ THƯ" and so on: the recipients
 * beside the signature, typed a line at a time. Each column is one cell, as the signature reader
 * reads such a row of a Markdown table or of a table flattened one cell per line.
 */
function closingRow(run: RunLine[], lines: string[], clean: (s: string) => string, table: number): Group {
  const columns: RawLine[][] = [];
  for (const r of run) {
    if (DELIMITER.test(r.text)) continue;
    (r.merged ? [r.text] : (rowCells(r.text) as string[])).forEach((c, n) => {
      const text = clean(c).replace(/\s+/g, ' ').trim();
      if (text !== '') (columns[n] ??= []).push({ line: r.from + 1, text, strongPrefix: 0 });
    });
  }
  const filled = columns.filter((c) => c !== undefined && c.length > 0);
  return { type: 'row', table, headerRow: true, cells: filled.map((c) => c.map((l) => l.text).join(' ')), lines: filled.flat() };
}
