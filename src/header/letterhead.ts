// The letterhead: issuer (and superior body), motto lines, number, place and date. Read cell by
// cell, since two columns arrive as table cells, "|"-separated pieces or separate paragraphs.

import { fold, squashSpaces } from '../text/normalize.js';
import { PhraseSet, isUpperText, keysOf, sentenceCase, trimChars, wordKey } from './casing.js';
import { readPlaceDate } from './date.js';
import {
  ADDRESS_WORDS, ADMIN_UNITS, BODY_HEADS, CENTRAL_HEADS, CENTRAL_NAMES, CENTRAL_SUFFIX, CENTRAL_SUPERIOR, MOTTOS,
  OWNER_WORDS, PLACE_COMMITTEES, SUBJECT_MARKS,
} from './lexicon.js';
import { normalizeNumber } from './number.js';
import type { Piece } from './pieces.js';

export interface Letterhead {
  issuer?: string;
  superior?: string;
  number?: string;
  place?: string;
  date?: string;
  /** the subject of a letter (trích yếu of a công văn): "V/v triển khai ...", as written */
  subject?: string;
  motto: string[];
  /** indexes of the pieces read */
  used: number[];
}

const mottos = new PhraseSet(MOTTOS);
const bodyHeads = new PhraseSet(BODY_HEADS);
const committees = new PhraseSet(PLACE_COMMITTEES);
const centralHeads = new PhraseSet(CENTRAL_HEADS);
const units = new PhraseSet(ADMIN_UNITS);
const owners = new PhraseSet(OWNER_WORDS);
const ISSUER_MAX = 150;
const DATE_LINE_MAX = 100;
/** A letterhead cell is a few short lines; longer text is not read as one. */
const CELL_MAX = 1500;
/** "Số", "Số:", "Số 57", "Số: 773" — the number line (the number may be on the next line). */
const NUMBER_LINE = /^[sS][ốỐ]\s*[:.]?\s*(?=$|[\d/])/u;

const addresses = new PhraseSet(ADDRESS_WORDS);
const SUBJECT_MAX = 400;

/**
 * Whether a line opens a letter's subject under its number ("V/v triển khai thực hiện ..."): an
 * official letter (công văn) has no type line, and this mark opens its subject, and nothing else
 * in a letterhead.
 */
export function isSubjectLine(t: string): boolean {
  return SUBJECT_MARKS.some((m) => fold(t.slice(0, m.length)) === fold(m) && !/[\p{L}\p{N}]/u.test(t.charAt(m.length)));
}

/** Whether a piece goes on with the subject above it: a lower-case line of the same column. */
function continuesSubject(p: Piece, sofar: string): boolean {
  const t = p.text;
  return p.brk === 'none' && sofar.length + t.length <= SUBJECT_MAX && !/[.;]$/.test(sofar) && !isUpperText(t)
    && !NUMBER_LINE.test(t) && !isSubjectLine(t) && !addresses.startOf(t) && readPlaceDate(t) === undefined
    && !mottos.startOf(t);
}

/** The subject that opens at piece `i` and the lines it runs on to (before `to`), or undefined. */
export function subjectAt(list: readonly Piece[], i: number, to: number): { text: string; last: number } | undefined {
  const p = list[i];
  if (!p || !isSubjectLine(p.text)) return undefined;
  let text = p.text;
  let last = i;
  while (last + 1 < to && continuesSubject(list[last + 1] as Piece, text)) text = `${text} ${(list[++last] as Piece).text}`;
  return { text: squashSpaces(text), last };
}

/** Reads the letterhead from pieces `from` to `to` (exclusive). */
export function readLetterhead(list: readonly Piece[], from: number, to: number): Letterhead {
  const head: Letterhead = { motto: [], used: [] };
  const issuerLines: string[] = [];
  let cellStart = from;
  for (let i = from; i <= to; i++) {
    const p = list[i];
    const subject = i < to && !head.subject ? subjectAt(list, i, to) : undefined;
    if (subject) {
      // the subject ends the cell it is in and is read apart from it
      readCell(list, cellStart, i, head, issuerLines);
      head.subject = subject.text;
      for (let k = i; k <= subject.last; k++) head.used.push(k);
      i = subject.last;
      cellStart = i + 1;
      continue;
    }
    if (i === to || (i > cellStart && p && (p.first || p.brk !== 'none'))) {
      readCell(list, cellStart, i, head, issuerLines);
      cellStart = i;
    }
  }
  Object.assign(head, composeIssuer(issuerLines));
  return head;
}

