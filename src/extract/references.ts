// Citations of other documents: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" →
// { kind: resolution, number: 57-NQ/TW, date: 2024-12-22, issuer: Bộ Chính trị }. Text is read as
// words (Tokens) and every reader looks a bounded number of words ahead, so time is linear.

import { readPlaceDate } from '../header/date.js';
import { normalizeNumber, numberTypeCode } from '../header/number.js';
import { KIND_PHRASES, typeCode } from '../lexicon/kinds.js';
import {
  AND_WORD, CITED_KINDS, type CitedKind, DATE_WORD, IMPLEMENT_CUES, ISSUER_STOPS, ISSUER_WORD, LAW_NAME_STOPS,
  LAW_NAME_COMMA_WORDS, MAX_ISSUER_WORDS, MAX_LAW_WORDS, NUMBER_WORD, TERM_WORDS,
} from '../lexicon/references.js';
import type { DocumentKind, Reference } from '../model/types.js';
import { charBits, isAscii, LETTER, MARK, nextNonSpace, SPACE as SPACE_BIT, UPPER } from '../text/chars.js';
import { canon, cleanLine, fold, remembered, squashSpaces } from '../text/normalize.js';
import { Scoped } from '../text/scope.js';

const [WORD, NUM, OTHER, SPACE] = [0, 1, 2, 3];

/** The token class of a code point: WORD for \p{L} and \p{M}, NUM for 0-9, SPACE for \s, else OTHER. */
function classOf(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return NUM;
  const bits = charBits(cp);
  return bits & (LETTER | MARK) ? WORD : bits & SPACE_BIT ? SPACE : OTHER;
}

/** One word, language-aware forms of it at once: one lookup per word for both. */
const wordForms = remembered((raw: string): [string, string] => [canon(raw), fold(raw)]);

/**
 * Words, digit runs and single punctuation marks of a cleaned text, with their offsets: the tokens
 * of /([\p{L}\p{M}]+)|([0-9]+)|\S/gu, read by hand.
 */
export class Tokens {
  readonly text: string;
  readonly start: number[] = [];
  readonly end: number[] = [];
  private readonly types: number[] = [];
  private readonly keys: string[] = [];
  private readonly folds: string[] = [];
  private found?: Citation[];

  constructor(private readonly source: string) {
    const s = (this.text = cleanLine(source));
    for (let i = 0; i < s.length; ) {
      const cp = s.codePointAt(i)!;
      const type = classOf(cp);
      let j = i + (cp > 0xffff ? 2 : 1);
      if (type === SPACE) {
        i = nextNonSpace(s, j);
        continue;
      }
      if (type === WORD || type === NUM) {
        for (let next = s.codePointAt(j); next !== undefined && classOf(next) === type; next = s.codePointAt(j)) j += next > 0xffff ? 2 : 1;
      }
      // an ASCII word is its own canon and fold, in lower case
      if (type === WORD && isAscii(s, i, j)) this.keys[this.start.length] = this.folds[this.start.length] = s.slice(i, j).toLowerCase();
      this.start.push(i);
      this.end.push(j);
      this.types.push(type);
      i = j;
    }
  }
  get length(): number { return this.start.length; }
  raw(i: number): string { return i >= 0 && i < this.length ? this.text.slice(this.start[i], this.end[i]) : ''; }
  isWord(i: number): boolean { return this.types[i] === WORD; }
  isNum(i: number): boolean { return this.types[i] === NUM; }
  /** Comparison form: lower case, one tone placement (canon), numbers by value ("06" → "6"). */
  key(i: number): string {
    if (this.keys[i] !== undefined || i < 0 || i >= this.length) return this.keys[i] ?? '';
    const raw = this.raw(i);
    const type = this.types[i];
    if (type === WORD) return this.word(i, 0);
    return (this.keys[i] = type === NUM ? (raw[0] === '0' && raw.length <= 9 ? String(Number(raw)) : raw) : raw);
  }
  /** Search form (no diacritics), as lexicon/kinds.ts matches type lines. */
  fold(i: number): string {
    if (this.folds[i] !== undefined) return this.folds[i];
    return this.types[i] === WORD ? this.word(i, 1) : (this.folds[i] = fold(this.raw(i)));
  }
  private word(i: number, form: 0 | 1): string {
    const forms = wordForms(this.raw(i));
    this.keys[i] = forms[0];
    this.folds[i] = forms[1];
    return forms[form];
  }
  /** The citations in the text (see scan below), read once, and once per text while citations are shared. */
  citations(): Citation[] {
    if (this.found) return this.found;
    const known = shared.map?.get(this.source);
    if (known) return (this.found = known);
    this.found = scan(this);
    shared.map?.set(this.source, this.found);
    return this.found;
  }
  /** The number a digit run of at most four digits stands for, else NaN. */
  num(i: number): number { return this.isNum(i) && this.end[i]! - this.start[i]! <= 4 ? Number(this.raw(i)) : NaN; }
  /** Whether white space separates token i from the one before. */
  spaced(i: number): boolean { return i <= 0 || i >= this.length || this.start[i]! > this.end[i - 1]!; }
  isUpper(i: number): boolean { return i >= 0 && i < this.length && (charBits(this.text.charCodeAt(this.start[i]!)) & UPPER) !== 0; }
  /** A name word: capitalised, not all capitals ("Giao", not "giao" nor "VỀ"), so never a stop word. */
  isCapitalised(i: number): boolean { const r = this.raw(i); return this.isUpper(i) && r !== r.toUpperCase(); }
  /** The text of tokens [from, to), white space folded. */
  slice(from: number, to: number): string { return from < to ? squashSpaces(this.text.slice(this.start[from], this.end[to - 1])) : ''; }
}

