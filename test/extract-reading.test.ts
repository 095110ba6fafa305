// The extraction pass reads text through fast paths (a hand-written tokenizer, folding by table):
// each must give exactly what the plain definition gives, on every corpus line and on arbitrary text.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/extract/bodies.js';
import { bodyKey, rememberingBodyKeys } from '../src/extract/body-key.js';
import { extractReferences, mergeReferences, Tokens } from '../src/extract/references.js';
import { spacesToOne } from '../src/extract/targets.js';
import { canon, cleanLine, fold, unifyTones } from '../src/text/normalize.js';
import { Scoped } from '../src/text/scope.js';
import { CORPUS, corpusFiles } from './helpers.js';

const SEED = 20250611;
const lines = corpusFiles().flatMap((f) => readFileSync(join(CORPUS, f), 'utf8').split('\n'));
/** Vietnamese letters in both tone placements, decomposed marks, odd spaces, astral and lone surrogates. */
const PIECES = ['Nghị quyết', "KH&CN", 'T.Ư', 'a./b', "’", "'", '/', '1.5', '-x', 'số 57-NQ/TW', 'hoà', 'ủy', 'Đ', 'đ', 'e\u0301', '\u0301', '\u00a0', '\u2003', '\t', ' ', '\n', '12', '٣', 'İ', 'ß', 'Σ', '𝐀', '😀', '\ud800', '\udc00', '&', '.', '-', 'ǅ', 'ﬁ', 'Å', 'K'];
const text = fc.oneof(
  fc.string({ maxLength: 60, unit: 'binary' }),
  fc.string({ maxLength: 60, unit: 'grapheme' }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((p) => p.join('')),
);

/** Tokens as the pattern /([\p{L}\p{M}]+)|([0-9]+)|\S/gu reads a cleaned line. */
function byPattern(raw: string): [number, number, string][] {
  return [...cleanLine(raw).matchAll(/([\p{L}\p{M}]+)|([0-9]+)|\S/gu)].map((m) => [m.index, m.index + m[0].length, m[1] !== undefined ? 'w' : m[2] !== undefined ? 'n' : 'p']);
}

function byTokens(raw: string): [number, number, string][] {
  const t = new Tokens(raw);
  return t.start.map((s, i) => [s, t.end[i] as number, t.isWord(i) ? 'w' : t.isNum(i) ? 'n' : 'p']);
}

describe('Tokens', () => {
  it('reads every corpus line as the token pattern does', () => {
    for (const line of lines) expect(byTokens(line)).toEqual(byPattern(line));
  });

  it('reads arbitrary text as the token pattern does', () => {
    fc.assert(fc.property(text, (s) => { expect(byTokens(s)).toEqual(byPattern(s)); }), { seed: SEED, numRuns: 3000 });
  });

  it('gives each word its canon and fold', () => {
    const forms = (s: string): void => {
      const t = new Tokens(s);
      for (let i = 0; i < t.length; i++) if (t.isWord(i)) expect([t.key(i), t.fold(i)]).toEqual([canon(t.raw(i)), fold(t.raw(i))]);
    };
    for (const line of lines) forms(line);
    fc.assert(fc.property(text, forms), { seed: SEED, numRuns: 2000 });
  });
});

describe('ASCII words', () => {
  it('are their own canon, fold and tone-unified lower case, in lower case', () => {
    const word = fc.string({ minLength: 1, maxLength: 12, unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)) });
    fc.assert(fc.property(word, (w) => {
      const lower = w.toLowerCase();
      expect([canon(w), fold(w), unifyTones(lower)]).toEqual([lower, lower, lower]);
    }), { seed: SEED, numRuns: 3000 });
  });
});

