// Quantitative targets (vietnamese-documents.md §4): "Tỷ lệ thất nghiệp dưới 3%" → { indicator: Tỷ lệ
// thất nghiệp, comparator: <, value: 3, unit: %, text: dưới 3% }. One pass over tokens with the words
// of src/lexicon/targets.ts; every scan is bounded or over disjoint spans, so the whole is linear.

import * as L from '../lexicon/targets.js';
import type { Change, Comparator, Target } from '../model/types.js';
import { charBits, isAscii, LETTER, MARK } from '../text/chars.js';
import { cleanLine, remembered, unifyTones } from '../text/normalize.js';

export interface TargetContext {
  /** year inherited from the enclosing item ("b) Mục tiêu cụ thể đến năm 2030", "a) Đến năm 2025:") */
  year?: number;
  /** year the document was issued: a figure for an earlier year describes the past */
  documentYear?: number;
  /** the text is a goal's: a bare count in it ("Thu hút 350.000 lượt khách") is a target, as after "phấn đấu" */
  goal?: boolean;
}

/** A token: word (canonical lower case), number (as written) or one other character. */
interface Tok { s: number; e: number; k: 'w' | 'n' | 'p'; c: string; ref: boolean; depth: number; group: number; open: number }
type Matcher<T> = Map<string, { toks: string[]; row: T }[]>;
interface YearPhrase { a: number; b: number; y: number; kind: L.YearKind; base: boolean }
interface Clause { a: number; b: number; sent: number }
interface Fig { i: number; ts: number; te: number; us: number; value: number; max?: number; unit?: string; kind?: L.UnitKind; cmp?: Comparator; change?: Change; weak: boolean; /** the change verb takes the indicator after the figure */ object?: boolean; /** a qualifier after "đạt": a value only when no figure came before */ reached?: boolean }
interface Doc {
  src: string; t: Tok[]; clauses: Clause[]; years: YearPhrase[]; baseYears: YearPhrase[]; sentYear: (YearPhrase | undefined)[]; goalSent: Set<number>;
  present: Set<number>; yStart: Map<number, YearPhrase>; yEnd: Map<number, YearPhrase>; nextY: number[]; prevY: number[]; comma: number[];
}
type Span = [number, number];

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
/** [\p{L}\p{M}_] for one UTF-16 unit. */
const isLetter = (ch: string | undefined): boolean => ch !== undefined && (ch === '_' || (charBits(ch.charCodeAt(0)) & (LETTER | MARK)) !== 0);
const NONE: Tok = { s: 0, e: 0, k: 'p', c: '', ref: true, depth: -1, group: -1, open: -1 };
const canonWord = remembered((w: string): string => unifyTones(w.toLowerCase()));
/** canonWord of src[from, to); an ASCII word is its own, in lower case. */
const wordKey = (src: string, from: number, to: number): string => (isAscii(src, from, to) ? src.slice(from, to).toLowerCase() : canonWord(src.slice(from, to)));

function tokenize(src: string, glued: Set<string> = new Set()): Tok[] {
  const out: Tok[] = [];
  for (let i = 0, j = 1; i < src.length; i = j, j = i + 1) {
    const ch = src[i] as string;
    let k: Tok['k'] = 'p', c = ch, ref = false;
    if (ch === ' ') continue;
    if (isDigit(ch)) {
      while (isDigit(src[j])) j++;
      while ((src[j] === '.' || src[j] === ',') && isDigit(src[j + 1])) for (j++; isDigit(src[j]); j++);
      let w = j;
      while (isLetter(src[w])) w++;
      [k, c] = ['n', src.slice(i, j)];
      ref = isLetter(src[i - 1]) || src[i - 1] === '/' || src[i - 1] === '.' || (src[j] === '/' && isDigit(src[j + 1]))
        || (src[j] === '-' && isLetter(src[j + 1])) || (w > j && !glued.has(wordKey(src, j, w)));
    } else if (isLetter(ch)) {
      while (isLetter(src[j])) j++;
      [k, c] = ['w', wordKey(src, i, j)];
    }
    out.push({ s: i, e: j, k, c, ref, depth: 0, group: 0, open: -1 });
  }
  return out;
}

