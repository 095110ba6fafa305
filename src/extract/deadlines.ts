// Deadlines (vietnamese-documents.md §6): "trước ngày 30/6/2025" → 2025-06-30, "Quý IV/2024" →
// 2024-12-31, "2026 - 2030" → 2030-12-31, "định kỳ hằng năm" → yearly. Text is read as words
// (Tokens of ./references.ts) and every reader looks a bounded number of words ahead: linear time.
//
// What counts as a deadline (running text is full of dates that are not):
// - a recurrence counts at the start of a text or clause, after "định kỳ", after a lead word
//   ("Thực hiện thường xuyên", "Nhiệm vụ thường xuyên"), right after another deadline, or after a
//   label ("Thời gian thực hiện: ..."); "kế hoạch công tác hằng năm", "trợ cấp hằng tháng" do not;
// - a quarter or half year ("Quý IV/2025", "6 tháng đầu năm 2025") always counts;
// - a day, month, year or range counts after a prefix ("trước", "trong", "chậm nhất" ...), after
//   "hoàn thành" in the same clause, after a label, or when it opens the text as a table cell does
//   ("18/10/2025", "Năm 2026", "2026 - 2030", "01/2025"), but not in "Ngày 24/11/2025, tại ...";
// - dates inside citations ("Nghị quyết số 57-NQ/TW ngày 22/12/2024") never count.
// Parts joined by ",", "và", "-" or "hoặc" make one deadline: "Thường xuyên, hằng năm",
// "năm 2025 và các năm tiếp theo" (due 2025-12-31, yearly), "Tháng 12/2013 và thường xuyên".

import { isoDate } from '../header/date.js';
import {
  COMPLETION_CUES, DEADLINE_PREFIXES, type DeadlinePrefix, HALF_YEARS, JOINERS, LABEL_HEADS, PERIOD_WORDS, PERIODIC,
  QUARTERS, RANGE_WORDS, RECURRENCE_LEADS, RECURRENCE_PHRASES, RECURRENCE_PRIORITY, RELATIVE_FILLERS, RELATIVE_FROM, RELATIVE_FROM_SIGNING,
  RELATIVE_PREFIXES, RELATIVE_UNIT, RELATIVE_WORKING, REVIEW_CUES, REVIEW_PREFIX,
} from '../lexicon/deadlines.js';
import type { Deadline, Recurrence } from '../model/types.js';
import { citationSpans, keysOf, PhraseIndex, Tokens } from './references.js';

const PREFIX_INDEX = new PhraseIndex(DEADLINE_PREFIXES, (r) => r.phrase);
const RECURRENCE_INDEX = new PhraseIndex(RECURRENCE_PHRASES, (r) => r.phrase);
const HALF_INDEX = new PhraseIndex(HALF_YEARS, (r) => r.phrase);
const LEAD_INDEX = new PhraseIndex(RECURRENCE_LEADS, (s) => s);
const CUE_INDEX = new PhraseIndex(COMPLETION_CUES, (s) => s);
const REVIEW_INDEX = new PhraseIndex(REVIEW_CUES, (s) => s);
const LABEL_INDEX = new PhraseIndex(LABEL_HEADS, (s) => s);
const SPAN_INDEX = new PhraseIndex(PERIOD_WORDS.span, (s) => s);
const PERIODIC_KEYS = keysOf(PERIODIC);
const set = (words: readonly string[]): Set<string> => new Set(words.flatMap((w) => keysOf(w)));
const DAY = set(PERIOD_WORDS.day);
const MONTH = set(PERIOD_WORDS.month);
const QUARTER = set(PERIOD_WORDS.quarter);
const YEAR = set(PERIOD_WORDS.year);
const JOIN = set(JOINERS);
const RANGE = set(RANGE_WORDS);
const SEPARATORS = new Set(['/', '-']);
const QUARTER_NUMBERS = new Map(Object.entries(QUARTERS));
/** Punctuation after which a clause starts (and a recurrence counts). */
const BOUNDARY = new Set([',', ';', '.', ':', '(', '|', '-', '+', '*']);
/** Punctuation that ends a sentence: a label's value and a "hoàn thành" cue end there. */
const SENTENCE_END = new Set(['.', ';', '|']);
/** Words of a label's value that may stand between two parts of one deadline ("Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm"). */
const MAX_LABEL_GAP = 4;
const MAX_LIST = 12;
/** The words of a recurrence's lead ("duy trì", "thực hiện") between two parts of one deadline. */
const MAX_LEAD_WORDS = 3;
/** First words of every phrase: any other word cannot start a deadline. */
const STARTS = new Set([
  ...DEADLINE_PREFIXES.map((p) => p.phrase), ...RECURRENCE_PHRASES.map((r) => r.phrase), ...HALF_YEARS.map((h) => h.phrase),
  ...LABEL_HEADS, ...COMPLETION_CUES, ...REVIEW_CUES, PERIODIC, ...Object.values(PERIOD_WORDS).flat(),
].map((p) => keysOf(p)[0]!));

