// Words for comparison and the word-level difference shown inside a changed item.
//
// A word is a run of non-space characters (a Vietnamese syllable, a number, "57-NQ/TW"). Its key
// is what is compared: one tone-mark placement, lower case, punctuation reduced to one separator
// and trimmed from the ends. Pure punctuation ("-", ";") has no key: it rides along with the word
// before it, so "a , b" and "a, b" are the same text.

import { ABBREVIATIONS, AMBIGUOUS_ABBREVIATIONS } from '../lexicon/bodies.js';
import { unifyTones } from '../text/normalize.js';
import type { TextOp } from './types.js';

export interface Words {
  /** the words as written (punctuation standing alone rides with the word before it) */
  shown: string[];
  /** the comparison key of each word */
  keys: string[];
}

const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;
const EDGES = /^·+|·+$/g;
/** A footnote number glued to a word ("ưu đãi3", "mạng1.") is not part of the word. */
const FOOTNOTE_MARK = /^(\p{Ll}[\p{Ll}\p{M}]+)\d{1,2}$/u;

export function words(text: string): Words {
  const shown: string[] = [];
  const keys: string[] = [];
  if (!text) return { shown, keys };
  if (typeof text !== 'string') return words(String(text));
  const nfc = text.normalize('NFC');
  const folded = unifyTones(nfc).toLowerCase();
  const original = nfc.split(/(\s+)/);
  const lowered = folded.split(/(\s+)/);
  // The two splits align: unifying tones and lower-casing never add or remove white space.
  const aligned = original.length === lowered.length;
  let space = '';
  let pending = '';
  for (let i = 0; i < original.length; i++) {
    const piece = original[i] as string;
    if (i % 2 === 1) { space = piece; continue; }
    if (!piece) continue;
    const key = (aligned ? (lowered[i] as string) : piece.toLowerCase()).replace(NON_WORD, '·').replace(EDGES, '').replace(FOOTNOTE_MARK, '$1');
    if (!key) {
      if (shown.length) shown[shown.length - 1] += (space ? ' ' : '') + piece;
      else pending += piece + (space || ' ');
      space = '';
      continue;
    }
    shown.push(pending + piece);
    keys.push(key);
    pending = '';
    space = '';
  }
  if (pending && !shown.length) shown.push(pending.trimEnd());
  return { shown, keys };
}

/** Texts met again in one comparison (an item's title, text and both together) are folded once. */
const KEYS = new Map<string, string>();
const KEYS_MAX = 50_000;

/**
 * Abbreviations of bodies written in capitals only ("UBND", "HĐND", "MTTQ", "TW"), as word keys, to the
 * keys of what they stand for: "UBND tỉnh" and "Ủy ban nhân dân tỉnh" are the same text. The ambiguous
 * ones ("CA", "TƯ") stay as written.
 */
const EXPANSIONS = new Map(ABBREVIATIONS
  .filter(([short]) => /^\p{Lu}+$/u.test(short) && !AMBIGUOUS_ABBREVIATIONS.includes(short))
  .map(([short, long]) => [words(short).keys.join(' '), words(long).keys.join(' ')] as const));

/** The comparison form of a whole text: its word keys, abbreviations expanded, joined by single spaces. */
export function textKey(text: string | undefined): string {
  // A model edited by hand may hold a number or a list where text belongs: compare what it says.
  if (typeof text !== 'string') return text === undefined || text === null ? '' : textKey(String(text));
  if (!text) return '';
  let key = KEYS.get(text);
  if (key === undefined) {
    key = words(text).keys.map((k) => EXPANSIONS.get(k) ?? k).join(' ');
    if (KEYS.size >= KEYS_MAX) KEYS.clear();
    KEYS.set(text, key);
  }
  return key;
}

/** Each comparison starts with an empty cache: it serves one comparison, not the next. */
export function clearKeys(): void {
  KEYS.clear();
}