function matcher<T>(rows: readonly T[], words: (r: T) => string, byLast = false): Matcher<T> {
  const m: Matcher<T> = new Map();
  for (const row of rows) {
    const toks = tokenize(words(row).normalize('NFC')).map((t) => t.c);
    const key = (byLast ? toks[toks.length - 1] : toks[0]) as string;
    m.set(key, [...(m.get(key) ?? []), { toks, row }].sort((x, y) => y.toks.length - x.toks.length));
  }
  return m;
}
const words = (w: readonly string[], byLast = false): Matcher<string> => matcher(w, (s) => s, byLast);
const PRE = matcher(L.COMPARATOR_WORDS.filter((r) => !r.after), (r) => r.words, true);
const POST = matcher(L.COMPARATOR_WORDS.filter((r) => r.after), (r) => r.words);
const UNITS = matcher<L.UnitRow>([...L.PERCENT_UNITS, ...L.CURRENCY_UNITS, ...L.MEASURE_UNITS.map((w) => ({ words: w, kind: 'measure' as const })),
  ...L.COUNTED_NOUNS.map((w) => ({ words: w, kind: 'counted' as const })), ...L.QUALIFIER_UNITS.map((w) => ({ words: w, kind: 'qualifier' as const }))], (r) => r.words);
const YEAR_CUE = matcher(L.YEAR_CUES, (r) => r.words, true);
const CHANGE = matcher(L.CHANGE_WORDS, (r) => r.words, true), CHANGE_FILL = words(L.CHANGE_FILLERS, true);
const MULT = new Map(L.MULTIPLIERS.map((m) => [m.word, m.exponent]));
const BASE = words(L.BASELINE_CUES), PRESENT = words(L.PRESENT_CUES), GOAL = words(L.TARGET_CUES), PER = words(L.PER_UNITS);
const RESTART = words(L.INDICATOR_RESTARTS), LEAD = words(L.INDICATOR_LEAD_TRIMS), LEAD_CLAUSE = words(L.INDICATOR_LEAD_CLAUSES);
const AFTER_STOP = words(L.AFTER_STOPS), TAIL = words(L.INDICATOR_TAIL_TRIMS, true), OBJECT = words(L.OBJECT_VERBS, true);
const REACH = new Set(L.REACH_WORDS);
const ASSIGNS = words(L.ASSIGNMENT_WORDS);
const SHORT_OBJECT = words(L.SHORT_OBJECT_VERBS, true), FILL = words(L.COMPARATOR_FILLERS, true), NOT_FIG = words(L.NOT_A_FIGURE_AFTER, true);
const GLUED = new Set(L.MEASURE_UNITS.filter((u) => /^\p{L}+$/u.test(u)).map(canonWord));
const RANK: Record<Comparator, number> = { '<': 0, '<=': 0, '>=': 0, '>': 0, '~': 1, '=': 2 };
const DATE = /\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/g;
const HAS_DIGIT = /[0-9]/;

/** Longest phrase starting at token i and ending at most at hi: its last token. */
function at<T>(m: Matcher<T>, t: Tok[], i: number, hi = t.length - 1): { row: T; end: number } | undefined {
  const list = m.get((t[i] ?? NONE).c);
  if (!list) return undefined;
  for (const x of list) {
    const len = x.toks.length;
    if (i + len - 1 > hi) continue;
    let n = 0;
    while (n < len && (t[i + n] as Tok).c === x.toks[n]) n++;
    if (n === len) return { row: x.row, end: i + len - 1 };
  }
  return undefined;
}
/** Longest phrase ending at token j and starting at least at lo: its first token. */
function ending<T>(m: Matcher<T>, t: Tok[], j: number, lo = 0): { row: T; start: number } | undefined {
  const list = m.get((t[j] ?? NONE).c);
  if (!list) return undefined;
  for (const x of list) {
    const start = j - x.toks.length + 1;
    if (start < Math.max(lo, 0)) continue;
    let n = 0;
    while (n < x.toks.length && (t[start + n] as Tok).c === x.toks[n]) n++;
    if (n === x.toks.length) return { row: x.row, start };
  }
  return undefined;
}

