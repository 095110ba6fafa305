// The header of a document: letterhead, type line and title at the top; signature and recipients
// wherever they stand. Their blocks are consumed, the body starts after the title.

import type { Block } from '../blocks/types.js';
import { LETTER_LABEL, TYPE_CODES } from '../lexicon/kinds.js';
import type { DocumentInfo } from '../model/types.js';
import { squashForCoverage } from '../text/coverage.js';
import { isUpperText, keysOf } from './casing.js';
import { MOTTOS } from './lexicon.js';
import { readPlaceDate } from './date.js';
import { isSubjectLine, readLetterhead, type Letterhead } from './letterhead.js';
import { normalizeNumber, numberTypeCode } from './number.js';
import { toPieces, type Piece, type Pieces } from './pieces.js';
import { isRecipientsHead, readClosings } from './signature.js';
import { findKindLine, horizonOf, isLabel, readTitle, type TitleResult } from './title.js';

export interface HeaderResult {
  document: DocumentInfo;
  /** indexes of blocks whose text now lives in document fields (header, title, signature, recipients) */
  consumed: Set<number>;
  /** index of the first block after the title block, where the body text starts */
  bodyStart: number;
  /**
   * When the title block goes on with body text (no blank line after the title), the index in
   * `blocks[bodyStart].lines` where the body starts; that block is then not consumed.
   */
  bodyLine?: number;
  /**
   * Blocks the header used only in part (a closing row merged with the next table's first row, a
   * title running into the body): block index → indexes in `block.lines` whose text is in
   * document fields. Their blocks are not in `consumed`.
   */
  partial?: Map<number, number[]>;
}

/** The opening letters of each motto line, compared without marks, spaces or punctuation. */
const MOTTO_STARTS = MOTTOS.map((m) => squashForCoverage(m).slice(0, 12));
function hasMotto(text: string): boolean {
  const s = squashForCoverage(text);
  return MOTTO_STARTS.some((m) => s.includes(m));
}
const NUMBER_HINT = /^[sS][ốỐ]\s*[:.]?\s*\d/u;
const LETTERHEAD_SHORT = 40;
const ISSUER_MAX = 150;
const DATE_LINE_MAX = 80;

export function extractHeader(blocks: Block[]): HeaderResult {
  try {
    return extract(blocks);
  } catch {
    return { document: { kind: 'other' }, consumed: new Set(), bodyStart: 0 };
  }
}

function extract(blocks: Block[]): HeaderResult {
  const pieces = toPieces(blocks);
  const list = pieces.list;
  const used = new Uint8Array(list.length);
  const mark = (idx: number[]): void => { for (const k of idx) used[k] = 1; };

  const kind = findKindLine(list);
  const regionEnd = kind ? kind.index : letterheadEnd(list);
  const head = readLetterhead(list, 0, regionEnd);
  mark(head.used);
  let title: TitleResult | undefined;
  if (kind) {
    const blockLength = (b: number): number => blocks[b]?.text.length ?? 0;
    title = readTitle(list, kind, blockLength, head.issuer, (b) => blocks[b]?.text ?? '');
    for (let k = kind.index; k <= title.last; k++) used[k] = 1;
  }
  const late = head.number || kind?.number ? undefined : lateLetterhead(list, used);
  if (late) mark(late.used);
  const closings = readClosings(list, used);
  mark(closings.used);

  const document: DocumentInfo = { kind: 'other' };
  const number = head.number ?? kind?.number ?? late?.number;
  const code = number ? TYPE_CODES.find((c) => c.code === numberTypeCode(number)) : undefined;
  if (kind) {
    document.kind = kind.match.kind;
    document.kindLabel = kind.label;
  } else if (code) {
    document.kind = code.kind;
    document.kindLabel = code.label;
  }
  assign(document, 'number', number);
  // "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ" under "BAN CHẤP HÀNH TRUNG ƯƠNG": the title names the issuer,
  // and the letterhead's body stands above it.
  const titled = title?.issuer && head.issuer && !head.superior && keysOf(title.issuer).join(' ') !== keysOf(head.issuer).join(' ');
  assign(document, 'issuer', titled ? title?.issuer : head.issuer ?? title?.issuer ?? late?.issuer);
  assign(document, 'superior', titled ? head.issuer : head.superior ?? (head.issuer ? undefined : late?.superior));
  assign(document, 'place', head.place ?? (head.date ? undefined : late?.place));
  assign(document, 'date', head.date ?? title?.date ?? late?.date);
  // A letter (công văn) has no type line: its subject under the number is its title.
  const subject = kind ? undefined : head.subject;
  if (subject && document.kind === 'other' && !document.kindLabel) document.kindLabel = LETTER_LABEL;
  const titleText = title?.title ?? subject;
  assign(document, 'title', titleText);
  if (titleText) assign(document, 'horizon', horizonOf(titleText));
  assign(document, 'signer', closings.signers[0]);
  assign(document, 'recipients', closings.recipients[0]);
  const motto = head.motto.length ? head.motto : late?.motto ?? [];
  if (motto.length) document.motto = motto;

  const lastTop = title ? title.last : lastUsedBefore(used, regionEnd);
  return { document, ...consume(blocks.length, pieces, used, lastTop) };
}