function readCell(list: readonly Piece[], from: number, to: number, head: Letterhead, issuerLines: string[]): void {
  if (to <= from) return;
  const texts = list.slice(from, to).map((p) => p.text);
  const joined = texts.join('\n');
  if (joined.length > CELL_MAX) return;
  // Motto phrases may wrap over lines: match on the words of the whole cell.
  const tokens = [...joined.matchAll(/[\p{L}\p{N}]+/gu)];
  const keys = tokens.map((t) => wordKey(t[0]));
  let rest = joined;
  for (let k = 0; k < tokens.length; k++) {
    const hit = mottos.matchAt(keys, k);
    if (!hit) continue;
    const a = tokens[k]?.index ?? 0;
    const lastToken = tokens[k + hit.length - 1];
    const b = (lastToken?.index ?? 0) + (lastToken?.[0].length ?? 0);
    head.motto.push(squashSpaces(joined.slice(a, b)));
    rest = rest.slice(0, a) + joined.slice(a, b).replace(/[^\n]/g, ' ') + rest.slice(b);
    k += hit.length - 1;
  }
  // a comma that ends a line goes on into the next ("VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ," / "ĐỔI MỚI ...")
  const lines = rest.split('\n').map((l) => trimChars(trimChars(l, ' -,;:.', 'start'), ' -;:.', 'end'));
  const done = lines.map((l) => l === '');

  for (let i = 0; i < lines.length; i++) {
    if (done[i] || !NUMBER_LINE.test(lines[i] as string)) continue;
    const alone = (lines[i] as string).replace(NUMBER_LINE, '') === '';
    const text = alone && i + 1 < lines.length ? `${lines[i]} ${lines[i + 1]}` : (lines[i] as string);
    const number = normalizeNumber(text);
    if (number && !head.number) head.number = number;
    done[i] = true;
    if (alone && number && i + 1 < lines.length) done[i + 1] = true;
  }

  for (let i = 0; i < lines.length && !head.date; i++) {
    if (done[i]) continue;
    let text = '';
    for (let k = i; k < Math.min(lines.length, i + 3) && !done[k]; k++) {
      text = text === '' ? (lines[k] as string) : `${text} ${lines[k]}`;
      if (text.length > DATE_LINE_MAX) break;
      const pd = readPlaceDate(text);
      if (!pd || pd.start >= (lines[i] as string).length + 1) continue;
      head.date = pd.date;
      if (pd.place) head.place = pd.place;
      for (let j = i; j <= k; j++) done[j] = true;
      break;
    }
  }

  lines.forEach((l, i) => {
    if (done[i] || l.length > ISSUER_MAX || !isUpperText(l)) return;
    issuerLines.push(l);
    done[i] = true;
  });
  done.forEach((d, i) => { if (d) head.used.push(from + i); });
}

/** Issuer lines → issuer and superior body, sentence-cased and composed. */
export function composeIssuer(lines: readonly string[]): { issuer?: string; superior?: string } {
  const bodies: string[] = [];
  for (const line of lines) {
    const last = bodies[bodies.length - 1];
    if (last !== undefined && !(bodyHeads.startOf(line) && keysOf(last).length >= 2)) bodies[bodies.length - 1] = `${last} ${line}`;
    else bodies.push(line);
  }
  // (a line's comma goes on into the next, never ends a body)
  bodies.forEach((b, i) => { bodies[i] = trimChars(b, ' ,', 'end'); });
  if (bodies.length === 1) bodies.splice(0, 1, ...splitKnownSuperior(bodies[0] as string));
  if (bodies.length === 0) return {};
  const issuer = sentenceCase(bodies[bodies.length - 1] as string);
  if (bodies.length === 1) return { issuer };
  const superior = sentenceCase(bodies[0] as string);
  return { issuer: qualify(issuer, superior), superior };
}

/** One line holding both bodies: "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG ĐOÀN QUỐC HỘI". */
function splitKnownSuperior(line: string): string[] {
  const words = squashSpaces(line).split(' ');
  const keys = words.map(wordKey);
  const central = keysOf(CENTRAL_SUPERIOR);
  if (central.every((k, i) => keys[i] === k)) {
    let n = central.length;
    if (keys[n] === 'dang' && !bodyHeads.matchAt(keys, n)) n++;
    return n < words.length && bodyHeads.matchAt(keys, n) ? [words.slice(0, n).join(' '), words.slice(n).join(' ')] : [line];
  }
  if (keys[0] === 'dang' && keys[1] === 'bo') {
    for (let i = 3; i < keys.length; i++) {
      if (committees.matchAt(keys, i)) return [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    }
  }
  return [line];
}

/** Names the issuer the way it is known: Tỉnh ủy Nghệ An, Văn phòng Trung ương Đảng. */
function qualify(issuer: string, superior: string): string {
  const sKeys = keysOf(superior);
  const iKeys = keysOf(issuer);
  const central = keysOf(CENTRAL_SUPERIOR);
  const isCentral = central.every((k, i) => sKeys[i] === k) && (sKeys.length === central.length || (sKeys.length === central.length + 1 && sKeys[central.length] === 'dang'));
  if (isCentral) {
    const exact = CENTRAL_NAMES.find((c) => keysOf(c.exact).join(' ') === iKeys.join(' '));
    if (exact) return exact.name;
    const ownerNamed = iKeys.some((_, i) => owners.matchAt(iKeys, i));
    if (centralHeads.matchAt(iKeys, 0) && !ownerNamed) return `${issuer} ${CENTRAL_SUFFIX}`;
    return issuer;
  }
  if (sKeys[0] === 'dang' && sKeys[1] === 'bo') {
    const committee = committees.matchAt(iKeys, 0);
    if (!committee || committee.length !== iKeys.length) return issuer;
    const words = superior.split(' ');
    let at = 2;
    const unit = units.matchAt(sKeys, 2);
    if (unit) at += unit.length;
    const place = words.slice(at).join(' ');
    return place ? `${issuer} ${place}` : issuer;
  }
  return issuer;
}