/** Vietnamese number: decimal comma, dot thousands ("2,5", "5.000", "1.500.000", "11.748,71"); "1.5" is 1.5. Times 10^exponent. */
export function parseNumber(raw: string, exponent = 0): number | undefined {
  const dots = raw.split('.');
  const commas = raw.split(',').length - 1;
  if (commas > 1 || (commas === 1 && dots.length > 1 && raw.indexOf(',') < raw.indexOf('.'))) return undefined;
  const thousands = dots.length > 2 || (dots.length === 2 && (commas === 1 || (dots[1] as string).length === 3));
  if (thousands && dots.slice(1).some((g) => g.replace(/,\d*$/, '').length !== 3)) return undefined;
  const v = Number(`${(thousands ? raw.replace(/\./g, '') : raw).replace(',', '.')}e${exponent}`);
  return Number.isFinite(v) ? v : undefined;
}

const isYear = (t: Tok): boolean => t.k === 'n' && !t.ref && /^(19|20|21)\d\d$/.test(t.c) && Number(t.c) <= 2100;

/** Every run of white space as one space: runs that are one space already are left as they are. */
export function spacesToOne(s: string): string {
  return s.replace(/\s{2,}|[^\S ]/g, ' ');
}

function analyse(input: string): Doc {
  const src = spacesToOne(cleanLine(input).replace(/\\(?=[^\s\p{L}\d])/gu, '').replace(/\*+/g, ' '));
  const t = tokenize(src, GLUED);
  let n = 0;
  for (const m of src.matchAll(DATE)) for (; n < t.length && (t[n] as Tok).s < m.index + m[0].length; n++) if ((t[n] as Tok).s >= m.index) (t[n] as Tok).ref = true;
  const d: Doc = { src, t, clauses: [], years: [], baseYears: [], sentYear: [], goalSent: new Set(), present: new Set(), yStart: new Map(), yEnd: new Map(),
    nextY: new Array<number>(t.length + 2).fill(-1), prevY: new Array<number>(t.length + 2).fill(-1), comma: new Array<number>(t.length + 2).fill(-1) };
  // "Số xã đạt chuẩn: 15 xã.": a colon before nothing but a figure names it, it does not end a clause.
  // For each token, where its clause would end and whether a number comes before that.
  const stopAt = new Array<number>(t.length + 1).fill(t.length), numBefore = new Array<number>(t.length + 1).fill(t.length);
  for (let i = t.length - 1; i >= 0; i--) {
    const x = t[i] as Tok;
    stopAt[i] = x.k === 'p' && ';.|!?:'.includes(x.c) ? i : stopAt[i + 1] as number;
    numBefore[i] = x.k === 'n' ? i : numBefore[i + 1] as number;
  }
  const valueOnly = (colon: number): boolean => {
    const end = stopAt[colon + 1] as number;
    return end - colon - 1 <= L.COLON_VALUE_TOKENS && (numBefore[colon + 1] as number) < end;
  };
  let depth = 0, group = 0, groups = 0, sent = 0, start = 0;
  const stack: number[] = [], opens: number[] = [], based = new Set<number>();
  t.forEach((x, i) => {
    const nx = t[i + 1];
    const sentEnd = x.k === 'p' && '.!?…'.includes(x.c) && (!nx || (src[x.e] === ' ' && (nx.k === 'n' || '-+('.includes(nx.c) || src[nx.s] !== (src[nx.s] as string).toLowerCase())));
    if (x.c === '(') [depth, group] = [depth + 1, (stack.push(group), opens.push(i), ++groups)];
    else if (x.c === ')' && stack.length) [depth, group] = [depth - 1, (opens.pop(), stack.pop() as number)];
    x.depth = depth;
    x.group = group;
    x.open = opens[opens.length - 1] ?? -1;
    if (at(PRESENT, t, i)) d.present.add(group);
    if (at(GOAL, t, i)) d.goalSent.add(sent);
    if (at(BASE, t, i)) based.add(group);
    const cue = isYear(x) ? ending(YEAR_CUE, t, i - 1, start) : undefined;
    if (cue && !((t[cue.start - 1] ?? NONE).k === 'n' && (t[cue.start - 2] ?? NONE).c === 'tháng')) {
      const b = (t[i + 1] ?? NONE).c === '-' && isYear(t[i + 2] ?? NONE) ? i + 2 : i;
      const y: YearPhrase = { a: cue.start, b, y: Number((t[b] as Tok).c), kind: cue.row.kind, base: based.has(group) };
      d.years.push(y);
      d.yStart.set(y.a, y);
      d.yEnd.set(y.b, y);
      const old = d.sentYear[sent];
      if (!y.base && (!old || (old.kind === 'from' && y.kind !== 'from'))) d.sentYear[sent] = y;
    }
    const sep = sentEnd || (depth === 0 && (x.c === ';' || (x.c === ':' && !valueOnly(i)))) || x.c === '|';
    if (sep || !nx) {
      d.clauses.push({ a: start, b: sep ? i - 1 : i, sent });
      start = i + 1;
      if (depth === 0 || sentEnd || x.c === '|') [group, depth, stack.length, opens.length] = [++groups, 0, 0, 0];
      if (sentEnd) sent++;
    }
  });
  d.baseYears = d.years.filter((y) => y.base);
  d.years = d.years.filter((y) => !y.base);
  for (let i = t.length, k = d.years.length - 1; i >= 0; i--) {
    while (k >= 0 && (d.years[k] as YearPhrase).a >= i) k--;
    d.nextY[i] = k + 1 < d.years.length ? k + 1 : -1;
    d.comma[i] = (t[i] ?? NONE).c === ',' ? i : d.comma[i + 1] ?? -1;
  }
  for (let i = 0, k = 0; i < t.length; i++) {
    while (k < d.years.length && (d.years[k] as YearPhrase).b <= i) k++;
    d.prevY[i] = k - 1;
  }
  return d;
}