type Form = 'date' | 'dayMonth' | 'period' | 'fixed' | 'bare';
interface Period { first: string; last: string; end: number; form: Form; ngay?: boolean; range?: boolean; point?: boolean; /** a month or quarter without its year */ yearless?: boolean }
interface Raw { from: number; to: number; due?: string; recurrence?: Recurrence; dayMonth?: boolean; rank: number; label: number }

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (y: number, m: number): string => `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
/** The ISO date `days` after (or before) `iso`. */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const dayBefore = (iso: string): string => addDays(iso, -1);
function year(t: Tokens, i: number): number | undefined {
  const y = t.num(i);
  return t.raw(i).length === 4 && y >= 1900 && y <= 2100 ? y : undefined;
}
function month(t: Tokens, i: number): number | undefined {
  const m = t.num(i);
  return t.raw(i).length <= 2 && m >= 1 && m <= 12 ? m : undefined;
}

/** "22/12/2024", "25 tháng 11 năm 2025", "15/12", "25 tháng 12" at token i. */
function readDayMonth(t: Tokens, i: number): Period | undefined {
  const d = t.num(i);
  const long = MONTH.has(t.key(i + 1));
  const sep = t.key(i + 1);
  const m = month(t, i + 2);
  if (!(d >= 1 && t.raw(i).length <= 2) || !(long || SEPARATORS.has(sep) || sep === '.') || !m) return undefined;
  const y = (long ? YEAR.has(t.key(i + 3)) : t.key(i + 3) === sep) ? year(t, i + 4) : undefined;
  if (y !== undefined) {
    const iso = isoDate(String(y), String(m), String(d));
    return iso ? { first: iso, last: iso, end: i + 5, form: 'date' } : undefined;
  }
  return d <= new Date(Date.UTC(2024, m, 0)).getUTCDate() ? { first: '', last: '', end: i + 3, form: 'dayMonth' } : undefined;
}

/** One period at token j: a date, a day without year, a month, quarter, half year or year. */
function readPeriod(t: Tokens, j: number): Period | undefined {
  const k = t.key(j);
  if (DAY.has(k)) {
    const p = readDayMonth(t, j + 1);
    // "ngày 05 hằng tháng": a day of every month, without its month, before the rhythm only
    const d = t.num(j + 1);
    if (!p && t.raw(j + 1).length <= 2 && d >= 1 && d <= 31 && RECURRENCE_INDEX.match(t, j + 2)) {
      return { first: '', last: '', end: j + 2, form: 'dayMonth', ngay: true, yearless: true };
    }
    // "ngày 01/6 và 15/11 hằng năm": a list of days of the year
    for (let n = 0; p?.form === 'dayMonth' && n < 4 && JOIN.has(t.key(p.end)); n++) {
      const next = readDayMonth(t, p.end + 1);
      if (next?.form !== 'dayMonth') break;
      p.end = next.end;
    }
    return p && { ...p, ngay: true };
  }
  const half = HALF_INDEX.match(t, j);
  const hy = half && year(t, half.end);
  if (half && hy) {
    const m = half.row.lastMonth;
    const last = lastDay(hy, m);
    return { first: half.row.point ? last : `${hy}-${pad(m - 5)}-01`, last, end: half.end + 1, form: 'fixed', ...(half.row.point ? { point: true } : {}) };
  }
  if (QUARTER.has(k)) {
    const q = QUARTER_NUMBERS.get(t.key(j + 1));
    let [q2, p] = [q, j + 2];
    // "Quý III, IV/2026": a list of quarters ends with the last
    for (let n = 0; n < 4 && JOIN.has(t.key(p)) && QUARTER_NUMBERS.get(t.key(p + 1)); n++) [q2, p] = [QUARTER_NUMBERS.get(t.key(p + 1)), p + 2];
    const at = SEPARATORS.has(t.key(p)) || YEAR.has(t.key(p)) ? p + 1 : -1;
    const y = q && q2 && at > 0 ? year(t, at) : undefined;
    // "Quý I hằng năm": a quarter of every year, like a day without its year
    if (q && q2 && !y && at < 0) return { first: '', last: '', end: p, form: 'dayMonth', yearless: true };
    return q && q2 && y ? { first: `${y}-${pad(3 * q - 2)}-01`, last: lastDay(y, 3 * q2), end: at + 1, form: 'fixed' } : undefined;
  }
  if (MONTH.has(k)) {
    const m1 = month(t, j + 1);
    let [m2, p] = [m1, j + 2];
    // "Tháng 11, 12/2013": a list of months ends with the last
    for (let n = 0; n < MAX_LIST && JOIN.has(t.key(p)) && month(t, p + 1); n++) [m2, p] = [month(t, p + 1), p + 2];
    const dated = SEPARATORS.has(t.key(p)) || YEAR.has(t.key(p));
    const y = dated ? year(t, p + 1) : undefined;
    // "tháng 12 hằng năm": a month of every year
    if (m1 && m2 && !dated) return { first: '', last: '', end: p, form: 'dayMonth', yearless: true };
    return m1 && m2 && y ? { first: `${y}-${pad(m1)}-01`, last: lastDay(y, m2), end: p + 2, form: 'period' } : undefined;
  }
  const span = SPAN_INDEX.match(t, j);
  const at = YEAR.has(k) ? j + 1 : span ? span.end : -1;
  const y = at > 0 ? year(t, at) : undefined;
  if (y) return { first: `${y}-01-01`, last: `${y}-12-31`, end: at + 1, form: 'period' };
  if (!t.isNum(j)) return undefined;
  const date = readDayMonth(t, j);
  if (date) return date;
  const m = SEPARATORS.has(t.key(j + 1)) ? month(t, j) : undefined;
  const my = m ? year(t, j + 2) : undefined;
  if (m && my) return { first: `${my}-${pad(m)}-01`, last: lastDay(my, m), end: j + 3, form: 'bare' };
  const by = year(t, j);
  return by ? { first: `${by}-01-01`, last: `${by}-12-31`, end: j + 1, form: 'bare' } : undefined;
}

/** A period, or a range of two ("2026 - 2030", "Quý IV/2025- Quý II/2026", "từ năm 2013 đến năm 2020"). */
function readRange(t: Tokens, j: number): Period | undefined {
  const p = readPeriod(t, j);
  if (!p || p.form === 'dayMonth' || !RANGE.has(t.key(p.end))) return p;
  const q = readPeriod(t, p.end + 1);
  return q && q.form !== 'dayMonth' && q.last > p.last ? { ...p, last: q.last, end: q.end, range: true } : p;
}

/** A number glued to a longer code: "2021" in "80/2021/NĐ-CP", "2/2025" in "31/2/2025". */
function glued(t: Tokens, from: number, to: number): boolean {
  const before = t.isNum(from) && !t.spaced(from) && SEPARATORS.has(t.key(from - 1));
  const after = !t.spaced(to) && SEPARATORS.has(t.key(to)) && !t.spaced(to + 1) && to + 1 < t.length;
  return before || after;
}

function readRecurrence(t: Tokens, i: number): { recurrence: Recurrence; end: number; periodic: boolean } | undefined {
  const periodic = PERIODIC_KEYS.every((k, n) => t.key(i + n) === k);
  const own = RECURRENCE_INDEX.match(t, i);
  // "định kỳ 6 tháng/lần": the rhythm after "định kỳ", when it reads further than a phrase of its own ("định kỳ 6 tháng")
  const after = periodic ? RECURRENCE_INDEX.match(t, i + PERIODIC_KEYS.length) : undefined;
  const r = own && (!after || own.end >= after.end) ? own : after;
  return r && { recurrence: r.row.recurrence, end: r.end, periodic };
}

/** Whether a phrase of `index` ends just before token i. */
function endsBefore(t: Tokens, index: PhraseIndex<unknown>, i: number): boolean {
  for (let n = 1; n <= 3; n++) if (index.match(t, i - n)?.end === i) return true;
  return false;
}

function due(p: Period, prefix: DeadlinePrefix | undefined): string | undefined {
  if (p.form === 'dayMonth' || (prefix?.meaning === 'from' && !p.range)) return undefined;
  if (p.form === 'date' || p.point) return p.last;
  return prefix?.meaning === 'before' ? dayBefore(p.first) : p.last;
}

interface Context {
  first: number;
  stops: number[];
  label: { id: number; value: number; to: number };
  cue: number;
  /** the last review word ("sơ kết") */
  review: number;
  prev?: Raw;
}

/** "Thời gian thực hiện:" at token i: its value runs to the end of the sentence, or of the text when it opens a list. */
function readLabel(t: Tokens, i: number, stops: number[]): Context['label'] | undefined {
  const head = LABEL_INDEX.match(t, i);
  if (!head) return undefined;
  let colon = head.end;
  while (colon < head.end + 4 && t.isWord(colon)) colon++;
  if (t.key(colon) !== ':') return undefined;
  const open = colon + 1 >= t.length || t.text.slice(t.end[colon], t.start[colon + 1]).includes('\n');
  return { id: colon, value: colon + 1, to: open ? t.length : stops[colon + 1]! };
}

/** The deadline phrase starting at token i, if it counts here (see the rules at the top). */
function phraseAt(t: Tokens, i: number, c: Context): Raw | undefined {
  const inLabel = i >= c.label.value && i < c.label.to;
  const opens = i === c.first || i === c.label.value;
  let g = c.prev ? c.prev.to : -1;
  while (g >= 0 && g < i && g < c.prev!.to + 3 && JOIN.has(t.key(g))) g++;
  const joined = g === i;
  const label = inLabel ? c.label.id : -1;
  const prefix = PREFIX_INDEX.match(t, i);
  const rec = prefix ? undefined : readRecurrence(t, i);
  if (rec && (inLabel || opens || joined || rec.periodic || BOUNDARY.has(t.key(i - 1)) || endsBefore(t, LEAD_INDEX, i))) {
    return { from: i, to: rec.end, recurrence: rec.recurrence, rank: inLabel ? 3 : 0, label };
  }
  const j = prefix ? prefix.end : i;
  const p = readRange(t, j);
  if (!p || glued(t, j, p.end)) return undefined;
  const cued = c.cue >= 0 && c.stops[c.cue]! >= i;
  const reviewed = c.review >= 0 && c.stops[c.review]! >= i && prefix?.row.phrase === REVIEW_PREFIX;
  const follows = p.end >= t.length || BOUNDARY.has(t.key(p.end)) || JOIN.has(t.key(p.end)) || RECURRENCE_INDEX.match(t, p.end) !== undefined;
  const every = RECURRENCE_INDEX.match(t, p.end) !== undefined;
  // a month or quarter without its year is a deadline under a label or before "hằng năm" only
  const ok = p.yearless ? inLabel || every : p.form === 'fixed' || joined || prefix?.row.cue === true
    || (p.form === 'dayMonth' ? inLabel || every : (inLabel && (p.form !== 'bare' || opens)) || ((cued || reviewed) && p.form !== 'bare') || (opens && !p.ngay && follows));
  if (!ok) return undefined;
  const rank = inLabel ? 3 : cued ? 2 : prefix?.row.meaning === 'before' ? 1 : 0;
  return { from: i, to: p.end, due: due(p, prefix?.row), dayMonth: p.form === 'dayMonth', rank, label };
}

/** Every deadline phrase part in order, before joining. */
function scan(t: Tokens): Raw[] {
  const n = t.length;
  const stops = new Array<number>(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) stops[i] = SENTENCE_END.has(t.key(i)) && !(t.isNum(i + 1) && !t.spaced(i + 1)) ? i : stops[i + 1]!;
  let first = 0;
  while (first < n && !t.isWord(first) && !t.isNum(first)) first++;
  const c: Context = { first, stops, label: { id: -1, value: -1, to: -1 }, cue: -1, review: -1 };
  const spans = citationSpans(t);
  const raws: Raw[] = [];
  for (let i = 0, s = 0; i < n; ) {
    while (s < spans.length && spans[s]!.to <= i) s++;
    if (s < spans.length && spans[s]!.from <= i) {
      i = spans[s]!.to;
      continue;
    }
    // only a number or a word that can open a phrase starts one; a number inside a longer code
    // ("80/2021/NĐ-CP", "1/2/3") does not
    if (t.isNum(i) ? !t.spaced(i) && SEPARATORS.has(t.key(i - 1)) : !STARTS.has(t.key(i))) {
      i++;
      continue;
    }
    const label = readLabel(t, i, stops);
    if (label) {
      c.label = label;
      i = label.value;
      continue;
    }
    if (CUE_INDEX.match(t, i)) c.cue = i;
    if (REVIEW_INDEX.match(t, i)) c.review = i;
    const r = phraseAt(t, i, c);
    if (r) raws.push((c.prev = r));
    i = r ? r.to : i + 1;
  }
  return raws;
}

/** Joins parts of one deadline: "Thường xuyên, hằng năm", "năm 2025 và các năm tiếp theo". */
function join(t: Tokens, raws: Raw[]): { parts: Raw[]; rank: number }[] {
  const groups: { parts: Raw[]; rank: number }[] = [];
  for (const r of raws) {
    const g = groups[groups.length - 1];
    const prev = g?.parts[g.parts.length - 1];
    let words = 0;
    let k = prev ? prev.to : r.from;
    for (; k < r.from && words <= MAX_LABEL_GAP && !SENTENCE_END.has(t.key(k)); k++) if (!JOIN.has(t.key(k))) words++;
    // "trong năm 2025 và duy trì thường xuyên": a rhythm after its lead word goes on with the part before
    const led = words > 0 && words <= MAX_LEAD_WORDS && r.recurrence !== undefined && endsBefore(t, LEAD_INDEX, r.from);
    const near = k === r.from && (words === 0 ? r.from - (prev?.to ?? 0) <= 3 : led || (prev?.label === r.label && r.label >= 0));
    if (g && near) {
      g.parts.push(r);
      g.rank = Math.max(g.rank, r.rank);
    } else groups.push({ parts: [r], rank: r.rank });
  }
  return groups;
}

function toDeadline(t: Tokens, parts: Raw[]): Deadline | undefined {
  const text = t.slice(parts[0]!.from, parts[parts.length - 1]!.to);
  const due = parts.reduce<string | undefined>((d, p) => p.due ?? d, undefined);
  const recurrence = RECURRENCE_PRIORITY.find((r) => parts.some((p) => p.recurrence === r));
  if (!due && !recurrence && !parts.some((p) => p.dayMonth)) return undefined;
  return { text, ...(due ? { due } : {}), ...(recurrence ? { recurrence } : {}) };
}

function deadlines(text: string): { deadline: Deadline; rank: number }[] {
  const t = new Tokens(text);
  return join(t, scan(t)).flatMap((g) => {
    const deadline = toDeadline(t, g.parts);
    return deadline ? [{ deadline, rank: g.rank }] : [];
  });
}

/** Every deadline phrase in the text, in order (for callers that want them all). */
export function findDeadlines(text: string): Deadline[] {
  try {
    return deadlines(text).map((d) => d.deadline);
  } catch {
    return [];
  }
}

/**
 * The deadline a task states (its text, a "Thời gian thực hiện: ..." line, or a table cell), or
 * undefined. Never throws; linear time. When the text holds several, the one a reader means wins:
 * after a label ("Thời gian thực hiện:"), then after "hoàn thành" in the same clause, then after
 * "trước", then any other; among equals one with a due date, then the last (a table cell's range or
 * list ends with the date that counts).
 */
/** What a deadline counted from an event is read against: the document's date (ISO). */
export interface DeadlineContext { date?: string }

export function extractDeadline(text: string, context: DeadlineContext = {}): Deadline | undefined {
  try {
    return best(deadlines(text)) ?? relative(text, context);
  } catch {
    return undefined;
  }
}

/** Phrases as a regular expression's alternatives, longest first, any white space between words. */
const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
/** "trong thời hạn 30 ngày kể từ ngày ký": the count, working days or not, and the event. */
const RELATIVE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(RELATIVE_PREFIXES)})(?:\\s+(?:${alternation(RELATIVE_FILLERS)}))?\\s+(\\d{1,3})\\s+${RELATIVE_UNIT}(\\s+${alternation([RELATIVE_WORKING])})?\\s+(?:${alternation(RELATIVE_FROM)})\\s+(?:${RELATIVE_UNIT}\\s+)?(${alternation(RELATIVE_FROM_SIGNING)}|[^,;.()]{1,60})`, 'iu');
const SIGNING = new Set(RELATIVE_FROM_SIGNING.map((w) => keysOf(w).join(' ')));

