// Groups to Blocks: one block per logical paragraph, heading or table row. Splits a group where a
// line starts a new label, joins soft-wrapped lines (also across a page break), drops stray page
// numbers and decoration lines, and keeps track of every source line it used.

import { readLabel } from '../outline/labels.js';
import { CONNECTOR_WORDS, NUMBER_FOLLOWS_WORDS, NUMBER_SIGN_AFTER, PAGE_NUMBER } from '../lexicon/layout.js';
import { DEADLINE_LABELS, OUTPUT_LABELS } from '../lexicon/attributes.js';
import { LEAD_LABELS, SUPPORT_LABELS } from '../lexicon/bodies.js';
import { fold } from '../text/normalize.js';
import { extractAssignment, isBodyName, startsWithVerb } from '../extract/bodies.js';
import { isAssigningParagraph } from '../classify/sections.js';
import type { Block, Group, RawLine } from './types.js';

/** Decoration: rules, asterisks, underscores. */
const CHUNK_NAME = /^[\p{L}\d]+(?:_[\p{L}\d]+){2,}$/u;
const DECORATION = /^(?:[-_=*~.•·|\\/ ]{1,}|\[\^?\d+\])$/;
const ENDS_SENTENCE = /[.;:!?…"”)]$/;
const STARTS_LOWER = /^[\p{Ll}]/u;

export interface SegmentResult {
  blocks: Block[];
  /** source lines dropped as page numbers or decoration */
  dropped: { line: number; text: string; reason: 'page-number' | 'decoration' }[];
}

export interface SegmentOptions {
  /**
   * Plain text marks no headings, so a short labeled line followed by a capitalised line ends a
   * heading there; Markdown marks them (bold, #), and its converters often leave a short first line.
   */
  unmarkedHeadings: boolean;
  /**
   * The blank lines between paragraphs were lost (a converter joined everything): paragraph
   * breaks must be guessed from short lines. Where blank lines are kept, a short line inside a
   * paragraph is only where the text was wrapped, and wrapping it differently changes nothing.
   */
  blankLinesLost?: boolean;
}

export function segment(groups: Group[], sourceLines: string[], options: SegmentOptions = { unmarkedHeadings: false, blankLinesLost: true }): SegmentResult {
  const blank = (line: number): boolean => (sourceLines[line - 1] ?? '').trim() === '';
  const dropped: SegmentResult['dropped'] = [];
  const blocks: Block[] = [];
  const lineWidth = documentWidth(groups);
  for (const group of groups) {
    if (group.type === 'row') {
      blocks.push(rowBlock(group));
      continue;
    }
    const pieces = splitGroup(group, dropped, options, lineWidth);
    for (const piece of pieces) {
      const block = toBlock(piece, group);
      const prev = blocks[blocks.length - 1];
      if (prev && continues(prev, block, piece, blank)) merge(prev, block);
      else blocks.push(block);
    }
  }
  return { blocks, dropped };
}

function rowBlock(group: Group): Block {
  const first = group.lines[0] as RawLine;
  const last = group.lines[group.lines.length - 1] as RawLine;
  const block: Block = {
    type: 'row', text: (group.cells ?? []).filter((c) => c !== '').join(' | '),
    lines: group.lines.map((l) => l.text), line: first.line, endLine: last.line,
    strong: false, strongPrefix: 0, cells: group.cells ?? [],
  };
  if (group.headerRow) block.headerRow = true;
  if (group.table !== undefined) block.table = group.table;
  return block;
}

/**
 * How long the document's long lines are: the 95th percentile of its line lengths. A document
 * wrapped at a width has it near that width; one typed a paragraph a line has it far above any
 * heading's length.
 */
function documentWidth(groups: Group[]): number {
  const lengths: number[] = [];
  for (const g of groups) if (g.type !== 'row') for (const l of g.lines) lengths.push(l.text.length);
  if (lengths.length < 10) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.95)] as number;
}