/** The year a heading or sentence sets for what follows: "đến năm 2030", "năm 2025", "giai đoạn 2021 - 2025" → 2025. */
export function targetYear(text: string): number | undefined {
  // a year is written in digits
  if (!HAS_DIGIT.test(text)) return undefined;
  const d = analyse(text);
  return (d.years.find((y) => y.kind !== 'from') ?? d.years[0])?.y;
}

/** The multipliers after token j ("84,3 nghìn tỷ"): their total exponent and the last token they take. */
function multipliers(t: Tok[], j: number, hi: number): [number, number] {
  let exp = 0;
  while (j + 1 <= hi && MULT.has((t[j + 1] as Tok).c)) exp += MULT.get((t[++j] as Tok).c) as number;
  return [exp, j];
}

/** The figure whose number is token i: range, multiplier, unit and comparator words; undefined for references. */
function figure(d: Doc, i: number, cl: Clause, lo: number): Fig | undefined {
  const t = d.t, x = t[i] as Tok;
  const tk = (n: number): Tok => (n >= lo && n <= cl.b ? t[n] ?? NONE : NONE);
  if (x.ref || ending(NOT_FIG, t, i - 1, lo)) return undefined;
  const k = tk(i + 1).c === '%' && tk(i + 2).c === '-' ? i + 2 : i + 1;
  const m = tk(k + 1);
  const ranged = (tk(k).c === '-' || ((tk(k).c === 'đến' || tk(k).c === 'tới') && tk(i - 1).c === 'từ')) && m.k === 'n' && !m.ref && (isYear(x) || !isYear(m));
  let [exp, j] = multipliers(t, ranged ? k + 1 : i, cl.b);
  let value = parseNumber(x.c, exp), max = ranged ? parseNumber(m.c, exp) : undefined;
  if (ranged && !(max !== undefined && value !== undefined && max > value)) {
    [exp, j] = multipliers(t, i, cl.b);
    [value, max] = [parseNumber(x.c, exp), undefined];
  }
  const u = at(UNITS, t, j + 1, cl.b);
  if (value === undefined || (isYear(x) && !u && !exp)) return undefined;
  const f: Fig = { i, ts: i, te: u ? u.end : j, us: j + 1, value, max, unit: u && (u.row.unit ?? d.src.slice(tk(j + 1).s, tk(u.end).e)), kind: u?.row.kind, weak: false };
  // "đồng/người", and "đồng/người/năm": a rate per head and per year
  for (let n = 0; n < 2 && u && tk(f.te + 1).c === '/'; n++) {
    const per = at(PER, t, f.te + 2, cl.b);
    if (!per) break;
    [f.unit, f.te] = [f.unit + d.src.slice(tk(f.te + 1).s, tk(per.end).e), per.end];
  }
  const post = at(POST, t, f.te + 1, cl.b);
  f.te = post?.end ?? f.te;
  f.cmp = post?.row.comparator;
  let filled = false;
  for (let p = i - 1, steps = 0; steps < 6; steps++) {
    const c = ending(PRE, t, p, lo), fill = c ? undefined : ending(FILL, t, p, lo);
    if (!c && !fill) break;
    if (fill) filled = true;
    if (c && !(c.row.opensRange && max !== undefined) && (f.cmp === undefined || (!post && RANK[c.row.comparator] < RANK[f.cmp]))) {
      [f.cmp, f.weak] = [c.row.comparator, !!c.row.ambiguous];
    }
    if (c) f.ts = c.start;
    // "Tuổi thọ trung bình đạt 76 tuổi": an age the indicator reaches is its value, not a qualifier
    if (c && f.kind === 'qualifier' && REACH.has(c.row.words)) [f.kind, f.reached] = ['counted', true];
    p = (c?.start ?? fill?.start ?? 0) - 1;
  }
  // "tăng trung bình 10%/năm" is a change; "tăng lên 80%" (a filler between) is the level.
  if (!filled) {
    const fill = ending(CHANGE_FILL, t, f.ts - 1, lo);
    const ch = ending(CHANGE, t, fill ? fill.start - 1 : f.ts - 1, lo);
    if (ch) [f.change, f.ts, f.object] = [ch.row.change, ch.start, ch.row.object];
  }
  return f;
}

