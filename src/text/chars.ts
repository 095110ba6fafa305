// Character classes by table: the tokenizers of the extraction pass ask of every character whether
// it is a letter, a mark, a number or white space, as their patterns (\p{L}, \p{M}, \p{N}, \s) do.
// A regular expression answers once per character of the BMP, then a table does; others ask it each time.

export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
export const SPACE = 8;
/** The character is not its own lower case (String.prototype.toLowerCase). */
export const UPPER = 16;
const KNOWN = 128;

const TESTS: [number, RegExp][] = [[LETTER, /^\p{L}$/u], [MARK, /^\p{M}$/u], [NUMBER, /^\p{N}$/u], [SPACE, /^\s$/u]];
const TABLE = new Uint8Array(0x10000);

function compute(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let bits = KNOWN;
  for (const [bit, re] of TESTS) if (re.test(ch)) bits |= bit;
  if (ch !== ch.toLowerCase()) bits |= UPPER;
  return bits;
}

/** The classes of a code point (a lone surrogate is a code point of its own, in none of them). */
export function charBits(cp: number): number {
  if (cp >= 0x10000) return compute(cp);
  const bits = TABLE[cp]!;
  return bits ? bits : (TABLE[cp] = compute(cp));
}

const NON_SPACE = /\S/gu;

/**
 * The first character at or after `from` that is not white space (\s), or the text's length: a run
 * of white space is skipped by the pattern engine, not character by character.
 */
export function nextNonSpace(s: string, from: number): number {
  if (from >= s.length || !(charBits(s.codePointAt(from)!) & SPACE)) return from;
  NON_SPACE.lastIndex = from;
  return NON_SPACE.exec(s)?.index ?? s.length;
}

/** Whether s[from, to) is all ASCII: there canon, fold and lower case are one (String.prototype.toLowerCase). */
export function isAscii(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}
