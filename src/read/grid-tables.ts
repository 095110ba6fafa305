// Grid tables, as pandoc writes a table whose cells wrap over several lines:
//
//   +-----+----------------------+-----------------+
//   | TT  | Nhiệm vụ             | Cơ quan chủ trì |
//   +=====+======================+=================+
//   | 1   | Xây dựng cơ sở dữ    | Sở Tư pháp      |
//   |     | liệu hộ tịch         |                 |
//   +-----+----------------------+-----------------+
//
// CommonMark has no such table: remark reads it as one paragraph. Read here as rows of cells: a
// row runs from one border line to the next, each cell's lines joined (a cell wrapped by the
// converter). Cells are parted at "|", so a wide character or a decomposed letter does not move
// a column; a row with fewer parts (a merged cell) is padded with empty cells.

/** A border line: "+---+---+", "+===+===+" (under the header), with ":" for alignment. */
const BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;
const CONTENT = /^\s*\|.*\|\s*$/;

export interface GridRow {
  cells: string[];
  /** each source line of the row, its cells' parts on that line */
  lines: string[][];
  /** index of the row's first line among the table's lines */
  at: number;
  header: boolean;
}

/** Whether `lines` are one grid table, from its top border to its bottom border. */
export function isGridTable(lines: readonly string[]): boolean {
  if (lines.length < 3 || !BORDER.test(lines[0] as string) || !BORDER.test(lines[lines.length - 1] as string)) return false;
  return lines.every((l) => BORDER.test(l) || CONTENT.test(l));
}

/**
 * The lines (1-based) of every grid table in `lines`, from a border line to the last border line
 * of its run: the Markdown parser's to read whole, not the line-table finder's, which would take a
 * tall row of "|" lines for a table of its own.
 */
export function gridTableLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!BORDER.test(lines[i] as string)) continue;
    let last = i;
    let k = i + 1;
    for (; k < lines.length && (BORDER.test(lines[k] as string) || CONTENT.test(lines[k] as string)); k++) if (BORDER.test(lines[k] as string)) last = k;
    if (last > i + 1) for (let n = i; n <= last; n++) out.add(n + 1);
    i = Math.max(i, last);
  }
  return out;
}

/** The rows of a grid table (see isGridTable); the rows above a "+===+" border are the header. */
export function gridRows(lines: readonly string[]): GridRow[] {
  const width = ((lines[0] as string).trim().match(/\+/g)?.length ?? 1) - 1;
  const rows: GridRow[] = [];
  let parts: string[][] = [];
  let own: string[][] = [];
  let at = -1;
  const close = (header: boolean): void => {
    if (at >= 0) {
      const cells = Array.from({ length: Math.max(width, parts.length) }, (_, k) => (parts[k] ?? []).join(' ').replace(/\s+/g, ' ').trim());
      if (cells.some((c) => c !== '')) rows.push({ cells, lines: own, at, header });
    }
    parts = [];
    own = [];
    at = -1;
  };
  lines.forEach((line, i) => {
    if (BORDER.test(line)) {
      const header = line.includes('=');
      close(header);
      // every row above the "=" border is the header's
      if (header) for (const r of rows) r.header = true;
      return;
    }
    if (at < 0) at = i;
    const inner = line.trim().slice(1, -1).split('|').map((cell) => cell.trim());
    inner.forEach((cell, k) => {
      (parts[k] ??= []).push(cell);
    });
    own.push(inner);
  });
  close(false);
  return rows;
}

/** A paragraph of one cell: its column, its text and the line of the row (0-based) it starts on. */
export interface CellParagraph { column: number; text: string; from: number }

/**
 * The paragraphs of each cell of a row, column by column: a cell's lines up to an empty one are one
 * paragraph (pandoc wraps a cell's text at the column's width, and parts paragraphs with an empty line).
 */
export function cellParagraphs(row: GridRow): CellParagraph[] {
  const out: CellParagraph[] = [];
  const width = row.lines.reduce((n, l) => Math.max(n, l.length), 0);
  for (let k = 0; k < width; k++) {
    let open: CellParagraph | undefined;
    row.lines.forEach((parts, j) => {
      const part = parts[k] ?? '';
      if (part === '') { open = undefined; return; }
      if (open) { open.text += ` ${part}`; return; }
      out.push((open = { column: k, text: part, from: j }));
    });
  }
  return out;
}
