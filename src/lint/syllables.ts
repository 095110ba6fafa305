// Folded syllables of a text: what fold(text) split on everything but a-z and 0-9 gives, with the
// numbers dropped, read in one pass over the text instead of normalising, stripping, lower-casing
// and splitting it whole. The two agree because, for letters and digits, a character folds the same
// on its own as in a text: decomposition (NFD) works character by character, its reordering only
// moves combining marks past each other, and the one lower-casing that looks at neighbours (final
// sigma) gives no letter a-z. Each character's folded form is taken from fold() itself.
//
// The syllables are written as ASCII bytes, each followed by one space, so that many texts become
// one string that a plain substring search can look for terms in (" thất nghiệp " as " that nghiep ").

import { Buffer } from 'node:buffer';
import { fold } from '../text/normalize.js';

// A character's part in a syllable: its folded byte (a-z, 0-9), or one of these.
const SEPARATES = 0;
const VANISHES = -2; // folds to nothing (a combining mark): the letters on either side join
const SEVERAL = -3; // folds to more than one character: see `several`
const UNREAD = -1;
const WHITE = /\s/;

/** The part of each ASCII character: a-z and 0-9 themselves, A-Z lower-cased, the rest separate. */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : c >= 65 && c <= 90 ? c + 32 : SEPARATES;

const byteOf = (ch: string): number => {
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) ? c : SEPARATES;
};

/** The parts of one code point, from fold(); fold() trims white space away, so that is asked first. */
function partsOf(cp: number): number[] {
  const ch = String.fromCodePoint(cp);
  return WHITE.test(ch) ? [SEPARATES] : [...fold(ch)].map(byteOf);
}

/** The part of each BMP character, read on first sight. */
const bmp = new Int16Array(0x10000).fill(UNREAD);
/** The parts of characters outside the BMP or folding to several characters. */
const several = new Map<number, number[]>();

function severalOf(cp: number): number[] {
  let parts = several.get(cp);
  if (parts === undefined) {
    if (several.size >= 10_000) several.clear();
    several.set(cp, (parts = partsOf(cp)));
  }
  return parts;
}

function partOf(c: number): number {
  const parts = partsOf(c);
  if (parts.length === 0) return VANISHES;
  if (parts.length === 1) return parts[0] as number;
  several.set(c, parts);
  return SEVERAL;
}

/** The largest buffer a writer keeps between uses. */
const KEPT_BYTES = 1 << 20;

/**
 * Writes the folded syllables of texts into one buffer: each syllable that is not only digits,
 * followed by a space. A writer is reused: clear() forgets what was written.
 */
export class SyllableWriter {
  private buffer = Buffer.allocUnsafe(1 << 12);
  private n = 0;
  /** where the syllable being written starts, -1 between syllables */
  private start = -1;
  private digitsOnly = true;

  clear(): void {
    this.n = 0;
    this.start = -1;
    // the buffer a very large model grew is not kept for the next one
    if (this.buffer.length > KEPT_BYTES) this.buffer = Buffer.allocUnsafe(1 << 12);
  }

  /** A byte of its own (a space, a line feed) between texts. */
  put(byte: number): void {
    this.end();
    this.byte(byte);
  }

  /**
   * The syllables of `text` after those written before: a text's end ends a syllable. One loop
   * with the writer's state in locals: this reads most of a model's text, once per model.
   */
  write(text: string): void {
    // each character writes at most one byte and the space that ends its syllable, but for those
    // folding to several characters, which make their own room
    this.room(2 * text.length + 1);
    let buffer = this.buffer;
    let n = this.n;
    let start = this.start;
    let digitsOnly = this.digitsOnly;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let p = SEVERAL;
      let parts: readonly number[] | undefined;
      if (c < 128) p = ASCII[c] as number;
      else if (c >= 0xd800 && c <= 0xdfff) {
        const cp = text.codePointAt(i) as number;
        if (cp > 0xffff) i++;
        parts = severalOf(cp);
      } else {
        p = bmp[c] as number;
        if (p === UNREAD) bmp[c] = p = partOf(c);
        if (p === VANISHES) continue;
        if (p === SEVERAL) parts = several.get(c) ?? severalOf(c);
      }
      if (parts !== undefined) {
        // the rare character that folds to several: written part by part, with room made
        this.n = n;
        this.start = start;
        this.digitsOnly = digitsOnly;
        for (const q of parts) this.part(q);
        this.room(2 * (text.length - i) + 1);
        ({ buffer, n, start, digitsOnly } = this);
        continue;
      }
      if (p === SEPARATES) {
        if (start >= 0) {
          if (digitsOnly) n = start;
          else buffer[n++] = 32;
          start = -1;
        }
      } else {
        if (start < 0) {
          start = n;
          digitsOnly = true;
        }
        if (p > 57) digitsOnly = false;
        buffer[n++] = p;
      }
    }
    this.n = n;
    this.start = start;
    this.digitsOnly = digitsOnly;
    this.end();
  }

  toString(): string {
    return this.buffer.toString('latin1', 0, this.n);
  }

  private part(p: number): void {
    if (p === SEPARATES) {
      this.end();
      return;
    }
    if (this.start < 0) {
      this.start = this.n;
      this.digitsOnly = true;
    }
    if (p > 57) this.digitsOnly = false;
    this.byte(p);
  }

  /** Ends the syllable being written: dropped when it is only digits, else followed by a space. */
  private end(): void {
    if (this.start < 0) return;
    if (this.digitsOnly) this.n = this.start;
    else this.byte(32);
    this.start = -1;
  }

  private byte(b: number): void {
    this.room(1);
    this.buffer[this.n++] = b;
  }

  /** Makes room for `bytes` more. */
  private room(bytes: number): void {
    if (this.n + bytes <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.n + bytes) size *= 2;
    const more = Buffer.allocUnsafe(size);
    this.buffer.copy(more, 0, 0, this.n);
    this.buffer = more;
  }
}

const writer = new SyllableWriter();

/** The folded syllables of `text` (no diacritics, đ → d, lower case), numbers dropped. */
export function foldedSyllables(text: string): string[] {
  writer.clear();
  writer.write(text);
  const s = writer.toString();
  return s === '' ? [] : s.slice(0, -1).split(' ');
}
