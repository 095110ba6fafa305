// The block stream: both readers (Markdown and plain text) produce Groups of RawLines; the
// segmenter turns them into Blocks, one per logical paragraph, heading or table row.

/** One physical source line after inline markup is removed. */
export interface RawLine {
  /** 1-based line in the source file */
  line: number;
  /** text without Markdown markup, cleaned (NFC, spaces, dashes), not trimmed of inner spaces */
  text: string;
  /** number of leading characters of `text` that were bold (or bold-italic) in the source */
  strongPrefix: number;
}

export type GroupType = 'heading' | 'paragraph' | 'row';

/** Lines that the reader knows belong together (a Markdown paragraph, heading, or table row). */
export interface Group {
  type: GroupType;
  /** Markdown heading depth (1-6) for `heading` */
  depth?: number;
  lines: RawLine[];
  /** cells of a table row, for `row` */
  cells?: string[];
  /** the row is a header row of its table */
  headerRow?: boolean;
  /** groups of the same table share this number */
  table?: number;
}

export type BlockType = 'heading' | 'paragraph' | 'row';

/** One logical unit of the document: a heading, a paragraph (wrapped lines joined) or a table row. */
export interface Block {
  type: BlockType;
  /** text with wrapped lines joined by single spaces */
  text: string;
  /** the physical lines of the block, cleaned and trimmed (for layouts where line breaks matter) */
  lines: string[];
  /** first and last source line */
  line: number;
  endLine: number;
  /** the whole block was bold, or it was a Markdown heading */
  strong: boolean;
  /** length of the leading bold run of `text` (0 when none) */
  strongPrefix: number;
  depth?: number;
  cells?: string[];
  headerRow?: boolean;
  table?: number;
}
