// Tables ruled with dashes, as pandoc writes a Word table to Markdown or plain text when its cells
// hold no paragraphs of their own (simple and multiline tables): a rule of dashes under the header
// gives the columns, one run of dashes each, and every line is cut at those columns.
//
//   -----------------------------------------------------------------------
//   TT       Nhiệm vụ                   Chủ trì          Thời gian
//   -------- -------------------------- ---------------- ------------------
//   1        Biên soạn tài liệu         Sở Khoa học và   Quý I/2026
//            hướng dẫn kỹ năng số       Công nghệ
//
//   2        Tổ chức lớp bồi dưỡng      Sở Nội vụ        Quý II/2026
//   -----------------------------------------------------------------------
//
// A multiline table (a full rule above the header, or a column rule above headerless rows) ends at
// its closing rule, its rows parted by blank lines; a simple table (a header line right above the
// column rule) has a row a line and ends at a blank line. Neither CommonMark nor the text reader
// knows them: the Markdown parser would take the rules for headings and thematic breaks.

import type { PipeTables } from './pipe-tables.js';
import type { Group, RawLine } from './types.js';

/**
 * A rule of two or more runs of dashes parted by one space (two at most), as pandoc writes it: the
 * columns. Dashes far apart are the rules under a two-column letterhead's lines.
 */
const COLUMN_RULE = /^\s*-{2,}(?: {1,2}-{2,})+\s*$/;
/** A rule of dashes across the table: a multiline table's top and bottom. */
const FULL_RULE = /^\s*-{10,}\s*$/;
/** A header wraps over a few lines at most. */
const MAX_HEADER_LINES = 4;
/** A multiline table's closing rule is this many lines away at most. */
const MAX_TABLE_LINES = 2_000;

/** Where each column starts: its run of dashes in the rule. */
function columnsOf(rule: string): number[] {
  return [...rule.matchAll(/-+/g)].map((m) => m.index);
}

const isRule = (line: string): boolean => COLUMN_RULE.test(line) || FULL_RULE.test(line);

/**
 * The parts of a line under each column, cleaned: each word goes to the column it starts under
 * (or past), so a word that runs past a column's end stays with its cell. Cut before cleaning,
 * as markup ("**TT**") takes room in the line.
 */
function cut(line: string, columns: readonly number[], clean: (s: string) => string): string[] {
  const cells = columns.map(() => [] as string[]);
  for (const m of line.matchAll(/\S+/g)) {
    let k = columns.length - 1;
    while (k > 0 && m.index < (columns[k] as number)) k--;
    (cells[k] as string[]).push(m[0]);
  }
  return cells.map((c) => clean(c.join(' ')).trim());
}

/** Where a multiline table closes after line `from`: its closing rule, or -1. */
function closingRule(lines: readonly string[], from: number, columnRule: boolean): number {
  for (let k = from; k < lines.length && k - from < MAX_TABLE_LINES; k++) {
    const l = lines[k] as string;
    if (FULL_RULE.test(l) || (columnRule && COLUMN_RULE.test(l))) return k;
    // two blank lines in a row: not a table
    if (l.trim() === '' && (lines[k + 1] ?? '').trim() === '') return -1;
  }
  return -1;
}

/**
 * Finds dash-ruled tables in source lines not yet `taken`; `clean` turns a line into display text
 * (markup removed). Returns their rows (a header row first, when there is one) and the lines used.
 */
export function findDashTables(lines: string[], clean: (s: string) => string, taken: ReadonlySet<number>, firstTable: number): PipeTables {
  const groups: Group[] = [];
  const used = new Set<number>();
  let table = firstTable;
  for (let r = 0; r < lines.length; r++) {
    if (taken.has(r + 1) || !COLUMN_RULE.test(lines[r] as string)) continue;
    const columns = columnsOf(lines[r] as string);
    // the header: the lines right above the rule, up to a full rule or a blank line
    let top = r;
    while (top > 0 && r - top < MAX_HEADER_LINES && (lines[top - 1] as string).trim() !== '' && !FULL_RULE.test(lines[top - 1] as string) && !taken.has(top)) top--;
    const ruled = top > 0 && FULL_RULE.test(lines[top - 1] as string);
    const headed = top < r;
    // a multiline table runs to its closing rule (a column rule closes a headerless one); a simple
    // table has a row a line, to a blank line or a closing rule
    const multiline = ruled || !headed;
    let end = multiline ? closingRule(lines, r + 1, !headed) : r + 1;
    if (end < 0) continue;
    if (!multiline) while (end < lines.length && (lines[end] as string).trim() !== '' && !isRule(lines[end] as string)) end++;
    const first = ruled ? top - 1 : top;
    const last = end < lines.length && isRule(lines[end] as string) ? end : end - 1;
    if ([...Array(last - first + 1).keys()].some((n) => taken.has(first + n + 1))) continue;
    // the rows: a line each, or (multiline) the lines up to a blank one
    const rows: { cells: string[][]; lines: RawLine[] }[] = [];
    let open: (typeof rows)[number] | undefined;
    for (let k = r + 1; k < end; k++) {
      const text = lines[k] as string;
      if (text.trim() === '') { open = undefined; continue; }
      const parts = cut(text, columns, clean);
      if (!open || !multiline) rows.push((open = { cells: columns.map(() => []), lines: [] }));
      parts.forEach((p, n) => { if (p) (open!.cells[n] as string[]).push(p); });
      open.lines.push({ line: k + 1, text: parts.filter((p) => p).join(' | '), strongPrefix: 0 });
    }
    if (rows.length === 0) continue;
    table++;
    if (headed) {
      const names = columns.map(() => [] as string[]);
      const headLines: RawLine[] = [];
      for (let k = top; k < r; k++) {
        const parts = cut(lines[k] as string, columns, clean);
        parts.forEach((p, n) => { if (p) (names[n] as string[]).push(p); });
        headLines.push({ line: k + 1, text: parts.filter((p) => p).join(' | '), strongPrefix: 0 });
      }
      groups.push({ type: 'row', cells: names.map((n) => n.join(' ')), headerRow: true, table, lines: headLines });
    }
    rows.forEach((row, n) => {
      groups.push({ type: 'row', cells: row.cells.map((c) => c.join(' ')), headerRow: !headed && n === 0, table, lines: row.lines });
    });
    for (let n = first; n <= last; n++) used.add(n + 1);
    r = last;
  }
  return { groups, used };
}