/** While citations are shared (see sharingCitations): the citations of each text read so far. */
const shared = new Scoped<Citation[]>();

/**
 * Runs `f` with the citations of each text remembered: a task's text is read for its deadline (whose
 * reader skips citations) and again for its citations. Forgotten when `f` returns.
 */
export function sharingCitations<T>(f: () => T): T {
  return shared.run(f);
}

/** The comparison keys of the words of a lexicon phrase (or its folded words). */
export function keysOf(phrase: string, folded = false): string[] {
  const t = new Tokens(phrase);
  return Array.from({ length: t.length }, (_, i) => (folded ? t.fold(i) : t.key(i)));
}

/** Lexicon phrases indexed by their first word; the longest phrase wins. `folded` matches without diacritics. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { keys: string[]; row: T }[]>();
  constructor(rows: readonly T[], phrase: (row: T) => string, private readonly folded = false) {
    for (const row of rows) {
      const keys = keysOf(phrase(row), folded);
      const list = this.byFirst.get(keys[0] ?? '') ?? [];
      this.byFirst.set(keys[0] ?? '', [...list, { keys, row }].sort((a, b) => b.keys.length - a.keys.length));
    }
  }
  /** The phrase starting at token i, and the token after it. */
  match(t: Tokens, i: number): { row: T; end: number } | undefined {
    const list = this.byFirst.get(this.folded ? t.fold(i) : t.key(i));
    if (!list) return undefined;
    for (const e of list) {
      let n = 0;
      while (n < e.keys.length && (this.folded ? t.fold(i + n) : t.key(i + n)) === e.keys[n]) n++;
      if (n === e.keys.length) return { row: e.row, end: i + n };
    }
    return undefined;
  }
}

const [NUMBER_KEY, ISSUER_KEY, AND_KEY, DAY_KEY] = [NUMBER_WORD, ISSUER_WORD, AND_WORD, DATE_WORD].map((w) => keysOf(w)[0]);
/** Characters read for a date: "ngày 22 tháng 12 năm 2024" and PDF spacing, never two dates. */
const DATE_WINDOW = 30;

/** The date written from token i ("ngày 22/12/2024", "ngày 22 tháng 12 năm 2024"), read by header/date.ts. */
function readDate(t: Tokens, i: number): { date: string; end: number } | undefined {
  const from = t.start[i]!;
  const found = t.key(i) === DAY_KEY ? readPlaceDate(t.text.slice(from, from + DATE_WINDOW)) : undefined;
  if (!found || found.start !== 0) return undefined;
  let end = i;
  while (end < t.length && t.start[end]! < from + found.end) end++;
  return { date: found.date, end };
}

const ISSUER_STOP_INDEX = new PhraseIndex(ISSUER_STOPS, (r) => r.words);
const LAW_STOP_INDEX = new PhraseIndex(LAW_NAME_STOPS, (s) => s);
const CUE_INDEX = new PhraseIndex(IMPLEMENT_CUES, (r) => r.words);
const TERM_KEYS = new Set(TERM_WORDS.flatMap((w) => keysOf(w)));
const COMMA_WORDS = new Set(LAW_NAME_COMMA_WORDS.flatMap((w) => keysOf(w)));
/** One "/" or "-" segment of a document number, stray spaces allowed: "-NQ", "/TW", " /QĐ". */
const SEGMENT = / {0,2}[/-] {0,2}([\p{L}\p{M}\p{N}&]{1,20})/uy;
const MAX_SEGMENTS = 6;
const ROMAN = /^[IVXLC]{1,7}$/i;
const LIST_SEPARATORS = new Set([',', ';', AND_KEY]);