function assign<K extends keyof DocumentInfo>(doc: DocumentInfo, key: K, value: DocumentInfo[K] | undefined): void {
  if (value !== undefined) doc[key] = value;
}

/** Without a type line: the letterhead is the run of letterhead-like pieces at the top. */
function letterheadEnd(list: readonly Piece[]): number {
  let end = 0;
  let seen = false;
  while (end < list.length && letterheadLike((list[end] as Piece).text)) {
    const t = (list[end] as Piece).text;
    if (hasMotto(t) || NUMBER_HINT.test(t)) seen = true;
    end++;
  }
  return seen ? end : 0;
}

function letterheadLike(t: string): boolean {
  if (isLabel(t)) return false;
  return hasMotto(t) || NUMBER_HINT.test(t) || isSubjectLine(t) || (t.length <= ISSUER_MAX && isUpperText(t)) || t.length <= LETTERHEAD_SHORT
    || (t.length <= DATE_LINE_MAX && readPlaceDate(t) !== undefined);
}

/** A letterhead further down (a converter moved it): a number line with a motto close by. */
function lateLetterhead(list: readonly Piece[], used: Uint8Array): Letterhead | undefined {
  for (let i = 0; i < list.length; i++) {
    const t = (list[i] as Piece).text;
    if (used[i] || !NUMBER_HINT.test(t) || !normalizeNumber(t)) continue;
    let motto = false;
    for (let k = Math.max(0, i - 3); k < Math.min(list.length, i + 4); k++) if (hasMotto((list[k] as Piece).text)) motto = true;
    if (!motto) continue;
    let from = i;
    while (from > 0 && i - from < 4 && !used[from - 1] && letterheadLike((list[from - 1] as Piece).text)) from--;
    let to = i + 1;
    while (to < list.length && to - i < 6 && !used[to] && letterheadLike((list[to] as Piece).text) && !isRecipientsHead((list[to] as Piece).text)) to++;
    return readLetterhead(list, from, to);
  }
  return undefined;
}

function lastUsedBefore(used: Uint8Array, end: number): number {
  for (let k = end - 1; k >= 0; k--) if (used[k]) return k;
  return -1;
}

/** Blocks to consume and where the body starts. */
function consume(count: number, pieces: Pieces, used: Uint8Array, lastTop: number): Omit<HeaderResult, 'document'> {
  const { list, start } = pieces;
  const size = (b: number): number => (start[b + 1] ?? 0) - (start[b] ?? 0);
  const fullyUsed = (b: number): boolean => {
    for (let k = start[b] ?? 0; k < (start[b + 1] ?? 0); k++) if (!used[k]) return false;
    return size(b) > 0;
  };
  let bodyStart = 0;
  let bodyLine: number | undefined;
  if (lastTop >= 0) {
    const b = (list[lastTop] as Piece).block;
    const next = list[lastTop + 1];
    if (next && next.block === b) {
      bodyStart = b;
      if (next.line >= 0) bodyLine = next.line;
    } else {
      bodyStart = b + 1;
      while (bodyStart < count && size(bodyStart) === 0) bodyStart++;
    }
  }
  const consumed = new Set<number>();
  for (let b = 0; b < count; b++) {
    if (b < bodyStart ? size(b) === 0 || fullyUsed(b) : fullyUsed(b)) consumed.add(b);
    else if (b >= bodyStart && size(b) === 0 && consumed.has(b - 1) && b - 1 >= bodyStart) consumed.add(b);
  }
  const result: Omit<HeaderResult, 'document'> = { consumed, bodyStart };
  if (bodyLine !== undefined) result.bodyLine = bodyLine;
  const partial = partialLines(count, pieces, used, consumed);
  if (partial.size) result.partial = partial;
  return result;
}

/** For blocks used in part: the lines all of whose pieces were used. */
function partialLines(count: number, pieces: Pieces, used: Uint8Array, consumed: Set<number>): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let b = 0; b < count; b++) {
    if (consumed.has(b)) continue;
    const lines = new Map<number, boolean>();
    for (let k = pieces.start[b] ?? 0; k < (pieces.start[b + 1] ?? 0); k++) {
      const p = pieces.list[k] as Piece;
      if (p.line < 0) continue;
      lines.set(p.line, (lines.get(p.line) ?? true) && used[k] === 1);
    }
    const full = [...lines].filter(([, all]) => all).map(([line]) => line).sort((a, c) => a - c);
    if (full.length) out.set(b, full);
  }
  return out;
}
