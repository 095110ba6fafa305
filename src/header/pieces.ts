// The header readers work on pieces: one physical line, or one column of it, with what separates
// it from the piece before. "|" separates columns, runs of -, _, =, * (and a lone *) are rules.

import type { Block } from '../blocks/types.js';
import { squashSpaces } from '../text/normalize.js';
import { trimChars } from './casing.js';

export interface Piece {
  /** the text, markup remnants removed, spaces folded */
  text: string;
  block: number;
  /** index in `block.lines`, or -1 when the piece is a whole table cell */
  line: number;
  /** a column border ("|", a table cell, a wide gap) or a rule comes before this piece */
  brk: 'none' | 'cell' | 'rule';
  /** the first piece of its block */
  first: boolean;
  /** the piece is a cell of a data table (a row of three or more cells), not of a two-column layout */
  inTable: boolean;
}

export interface Pieces {
  list: Piece[];
  /** for each block, the index of its first piece; `start[b + 1]` ends it */
  start: number[];
}

interface Source {
  text: string;
  line: number;
  cell: boolean;
}

const RULE = /[-_=~*]{3,}/;
const WIDE_GAP = /\s{3,}/;
const MARKUP = /[\\*_+•]/;

export function toPieces(blocks: readonly Block[]): Pieces {
  const list: Piece[] = [];
  const start: number[] = [];
  blocks.forEach((block, b) => {
    const blockStart = list.length;
    start.push(blockStart);
    let brk: Piece['brk'] = 'none';
    let first = true;
    const inTable = (block.cells?.filter((c) => c.trim() !== '').length ?? 0) > 2;
    for (const src of sourcesOf(block)) {
      if (src.cell && list.length > blockStart) brk = brk === 'rule' ? 'rule' : 'cell';
      const parts = src.text.split('|');
      parts.forEach((part, p) => {
        if (p > 0) brk = brk === 'rule' ? 'rule' : 'cell';
        if (part.trim() === '') return;
        const chunks = part.split(RULE);
        chunks.forEach((chunk, c) => {
          if (c > 0) brk = 'rule';
          const text = clean(chunk);
          if (text === '') {
            if (chunk.includes('*') && trimChars(chunk, ' \t*') === '') brk = 'rule';
            return;
          }
          list.push({ text, block: b, line: src.line, brk, first, inTable });
          brk = 'none';
          first = false;
        });
      });
    }
  });
  start.push(list.length);
  return { list, start };
}

/** Removes escapes, stray bold/italic markers, heading hashes and table-delimiter colons. */
function clean(s: string): string {
  const squashed = squashSpaces(s);
  // escapes, bold and italic markers and bullets all need one of these characters
  const t = !MARKUP.test(squashed) ? squashed : squashed
    .replace(/\\([^\p{L}\p{N}\s])/gu, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/^ ?[*+•] (?=\S)/u, '- ');
  const u = trimChars(trimChars(t, ' #*_:', 'start'), ' *_', 'end');
  return trimChars(u, ' :.-*_') === '' ? '' : u;
}

function sourcesOf(block: Block): Source[] {
  if (block.type === 'row' && block.cells && block.cells.length > 0) {
    const aligned = alignCells(block.cells, block.lines);
    if (aligned) return aligned;
    return block.cells.map((text) => ({ text, line: -1, cell: true }));
  }
  const lines = block.lines.length > 0 ? block.lines : [block.text];
  const gapped = !lines.some((l) => l.includes('|')) && lines.some((l) => WIDE_GAP.test(l.trim()));
  if (!gapped) return lines.map((text, line) => ({ text, line, cell: false }));
  // Two columns side by side in plain text: read the left column, then the right one.
  const left: Source[] = [];
  const right: Source[] = [];
  lines.forEach((l, line) => {
    const [a = '', ...rest] = l.trim().split(WIDE_GAP);
    left.push({ text: a, line, cell: false });
    rest.forEach((text, k) => right.push({ text, line, cell: k === 0 && right.length === 0 }));
  });
  return [...left, ...right];
}

/** Gives each table cell its own physical lines when the row's lines spell its cells in order. */
function alignCells(cells: readonly string[], lines: readonly string[]): Source[] | undefined {
  const out: Source[] = [];
  let li = 0;
  for (const cell of cells) {
    const target = squashSpaces(cell);
    if (target === '') continue;
    let sofar = '';
    let firstOfCell = true;
    while (sofar.length < target.length && li < lines.length) {
      const t = squashSpaces(lines[li] as string);
      if (t !== '') {
        const next = sofar === '' ? t : `${sofar} ${t}`;
        if (!target.startsWith(next)) return undefined;
        sofar = next;
        out.push({ text: lines[li] as string, line: li, cell: firstOfCell });
        firstOfCell = false;
      }
      li++;
    }
    if (sofar !== target) return undefined;
  }
  return out;
}
