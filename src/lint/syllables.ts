// Folded syllables of a text: what fold(text) split on everything but a-z and 0-9 gives, with the
// numbers dropped, read in one pass over the text instead of normalising, stripping, lower-casing
// and splitting it whole. The two agree because, for letters and digits, a character folds the same
// on its own as in a text: decomposition (NFD) works character by character, its reordering only
// moves combining marks past each other, and the one lower-casing that looks at neighbours (final
// sigma) gives no letter a-z. Each character's folded form is taken from fold() itself.
//
// A syllable of up to ten letters and digits is read as a number (base 37, one digit per
// character, none of them 0), which names it exactly without making a string; a longer one is
// read as its string. Lint matches many task texts against a few terms this way.

import { fold } from '../text/normalize.js';

/** A syllable: its number when it has at most MAX_CODED characters, else its string. */
export type SyllableKey = number | string;

const MAX_CODED = 10;
const HALF = MAX_CODED / 2;
const BASE = 37;
/** BASE to the powers 0 to HALF */
const POWERS = Array.from({ length: HALF + 1 }, (_, i) => BASE ** i);
const WHITE = /\s/;

// A character's part in a syllable: 1-10 the digits 0-9, 11-36 the letters a-z, or one of these.
const SEPARATES = 0;
const VANISHES = 37; // folds to nothing (a combining mark): the letters on either side join
const SEVERAL = 38; // folds to more than one character: see `several`
const UNREAD = -1;

const digitOf = (ch: string): number => {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 47;
  return c >= 97 && c <= 122 ? c - 86 : SEPARATES;
};
const charOf = (digit: number): string => String.fromCharCode(digit <= 10 ? digit + 47 : digit + 86);

/** The parts of one code point, from fold(); fold() trims white space away, so that is asked first. */
function partsOf(cp: number): number[] {
  const ch = String.fromCodePoint(cp);
  return WHITE.test(ch) ? [SEPARATES] : [...fold(ch)].map(digitOf);
}

/** The part of each BMP character, read on first sight. */
const bmp = new Int8Array(0x10000).fill(UNREAD);
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

/** The characters of a coded syllable. */
function decode(code: number): string {
  const chars: number[] = [];
  for (let rest = code; rest > 0;) {
    const digit = rest % BASE;
    chars.push(digit <= 10 ? digit + 47 : digit + 86);
    rest = (rest - digit) / BASE;
  }
  return String.fromCharCode(...chars.reverse());
}

/** The key of a folded syllable (letters a-z and digits only), as SyllableReader reads it. */
export function syllableKey(syllable: string): SyllableKey {
  if (syllable.length > MAX_CODED) return syllable;
  let code = 0;
  for (const ch of syllable) code = code * BASE + digitOf(ch);
  return code;
}

/**
 * Reads texts into the keys of their folded syllables that are not only digits: a coded syllable as
 * its number, a longer one as -n for longs[n - 1]. Keys go into one growing buffer, read again and
 * again (a reader is reused), with no string made for a short syllable.
 */
export class SyllableReader {
  codes = new Float64Array(256);
  readonly longs: string[] = [];
  length = 0;

  /** Forgets what was read. */
  clear(): void {
    this.length = 0;
    this.longs.length = 0;
  }

  /** The key of the i-th syllable read. */
  key(i: number): SyllableKey {
    const code = this.codes[i] as number;
    return code < 0 ? (this.longs[-code - 1] as string) : code;
  }

