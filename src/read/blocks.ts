// Source text to the block stream, by format. Both readers feed the same segmenter.

import { findDashTables } from '../blocks/dash-tables.js';
import { findLineTables, findPipeTables } from '../blocks/pipe-tables.js';
import { segment, type SegmentResult } from '../blocks/segment.js';
import { findSpacedTables } from '../blocks/spaced-tables.js';
import type { Group } from '../blocks/types.js';
import type { SourceFormat } from '../model/types.js';
import { stripInlineMarkup } from '../text/markup.js';
import { cleanLine } from '../text/normalize.js';
import { gridTableLines } from './grid-tables.js';
import { readMarkdown } from './markdown.js';
import { readText } from './text.js';

export interface SourceText {
  /** the text with line endings unified to \n and NFC applied */
  text: string;
  lines: string[];
}

/** Unifies line endings and Unicode form; line numbers stay those of the file. */
export function prepareSource(raw: string): SourceText {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n').normalize('NFC');
  return { text, lines: text.split('\n') };
}

export function toBlocks(source: SourceText, format: SourceFormat): SegmentResult {
  const markdown = format === 'markdown';
  // Every line cleaned once: the table finder, the text reader and the segmenter all read them.
  const cleaned = source.lines.map(cleanLine);
  const raw = markdown ? source.lines : cleaned;
  const clean = markdown ? stripInlineMarkup : same;
  // numbered apart from the Markdown parser's tables, which count from 1, and from each other
  const cellTables = findPipeTables(raw, clean, CELL_TABLES_FROM);
  // the source lines as written: cleaning turns the tabs that part cells into spaces
  // (grid tables, "+---+" borders around "|" lines, are left to the Markdown reader)
  const grids = markdown ? gridTableLines(source.lines) : new Set<number>();
  const lineTables = findLineTables(source.lines, markdown ? stripInlineMarkup : cleanLine, markdown, grids.size ? new Set([...cellTables.used, ...grids]) : cellTables.used, LINE_TABLES_FROM);
  const lined = new Set([...cellTables.used, ...lineTables.used]);
  // tables ruled with dashes, as pandoc writes a Word table to Markdown or plain text
  const dashed = findDashTables(raw, clean, lined, DASH_TABLES_FROM);
  const taken = new Set([...lined, ...dashed.used]);
  // plain text from a PDF keeps its tables' columns as runs of spaces
  const spaced = markdown ? { groups: [], used: new Set<number>() } : findSpacedTables(cleaned, taken, SPACED_TABLES_FROM);
  const pipes = { groups: [...cellTables.groups, ...lineTables.groups, ...dashed.groups, ...spaced.groups], used: new Set([...taken, ...spaced.used]) };
  // Lines of flattened tables are blanked (line numbers kept) before the reader sees the text.
  const blanked = (lines: string[]): string[] => (pipes.used.size ? lines.map((l, i) => (pipes.used.has(i + 1) ? '' : l)) : lines);
  const read = markdown ? readMarkdown(blanked(source.lines).join('\n')) : readText(blanked(cleaned));
  const groups = pipes.groups.length ? mergeByLine(read, pipes.groups) : read;
  return segment(groups, cleaned, { unmarkedHeadings: !markdown, blankLinesLost: !markdown || blankLinesLost(source.lines) });
}

/**
 * Fewer blank lines than this per 1,000 characters of text: the paragraphs were run together.
 * Counted against characters, not lines, so that the same text wrapped differently gives the
 * same answer (about one blank line per page of text at least, where paragraphs are kept).
 */
const BLANK_LINES_PER_1000_CHARS = 0.5;

const same = (s: string): string => s;

/** Table numbers of the flattened tables found before either reader: far from the Markdown parser's. */
const CELL_TABLES_FROM = 1_000_000;
const LINE_TABLES_FROM = 2_000_000;
const SPACED_TABLES_FROM = 3_000_000;
const DASH_TABLES_FROM = 4_000_000;

function blankLinesLost(lines: string[]): boolean {
  let blank = 0;
  let chars = 0;
  for (const l of lines) {
    const t = l.trim();
    if (t === '') blank++;
    else chars += t.length;
  }
  return blank * 1000 < BLANK_LINES_PER_1000_CHARS * chars;
}

function mergeByLine(a: Group[], b: Group[]): Group[] {
  const first = (g: Group): number => g.lines[0]?.line ?? 0;
  return [...a, ...b].sort((x, y) => first(x) - first(y));
}
