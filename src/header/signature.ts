// Closing blocks: the recipients list ("Nơi nhận:") and the signature ("TM. ỦY BAN NHÂN DÂN" /
// "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / name), wherever they stand and in whatever layout.

import type { Signer } from '../model/types.js';
import { squashSpaces } from '../text/normalize.js';
import { PhraseSet, isUpperText, keysOf, sentenceCase, trimChars, wordKey } from './casing.js';
import { BODIES_ENDING_IN_TITLES, FILE_COPY, RECIPIENTS_HEAD, ROLE_AFTER, ROLE_BEFORE, ROLE_TITLES, SIGN_MARKS, SIGN_PREFIXES } from './lexicon.js';
import type { Piece } from './pieces.js';

export interface Closings {
  signers: Signer[];
  recipients: string[][];
  used: number[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** "TM." as written; "T/M" also with a dot. */
const form = (p: { prefix: string }): string => (p.prefix.endsWith('.') ? escape(p.prefix) : `${escape(p.prefix)}\\.?`);
const prefixForms = [...SIGN_PREFIXES].sort((a, b) => b.prefix.length - a.prefix.length).map(form).join('|');
/** A signature prefix at the start, followed by an upper-case word: "TM. ỦY BAN", "K/T BÍ THƯ". */
const PREFIX_START = new RegExp(`^(?:${prefixForms})\\s*(?=\\p{Lu})`, 'u');
const PREFIX_WORD = new RegExp(`^(?:${prefixForms})$`, 'u');
const BEHALF_WORD = new RegExp(`^(?:${SIGN_PREFIXES.filter((p) => p.behalf).map(form).join('|')})$`, 'u');
const MARK = new RegExp(`[([]\\s*(?:${SIGN_MARKS.map(escape).join('|')})\\s*[)\\]]|(?<!\\p{L})đã ký(?!\\p{L})`, 'iu');
const roles = new PhraseSet(ROLE_TITLES);
const bodyNames = new PhraseSet(BODIES_ENDING_IN_TITLES);
const roleBefore = new Set(ROLE_BEFORE.map(wordKey));
const roleAfter = new PhraseSet(ROLE_AFTER);
const fileCopy = wordKey(FILE_COPY);
const HEAD = new RegExp(`^${RECIPIENTS_HEAD}\\s*:?`, 'iu');
const ITEM_SPLIT = /(?<=[;,.])\s+[-+•]\s+/u;
const BULLET = /^[-+•]\s*/u;
const NAME_WORD = /^\p{Lu}\p{Ll}*$/u;
const MAX_SIGNATURE = 10;
const MAX_ITEM = 250;

/** Finds every recipients list and signature block among the pieces not yet `taken`. */
export function readClosings(list: readonly Piece[], taken: Uint8Array): Closings {
  const out: Closings = { signers: [], recipients: [], used: [] };
  // the signature read last, while it has no name: [its first piece, the piece after it]
  let open: [number, number] | undefined;
  for (let i = 0; i < list.length; i++) {
    if (taken[i]) continue;
    const text = (list[i] as Piece).text;
    if (isRecipientsHead(text)) {
      const before = open && open[1] === i ? open : undefined;
      open = undefined;
      const r = readRecipients(list, i);
      if (r.items.length) out.recipients.push(r.items);
      for (let k = i; k < r.end; k++) out.used.push(k);
      i = r.end - 1;
      const next = list[r.end];
      if (!next || taken[r.end]) continue;
      // "T/M BAN THƯỜNG VỤ" over "Nơi nhận: ... BÍ THƯ", the name below the list: one signature
      // that the list's column broke in two
      if (before && !isSignStart(next.text)) {
        const ended = resumeSignature(list, before, r.end, out);
        if (ended > r.end) { i = ended - 1; continue; }
      }
      if (isSignStart(next.text) || signsAfterList(next.text)) i = signature(list, r.end, out) - 1;
    } else if (isSignStart(text) || signsAtEnd(list, i)) {
      const start = i;
      i = signature(list, i, out) - 1;
      open = out.signers[out.signers.length - 1]?.name === undefined ? [start, i + 1] : undefined;
    }
  }
  return out;
}

/**
 * Reads the signature begun at pieces [from, to) on from piece `at`, after a recipients list:
 * the last signer becomes the whole one. Returns the piece after it, or `at` when nothing there goes on.
 */
function resumeSignature(list: readonly Piece[], [from, to]: [number, number], at: number, out: Closings): number {
  const head = list.slice(from, to);
  const s = readSignature([...head, ...list.slice(at, at + MAX_SIGNATURE)], 0);
  if (s.end <= head.length) return at;
  out.signers[out.signers.length - 1] = s.signer;
  const end = at + s.end - head.length;
  for (let k = at; k < end; k++) out.used.push(k);
  return end;
}

function signature(list: readonly Piece[], i: number, out: Closings): number {
  const s = readSignature(list, i);
  out.signers.push(s.signer);
  for (let k = i; k < s.end; k++) out.used.push(k);
  return s.end;
}

/** "Nơi nhận:", "Nơi nhận: - Ban Bí thư ..."; not "Nơi nhận hồ sơ". */
export function isRecipientsHead(text: string): boolean {
  const m = HEAD.exec(text.slice(0, 40));
  return m !== null && !/\p{L}/u.test(text.charAt(m[0].length));
}

export function isSignStart(text: string): boolean {
  return text.length < 200 && PREFIX_START.test(text);
}

/** Beside a recipients list, a bare title ("THỦ TƯỚNG", "THỦ TƯỚNG Nguyễn Tấn Dũng") signs too. */
function signsAfterList(text: string): boolean {
  if (text.length > 200) return false;
  const words = text.split(' ');
  const upperHead = words.slice(0, 2).join(' ');
  return isUpperText(upperHead) && (roleLength(keysOf(text), 0) > 0 || words.some((w) => PREFIX_WORD.test(w)));
}

/**
 * A bare title over a name with nothing but closings after it ("CHỦ TỊCH" / "Phạm Văn D" at the end
 * of a directive the chairman signs himself) signs too.
 */
function signsAtEnd(list: readonly Piece[], i: number): boolean {
  const text = (list[i] as Piece).text;
  const next = list[i + 1];
  if (!next || text.length > 60 || !isUpperText(text) || roleLength(keysOf(text), 0) === 0) return false;
  if (!personName(next.text) && !splitLines(next.text).name) return false;
  const after = list[i + 2];
  return after === undefined || isRecipientsHead(after.text) || isSignStart(after.text);
}

/** Reads "Nơi nhận:" and its items, up to a column border, a signature or a non-item. */
export function readRecipients(list: readonly Piece[], i: number): { items: string[]; end: number } {
  const items: string[] = splitItems((list[i] as Piece).text.replace(HEAD, ''));
  let dashed = items.length > 0;
  let j = i + 1;
  for (; j < list.length; j++) {
    const p = list[j] as Piece;
    const t = p.text;
    const last = items[items.length - 1];
    if (p.brk !== 'none' || isSignStart(t) || isRecipientsHead(t) || t.length > MAX_ITEM) break;
    if (last !== undefined && p.first && wordKey(cleanItem(last).split(' ')[0] ?? '') === fileCopy) break;
    if (BULLET.test(t)) {
      items.push(...splitItems(t));
      dashed = true;
    } else if (last !== undefined && !p.first && (dashed || !/[,;.]$/.test(last))) {
      items[items.length - 1] = `${last} ${t}`;
    } else if (!dashed && (!p.first || isItemLike(t)) && !isUpperText(t)) {
      items.push(t);
    } else {
      break;
    }
  }
  return { items: items.map(cleanItem).filter((s) => s !== ''), end: j };
}

function isItemLike(t: string): boolean {
  return /[,;.]$/.test(t) || wordKey(t.split(' ')[0] ?? '') === fileCopy;
}

function splitItems(text: string): string[] {
  const t = text.trim();
  if (t === '') return [];
  return t.split(ITEM_SPLIT);
}

function cleanItem(s: string): string {
  return trimChars(squashSpaces(s.replace(BULLET, '')), ' ,;.', 'end');
}

/** Reads a signature block starting at piece `i`: prefixes, titles, a mark, the name. */
export function readSignature(list: readonly Piece[], i: number): { signer: Signer; end: number } {
  const groups: string[] = [];
  let j = i;
  for (; j < list.length && j < i + MAX_SIGNATURE; j++) {
    const p = list[j] as Piece;
    const t = p.text;
    if (j > i && p.brk !== 'none') break;
    const last = groups[groups.length - 1];
    const kind = classify(t);
    if (j > i && (kind === 'other' || (kind === 'cont' && p.first))) break;
    if (last !== undefined && (kind === 'cont' || (last.endsWith(',') && kind === 'role'))) groups[groups.length - 1] = `${last} ${t}`;
    else groups.push(t);
    if (kind === 'name' || splitLines(t).name) { j++; break; }
  }
  const lines: string[] = [];
  let name: string | undefined;
  for (const g of groups) {
    const split = splitLines(g);
    lines.push(...split.lines);
    if (split.name) { name = split.name; lines.push(split.name); }
  }
  return { signer: toSigner(lines, name), end: j };
}

type Kind = 'prefix' | 'mark' | 'role' | 'name' | 'cont' | 'other';

function classify(t: string): Kind {
  if (PREFIX_START.test(t)) return 'prefix';
  if (MARK.test(t) && t.replace(MARK, '').trim() === '') return 'mark';
  if (personName(t)) return 'name';
  if (!isUpperText(t) || t.length > 80) return 'other';
  return roleLength(keysOf(t), 0) > 0 ? 'role' : 'cont';
}

function personName(t: string): boolean {
  const words = t.split(' ');
  return words.length >= 2 && words.length <= 5 && words.every((w) => NAME_WORD.test(w));
}

/** Words of a title at `keys[i]`: optional PHÓ, the title, optional THƯỜNG TRỰC; 0 when none. */
function roleLength(keys: readonly string[], i: number): number {
  let k = i;
  while (roleBefore.has(keys[k] ?? '')) k++;
  const role = roles.matchAt(keys, k);
  if (!role) return 0;
  k += role.length;
  const after = roleAfter.matchAt(keys, k);
  return k + (after?.length ?? 0) - i;
}

/** One signature text → its lines, split at prefixes, marks and the title; the name at the end. */
function splitLines(text: string): { lines: string[]; name?: string } {
  let words = squashSpaces(text).split(' ');
  let name: string | undefined;
  let n = 0;
  while (n < words.length && NAME_WORD.test(words[words.length - 1 - n] as string)) n++;
  if (n >= 2 && n <= 5) {
    name = words.slice(words.length - n).join(' ');
    words = words.slice(0, words.length - n);
  }
  const lines: string[] = [];
  let rest = words.join(' ');
  while (rest !== '') {
    const m = MARK.exec(rest);
    const before = m ? rest.slice(0, m.index) : rest;
    lines.push(...splitPrefixes(before));
    if (!m) break;
    lines.push(m[0].trim());
    rest = rest.slice(m.index + m[0].length).trim();
  }
  return name ? { lines, name } : { lines };
}

function splitPrefixes(text: string): string[] {
  const words = squashSpaces(text).split(' ').filter((w) => w !== '');
  const segments: string[][] = [];
  for (const w of words) {
    if (PREFIX_WORD.test(w) || segments.length === 0) segments.push([w]);
    else (segments[segments.length - 1] as string[]).push(w);
  }
  const out: string[] = [];
  for (const seg of segments) {
    if (!PREFIX_WORD.test(seg[0] as string)) { out.push(...splitRoles(seg)); continue; }
    const keys = seg.map(wordKey);
    let cut = -1;
    // "T/M BAN BÍ THƯ": a body whose name ends in a title is no body and a title
    const named = (bodyNames.matchAt(keys, 1)?.length ?? 0) === seg.length - 1;
    for (let k = 2; k < seg.length && !named; k++) {
      if (roleLength(keys, k) === seg.length - k && !(seg[k - 1] as string).endsWith(',')) { cut = k; break; }
    }
    if (cut < 0) out.push(seg.join(' '));
    else out.push(seg.slice(0, cut).join(' '), seg.slice(cut).join(' '));
  }
  return out;
}

/** Titles stacked without a prefix, flattened into one cell: "TRƯỞNG BAN PHÓ THỦ TƯỚNG". */
function splitRoles(words: readonly string[]): string[] {
  const keys = words.map(wordKey);
  const out: string[] = [];
  for (let k = 0; k < words.length;) {
    const n = roleLength(keys, k);
    if (n === 0) return [words.join(' ')];
    out.push(words.slice(k, k + n).join(' '));
    k += n;
  }
  return out;
}

function toSigner(lines: readonly string[], name: string | undefined): Signer {
  const signer: Signer = {};
  if (name) signer.name = name;
  const body = name ? lines.slice(0, -1) : lines;
  const roleLine = [...body].reverse().find((l) => {
    const first = l.split(' ')[0] ?? '';
    return !PREFIX_WORD.test(first) && !MARK.test(l) && roleLength(keysOf(l), 0) > 0;
  });
  if (roleLine) signer.role = sentenceCase(roleLine);
  const behalf = body.find((l) => BEHALF_WORD.test(l.split(' ')[0] ?? '')) ?? body.find((l) => PREFIX_WORD.test(l.split(' ')[0] ?? ''));
  if (behalf) signer.onBehalfOf = sentenceCase(behalf.split(' ').slice(1).join(' ').replace(/,$/, ''));
  signer.lines = [...lines];
  return signer;
}