  /** Reads the syllables of `text` after those read before: a text's end ends a syllable. */
  read(text: string): void {
    const n = text.length;
    // A syllable's number is built in two halves of at most HALF characters, each a small
    // integer, so that no step makes a floating-point number; they are joined at its end.
    let high = 0;
    let low = 0;
    let length = 0;
    let long = '';
    let digitsOnly = true;
    // the parts of a character that folds to several, taken one by one before the next character
    let parts: readonly number[] | undefined;
    let k = 0;
    for (let i = 0; ;) {
      let digit: number;
      if (parts !== undefined) {
        digit = parts[k++] as number;
        if (k === parts.length) parts = undefined;
      } else if (i < n) {
        const c = text.charCodeAt(i++);
        if (c >= 97 && c <= 122 && length < HALF) {
          // most characters: a lower-case letter early in a syllable
          low = low * BASE + (c - 86);
          length++;
          digitsOnly = false;
          continue;
        }
        if (c < 128) digit = c >= 97 && c <= 122 ? c - 86 : c >= 65 && c <= 90 ? c - 54 : c >= 48 && c <= 57 ? c - 47 : SEPARATES;
        else {
          digit = c >= 0xd800 && c <= 0xdfff ? SEVERAL : bmp[c] as number;
          if (digit === UNREAD) bmp[c] = digit = partOf(c);
          if (digit === VANISHES) continue;
          if (digit === SEVERAL) {
            const cp = text.codePointAt(i - 1) as number;
            if (cp > 0xffff) i++;
            parts = severalOf(cp);
            k = 0;
            if (parts.length === 0) parts = undefined;
            continue;
          }
        }
      } else if (i === n) {
        digit = SEPARATES;
        i++;
      } else break;
      if (digit === SEPARATES) {
        if (length > 0 && !digitsOnly) {
          if (this.length === this.codes.length) this.grow();
          this.codes[this.length++] = length <= HALF ? low : length <= MAX_CODED ? high * (POWERS[length - HALF] as number) + low : -this.longs.push(long);
        }
        high = 0;
        low = 0;
        length = 0;
        long = '';
        digitsOnly = true;
        continue;
      }
      if (digit > 10) digitsOnly = false;
      if (length === HALF) {
        high = low;
        low = 0;
      }
      if (length < MAX_CODED) low = low * BASE + digit;
      else long = (length === MAX_CODED ? decode(high * (POWERS[HALF] as number) + low) : long) + charOf(digit);
      length++;
    }
  }

  private grow(): void {
    const more = new Float64Array(this.codes.length * 2);
    more.set(this.codes);
    this.codes = more;
  }
}

const reader = new SyllableReader();

/** The folded syllables of `text` (no diacritics, đ → d, lower case), numbers dropped. */
export function foldedSyllables(text: string, out: string[] = []): string[] {
  reader.clear();
  reader.read(text);
  for (let i = 0; i < reader.length; i++) {
    const key = reader.key(i);
    out.push(typeof key === 'string' ? key : decode(key));
  }
  return out;
}

/**
 * Small numbers (0, 1, 2 …) for a few syllables, looked up for the syllables a reader read: a short
 * syllable by one probe of a table of numbers, which makes no number object, a long one by its string.
 */
export class SyllableIds {
  private readonly codes: Float64Array;
  private readonly ids: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  private readonly longs = new Map<string, number>();
  private count = 0;

  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < capacity * 4) bits++;
    this.codes = new Float64Array(1 << bits); // 0 is free: no syllable has the number 0
    this.ids = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  /** The id of `key`, given the next one when it has none yet (at most `capacity` coded keys). */
  add(key: SyllableKey): number {
    if (typeof key === 'string') {
      let id = this.longs.get(key);
      if (id === undefined) this.longs.set(key, (id = this.count++));
      return id;
    }
    let slot = this.slot(key);
    while (this.codes[slot] !== 0 && this.codes[slot] !== key) slot = (slot + 1) & this.mask;
    if (this.codes[slot] === 0) {
      this.codes[slot] = key;
      this.ids[slot] = this.count++;
    }
    return this.ids[slot] as number;
  }

  /** The id of the i-th syllable `reader` read, -1 when it has none. */
  idOf(reader: SyllableReader, i: number): number {
    const code = reader.codes[i] as number;
    if (code < 0) return this.longs.get(reader.longs[-code - 1] as string) ?? -1;
    for (let slot = this.slot(code); ; slot = (slot + 1) & this.mask) {
      const there = this.codes[slot];
      if (there === code) return this.ids[slot] as number;
      if (there === 0) return -1;
    }
  }

  private slot(code: number): number {
    // the low and high 32 bits of the number, mixed
    return Math.imul((code | 0) ^ ((code / 4294967296) | 0), 0x9e3779b1) >>> this.shift;
  }
}
