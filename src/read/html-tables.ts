// HTML tables inside Markdown: converters write a table with merged cells (a group row across
// every column, a lead body shared by several rows) as <table><tr><td>… rather than as a pipe
// table. Read as rows of cells, as a pipe table's are: a cell spanning columns (colspan) is
// followed by empty cells, one spanning rows (rowspan) is repeated in the rows below it, <br>
// breaks a cell's lines, other tags go, entities are decoded. One pass over the text, no
// backtracking: linear in its length.

/** One row: its cells (each the lines its <br>s make) and where it starts in the HTML. */
export interface HtmlRow {
  cells: string[][];
  offset: number;
}

/** A part of an HTML block: a table's rows, or the text around the tables. */
export type HtmlPart = { rows: HtmlRow[]; offset: number } | { text: string; offset: number };

const TABLE = /<table\b[^<>]*>|<\/table\s*>/gi;
const ROW_OR_CELL = /<(\/?)(tr|td|th|thead|tbody|tfoot)\b([^<>]*)>/gi;
const BREAK = /<br\s*\/?>|<\/p\s*>|<\/div\s*>|<\/li\s*>/gi;
/** A tag; "<" is not inside one, so that a run of "<" with no ">" is read once, not once per "<". */
const TAG = /<[^<>]*>/g;
const SPAN = /\b(colspan|rowspan)\s*=\s*["']?(\d{1,4})/gi;
/** Spans beyond this are a converter's accident or hostile: a table is never that wide or long. */
const MAX_SPAN = 64;

const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…' };

/** Decodes the entities a converter writes: named ones above and numeric ones. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] !== '#') return NAMED[e.toLowerCase()] ?? m;
    const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
  });
}

/** The text of HTML with each tag a space (a tag parts words: "A<br>B" is two words). */
export function stripTags(html: string): string {
  return html.replace(TAG, ' ');
}

/** A cell's HTML as its lines: <br> and block ends break lines, tags go, spaces fold. */
function cellLines(html: string): string[] {
  return html.replace(BREAK, '\n').split('\n')
    .map((line) => decodeEntities(stripTags(line)).replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

function spans(attributes: string): { colspan: number; rowspan: number } {
  const out = { colspan: 1, rowspan: 1 };
  for (const m of attributes.matchAll(SPAN)) {
    const n = Math.min(Math.max(Number(m[2]), 1), MAX_SPAN);
    if ((m[1] as string).toLowerCase() === 'colspan') out.colspan = n;
    else out.rowspan = n;
  }
  return out;
}

/** The rows of one table's HTML (between <table> and </table>). */
function tableRows(html: string, base: number): HtmlRow[] {
  const rows: HtmlRow[] = [];
  // cells carried down by rowspan: column → [lines, rows left]
  const carried = new Map<number, [string[], number]>();
  let row: HtmlRow | undefined;
  let cell: { start: number; colspan: number; rowspan: number } | undefined;
  const closeCell = (end: number): void => {
    if (!row || !cell) return;
    const lines = cellLines(html.slice(cell.start, end));
    place(row, lines, cell.colspan, cell.rowspan);
    cell = undefined;
  };
  const place = (r: HtmlRow, lines: string[], colspan: number, rowspan: number): void => {
    // the columns a cell from a row above still holds come first
    while (carried.has(r.cells.length)) takeCarried(r);
    const at = r.cells.length;
    r.cells.push(lines);
    for (let k = 1; k < colspan; k++) r.cells.push([]);
    if (rowspan > 1) carried.set(at, [lines, rowspan - 1]);
  };
  const takeCarried = (r: HtmlRow): void => {
    const col = r.cells.length;
    const [lines, left] = carried.get(col) as [string[], number];
    r.cells.push(lines);
    if (left > 1) carried.set(col, [lines, left - 1]);
    else carried.delete(col);
  };
  const closeRow = (end: number): void => {
    closeCell(end);
    if (!row) return;
    // carried cells after the row's last own cell
    const own = row.cells.length;
    for (const col of [...carried.keys()].filter((c) => c >= own).sort((a, b) => a - b)) {
      while (row.cells.length < col) row.cells.push([]);
      takeCarried(row);
    }
    if (row.cells.some((c) => c.length > 0)) rows.push(row);
    row = undefined;
  };
  ROW_OR_CELL.lastIndex = 0;
  for (let m = ROW_OR_CELL.exec(html); m; m = ROW_OR_CELL.exec(html)) {
    const closing = m[1] === '/';
    const tag = (m[2] as string).toLowerCase();
    if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') { closeRow(m.index); continue; }
    if (tag === 'tr') {
      closeRow(m.index);
      if (!closing) row = { cells: [], offset: base + m.index };
      continue;
    }
    // td or th
    closeCell(m.index);
    if (closing) continue;
    if (!row) row = { cells: [], offset: base + m.index };
    cell = { start: m.index + m[0].length, ...spans(m[3] as string) };
  }
  // a carried cell with no row left to take it is dropped with the table
  closeRow(html.length);
  return rows;
}

/** Splits an HTML block into its tables and the text around them; undefined when it holds no table. */
export function htmlParts(html: string): HtmlPart[] | undefined {
  if (!/<(table|tr)\b/i.test(html)) return undefined;
  const parts: HtmlPart[] = [];
  let at = 0;
  let open = -1;
  TABLE.lastIndex = 0;
  const text = (from: number, to: number): void => {
    if (to > from && html.slice(from, to).trim() !== '') parts.push({ text: html.slice(from, to), offset: from });
  };
  for (let m = TABLE.exec(html); m; m = TABLE.exec(html)) {
    if (m[0][1] !== '/') {
      if (open < 0) { text(at, m.index); open = m.index + m[0].length; }
      continue;
    }
    if (open < 0) continue;
    parts.push({ rows: tableRows(html.slice(open, m.index), open), offset: open });
    at = m.index + m[0].length;
    open = -1;
  }
  // rows with no <table> around them, or a table not closed in this block
  if (open >= 0) parts.push({ rows: tableRows(html.slice(open), open), offset: open });
  else if (parts.length === 0) parts.push({ rows: tableRows(html, 0), offset: 0 });
  else text(at, html.length);
  return parts.filter((p) => !('rows' in p) || p.rows.length > 0);
}