const isSep = (x: Tok | undefined, depth: number): boolean => !!x && (x.c === ',' || x.c === 'và') && x.depth === depth;

const DATE_LEADS = new Set(L.DATE_LEADS);

/** After a date that opens tokens a..b ("đến ngày 30/6/2026 giải ngân ..."): where the rest starts, or a. */
function dateEnd(t: Tok[], a: number, b: number): number {
  let i = a;
  while (i <= b && (t[i] as Tok).k === 'w' && DATE_LEADS.has((t[i] as Tok).c)) i++;
  if (i > b || !(t[i] as Tok).ref) return a;
  while (i <= b && ((t[i] as Tok).ref || (t[i] as Tok).c === '/' || (t[i] as Tok).c === '-' || (t[i] as Tok).c === '.')) i++;
  return i;
}

/** Trims labels, punctuation, year phrases, lead-ins and (with `tails`) trailing verbs from tokens a..b. */
function clean(d: Doc, a: number, b: number, tails = true): Span | undefined {
  const t = d.t;
  for (let more = true; more && a <= b;) {
    const x = t[a] as Tok, y = d.yStart.get(a), lead = at(LEAD_CLAUSE, t, a, b), trim = at(LEAD, t, a, b), date = dateEnd(t, a, b);
    let comma = lead ? d.comma[lead.end + 1] ?? -1 : -1;
    for (let hops = 0; comma >= 0 && comma <= b && (t[comma] as Tok).depth !== x.depth && hops < 64; hops++) comma = d.comma[comma + 1] ?? -1;
    if (x.k === 'p') a++;
    else if ((x.k === 'n' || /^([a-zđ]|[ivx]+)$/.test(x.c)) && (t[a + 1] ?? NONE).c === ')') a += 2;
    else if (y && y.b <= b) a = y.b + 1;
    else if (date > a) a = date;
    else if (comma >= 0 && comma <= b && (t[comma] as Tok).depth === x.depth) a = comma + 1;
    else if (trim) a = trim.end + 1;
    else more = false;
  }
  for (let more = true; more && b >= a;) {
    const x = t[b] as Tok, y = d.yEnd.get(b), trim = tails ? ending(TAIL, t, b, a) : undefined;
    if (x.k === 'p' && (x.c !== ')' || x.depth < (t[a] as Tok).depth)) b--;
    else if (y && y.a >= a) b = y.a - 1;
    else if (trim) b = trim.start - 1;
    else more = false;
  }
  return a <= b ? [a, b] : undefined;
}