/** Type lines of lexicon/kinds.ts and the kinds only citations use, matched on folded words as kinds.ts does. */
const KIND_INDEX = new PhraseIndex<{ label: string; kind: DocumentKind; cited?: CitedKind }>(
  [...KIND_PHRASES, ...CITED_KINDS.map((cited) => ({ label: cited.label, kind: cited.kind, cited }))], (r) => r.label, true);

/** Marks taken off, as the texts mayCite looks at are. */
const unmarked = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/**
 * The names of the kinds of law in the lexicon ("Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh"),
 * matched on a text without its marks, in any case; words in a row stand apart only by white space.
 */
const LAW_WORDS = new RegExp([...KIND_PHRASES, ...CITED_KINDS].filter((k) => k.kind === 'law')
  .map((k) => unmarked(k.label).split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')).join('|'), 'i');

/** The document kind written at token i. */
function kindAt(t: Tokens, i: number): { kind: DocumentKind; end: number; cited?: CitedKind } | undefined {
  const m = t.isWord(i) ? KIND_INDEX.match(t, i) : undefined;
  return m && { kind: m.row.kind, end: m.end, cited: m.row.cited };
}

/** A document number starting at digit token i ("57-NQ/TW", "45- NQ/TW", "773 /QĐ-TTg"); not inside "66.2/2025" or "1/2/3". */
function scanNumber(t: Tokens, i: number): { number: string; end: number } | undefined {
  const [s, from] = [t.text, t.start[i]!];
  let last = t.end[i]!;
  if (last - from > 6 || /[\p{L}\p{N}./-]/u.test(s[from - 1] ?? ' ')) return undefined;
  for (let digitsOnly = 0, n = 0; digitsOnly < 3 && n < MAX_SEGMENTS; n++) {
    SEGMENT.lastIndex = last;
    const m = SEGMENT.exec(s);
    if (!m) break;
    digitsOnly = /^[0-9]+$/.test(m[1]!) ? digitsOnly + 1 : 0;
    last = SEGMENT.lastIndex;
  }
  const normal = last > t.end[i]! ? normalizeNumber(s.slice(from, last)) : undefined;
  if (!normal) return undefined;
  // normalizeNumber stops at "&" ("1506/KCB-QLCL&CGKT"): keep the rest of the code
  const tight = s.slice(from, last).replace(/\s+/g, '');
  let end = i;
  while (end < t.length && t.start[end]! < last) end++;
  return { number: tight[normal.length] === '&' ? normal + tight.slice(normal.length) : normal, end };
}

/** "số 57-NQ/TW", "Số: 773 /QĐ-TTg", "57-NQ/TW", or a blank draft number "số  /NQ-CP". */
function readNumber(t: Tokens, j: number): { number?: string; end: number } | undefined {
  let p = j;
  if (t.key(p) === NUMBER_KEY) p += t.key(p + 1) === ':' ? 2 : 1;
  if (t.isNum(p)) return scanNumber(t, p);
  if (p === j) return undefined;
  let q = p;
  while (q < p + 4 && (t.key(q) === '.' || t.key(q) === '…')) q++;
  if (t.key(q) !== '/' || !t.isWord(q + 1) || t.spaced(q + 1)) return undefined;
  q += 2;
  while (q < p + 12 && !t.spaced(q) && (t.key(q) === '-' || t.key(q) === '/' || t.isWord(q) || t.isNum(q))) q++;
  return { end: q };
}

function isStop(t: Tokens, k: number, stops: PhraseIndex<unknown>): boolean {
  if (t.key(k) === NUMBER_KEY && !t.isNum(k + 1) && t.key(k + 1) !== ':' && t.key(k + 1) !== '/') return false;
  const m = stops.match(t, k);
  return (m !== undefined && (m.end > k + 1 || !t.isCapitalised(k))) || (TERM_KEYS.has(t.key(k)) && ROMAN.test(t.raw(k + 1)));
}

function lowerWord(t: Tokens, k: number, stops: PhraseIndex<unknown>): boolean {
  return t.isWord(k) && !t.isUpper(k) && !isStop(t, k, stops);
}

/** A word that starts another name after "và": capitalised and not a document kind. */
function startsName(t: Tokens, k: number): boolean {
  return t.isWord(k) && t.isUpper(k) && !kindAt(t, k);
}

/**
 * A name read from token j: words until a stop word, punctuation or `max` words. "và" joins when
 * a name follows it; "-" between spaces and "&", "." inside a word join too ("Lao động - Thương
 * binh", "KH&CN", "T.Ư"). In a law's name (`lower`) "và" before a lower-case word joins too ("Luật
 * Quản lý và sử dụng tài sản công"), and a comma before a capitalised word that is not a kind
 * ("Luật Khoa học, Công nghệ và Đổi mới sáng tạo") or one of LAW_NAME_COMMA_WORDS ("Luật Phòng,
 * chống tham nhũng").
 */
function readName(t: Tokens, j: number, stops: PhraseIndex<unknown>, max: number, lower: boolean): number {
  let k = j;
  let last = j - 1;
  for (let words = 0; k < t.length && words < max; ) {
    if (t.isWord(k)) {
      if (isStop(t, k, stops)) break;
      if (t.key(k) === AND_KEY) {
        if (!startsName(t, k + 1) && !(lower && lowerWord(t, k + 1, stops))) break;
      } else {
        last = k;
        words++;
      }
      k++;
      continue;
    }
    if (last !== k - 1) break;
    const c = t.raw(k);
    const glued = !t.spaced(k) && !t.spaced(k + 1) && t.isWord(k + 1);
    if ((c === '&' || c === '.') && glued) k++;
    else if (c === '-' && t.spaced(k) && startsName(t, k + 1)) k++;
    else if (c === ',' && lower && (COMMA_WORDS.has(t.key(k + 1)) || startsName(t, k + 1))) k++;
    else break;
  }
  return last + 1;
}

interface Citation { ref?: Reference; from: number; to: number }

/** The citation starting at token i, if any; `inherited` is the kind of a list it continues. */
function readCitation(t: Tokens, i: number, inherited?: DocumentKind): Citation | undefined {
  const k = kindAt(t, i);
  let kind: DocumentKind | undefined;
  let number: string | undefined;
  let j: number;
  if (k?.cited?.named) {
    const numbered = t.key(k.end) === NUMBER_KEY;
    if (!t.isUpper(i) || (!numbered && !k.cited.bare && !t.isUpper(k.end))) return undefined;
    j = numbered ? k.end : readName(t, k.end, LAW_STOP_INDEX, MAX_LAW_WORDS, true);
    if (j === k.end && !numbered && !k.cited.bare) return undefined;
    kind = k.kind;
    const n = t.key(j) === NUMBER_KEY ? readNumber(t, j) : undefined;
    if (n?.number) [number, j] = [n.number, n.end];
    else if (numbered) return undefined;
  } else {
    const n = readNumber(t, k ? k.end : i);
    if (!n || (!k && !n.number)) return undefined;
    const coded = n.number ? typeCode(numberTypeCode(n.number) ?? '')?.kind : undefined;
    kind = !k || k.kind === 'other' ? coded ?? k?.kind ?? inherited : k.kind;
    if (!kind) return undefined;
    [number, j] = [n.number, n.end];
  }
  const ref: Reference = { kind, text: '' };
  for (let guard = 0; guard < 4; guard++) {
    const key = t.key(j);
    const d = ref.date ? undefined : readDate(t, j);
    if (d) [ref.date, j] = [d.date, d.end];
    else if (key === ISSUER_KEY && !ref.issuer && t.isUpper(j + 1)) {
      const end = readName(t, j + 1, ISSUER_STOP_INDEX, MAX_ISSUER_WORDS, false);
      if (end <= j + 1) break;
      ref.issuer = t.slice(j + 1, end);
      j = end;
    } else if (TERM_KEYS.has(key) && !ref.term && ROMAN.test(t.raw(j + 1))) {
      ref.term = t.raw(j + 1).toUpperCase();
      j += 2;
    } else break;
  }
  const keep = number !== undefined || kind === 'law' || ref.date !== undefined;
  return { from: i, to: j, ref: keep ? ordered({ ...ref, number, text: t.slice(i, j) }) : undefined };
}

function ordered({ kind, number, date, issuer, term, text }: Reference): Reference {
  return { kind, ...(number ? { number } : {}), ...(date ? { date } : {}), ...(issuer ? { issuer } : {}), ...(term ? { term } : {}), text };
}

/** Every citation in order, with the token range it covers (blank draft numbers included). */
function scan(t: Tokens): Citation[] {
  const out: Citation[] = [];
  for (let i = 0; i < t.length; ) {
    const prev = out[out.length - 1];
    const listed = prev?.ref && prev.to === i - 1 && (t.key(i - 1) === ',' || t.key(i - 1) === AND_KEY);
    const c = readCitation(t, i, listed ? prev.ref?.kind : undefined);
    if (c && c.to > i) {
      out.push(c);
      i = c.to;
    } else i++;
  }
  return out;
}

/** Token ranges [from, to) of the citations in `t`, in order: dates inside them are not deadlines. */
export function citationSpans(t: Tokens): { from: number; to: number }[] {
  return t.citations().map(({ from, to }) => ({ from, to }));
}

/**
 * Whether `text` may cite a document that extractReferences reports: one with a number or a date
 * (both written in digits) or a law, whose kind words (LAW_WORDS) are in the text without its marks.
 */
function mayCite(text: string): boolean {
  return /[0-9]/.test(text) || LAW_WORDS.test(unmarked(cleanLine(text)));
}

/** Every document cited in `text`, in order, each once. Never throws; linear time. */
export function extractReferences(text: string): Reference[] {
  try {
    const known = shared.map?.get(text);
    if (!known && !mayCite(text)) return [];
    const found = known ?? new Tokens(text).citations();
    if (!found.length) return [];
    return mergeReferences([found.flatMap((c) => (c.ref ? [c.ref] : []))]);
  } catch {
    return [];
  }
}

/** Numbers of the documents a title says this one carries out: "thực hiện Nghị quyết số 57-NQ/TW ..." → ['57-NQ/TW']. */
export function implementedBy(title: string): string[] {
  try {
    const t = new Tokens(title);
    for (let i = 0; i < t.length; i++) {
      // the citations right after a cue, and those listed after them with ",", ";" or "và"; one
      // that goes on with "về ..." ends the list: what follows is its subject, not this document's
      const cue = CUE_INDEX.match(t, i);
      const out = new Set<string>();
      for (let c = cue && readCitation(t, cue.end); c; c = LIST_SEPARATORS.has(t.key(c.to)) ? readCitation(t, c.to + 1, c.ref?.kind) : undefined) {
        if (c.ref?.number) out.add(c.ref.number);
        i = c.to - 1;
      }
      if (out.size > 0) return [...out];
    }
  } catch {
    // no numbers
  }
  return [];
}

/** The name of a law as its citation writes it ("Luật Tổ chức Chính phủ"). */
function lawName(ref: Reference): string {
  const t = new Tokens(ref.text);
  const k = kindAt(t, 0);
  return canon(k?.cited?.named ? t.slice(0, readName(t, k.end, LAW_STOP_INDEX, MAX_LAW_WORDS, true)) : ref.text);
}

function combine(a: Reference, b: Reference): Reference {
  const count = (r: Reference): number => [r.number, r.date, r.issuer, r.term].filter((v) => v !== undefined).length;
  const text = count(b) > count(a) ? b.text : a.text;
  return ordered({ kind: a.kind === 'other' ? b.kind : a.kind, number: a.number ?? b.number, date: a.date ?? b.date, issuer: a.issuer ?? b.issuer, term: a.term ?? b.term, text });
}

/**
 * Merges reference lists, one entry per document: the same normalised number, or for a citation
 * without a number (a law, a dated draft) the same kind and name, unless both are dated and the dates
 * differ. The first mention keeps its place; missing fields come from later ones; the text is the
 * fullest mention's.
 */
export function mergeReferences(lists: Reference[][]): Reference[] {
  const out: Reference[] = [];
  const seen = new Map<string, number>();
  for (const ref of lists.flat()) {
    const base = ref.number ? `n ${fold(ref.number)}` : ref.kind === 'law' ? `law ${lawName(ref)}` : `${ref.kind} ${canon(ref.issuer ?? '')}`;
    const first = seen.get(base);
    const date = first === undefined ? undefined : out[first]!.date;
    const key = !ref.number && ref.date && date && date !== ref.date ? `${base} ${ref.date}` : base;
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, out.length);
      out.push(ordered(ref));
    } else out[at] = combine(out[at]!, ref);
  }
  return out;
}
