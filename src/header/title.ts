// The type line ("NGHỊ QUYẾT"), the subject lines after it (trích yếu) and the horizon years
// they name.

import { matchKindPhrase, type KindMatch } from '../lexicon/kinds.js';
import { subjectAt } from './letterhead.js';
import { ISSUER_WORD, NUMBER_WORD, SUBJECT_WORD } from '../lexicon/references.js';
import type { Horizon } from '../model/types.js';
import { fold, squashSpaces } from '../text/normalize.js';
import { PhraseSet, hasNoLetters, isUpperText, keysOf, sentenceCase, startsLower, wordKey } from './casing.js';
import { readPlaceDate } from './date.js';
import { ATTACHMENT_NOTES, AUTHORITY_HEADS, BODY_STARTERS, HORIZON_PERIOD, HORIZON_UNTIL, HORIZON_VISION, TITLE_STARTERS } from './lexicon.js';
import { normalizeNumber } from './number.js';
import type { Piece } from './pieces.js';

/** The words a title is read by, compared as keys: "số", "của" (the issuer), "về" (the subject). */
const NUMBER_KEY = wordKey(NUMBER_WORD);
const OF_KEY = wordKey(ISSUER_WORD);
const ABOUT_KEY = wordKey(SUBJECT_WORD);

export interface KindLine {
  index: number;
  match: KindMatch;
  /** the type line as written, sentence-cased ("Chương trình hành động") */
  label: string;
  /** words after the type phrase on the same line: the start of the title */
  rest?: string;
  /** "Kết luận số 69-KL/TW": a number on the type line */
  number?: string;
}

const bodyStarters = new PhraseSet(BODY_STARTERS);
const titleStarters = new PhraseSet(TITLE_STARTERS);
const attachmentNotes = new PhraseSet(ATTACHMENT_NOTES);
const authorities = new PhraseSet(AUTHORITY_HEADS);
const AUTHORITY_MAX = 80;
const SEARCH_PIECES = 80;
const BODY_LENGTH = 200;
const TITLE_MAX = 1000;
const TITLE_LINE_MAX = 500;
const STARTER_BLOCK_MAX = 320;
/** A label opening a body paragraph: I., 1., 1.1., a), A-, (1), Điều 1., Chương II, Phần. */
const LABEL = /^(?:(?:[IVXLC]+|\d{1,3}(?:\.\d{1,3})*|[\p{L}])\s*[.)\-:](?:\s|$)|\(\d{1,3}\)\s|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC])/u;

export function isLabel(text: string): boolean {
  return LABEL.test(text);
}

function startsBody(text: string): boolean {
  return !isUpperText(text) && bodyStarters.startOf(text) !== undefined;
}

function bodyLike(p: Piece): boolean {
  if (isUpperText(p.text)) return false;
  return p.text.length > BODY_LENGTH || startsBody(p.text) || isLabel(p.text);
}

/** The first type line near the top, before any body-like text. */
export function findKindLine(list: readonly Piece[]): KindLine | undefined {
  const n = Math.min(list.length, SEARCH_PIECES);
  for (let i = 0; i < n; i++) {
    // a letter's subject may wrap onto a line that reads like one ("V/v triển khai" / "Nghị quyết số 57-NQ/TW")
    const subject = subjectAt(list, i, n);
    if (subject) {
      i = subject.last;
      continue;
    }
    const p = list[i] as Piece;
    const kind = p.inTable ? undefined : kindLineOf(p.text);
    if (kind) return { ...kind, index: i };
    if (bodyLike(p)) return undefined;
  }
  return undefined;
}

/** "NGHỊ QUYẾT", "KẾT LUẬN CỦA BỘ CHÍNH TRỊ", "Kết luận số 69-KL/TW"; not "QUYẾT ĐỊNH:". */
export function kindLineOf(text: string): Omit<KindLine, 'index'> | undefined {
  const t = squashSpaces(text);
  if (/:$/.test(t) || t.length > 300) return undefined;
  const words = t.split(' ');
  const keys = words.map(wordKey);
  const match = matchKindPhrase(keys);
  if (!match) return undefined;
  const label = typeLabel(words.slice(0, match.words));
  const rest = words.slice(match.words).join(' ');
  if (rest === '') return { match, label };
  if (keys[match.words] === NUMBER_KEY) {
    const number = normalizeNumber(rest);
    const tail = rest.replace(/^\S+\s*/, '').replace(/^\S+/, '');
    return number && tail.trim() === '' ? { match, label, number } : undefined;
  }
  return isUpperText(t) ? { match, label, rest } : undefined;
}