/**
 * A deadline counted from an event ("trong 30 ngày kể từ ngày ký"): as written, due that many days
 * after the document's date when the event is its signing and the days are not working days.
 */
function relative(text: string, context: DeadlineContext): Deadline | undefined {
  const m = RELATIVE.exec(text);
  if (!m) return undefined;
  const deadline: Deadline = { text: m[0].trim() };
  const signing = SIGNING.has(keysOf(m[3] ?? '').join(' '));
  // (the document's date is an ISO date the header reader made)
  if (signing && !m[2] && context.date) deadline.due = addDays(context.date, Number(m[1]));
  return deadline;
}

function best(found: { deadline: Deadline; rank: number }[]): Deadline | undefined {
  let top: { deadline: Deadline; rank: number } | undefined;
  for (const d of found) {
    const score = d.rank * 2 + (d.deadline.due ? 1 : 0);
    if (!top || score >= top.rank * 2 + (top.deadline.due ? 1 : 0)) top = d;
  }
  return top?.deadline;
}

/**
 * The deadline a task's text states, as extractDeadline; a date with no year ("trước ngày 15/12")
 * takes the rhythm said beside it ("định kỳ hằng năm ... trước ngày 15/12" is yearly).
 */
export function deadlineOf(text: string, context: DeadlineContext = {}): Deadline | undefined {
  try {
    const found = deadlines(text);
    const d = best(found) ?? relative(text, context);
    if (d && !d.due && !d.recurrence) {
      const rhythm = found.find((x) => x.deadline.recurrence)?.deadline.recurrence;
      if (rhythm) d.recurrence = rhythm;
    }
    return d;
  } catch {
    return undefined;
  }
}
