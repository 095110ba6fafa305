// Appendix tables to items: task tables (Nhiệm vụ / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian
// / Sản phẩm) become task items, tables of indicators (Chỉ tiêu / Đơn vị / Kết quả) goal items.
// Group rows ("I. NÂNG CAO NHẬN THỨC ...") become parents of the rows below them.

import { COLUMN_WORDS, VALUE_YEAR_LEADS, type ColumnRole } from '../lexicon/tables.js';
import type { Item } from '../model/types.js';
import { fold } from '../text/normalize.js';
import { readLabel, levelKey } from '../outline/labels.js';

const PHRASES = COLUMN_WORDS.flatMap(({ role, words }) => words.map((w) => ({ role, words: clean(w) })))
  .sort((a, b) => b.words.length - a.words.length);

function clean(s: string): string {
  return fold(s).replace(/\[\^?\d+\]/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** A value column's header in a table of indicators: a year, alone or after VALUE_YEAR_LEADS. */
const VALUE_YEAR = new RegExp(`^(?:(?:${VALUE_YEAR_LEADS.join('|')}) )?(?:19|20)\\d\\d$`);

/** What each column holds, from its header cell ("Cơ quan chủ trì" → lead); undefined when unknown. */
export function columnRoles(header: string[]): (ColumnRole | undefined)[] {
  const indicator = header.some((h) => clean(h).startsWith('chi tieu') || clean(h) === 'chi so');
  return header.map((cell) => {
    const c = clean(cell);
    // "Kết quả" is the target value in a table of indicators, the output in a task table.
    if (indicator && (c === 'ket qua' || c.startsWith('muc tieu') || VALUE_YEAR.test(c))) return 'value';
    const hit = PHRASES.find((p) => c === p.words || c.startsWith(`${p.words} `));
    return hit?.role;
  });
}

export type TableKind = 'tasks' | 'indicators';

/** A task table names its tasks and who leads them or when; a table of indicators has indicators and values. */
export function tableKind(header: string[]): TableKind | undefined {
  const roles = columnRoles(header);
  if (roles.includes('indicator') && (roles.includes('value') || roles.includes('unit'))) return 'indicators';
  if (roles.includes('text') && (roles.includes('lead') || roles.includes('deadline') || roles.includes('support'))) return 'tasks';
  return undefined;
}

/**
 * Rows that a converter ran on into the heading of the next group and the header repeated under
 * it ("9. | … | 30/09/2025 | 2. Các nhiệm vụ về chuyển đổi số … | STT | Nhiệm vụ | …"): each is
 * split into the row and the heading (a row of its own); the header is dropped.
 */
function splitRunOnRows(rows: string[][], lines: number[], header: string[]): { rows: string[][]; lines: number[] } {
  const width = header.length;
  if (!rows.some((cells) => cells.length > width + 1)) return { rows, lines };
  const out: string[][] = [];
  const outLines: number[] = [];
  rows.forEach((cells, r) => {
    const line = lines[r] ?? 0;
    const at = cells.length > width + 1 ? repeatedHeaderAt(cells, header) : -1;
    if (at < 0) {
      out.push(cells);
      outLines.push(line);
      return;
    }
    const between = cells.slice(width, at).filter((c) => c.trim() !== '');
    // the header repeats the table's own: it is dropped, as a header row of the same columns is
    for (const part of [cells.slice(0, width), ...(between.length ? [between] : [])]) {
      out.push(part);
      outLines.push(line);
    }
  });
  return { rows: out, lines: outLines };
}

/** Where, past the first row's worth of cells, the rest of the row repeats the header, or -1. */
function repeatedHeaderAt(cells: string[], header: string[]): number {
  const k = cells.length - header.length;
  if (k < header.length) return -1;
  return header.every((h, i) => fold(h).trim() === fold(cells[k + i] ?? '').trim()) ? k : -1;
}

/**
 * A group row at the top of a table under a numbered heading, numbered next after that heading
 * ("2. Các nhiệm vụ …" in the table under "1. Các nhiệm vụ …"), is the heading's next sibling, and
 * so is each numbered group row after such a one (`after`): their ids follow the heading's, and do
 * not take the numbers of the table's rows.
 */
function besideBase(base: string, token: string, after: boolean): string | undefined {
  const dot = base.lastIndexOf('.');
  const last = base.slice(dot + 1);
  if (!/^\d+$/.test(last) || !/^\d+$/.test(token) || (!after && Number(token) !== Number(last) + 1)) return undefined;
  return dot < 0 ? token : `${base.slice(0, dot)}.${token}`;
}

/** A row that is a header again (tables split across pages repeat their header). */
function isHeaderRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length >= 2 && columnRoles(filled).every((r) => r !== undefined);
}

interface Open { key: string; item: Item }

/**
 * A cell that is a label and nothing else ("II", "3", "b)"): the start of a row of its own, even
 * when the row is too short for its cells to be read by column (a group row "| II | CHỈ ĐẠO |"
 * whose empty cells were lost), so never the second half of the task above it.
 */
function bareLabel(cell: string | undefined): boolean {
  const t = cell?.trim() ?? '';
  return t !== '' && t.length <= 8 && readLabel(labelCellText(t, 'x'))?.rest === 'x';
}

/** A label cell and the text after it as one line: the cell often goes without its dot ("II", "5"). */
function labelCellText(label: string, rest: string): string {
  return `${label}${/[.)-]$/.test(label) ? '' : '.'} ${rest}`;
}

/** "I.2" under "I" is "2"; "11.1" under "I" stays "11.1" (its prefix is not the parent's). */
function tokenUnder(parentId: string, token: string): string {
  if (!token.includes('.')) return token;
  const parts = token.split('.');
  const prefix = parts.slice(0, -1).join('.');
  return parentId.endsWith(`.${prefix}`) || parentId === prefix ? (parts[parts.length - 1] as string) : token;
}

/**
 * Items for the rows of a table, nested under its group rows. `base` is the id path of the
 * appendix the table belongs to; `taken` the ids already used in the document.
 */
export function tableItems(header: string[], given: string[][], givenLines: number[], base: string): Item[] {
  const { rows, lines } = splitRunOnRows(given, givenLines, header);
  let roles = columnRoles(header);
  const labelCol = roles.indexOf('label');
  const top: Item[] = [];
  const stack: Open[] = [];
  let last: { item: Item; row: number } | undefined;
  const join = (token: string): string => (base ? `${base}.${token}` : token);
  /** group rows have been read as siblings of the heading over the table (besideBase) */
  let besideHeading = false;
  rows.forEach((cells, r) => {
    if (isHeaderRow(cells)) { roles = columnRoles(cells.length === header.length ? cells : header); return; }
    const line = lines[r] ?? 0;
    const filled = cells.filter((c) => c.trim() !== '');
    // Cells align from the left; a row may have lost empty cells at its end.
    const labelCell = (labelCol >= 0 && cells.length <= header.length && cells.length >= header.length - 2 ? cells[labelCol] : undefined) ?? '';
    // A task whose text broke into a second row ("…Giấy hẹn khám lại;" / "| | Kết quả xét
    // nghiệm; …"): an unlabeled row after a numbered one that did not end its sentence, or that
    // starts in lower case (a group heading never does).
    const prev = last?.item;
    const textAt = roles.indexOf('text');
    if (prev && last?.row === r - 1 && labelCol >= 0 && textAt >= 0 && labelCell.trim() === '' && !bareLabel(cells[labelCol]) && prev.cells !== undefined && cells.length <= prev.cells.length
      && /^\d+(\.\d+)*\.?$/.test(prev.label) && (cells[textAt] ?? '').trim() !== '' && (!/[.!?]["”)]?$/.test(prev.text ?? '') || /^\p{Ll}/u.test((cells[textAt] ?? '').trim()))) {
      prev.rows = [...(prev.rows ?? [prev.cells]), cells];
      prev.cells = prev.cells.map((c, i) => [c.trim(), (cells[i] ?? '').trim()].filter(Boolean).join(' '));
      prev.text = prev.cells[textAt];
      last.row = r;
      return;
    }
    // A row numbered in Roman beside an open Roman group is the next group, whatever else its
    // cells hold (a stray "năm tiếp theo" left by the conversion): tasks are never numbered so.
    const roman = readLabel(`${labelCell.trim()} x`)?.scheme === 'roman' && stack.some((o) => o.key === 'roman');
    const group = roman || filled.length <= 2 && cells.length < header.length - 1 || (filled.length <= 2 && cells.slice(labelCol + 2).every((c) => c.trim() === '') && !/^\d+(\.\d+)*\.?$/.test(labelCell.trim()));
    if (group) {
      // the heading is the label and the title; a Roman row's other cells stay in its cells
      if (roman) filled.splice(2);
      const text = filled.join(' ').trim();
      const head = filled[0] ?? '';
      const label = readLabel(filled.length === 2 ? labelCellText(head, filled[1] as string) : text) ?? readLabel(`${text} x`);
      const key = label ? levelKey(label) : 'group';
      const at = stack.findIndex((o) => o.key === key);
      if (at >= 0) stack.length = at;
      const token = label?.token || `g${r + 1}`;
      const parent = stack[stack.length - 1]?.item;
      const beside = parent ? undefined : besideBase(base, token, besideHeading);
      if (beside) besideHeading = true;
      const id = parent ? `${parent.id}.${tokenUnder(parent.id, token)}` : beside ?? join(token);
      const item: Item = { id, label: label?.raw ?? '', title: label ? label.rest || text : text, line, cells };
      if (parent) (parent.items ??= []).push(item);
      else top.push(item);
      stack.push({ key, item });
      return;
    }
    const labelText = labelCell.trim();
    const token = labelText.replace(/\.$/, '') || `r${r + 1}`;
    const parent = stack[stack.length - 1]?.item;
    const item: Item = { id: parent ? `${parent.id}.${tokenUnder(parent.id, token)}` : join(token), label: labelText, line, cells };
    const textCol = roles.indexOf('text') >= 0 ? roles.indexOf('text') : roles.indexOf('indicator');
    const text = textCol >= 0 ? cells[textCol]?.trim() : undefined;
    if (text) item.text = text;
    if (parent) (parent.items ??= []).push(item);
    else top.push(item);
    last = { item, row: r };
  });
  return top;
}