function typeLabel(words: readonly string[]): string {
  const s = words.join(' ').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface TitleResult {
  title?: string;
  /** index of the last piece that belongs to the type line and title */
  last: number;
  /** filled from a web-style line that restates the document ("Kết luận số 69-KL/TW ngày ... của ...") */
  date?: string;
  issuer?: string;
}

/** Reads the title after the type line at `kind.index`; `issuer` helps spot the authority line. */
export function readTitle(list: readonly Piece[], kind: KindLine, blockLength: (b: number) => number, issuer?: string, blockText?: (b: number) => string): TitleResult {
  const parts: string[] = kind.rest ? [kind.rest] : [];
  let upper = kind.rest ? isUpperText(kind.rest) : true;
  let last = kind.index;
  let size = kind.rest?.length ?? 0;
  const issuerKey = issuer ? keysOf(issuer).join(' ') : undefined;
  for (let i = kind.index + 1; i < list.length; i++) {
    const p = list[i] as Piece;
    const t = p.text;
    const up = isUpperText(t) || hasNoLetters(t);
    if (parts.length > 0 && p.brk !== 'none') break;
    // "(Ban hành kèm theo Quyết định ...)": the header's, to its closing bracket, and the title ends
    if (parts.length > 0 && t.startsWith('(') && attachmentNotes.startOf(t.slice(1))) {
      let j = i;
      while (!list[j]!.text.trimEnd().endsWith(')') && list[j + 1]?.block === p.block && j - i < NOTE_LINES_MAX) j++;
      last = j;
      break;
    }
    if (isLabel(t) || /:$/.test(t) || startsBody(t)) break;
    if (up && isAuthority(list, i, issuerKey)) break;
    if (parts.length === 0) {
      if (kind.number) {
        // The restatement may be wrapped over several lines of its paragraph.
        let j = i;
        let joined = t;
        for (let q = list[j + 1]; q && q.block === p.block && q.brk === 'none' && !/[.;:]$/.test(joined); q = list[j + 1]) {
          j++;
          joined = `${joined} ${q.text}`;
        }
        const restated = restatement(joined, kind);
        if (restated) return { ...restated, last: j };
      }
      if (t.length > TITLE_LINE_MAX) break;
      const starter = titleStarters.startOf(t) !== undefined && blockLength(p.block) <= STARTER_BLOCK_MAX && !/[;:]$/.test(t);
      // A short sentence-case line of its own right under the type line is the title too
      // ("KẾ HOẠCH" / "Chuyển đổi số tỉnh Bình Minh năm 2025").
      const alone = i === kind.index + 1 && p.first && blockLength(p.block) <= STARTER_BLOCK_MAX && !/[.;:!?]$/.test(blockText?.(p.block).trim() ?? t) && /^\p{Lu}/u.test(t);
      if (!(up || startsLower(t) || starter || alone)) break;
      upper = up;
    } else if (t.length > TITLE_LINE_MAX) {
      break;
    } else if (upper) {
      if (!(up || startsLower(t))) break;
      if (!up) upper = false;
    } else if (p.first && !startsLower(t)) {
      break;
    }
    parts.push(t);
    last = i;
    size += t.length;
    if (size > TITLE_MAX) break;
  }
  const result: TitleResult = { last };
  if (parts.length) Object.assign(result, issuedBy(squashSpaces(parts.join(' '))));
  return result;
}

/**
 * "CỦA BỘ CHÍNH TRỊ về đột phá …" under "NGHỊ QUYẾT": the body that issued it, then the title
 * proper from "về".
 */
function issuedBy(title: string): Pick<TitleResult, 'title' | 'issuer'> {
  const words = title.split(' ');
  const keys = words.map(wordKey);
  const about = keys.indexOf(ABOUT_KEY);
  if (keys[0] !== OF_KEY || about < 2 || about > ISSUER_WORDS_MAX) return { title };
  const name = words.slice(1, about).join(' ');
  return { issuer: isUpperText(name) ? sentenceCase(name) : name, title: words.slice(about).join(' ') };
}

/** A note of the decision a plan is issued with wraps over a few lines at most. */
const NOTE_LINES_MAX = 4;

/** An issuing body named in a title is a few words long. */
const ISSUER_WORDS_MAX = 8;

/** The enacting authority before the legal basis ("THỦ TƯỚNG CHÍNH PHỦ" / "Căn cứ ..."). */
function isAuthority(list: readonly Piece[], i: number, issuerKey: string | undefined): boolean {
  const p = list[i] as Piece;
  if (p.text.length > AUTHORITY_MAX || hasNoLetters(p.text)) return false;
  if (issuerKey && keysOf(p.text).join(' ') === issuerKey) return true;
  const next = list[i + 1];
  return authorities.startOf(p.text) !== undefined && next !== undefined && startsBody(next.text);
}

/** "Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị về ..." after "# Kết luận số 69-KL/TW". */
function restatement(text: string, kind: KindLine): Omit<TitleResult, 'last'> | undefined {
  const words = squashSpaces(text).split(' ');
  const keys = words.map(wordKey);
  const again = matchKindPhrase(keys);
  if (!again || again.label !== kind.match.label || keys[again.words] !== NUMBER_KEY) return undefined;
  if (normalizeNumber(words.slice(again.words).join(' ')) !== kind.number) return undefined;
  const out: Omit<TitleResult, 'last'> = {};
  const about = keys.indexOf(ABOUT_KEY);
  const head = about > 0 ? words.slice(0, about).join(' ') : text;
  const pd = readPlaceDate(head.replace(/\(|\)/g, ' '));
  if (pd) out.date = pd.date;
  const of = keys.indexOf(OF_KEY);
  if (of > 0 && (about < 0 || of < about)) out.issuer = words.slice(of + 1, about > 0 ? about : undefined).join(' ').replace(/[,;]$/, '');
  if (about > 0) out.title = words.slice(about).join(' ');
  return out;
}

const vision = new PhraseSet(HORIZON_VISION);
const until = new PhraseSet(HORIZON_UNTIL);
const period = new PhraseSet(HORIZON_PERIOD);
const YEAR = /^(?:19|20)\d\d$/;

/** Years of a title: "đến năm 2030, tầm nhìn đến năm 2045", "giai đoạn 2026 - 2030". */
export function horizonOf(title: string): Horizon | undefined {
  const keys = fold(title).replace(/[^a-z0-9]+/g, ' ').trim().split(' ');
  const h: Horizon = {};
  for (let i = 0; i < keys.length; i++) {
    const v = vision.matchAt(keys, i);
    if (v) {
      const y = keys.slice(i + v.length, i + v.length + 3).find((k) => YEAR.test(k));
      if (y && h.vision === undefined) h.vision = Number(y);
      i += v.length - 1;
      continue;
    }
    const u = until.matchAt(keys, i);
    if (u && YEAR.test(keys[i + u.length] ?? '') && h.year === undefined) {
      h.year = Number(keys[i + u.length]);
      continue;
    }
    const pr = period.matchAt(keys, i);
    const a = keys[i + (pr?.length ?? 0)] ?? '';
    const b = keys[i + (pr?.length ?? 0) + 1] ?? '';
    if (pr && YEAR.test(a) && YEAR.test(b) && Number(b) > Number(a)) {
      if (h.from === undefined) h.from = Number(a);
      if (h.year === undefined) h.year = Number(b);
    }
  }
  if (h.year === undefined && h.vision === undefined && h.from === undefined) return undefined;
  const out: Horizon = {};
  if (h.year !== undefined) out.year = h.year;
  if (h.vision !== undefined) out.vision = h.vision;
  if (h.from !== undefined) out.from = h.from;
  return out;
}