/** What names a figure from before it (tokens lo..hi): a span, 'verb' when the figure is the object of a verb, undefined when empty. */
function before(d: Doc, lo: number, hi: number, direct = false): Span | 'verb' | undefined {
  let r = -1, rEnd = -1;
  for (let i = lo; i <= hi; i++) {
    const m = at(RESTART, d.t, i, hi);
    if (m) [r, rEnd, i] = [i, m.end, m.end];
  }
  let span = clean(d, r >= 0 ? rEnd + 1 : lo, hi);
  // "Tỷ lệ X phấn đấu đạt trên 70%": nothing after the restart word, so the indicator is before it.
  if (!span && r > lo && rEnd === hi && (d.t[r - 1] as Tok).c !== ',') span = clean(d, lo, r - 1);
  if (!span) return undefined;
  // a verb that is a noun too makes the figure its object when the phrase is short, or when it stands
  // right before the figure's number (`direct`: "Tổ chức đào tạo, bồi dưỡng 3.000 lượt nhân lực"; not
  // "nghiên cứu và phát triển đạt mức 11 người")
  const short = span[1] - span[0] < L.OBJECT_VERB_SPAN || (direct && span[1] === hi);
  const object = ending(OBJECT, d.t, span[1], span[0]) ?? (short ? ending(SHORT_OBJECT, d.t, span[1], span[0]) : undefined);
  return object ? 'verb' : span;
}

/** Whether tokens of `span` assign work ("chủ trì", "phối hợp với"). */
function assigns(t: Tok[], span: Span): boolean {
  for (let i = span[0]; i <= span[1]; i++) if (at(ASSIGNS, t, i, span[1])) return true;
  return false;
}

/** The phrase a figure counts when nothing names it before: "100% thủ tục hành chính ...". */
function after(d: Doc, f: Fig, endEx: number): Span | undefined {
  const a = f.kind === 'counted' ? f.us : f.te + 1;
  let b = Math.min(endEx - 1, a + L.AFTER_MAX_TOKENS - 1);
  for (let i = a; i <= b; i++) if (d.yStart.has(i) || at(AFTER_STOP, d.t, i, b)) b = i - 1;
  // "Giảm 50% số vụ vi phạm so với năm 2025": the baseline's "so với" is not the indicator's
  // ("... chôn lấp trực tiếp so với lượng rác thải được thu gom" is: a share of something)
  for (let from = b; d.yStart.has(b + 1) && from >= Math.max(a, b - 3); from--) {
    if (at(BASE, d.t, from, b)?.end === b) { b = from - 1; break; }
  }
  return clean(d, a, b, false);
}

