// Tables laid out with spaces, as a PDF's text comes out when its layout is kept: a header line of
// column names ("STT   Nội dung   Cơ quan chủ trì   Thời gian hoàn thành"), then rows whose cells
// stand under those names, a cell wrapped onto the lines below with the first column left empty:
//
//   STT   Nội dung                        Cơ quan chủ trì        Thời gian hoàn thành
//   1     Số hóa hồ sơ đất đai            Sở Nông nghiệp và      Quý IV/2026
//                                         Môi trường
//
// Only a header whose names make a task table or a table of indicators (extract/tables.ts) opens
// one, so two-column letterheads and signatures are left to the text reader. Plain text only.

import { tableKind } from '../extract/tables.js';
import type { PipeTables } from './pipe-tables.js';
import type { Group, RawLine } from './types.js';

/** Cells part at a run of two or more spaces, or a tab. */
const GAP = / {2,}|\t+/g;
/** A header needs this many columns, and a row a cell in this many of them, to be a table's. */
const MIN_COLUMNS = 3;
/** One blank line may stand between rows (a page's layout); two end the table. */
const MAX_BLANK = 1;
/** A header's names wrap over at most this many lines. */
const MAX_HEADER_LINES = 3;

interface Segment { at: number; text: string }

/** The parts of a line and where each starts. */
function segments(line: string): Segment[] {
  const out: Segment[] = [];
  let from = line.length - line.trimStart().length;
  GAP.lastIndex = from;
  const end = line.trimEnd().length;
  for (let m = GAP.exec(line); m && m.index < end; m = GAP.exec(line)) {
    if (m.index > from) out.push({ at: from, text: line.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  if (end > from) out.push({ at: from, text: line.slice(from, end) });
  return out;
}

/** Puts each part under its column, into `cells` (a list per column). */
function place(starts: readonly number[], parts: readonly Segment[], cells: string[][]): void {
  for (const p of parts) (cells[columnOf(starts, p.at)] as string[]).push(p.text);
}

/** The column a part starting at `at` stands under: the nearest column start. */
function columnOf(starts: readonly number[], at: number): number {
  let best = 0;
  for (let c = 1; c < starts.length; c++) if (Math.abs((starts[c] as number) - at) < Math.abs((starts[best] as number) - at)) best = c;
  return best;
}

/**
 * Finds space-laid tables in cleaned source lines not yet `taken` by another table. Returns their
 * rows (a header row first) and the lines they used.
 */
export function findSpacedTables(lines: string[], taken: ReadonlySet<number>, firstTable: number): PipeTables {
  const groups: Group[] = [];
  const used = new Set<number>();
  let table = firstTable;
  for (let i = 0; i < lines.length; i++) {
    if (taken.has(i + 1)) continue;
    const head = segments(lines[i] as string);
    if (head.length < MIN_COLUMNS) continue;
    const starts = head.map((s) => s.at);
    // column names wrapped onto the lines below ("Cơ quan" over "chủ trì"): the first column empty
    const names = head.map((s) => [s.text]);
    let k = i + 1;
    const headLines: RawLine[] = [{ line: i + 1, text: head.map((s) => s.text).join(' | '), strongPrefix: 0 }];
    for (; k < lines.length && k - i <= MAX_HEADER_LINES && !taken.has(k + 1); k++) {
      const parts = segments(lines[k] as string);
      if (parts.length === 0 || columnOf(starts, (parts[0] as Segment).at) === 0) break;
      place(starts, parts, names);
      headLines.push({ line: k + 1, text: parts.map((p) => p.text).join(' | '), strongPrefix: 0 });
    }
    const header = names.map((n) => n.join(' '));
    if (!tableKind(header)) continue;
    const rows: { cells: string[][]; lines: RawLine[] }[] = [];
    for (let blank = 0; k < lines.length && !taken.has(k + 1); k++) {
      const line = lines[k] as string;
      if (line.trim() === '') {
        if (++blank > MAX_BLANK) break;
        continue;
      }
      const cells: string[][] = starts.map(() => []);
      place(starts, segments(line), cells);
      const filled = cells.filter((c) => c.length > 0).length;
      const last = rows[rows.length - 1];
      // a line with its first column empty goes on with the row above; a new row fills the first
      // column and enough others, or it is text after the table
      if (last && cells[0]?.length === 0) {
        cells.forEach((c, n) => (last.cells[n] as string[]).push(...c));
      } else if (filled >= MIN_COLUMNS - 1 && cells[0]?.length) {
        rows.push({ cells, lines: [] });
      } else break;
      blank = 0;
      (rows[rows.length - 1] as { lines: RawLine[] }).lines.push({ line: k + 1, text: line.trim().replace(/\s{2,}/g, ' | '), strongPrefix: 0 });
    }
    if (rows.length === 0) continue;
    table++;
    groups.push({ type: 'row', cells: header, headerRow: true, table, lines: headLines });
    for (const r of rows) groups.push({ type: 'row', cells: r.cells.map((c) => c.join(' ')), table, lines: r.lines });
    const end = (rows[rows.length - 1] as { lines: RawLine[] }).lines.at(-1)?.line ?? i + 1;
    for (let n = i + 1; n <= end; n++) used.add(n);
    i = end - 1;
  }
  return { groups, used };
}