/** The word keys of a text, through the same cache. */
export function wordKeys(text: string | undefined): string[] {
  const key = textKey(text);
  return key ? key.split(' ') : [];
}

/** Word counts, for similarity. */
export function bag(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/** Dice coefficient of two word bags: 2·|A∩B| / (|A| + |B|), 1 for identical texts. */
export function dice(a: Map<string, number>, sizeA: number, b: Map<string, number>, sizeB: number): number {
  if (sizeA + sizeB === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const [k, n] of small) {
    const m = large.get(k);
    if (m) common += Math.min(n, m);
  }
  return (2 * common) / (sizeA + sizeB);
}

/** Above this many differing words the middle of a text is shown as replaced whole. */
const MAX_EDIT_WORDS = 3000;

/**
 * The word-level difference of two texts (Myers' algorithm over word keys, common prefix and
 * suffix trimmed first). Equal runs show the new text's words; runs of the same kind are merged.
 */
export function wordDiff(oldText: string, newText: string): TextOp[] {
  const a = words(oldText);
  const b = words(newText);
  let start = 0;
  while (start < a.keys.length && start < b.keys.length && a.keys[start] === b.keys[start]) start++;
  let endA = a.keys.length;
  let endB = b.keys.length;
  while (endA > start && endB > start && a.keys[endA - 1] === b.keys[endB - 1]) { endA--; endB--; }
  const ops: TextOp[] = [];
  let first = true;
  const push = (op: TextOp['op'], word: string): void => {
    // Words are joined by one space, whatever side they come from.
    const value = first ? word : ` ${word}`;
    first = false;
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.value += value;
    else ops.push({ op, value });
  };
  for (let i = 0; i < start; i++) push('equal', b.shown[i] as string);
  const middle = endA - start + (endB - start) > MAX_EDIT_WORDS
    ? [...range(start, endA).map((i) => ['remove', i] as const), ...range(start, endB).map((j) => ['add', j] as const)]
    : myers(a.keys, start, endA, b.keys, start, endB);
  for (const [op, at] of middle) {
    if (op === 'remove') push('remove', a.shown[at] as string);
    else push(op, b.shown[at] as string);
  }
  for (let j = endB; j < b.keys.length; j++) push('equal', b.shown[j] as string);
  return spaced(ops);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** Moves the space before a run's first word out to the equal text before it, so highlights cover words only. */
function spaced(ops: TextOp[]): TextOp[] {
  for (let i = 1; i < ops.length; i++) {
    const op = ops[i] as TextOp;
    if (op.op === 'equal' || !op.value.startsWith(' ')) continue;
    op.value = op.value.slice(1);
    const before = ops[i - 1] as TextOp;
    // After a removal the space already stands before it: "đạt [70%]{75%}".
    if (before.op === 'equal') before.value += ' ';
  }
  return ops.filter((o) => o.value !== '');
}

type Step = readonly ['equal' | 'remove' | 'add', number];

/** Myers' O((N+M)·D) shortest edit script between a[a0..a1) and b[b0..b1); indices into a for removes, b otherwise. */
function myers(a: string[], a0: number, a1: number, b: string[], b0: number, b1: number): Step[] {
  const n = a1 - a0;
  const m = b1 - b0;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    // Only the diagonals reachable in d steps are kept: memory grows with D², not D·(N+M).
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))
        ? (v[offset + k + 1] as number)
        : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) { x++; y++; }
      v[offset + k] = x;
      if (x >= n && y >= m) { found = true; break; }
    }
  }
  // Walk back through the saved frontiers.
  const steps: Step[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d] as Int32Array;
    const at = (diagonal: number): number => vd[diagonal + d + 1] as number;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) { x--; y--; steps.push(['equal', b0 + y]); }
    if (d > 0) {
      if (down) { y--; steps.push(['add', b0 + y]); } else { x--; steps.push(['remove', a0 + x]); }
    }
  }
  return steps.reverse();
}
