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