function clauseTargets(d: Doc, cl: Clause, ctx: TargetContext, out: Target[]): void {
  const t = d.t, figs: Fig[] = [];
  const closes = (f: Fig): boolean => f.te + 1 > cl.b || (t[f.te + 1] as Tok).k === 'p' || d.yStart.has(f.te + 1);
  for (let i = cl.a; i <= cl.b; i++) {
    const prev = figs[figs.length - 1];
    const f = (t[i] as Tok).k === 'n' ? figure(d, i, cl, prev ? prev.te + 1 : cl.a) : undefined;
    if (!f) continue;
    i = f.te;
    // "cắt giảm 30% thời gian ... và 30% chi phí ...": a transitive change verb holds the list of its objects
    if (!f.change && prev?.object && f.ts === f.i && isSep(t[f.ts - 1], (t[f.i] as Tok).depth)) [f.change, f.object] = [prev.change, true];
    // "05 sản phẩm OCOP đạt 3 sao": after a figure, what the counted things reach qualifies them
    if (f.reached && prev) f.kind = 'qualifier';
    // "đạt khoảng 30%, 35-40%", "đạt trên 42%, 43%": a bare figure right after another of its kind, in its
    // list and naming nothing of its own ("khoảng 8%, 30% doanh nghiệp ..." does), is bounded as that one is
    if (!f.cmp && prev?.cmp && prev.cmp !== '=' && f.ts === f.i && f.ts === prev.te + 2 && prev.kind === f.kind
      && isSep(t[f.ts - 1], (t[f.i] as Tok).depth) && closes(f)) f.cmp = prev.cmp;
    if (!f.cmp && (f.max !== undefined || f.kind === 'percent' || (f.change && f.kind && f.kind !== 'qualifier'))) f.cmp = '=';
    else if (!f.cmp && f.kind === 'counted' && prev?.unit === f.unit && isSep(t[f.ts - 1], (t[f.i] as Tok).depth)) f.cmp = prev?.cmp;
    else if (!f.cmp && f.kind === 'counted' && (ctx.goal || d.goalSent.has(cl.sent))) f.cmp = '=';
    else if (!f.cmp && f.kind === 'currency' && ctx.goal && (t[f.ts - 1] ?? NONE).c === ':') f.cmp = '=';
    if (f.cmp && f.kind !== 'qualifier' && !d.present.has((t[f.i] as Tok).group) && !(f.weak && !f.unit && !closes(f))) figs.push(f);
  }
  // Split the clause between figures. How a figure is named: 'before' ("Tỷ lệ X đạt 80%"), 'verb' (the
  // object of a verb, "Có ≥ 30% DNNVV ..."), 'empty' (a bare "100% X ..."). A bare figure's phrase may hold
  // another figure ("100% các khu ... có tối thiểu 1 trạm"); otherwise a comma or "và" ends a figure's phrase.
  const lo: number[] = [], ind: (Span | undefined)[] = [], how: ('before' | 'verb' | 'empty')[] = [], bound: (number | undefined)[] = [];
  figs.forEach((f, k) => {
    const p = figs[k - 1], depth = (t[f.i] as Tok).depth, g0 = p ? p.te + 1 : cl.a, g1 = f.ts - 1;
    let from = Math.max(g0, (t[f.i] as Tok).open + 1);
    if (p && how[k - 1] !== 'empty') {
      let s = g0;
      while (s <= g1 && !isSep(t[s], depth)) s++;
      [bound[k - 1], from] = s <= g1 ? [s, Math.max(from, s + 1)] : [f.ts, from];
    } else if (p && (g1 < g0 || isSep(t[g1], depth))) [bound[k - 1], from] = [g1 < g0 ? f.ts : g1 - (g1 > g0 && isSep(t[g1 - 1], depth) ? 1 : 0), g1 + 1];
    lo[k] = from;
    // A figure that repeats the one before in brackets, or continues its list with nothing of its own
    // ("1,5% GDP vào năm 2015, trên 2% GDP vào năm 2020"), measures the same indicator.
    const inherit = !!p && how[k - 1] === 'before';
    const bracketed = inherit && depth > (t[(p as Fig).te] as Tok).depth;
    const b = f.object ? 'verb' : bracketed || (t[g1] ?? NONE).c === ',' ? undefined : before(d, from, g1, f.ts === f.i);
    if (bracketed || (inherit && !b && closes(f))) [ind[k], how[k]] = [ind[k - 1], 'before'];
    else if (Array.isArray(b)) [ind[k], how[k]] = [b, 'before'];
    else how[k] = b ?? 'empty';
  });
  const end: number[] = [];
  for (let k = figs.length - 1; k >= 0; k--) end[k] = bound[k] ?? end[k + 1] ?? cl.b + 1;
  figs.forEach((f, k) => {
    let span = how[k] === 'before' ? ind[k] : after(d, f, end[k] as number);
    // "Phòng Văn hóa chủ trì, phối hợp với Viễn thông tỉnh triển khai mạng cáp quang đến 100% thôn": what
    // stands before the figure in a sentence that assigns the work says who does it; the figure counts
    // what follows it, where something does
    if (how[k] === 'before' && span && assigns(d.t, span)) span = after(d, f, end[k] as number) ?? span;
    const within = (y: YearPhrase | undefined, a: number, b: number): YearPhrase | undefined => (y && y.a >= a && y.a <= b ? y : undefined);
    const nx = d.years[d.nextY[f.te + 1] ?? -1], pv = d.years[d.prevY[f.ts - 1] ?? -1];
    const yp = within(nx, f.te + 1, (end[k] as number) - 1) ?? within(pv, lo[k] as number, f.ts) ?? within(nx, f.te + 1, cl.b)
      ?? within(pv, cl.a, f.ts) ?? d.sentYear[cl.sent];
    // "Năm 2023, tỷ lệ hộ nghèo còn 2,1%": a plain year opening the clause, before the goal year, is the past.
    const opens = yp && yp.kind === 'bare' && (t[yp.b + 1] ?? NONE).c === ',' && yp.a - cl.a <= 4 && t.slice(cl.a, yp.a).every((x) => x.k === 'p');
    const past = yp && ((ctx.documentYear !== undefined && yp.y < ctx.documentYear)
      || (opens && ctx.year !== undefined && yp.y < ctx.year && !d.goalSent.has(cl.sent)));
    const year = yp?.y ?? ctx.year;
    if (past || !f.cmp) return;
    // "giảm 20% so với năm 2024": the year it is measured from, after the figure and before the next one
    const base = d.baseYears.find((y) => y.a > f.te && y.a < (end[k] as number));
    const slice = (a: number, b: number): string => d.src.slice((t[a] as Tok).s, (t[b] as Tok).e);
    out.push({ ...(span ? { indicator: slice(...span) } : {}), comparator: f.cmp, ...(f.change ? { change: f.change } : {}), value: f.value,
      ...(f.max !== undefined ? { max: f.max } : {}), ...(f.unit !== undefined ? { unit: f.unit } : {}), ...(year !== undefined ? { year } : {}),
      ...(base ? { baseYear: base.y } : {}), text: slice(f.ts, f.te) });
  });
}

/**
 * An indicator that ends with a change word, as a table's indicator column has it ("Số lượng công bố khoa học
 * quốc tế tăng trung bình" over a value column "10"): the indicator without it, and the change.
 */
export function changeOf(indicator: string): { indicator: string; change?: Change } {
  const t = tokenize(indicator);
  let j = t.length - 1;
  const fill = ending(CHANGE_FILL, t, j);
  if (fill) j = fill.start - 1;
  const ch = ending(CHANGE, t, j);
  if (!ch || ch.start === 0) return { indicator };
  return { indicator: indicator.slice(0, (t[ch.start] as Tok).s).trimEnd(), change: ch.row.change };
}

/** Every quantitative target stated in `text` (one item's text or title), in order. Never throws; linear time. */
export function extractTargets(text: string, context: TargetContext = {}): Target[] {
  const out: Target[] = [];
  // every figure is a number written in digits
  if (!HAS_DIGIT.test(text)) return out;
  try {
    const d = analyse(text);
    for (const cl of d.clauses) clauseTargets(d, cl, context, out);
  } catch {
    // a bug must not stop a document: what was found so far stands
  }
  return out;
}