/** Words of a body's name as the pattern reads them, with the flags the name reader asks for. */
function bodyPattern(s: string): unknown[] {
  return [...s.matchAll(/[\p{L}\p{N}&'’]+(?:[./-][\p{L}\p{N}&]+)*|[^\s\p{L}\p{N}]/gu)].map((m) => {
    const first = m[0].charAt(0);
    return { text: m[0], key: canon(m[0]), start: m.index, end: m.index + m[0].length, punct: !/[\p{L}\p{N}]/u.test(first), upper: first !== first.toLowerCase() };
  });
}

describe('body name tokens', () => {
  it('reads every corpus line as the token pattern does', () => {
    for (const line of lines) expect(tokenize(line)).toEqual(bodyPattern(line));
  });

  it('reads arbitrary text as the token pattern does', () => {
    fc.assert(fc.property(text, (s) => { expect(tokenize(s)).toEqual(bodyPattern(s)); }), { seed: SEED, numRuns: 3000 });
  });
});

/** cleanLine as first written: every replacement applied to every line. */
function cleanLineByReplacing(s: string): string {
  return s.normalize('NFC').replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-').replace(/\t/g, '    ');
}

describe('cleanLine', () => {
  it('gives what the replacements give, on every corpus line and on arbitrary text', () => {
    for (const line of lines) expect(cleanLine(line)).toBe(cleanLineByReplacing(line));
    const odd = fc.constantFrom('\u200b', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u00a0', '\u1680', '\u2000', '\u200a', '\u202f', '\u205f', '\u3000', '\u2010', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d', '\t');
    const mixed = fc.array(fc.oneof(text, odd), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.oneof(text, mixed), (s) => { expect(cleanLine(s)).toBe(cleanLineByReplacing(s)); }), { seed: SEED, numRuns: 3000 });
  });
});

describe('extractReferences', () => {
  /** Every citation the scan finds, without looking first whether the text may cite anything. */
  const scanned = (s: string): unknown => mergeReferences([new Tokens(s).citations().flatMap((c) => (c.ref ? [c.ref] : []))]);
  const lawish = fc.array(fc.constantFrom('Luật', 'LUẬT', 'Lua\u0323\u0302t', 'Bộ luật', 'Hiến pháp', 'hiến\u00a0pháp', 'Pháp lệnh', 'pháp\tlệnh', 'giải pháp', 'Đất đai', 'ngày', 'số', ' ', ', ', 'về', 'Nghị quyết', 'của Quốc hội', 'Lu\u00adật', 'Hiến\u200bpháp'), { maxLength: 10 }).map((p) => p.join(' '));

  it('finds what the scan finds in texts with and without digits or laws', () => {
    for (const line of lines) expect(extractReferences(line)).toEqual(scanned(line));
    fc.assert(fc.property(fc.oneof(text, lawish), (s) => { expect(extractReferences(s)).toEqual(scanned(s)); }), { seed: SEED, numRuns: 3000 });
  });
});

describe('white space runs', () => {
  it('become one space whether or not a run is one space already', () => {
    const spaces = fc.array(fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2028', 'a', 'ư', '*', '.'), { maxLength: 16 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.oneof(text, spaces), (s) => { expect(spacesToOne(s)).toBe(s.replace(/\s+/g, ' ')); }), { seed: SEED, numRuns: 3000 });
  });
});

describe('remembered body keys', () => {
  it('are the keys worked out afresh, and are forgotten after the run', () => {
    const names = ['UBND tỉnh', 'Ủy ban nhân dân tỉnh', 'Đài Truyền hình Việt Nam (VTV)', 'Sở KH&CN', 'TP. Hà Nội', 'Sở KH&CN'];
    const fresh = names.map(bodyKey);
    expect(rememberingBodyKeys(() => names.map(bodyKey))).toEqual(fresh);
    expect(rememberingBodyKeys(() => rememberingBodyKeys(() => names.map(bodyKey)))).toEqual(fresh);
  });
});

describe('Scoped', () => {
  it('gives a map only while running, the outer one to nested runs, and none after', () => {
    const s = new Scoped<number>();
    expect(s.map).toBeUndefined();
    s.run(() => {
      s.map?.set('a', 1);
      s.run(() => { expect(s.map?.get('a')).toBe(1); });
    });
    expect(s.map).toBeUndefined();
    s.run(() => { expect(s.map?.size).toBe(0); });
    expect(() => s.run(() => { throw new Error('x'); })).toThrow('x');
    expect(s.map).toBeUndefined();
  });
});