/** Splits a group's lines into pieces, each starting at a label or after a heading line. */
function splitGroup(group: Group, dropped: SegmentResult['dropped'], options: SegmentOptions, lineWidth: number): RawLine[][] {
  const pieces: RawLine[][] = [];
  let current: RawLine[] = [];
  // A rule line (----, ***) between a title and the text below it ends the block above it.
  const afterRule = new Set<RawLine>();
  let rule = false;
  const lines = withLoneBullets(group.lines, dropped).filter((l) => {
    const t = l.text.trim();
    // A number alone on a line is a page or footnote number, never text: labels carry a dot,
    // a dash or a bracket. (Flattened table cells, where "6" is a row number, never get here.)
    if (PAGE_NUMBER.test(t)) { dropped.push({ line: l.line, text: t, reason: 'page-number' }); return false; }
    if (DECORATION.test(t)) {
      dropped.push({ line: l.line, text: t, reason: 'decoration' });
      rule = rule || /[-_=*~]{3,}/.test(t);
      return false;
    }
    if (rule) afterRule.add(l);
    rule = false;
    return true;
  });
  const width = unwrapped(lines) ? Number.MAX_SAFE_INTEGER : wrapWidth(lines);
  // what holds for every line of the current piece, kept as lines are added (asking the piece
  // each time would be quadratic in its length)
  const piece: Piece = { first: undefined, allStrong: true, allUpper: true };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as RawLine;
    const prev = current[current.length - 1];
    if (prev && group.type !== 'heading' && (afterRule.has(line) || startsNewPiece(prev, line, piece, options, lineWidth) || paragraphEnds(prev, line, options.blankLinesLost === false ? Infinity : width, options.blankLinesLost !== false))) {
      pieces.push(current);
      current = [];
    }
    if (!current.length) Object.assign(piece, { first: line, allStrong: true, allUpper: true });
    current.push(line);
    piece.allStrong &&= line.strongPrefix >= line.text.length;
    piece.allUpper &&= isUpper(line.text);
  }
  if (current.length) pieces.push(current);
  return pieces;
}

const LONE_BULLET = /^[-+•]$/;

/**
 * A bullet alone on its line with the text on the next line ("-" then "Các cấp ủy…", as PDF
 * copies break them) is one labeled line, not a decoration and a paragraph.
 */
function withLoneBullets(lines: RawLine[], dropped: SegmentResult['dropped']): RawLine[] {
  const out: RawLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as RawLine;
    const next = lines[i + 1];
    const bullet = line.text.trim();
    if (next && LONE_BULLET.test(bullet) && !LONE_BULLET.test(next.text.trim()) && !DECORATION.test(next.text.trim())) {
      out.push({ ...next, text: `${bullet} ${next.text}`, strongPrefix: next.strongPrefix ? next.strongPrefix + bullet.length + 1 : 0 });
      dropped.push({ line: line.line, text: bullet, reason: 'decoration' });
      i++;
    } else out.push(line);
  }
  return out;
}

/** The width lines were wrapped at: the longest of the group, when the group is wrapped at all. */
function wrapWidth(lines: RawLine[]): number {
  let max = 0;
  for (const l of lines) if (l.text.length > max) max = l.text.length;
  return lines.length >= 3 ? max : Infinity;
}

