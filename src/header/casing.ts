// Word-level matching and sentence case for Vietnamese body names, roles and type lines:
// "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP" → "Ủy ban nhân dân tỉnh Đồng Tháp".

import { SUBJECT_WORD } from '../lexicon/references.js';
import { fold, squashSpaces } from '../text/normalize.js';
import { ADMIN_UNITS, CAPITALISED, NAMED_HEADS, NOT_PLACE, ROLE_TITLES } from './lexicon.js';

/** Phrases are short: only the start of a long text is looked at. */
const HEAD_WINDOW = 160;
/** Upper or lower case is judged on the start of a long text. */
const CASE_WINDOW = 600;

/**
 * Removes the characters of `chars` at both ends (or one end) of `s`, in linear time: a regex like
 * /[,;. ]+$/ is quadratic on long runs that do not reach the end.
 */
export function trimChars(s: string, chars: string, ends: 'both' | 'start' | 'end' = 'both'): string {
  let a = 0;
  let b = s.length;
  if (ends !== 'end') while (a < b && chars.includes(s.charAt(a))) a++;
  if (ends !== 'start') while (b > a && chars.includes(s.charAt(b - 1))) b--;
  return s.slice(a, b);
}

/** Comparison key of one word: folded, letters and digits only ("TRỊ," → "tri"). */
export function wordKey(word: string): string {
  return fold(word).replace(/[^a-z0-9]/g, '');
}

export function keysOf(text: string): string[] {
  return squashSpaces(text).split(' ').map(wordKey).filter((k) => k !== '');
}

/** A set of multi-word phrases, matched on word keys, longest first. */
export class PhraseSet {
  private readonly byFirst = new Map<string, { words: string[]; keys: string[] }[]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = squashSpaces(phrase).split(' ').filter((w) => wordKey(w) !== '');
      const keys = words.map(wordKey);
      const first = keys[0] as string;
      const list = this.byFirst.get(first) ?? [];
      list.push({ words, keys });
      list.sort((a, b) => b.keys.length - a.keys.length);
      this.byFirst.set(first, list);
    }
  }

  /** The longest phrase whose keys start at `keys[i]`, with its words as written in the table. */
  matchAt(keys: readonly string[], i: number): { words: string[]; length: number } | undefined {
    const list = this.byFirst.get(keys[i] ?? '');
    if (!list) return undefined;
    for (const p of list) {
      if (p.keys.every((k, j) => keys[i + j] === k)) return { words: p.words, length: p.keys.length };
    }
    return undefined;
  }

  /** The phrase at the start of `text`, if any. */
  startOf(text: string): { words: string[]; length: number } | undefined {
    return this.matchAt(keysOf(text.slice(0, HEAD_WINDOW)), 0);
  }
}

const capitalised = new PhraseSet(CAPITALISED);
const heads = new PhraseSet(NAMED_HEADS.map((h) => h.head));
const roles = new PhraseSet(ROLE_TITLES);
const headCommas = new Set(NAMED_HEADS.filter((h) => h.commas).map((h) => wordKey(h.head)));
const units = new PhraseSet(ADMIN_UNITS);
const notPlace = new Set(NOT_PLACE.map(wordKey));
const AND = wordKey('và');
const ABOUT = wordKey(SUBJECT_WORD);

/** A Vietnamese syllable (folded); an upper-case word that is not one is an abbreviation (UBND). */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnptk])?$/;

function isAbbreviation(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters === '' || letters !== letters.toUpperCase()) return false;
  return !SYLLABLE.test(fold(letters)) || /\d|&/.test(word);
}

function capitalise(word: string): string {
  const i = word.search(/\p{L}/u);
  if (i < 0) return word;
  return word.slice(0, i) + word.charAt(i).toUpperCase() + word.slice(i + 1);
}

/**
 * Sentence case for a body name, a role or a type line: lower case, a capital on the first word,
 * on the names after head nouns, on the words listed in CAPITALISED and on place names.
 * Abbreviations (UBND, TW, KH&CN) stay as written.
 */
export function sentenceCase(text: string): string {
  const words = squashSpaces(text).split(' ').filter((w) => w !== '');
  if (words.length === 0) return '';
  const keys = words.map(wordKey);
  const caps: (boolean | undefined)[] = new Array<boolean | undefined>(words.length);
  const place = new Array<boolean>(words.length).fill(false);

  const head = heads.matchAt(keys, 0);
  // "VỤ TRƯỞNG", "CỤC TRƯỞNG" are a role, not a body's name
  if (head && head.length < words.length && !roles.matchAt(keys, 0)) {
    caps[head.length] = true;
    const commas = headCommas.has(keys[0] as string);
    for (let i = head.length + 1; i < words.length; i++) {
      // "Ban Chỉ đạo tỉnh về phát triển khoa học, công nghệ ... và chuyển đổi số": what it is about is no name
      if (keys[i - 1] === ABOUT) break;
      const prev = words[i - 1] as string;
      if (keys[i - 1] === AND || prev === '-' || (commas && prev.endsWith(','))) caps[i] = true;
    }
  }
  for (let i = 0; i < words.length; i++) {
    const hit = capitalised.matchAt(keys, i);
    if (!hit) continue;
    hit.words.forEach((w, j) => { caps[i + j] = /^\p{Lu}/u.test(w); });
    i += hit.length - 1;
  }
  for (let i = 0; i < words.length; i++) {
    const unit = units.matchAt(keys, i);
    if (!unit || (capitalised.matchAt(keys, i)?.length ?? 0) > unit.length) continue;
    let j = i + unit.length;
    while (j < words.length && !notPlace.has(keys[j] as string) && /\p{L}/u.test(words[j] as string)) {
      caps[j] = true;
      place[j] = true;
      const ends = /[,;.:]$/.test(words[j] as string);
      j++;
      if (ends) break;
    }
    i = j - 1;
  }
  caps[0] = true;
  return words.map((w, i) => {
    if (!place[i] && isAbbreviation(w)) return w;
    const lower = w.toLowerCase();
    return caps[i] ? capitalise(lower) : lower;
  }).join(' ');
}

/** Share of upper-case letters is high: "KẾ HOẠCH", "CHỈ THỊ SỐ 32/CT-TTg". */
export function isUpperText(s: string, maxLower = 0.2): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of s.length > CASE_WINDOW ? s.slice(0, CASE_WINDOW) : s) {
    if (ch.toLowerCase() !== ch) upper++;
    else if (ch.toUpperCase() !== ch) lower++;
  }
  return upper > 0 && lower <= maxLower * (upper + lower);
}

/** No letter at all ("2026 - 2030"). */
export function hasNoLetters(s: string): boolean {
  return !/\p{L}/u.test(s);
}

/** The text starts with a lower-case letter (a wrapped line going on). */
export function startsLower(s: string): boolean {
  return /^[\p{Ll}]/u.test(s);
}
