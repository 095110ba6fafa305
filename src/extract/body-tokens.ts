// The words of a sentence as the body readers see them (bodies.ts): words with their "./-" parts
// ("KH&ĐT", "NĐ-CP"), single punctuation marks, each with its canonical key; and sets of word
// sequences matched at a position. Apart from the readers, so that lint can tell a collective
// name without building their tables.

import { COLLECTIVE_NOUNS, GENERIC_HEADS, HEAD_NOUNS, PLURAL_WORDS } from '../lexicon/bodies.js';
import { charBits, isAscii, LETTER, nextNonSpace, NUMBER, SPACE, UPPER } from '../text/chars.js';
import { canon } from '../text/normalize.js';

export interface Tok {
  text: string;
  key: string;
  start: number;
  end: number;
  punct: boolean;
  upper: boolean;
}

/** A set of word sequences, matched at a token position (longest first). */
export class Phrases {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: string[]) {
    for (const p of phrases) {
      const words = tokenize(p).map((t) => t.key);
      const first = words[0];
      if (!first) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(first, list);
    }
  }

  /** Length in tokens of the longest phrase at `i`, or 0. */
  at(toks: Tok[], i: number): number {
    const list = this.byFirst.get(toks[i]?.key ?? '');
    if (!list) return 0;
    for (const words of list) {
      let ok = true;
      for (let k = 0; k < words.length && ok; k++) ok = toks[i + k]?.key === words[k];
      if (ok) return words.length;
    }
    return 0;
  }

  /** Length of the longest phrase ending just before `end`, or 0. */
  before(toks: Tok[], end: number): number {
    for (let len = 8; len >= 1; len--) {
      const start = end - len;
      if (start < 0) continue;
      if (this.at(toks, start) === len) return len;
    }
    return 0;
  }
}

/** [\p{L}\p{N}&'’]: the characters of a word. */
function wordChar(cp: number): boolean {
  return (charBits(cp) & (LETTER | NUMBER)) !== 0 || cp === 0x26 || cp === 0x27 || cp === 0x2019;
}

/** The end of the run of characters from i that `inRun` accepts. */
function runEnd(s: string, i: number, inRun: (cp: number) => boolean): number {
  let j = i;
  for (let cp = s.codePointAt(j); cp !== undefined && inRun(cp); cp = s.codePointAt(j)) j += cp > 0xffff ? 2 : 1;
  return j;
}

/** [\p{L}\p{N}&]: the characters of a word after "." "/" or "-". */
const partChar = (cp: number): boolean => (charBits(cp) & (LETTER | NUMBER)) !== 0 || cp === 0x26;

/** The tokens of /[\p{L}\p{N}&'’]+(?:[./-][\p{L}\p{N}&]+)*|[^\s\p{L}\p{N}]/gu, read by hand. */
export function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    let j: number;
    if (wordChar(cp)) {
      j = runEnd(s, i, wordChar);
      for (let c = s.charCodeAt(j); (c === 0x2e || c === 0x2f || c === 0x2d) && j + 1 < s.length && partChar(s.codePointAt(j + 1)!); c = s.charCodeAt(j)) j = runEnd(s, j + 1, partChar);
    } else if (charBits(cp) & SPACE) {
      i = nextNonSpace(s, i + (cp > 0xffff ? 2 : 1));
      continue;
    } else j = i + (cp > 0xffff ? 2 : 1);
    const text = s.slice(i, j);
    // the first UTF-16 unit decides, as text.charAt(0) does
    const first = charBits(s.charCodeAt(i));
    // an ASCII word is its own canon, in lower case
    out.push({ text, key: isAscii(s, i, j) ? text.toLowerCase() : canon(text), start: i, end: j, punct: (first & (LETTER | NUMBER)) === 0, upper: (first & UPPER) !== 0 });
    i = j;
  }
  return out;
}

/** The words that make a plural of what follows (lexicon PLURAL_WORDS). */
export const PLURALS: ReadonlySet<string> = new Set(PLURAL_WORDS);

/** The head and collective nouns, built on first use. */
let lexicon: { heads: Phrases; units: Phrases; generic: Set<string> } | undefined;

/**
 * A name that stands for a kind of body, not for one: a collective ("các sở, ban, ngành"), a plural
 * of a kind of unit after a body's type ("UBND các phường, xã", "Chủ tịch Ủy ban nhân dân các
 * tỉnh", but not "Ban Quản lý các khu công nghiệp": "khu" is what it manages, not a unit), or a
 * generic head with nothing capitalised after it ("Doanh nghiệp viễn thông", "Ban, ngành liên
 * quan", but not "Sở Công Thương"), or a kind of unit alone ("Viện", "Trường").
 */
export function namesNoOne(name: string): boolean {
  const toks = tokenize(name);
  const { heads, units, generic } = (lexicon ??= {
    heads: new Phrases(HEAD_NOUNS), units: new Phrases(COLLECTIVE_NOUNS), generic: new Set(GENERIC_HEADS.map(canon)),
  });
  const first = toks[0];
  if (!first) return false;
  if (PLURALS.has(first.key)) return true;
  // a kind of unit alone, as a list splits "Viện, Trường" into its kinds
  if (toks.length === 1 && units.at(toks, 0) === 1) return true;
  if (toks.some((t, i) => i > 0 && PLURALS.has(t.key) && units.at(toks, i + 1) > 0)) return true;
  const head = heads.at(toks, 0);
  if (head === 0 || !generic.has(canon(name.slice(0, (toks[head - 1] as Tok).end)))) return false;
  return toks.slice(head).every((t) => !t.upper);
}