const STARTS_UPPER = /^[\p{Lu}"“(]/u;
const ENDS_CLAUSE = /[.;:!?…]["”)]?$/;
/** A heading line among paragraphs: short, and labeled or in capitals ("V. TỔ CHỨC THỰC HIỆN", "1. Mục đích"). */
const SHORT_LINE = 80;

/**
 * Every line of the group ends a sentence or clause, or is a short heading: paragraphs of one line
 * each, written with no wrapping and the blank lines between them lost (a word processor's text
 * saved as plain text), so that a sentence ends its paragraph whatever its length
 * ("3. Đề nghị ... cộng đồng." / "Trong quá trình thực hiện, nếu có khó khăn ...").
 */
function unwrapped(lines: RawLine[]): boolean {
  if (lines.length < 3) return false;
  let sentences = 0;
  for (const l of lines) {
    if (ENDS_CLAUSE.test(l.text)) sentences++;
    else if (!(l.text.length <= SHORT_LINE && (isUpper(l.text) || readLabel(l.text)))) return false;
  }
  return sentences >= 2;
}

/**
 * Paragraph breaks lost by converters that drop blank lines: a clause ending with ";" or ":" and
 * a capitalised line; a sentence ending well short of the wrap width and a capitalised line; the
 * switch between upper-case title lines and sentence-case text.
 */
function paragraphEnds(prev: RawLine, line: RawLine, width: number, blankLinesLost: boolean): boolean {
  const upperPrev = isUpper(prev.text);
  const upperLine = isUpper(line.text);
  if (upperPrev !== upperLine && (upperPrev ? STARTS_UPPER.test(line.text) : /[.;:!?]$/.test(prev.text))) return true;
  if (!STARTS_UPPER.test(line.text)) return false;
  if (/[;:]$/.test(prev.text)) return true;
  // where blank lines were lost, a sentence and then a line that assigns work to a body ("Yêu cầu
  // Sở Tài chính ...", "Giao ..."): a letter's next point, however long the line before it
  if (blankLinesLost && /[.!?…]$/.test(prev.text) && isAssigningParagraph(line.text) && extractAssignment(line.text).lead.length > 0) return true;
  return /[.!?…]["”)]?$/.test(prev.text) && width !== Infinity && prev.text.length < width * 0.75;
}

/** A line ending with one of these words goes on with a number (see the layout lexicon). */
const NUMBER_FOLLOWS = new RegExp(`(?:^|\\s)(?:${NUMBER_FOLLOWS_WORDS.join('|')}|(?:${NUMBER_SIGN_AFTER.join('|')})\\s+số)$`, 'u');
const ENDS_WITH_CONNECTOR = new RegExp(`\\s(?:${CONNECTOR_WORDS.join('|')})$`, 'u');
const NUMERIC_SCHEMES = new Set(['arabic', 'decimal', 'roman-decimal', 'paren-number']);
/** Labels that are words ("Điều 5.", "Phụ lục ...") also occur inside sentences. */
const WORD_SCHEMES = new Set(['part', 'chapter', 'mục', 'article', 'appendix']);

interface Piece {
  first: RawLine | undefined;
  /** every line so far is bold throughout */
  allStrong: boolean;
  /** every line so far is upper case */
  allUpper: boolean;
}

function startsNewPiece(prev: RawLine, line: RawLine, current: Piece, options: SegmentOptions, lineWidth: number): boolean {
  const label = readLabel(line.text);
  if (label && NUMERIC_SCHEMES.has(label.scheme) && NUMBER_FOLLOWS.test(prev.text)) return false;
  if (label && WORD_SCHEMES.has(label.scheme) && !ENDS_SENTENCE.test(prev.text) && !isUpper(prev.text) && prev.strongPrefix < prev.text.length && !isUpper(line.text)) return false;
  if (label) {
    if (!label.bullet) return true;
    // A dash after a wrapped line may be "kinh tế - xã hội" broken before the dash.
    if (ENDS_SENTENCE.test(prev.text) || /[,]$/.test(prev.text)) return true;
    return !STARTS_LOWER.test(label.rest);
  }
  // An attribute line under a task ("Cơ quan phối hợp: ...", "Thời gian hoàn thành: Quý II/2025") is a field of its own.
  if (startsWithAttributeLabel(line.text) && /[.;,]$/.test(prev.text)) return true;
  // A bold line standing for a heading, followed by plain text.
  if (current.allStrong && line.strongPrefix === 0 && (readLabel((current.first as RawLine).text) !== undefined || isUpper(prev.text))) return true;
  // A short labeled line with no sentence ending, then a capitalised line: "1. Mục đích" / "Cụ thể ...".
  const boldRun = prev.strongPrefix >= prev.text.length && line.strongPrefix > 0;
  if (options.unmarkedHeadings && current.first === prev && !boldRun && isShortHeadingLine(prev.text, lineWidth) && /^[\p{Lu}\d"“(]/u.test(line.text)) return true;
  // A longer one when it names bodies and the next line starts with their duty: "2. Thủ trưởng các phòng, ban; Chủ
  // tịch UBND các xã, thị trấn" / "Căn cứ Kế hoạch này, ...". A wrapped name goes on with no verb ("... nhân dân" / "Tỉnh ...").
  if (options.unmarkedHeadings && current.first === prev && !boldRun && titledByBodies(prev.text) && STARTS_UPPER.test(line.text) && startsWithVerb(line.text)) return true;
  // An upper-case heading line followed by a sentence-case line.
  if (isUpper(prev.text) && !isUpper(line.text) && current.allUpper && readLabel((current.first as RawLine).text)) return true;
  return false;
}

/** Longest first, so that "Cơ quan chủ trì thực hiện:" is read whole. */
const ATTRIBUTE_LABELS = [...LEAD_LABELS, ...SUPPORT_LABELS, ...DEADLINE_LABELS, ...OUTPUT_LABELS].map((l) => fold(l)).sort((a, b) => b.length - a.length);
const LONGEST_ATTRIBUTE = Math.max(...ATTRIBUTE_LABELS.map((l) => l.length));

/** Whether a line opens with an attribute label and its colon: "Cơ quan chủ trì: Sở Tư pháp". */
function startsWithAttributeLabel(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 1 || colon > LONGEST_ATTRIBUTE + 8) return false;
  const head = fold(text.slice(0, colon).replace(/^[-+•*\s]+/u, '')).trim();
  return ATTRIBUTE_LABELS.includes(head);
}

/** A labeled line whose words are bodies' names and nothing else, with no sentence ending. */
function titledByBodies(text: string): boolean {
  const label = readLabel(text);
  return !!label && !label.bullet && label.rest !== '' && !/[.,;:…]$/.test(text) && isBodyName(label.rest);
}

/**
 * Wrapped lines run to within a word of the wrap width; a heading line stops well short of it: at
 * most HEADING_LINE_MAX characters, or under 70% of the document's long lines where they run far
 * longer (typed a paragraph a line, "1- Nâng cao nhận thức của cấp ủy, chính quyền, cán bộ, đảng
 * viên và nhân dân" over its text is a heading).
 */
const HEADING_LINE_MAX = 50;
const UNWRAPPED_SHARE = 0.7;

function isShortHeadingLine(text: string, lineWidth = 0): boolean {
  const label = readLabel(text);
  if (!label || label.bullet || label.rest === '') return false;
  const max = Math.max(HEADING_LINE_MAX, lineWidth * UNWRAPPED_SHARE);
  return text.length <= max && !/[.,;:…]$/.test(text) && !ENDS_WITH_CONNECTOR.test(text);
}

function toBlock(lines: RawLine[], group: Group): Block {
  const first = lines[0] as RawLine;
  const last = lines[lines.length - 1] as RawLine;
  let text = '';
  let strongPrefix = 0;
  let strongOpen = true;
  for (const l of lines) {
    const sep = text === '' ? '' : ' ';
    if (strongOpen && l.strongPrefix > 0) strongPrefix = text.length + sep.length + l.strongPrefix;
    if (l.strongPrefix < l.text.length) strongOpen = false;
    text += sep + l.text;
  }
  text = text.replace(/\s+/g, ' ').trim();
  strongPrefix = Math.min(strongPrefix, text.length);
  // A file or chunk name left as a heading by the tool that split the document
  // ("# 834_2024_VBHN_BLDTBXH_art9_11") is kept as text, but opens no section.
  const heading = group.type === 'heading' && !CHUNK_NAME.test(text);
  const block: Block = {
    type: heading ? 'heading' : 'paragraph', text, lines: lines.map((l) => l.text.trim()),
    line: first.line, endLine: last.line, strong: heading || (strongPrefix >= text.length && text.length > 0),
    strongPrefix: heading ? text.length : strongPrefix,
  };
  if (group.depth !== undefined) block.depth = group.depth;
  return block;
}

/** The next block carries on the previous one: a sentence cut by a page break or a blank line. */
function continues(prev: Block, next: Block, piece: RawLine[], blank: (line: number) => boolean): boolean {
  if (prev.type !== 'paragraph' || next.type !== 'paragraph') return false;
  if (ENDS_SENTENCE.test(prev.text) || prev.strong || next.strong) return false;
  const label = readLabel(next.text);
  // "... so với mức trung bình năm" / "2024.": a number that a Markdown parser read as a list marker goes on with the sentence.
  if ((!label || NUMERIC_SCHEMES.has(label.scheme)) && /^\d/.test(next.text) && NUMBER_FOLLOWS.test(prev.text)) return piece.length > 0 && next.line > prev.endLine;
  if (label && !(label.bullet && STARTS_LOWER.test(label.rest))) return false;
  if (!STARTS_LOWER.test(next.text) && !(label?.bullet)) return false;
  // Only across blank lines or page breaks, not across other blocks.
  void blank;
  return piece.length > 0 && next.line > prev.endLine;
}

function merge(prev: Block, next: Block): void {
  prev.text = `${prev.text} ${next.text}`;
  prev.lines.push(...next.lines);
  prev.endLine = next.endLine;
}

/** Two letters or more, and no letter that upper case would change ("II. MỤC TIÊU", not "Mục tiêu"). */
export function isUpper(s: string): boolean {
  // Read on every line, several times: a lower-case letter settles it without copying the line.
  const lower = LOWER_LETTER.exec(s);
  if (lower && lower[0].toUpperCase() !== lower[0]) return false;
  if (!lower) return TWO_LETTERS.test(s);
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** A letter that upper case may change (lower or title case); without one, the letters are capitals. */
const LOWER_LETTER = /[\p{Ll}\p{Lt}]/u;
/** Two letters, counted as the letters' length was (a letter beyond U+FFFF counts two). */
const TWO_LETTERS = /\p{L}\P{L}*\p{L}|(?=\p{L})[\u{10000}-\u{10FFFF}]/u;
