// Responsible bodies in a sentence (vietnamese-documents.md §5): who leads (chủ trì) and who
// supports (phối hợp). Works on tokens, in linear time: a name starts at a head noun and ends where
// the verb starts; a list splits only where the next part starts with a head noun, so the "và" of
// "Sở Khoa học và Công nghệ" and the commas of "Bộ Văn hóa, Thể thao và Du lịch" stay inside names.

import { KIND_PHRASES } from '../lexicon/kinds.js';
import {
  AFTER_COMMA_STOPS, ASSIGNING_IN_CLAUSE, LEAD_VERB, NOT_COLLECTIVE_PHRASES, PARTNER_WORD, SUPPORT_VERB, RENAMED_BEFORE, RENAMED_NOW, COLLECTIVE_TAILS, ASSIGNING_WORDS, COLLECTIVE_NOUNS, FAMILY_NAMES, HEAD_NOUNS, LEAD_LABELS, LEAD_VERBS, NAME_ENDERS,
  ENDER_NOUNS, NAME_COMPOUNDS, GENERIC_HEADS, NAME_JOINS, NAME_WORDS, NOT_BODY_PHRASES, PLACE_NAMES, ROLE_WORDS, SHARED_OFFICE_OWNERS, SUPPORT_INTROS, SUPPORT_LABELS, TITLE_TAILS,
  NOT_ACTING_WORDS, STANDING_AREAS, STANDING_BODIES, STANDING_SUFFIXES,
} from '../lexicon/bodies.js';
import { canon } from '../text/normalize.js';
import { bodyKey } from './body-key.js';
import { Phrases, PLURALS, tokenize, type Tok } from './body-tokens.js';

export { bodyKey };
export { namesNoOne, tokenize, type Tok } from './body-tokens.js';

export interface Assignment {
  lead: string[];
  support: string[];
}

const heads = new Phrases(HEAD_NOUNS);
const collectives = new Phrases(COLLECTIVE_NOUNS);
const enders = new Phrases(NAME_ENDERS);
const nameWords = new Phrases(NAME_WORDS);
const enderNouns = new Phrases(ENDER_NOUNS);
const nameCompounds = new Phrases(NAME_COMPOUNDS);
const collectiveTails = new Phrases(COLLECTIVE_TAILS);
const renamedNow = new Phrases(RENAMED_NOW);
const leadVerb = new Phrases([LEAD_VERB]);
const supportVerb = new Phrases([SUPPORT_VERB]);
const partner = new Phrases([PARTNER_WORD]);
const renamedBefore = new Phrases(RENAMED_BEFORE);
const tails = new Phrases(TITLE_TAILS);
const leadVerbs = new Phrases(LEAD_VERBS);
const assigning = new Phrases(ASSIGNING_WORDS);
const assigningInClause = new Phrases(ASSIGNING_IN_CLAUSE);
const leadLabels = new Phrases(LEAD_LABELS);
const supportLabels = new Phrases(SUPPORT_LABELS);
const supportIntro = new Phrases(SUPPORT_INTROS);
const sharedOwners = new Phrases(SHARED_OFFICE_OWNERS);
/** Head nouns that, followed by these words, are not bodies. */
const notBodies = new Phrases(NOT_BODY_PHRASES);
const notCollectives = new Phrases(NOT_COLLECTIVE_PHRASES);
const MAX_NAME = 24;
const GENERIC = new Set(GENERIC_HEADS.map(canon));
const JOINS = new Set(NAME_JOINS);
const families = new Phrases(FAMILY_NAMES);
const places = new Phrases(PLACE_NAMES);
const roleWords = new Phrases(ROLE_WORDS);
const kindWords = new Phrases(KIND_PHRASES.map((k) => k.label));
const afterCommaStops = new Phrases(AFTER_COMMA_STOPS);
const standing = new Phrases([...STANDING_BODIES, ...['Bộ', 'Sở'].flatMap((h) => STANDING_AREAS.map((a) => `${h} ${a}`))]);
const standingSuffixes = new Phrases(STANDING_SUFFIXES);
const notActing = new Phrases(NOT_ACTING_WORDS);
const LEVELS = new Set(['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'đặc khu'].map((w) => tokenize(w).map((t) => t.key).join(' ')));

/** A person's name starts at `i`: a family name and two more capitalised words ("Nguyễn Thị Tuyến"). */
function personAt(toks: Tok[], i: number): boolean {
  if (!toks[i]?.upper || !families.at(toks, i) || places.at(toks, i)) return false;
  return Boolean(toks[i + 1]?.upper && !toks[i + 1]?.punct && toks[i + 2]?.upper && !toks[i + 2]?.punct);
}

/**
 * After a comma a name goes on with a capitalised word that is not a new body, a document kind, a
 * person's role or the start of a clause: "Bộ Văn hóa, Thể thao và Du lịch", "Cục Thông tin, Thống kê".
 */
function namePartAfterComma(toks: Tok[], next: number): boolean {
  const t = toks[next];
  if (!t?.upper || t.punct) return false;
  return !kindWords.at(toks, next) && !roleWords.at(toks, next) && !afterCommaStops.at(toks, next) && !families.at(toks, next);
}

/** Names and aliases from the user's vanban.config.yaml, recognised as bodies in the text. */
let known = new Phrases([]);

/** Makes the configured bodies and aliases readable as names ("SKHCN chủ trì ..."). */
export function useKnownBodies(names: string[]): void {
  known = new Phrases(names);
}

/** A word capitalised as a name is ("Phát"), not in capitals throughout ("NGHỊ" of "HỘI NGHỊ"). */
const isCapitalised = (t: Tok | undefined): boolean => t !== undefined && t.upper && t.text !== t.text.toUpperCase();

/** A body's name starts at `i`: a capitalised head noun, or "các" and a collective noun. */
function headAt(toks: Tok[], i: number): number {
  const t = toks[i];
  if (!t || t.punct) return 0;
  const configured = known.at(toks, i);
  if (configured) return configured;
  // "Đài phát thanh" is a kind of station, "Đài Phát thanh và Truyền hình tỉnh" a body: a capitalised name goes on
  if (notBodies.at(toks, i) && !isCapitalised(toks[i + 1])) return 0;
  if (PLURALS.has(t.key)) {
    // "các trường dữ liệu" are fields of data, not schools
    if (notCollectives.at(toks, i + 1)) return 0;
    const c = collectives.at(toks, i + 1);
    return c ? 1 + c : 0;
  }
  if (!t.upper) return 0;
  return heads.at(toks, i);
}

interface Names { names: string[]; end: number }

/**
 * Reads a list of names from `i`. `cells` is for table cells and "Cơ quan chủ trì:" lines, where
 * ";" also separates names and the list runs to the end. With `named`, the text there can only be
 * names: the lower-case words of units' names (lexicon NAME_WORDS) go on.
 */
function readNames(text: string, toks: Tok[], i: number, cells = false, named = false): Names {
  const names: string[] = [];
  let start = i;
  let j = i;
  const push = (end: number): void => {
    const s = toks[start];
    const e = toks[end - 1];
    if (!s || !e || end <= start) return;
    const name = text.slice(s.start, e.end).replace(/[\s,;:.-]+$/u, '').trim();
    // "Cơ quan" or "Đơn vị" alone (as in "Cơ quan chủ trì, phối hợp") names no one.
    if (!GENERIC.has(canon(name))) names.push(name);
  };
  if (!headAt(toks, i)) return { names, end: i };
  j = i + headAt(toks, i);
  // A generic head joined to something that is no body names no one: "Trung ương và địa phương", "Sở và ngành".
  if (GENERIC.has(toks.slice(i, j).map((t) => t.key).join(' ')) && JOINS.has(toks[j]?.key ?? '') && !headAt(toks, j + 1)) return { names, end: j };
  // A collective ("các sở, ban, ngành", "Ủy ban nhân dân các tỉnh, thành phố") goes on over commas.
  let collective = toks[i]?.key === 'các';
  while (j < toks.length && j - start < MAX_NAME) {
    const t = toks[j] as Tok;
    if (t.key === 'các') collective = true;
    if (t.text === ',' || (t.text === ';' && cells)) {
      const next = j + 1;
      // "Các Cục, Vụ liên quan": a kind of unit with no name of its own (the list or a "liên quan"
      // goes on after it) goes on with the collective
      const kind = collective ? collectives.at(toks, next) : 0;
      const after = toks[next + kind];
      if (kind && (!after || after.text === ',' || JOINS.has(after.key) || collectiveTails.at(toks, next + kind))) { j = next + kind; continue; }
      if (headAt(toks, next)) { push(j); start = next; collective = toks[next]?.key === 'các'; j = next + headAt(toks, next); continue; }
      if (t.text === ';' || enders.at(toks, next) && !(collective && collectives.at(toks, next))) break;
      // "Bộ, ngành, địa phương": a bare head before a comma starts a collective too.
      if (!collective && j === start + headAt(toks, start) && collectives.at(toks, next)) collective = true;
      // "UBND xã, phường, đặc khu": a comma between two collective nouns goes on.
      if (!collective && collectives.at(toks, j - 1) === 1 && collectives.at(toks, next)) collective = true;
      if (collective && collectives.at(toks, next)) { j = next + collectives.at(toks, next); continue; }
      if (namePartAfterComma(toks, next)) { j = next + 1; continue; } // "Bộ Văn hóa, Thể thao và Du lịch"
      break;
    }
    if (JOINS.has(t.key)) {
      // "Văn phòng HĐND và UBND huyện": one office of two owners, the place after the second.
      const owner = sharedOwners.at(toks, j + 1);
      if (owner && toks[start]?.key === 'văn' && toks[start + 1]?.key === 'phòng' && sharedOwners.at(toks, start + 2) === j - start - 2) { j += 1 + owner; continue; }
      if (headAt(toks, j + 1)) { push(j); start = j + 1; collective = toks[start]?.key === 'các'; j = start + headAt(toks, start); continue; }
      j++;
      continue;
    }
    // "Sở Kế hoạch và Đầu tư (nay là Sở Tài chính)": after the 2025 mergers a body is named by what it
    // was, and what it is now in brackets; the one now is named ("trước đây là": the one outside)
    if (t.text === '(' && j > start) {
      const renamed = renamedAt(toks, j);
      if (renamed) {
        if (renamed.now) start = renamed.from;
        push(renamed.now ? renamed.close : j);
        start = j = renamed.close + 1;
        continue;
      }
    }
    // "Đài Truyền hình Việt Nam (VTV)": the body's own abbreviation in brackets is part of it.
    if (t.text === '(' && /^[\p{Lu}&.\d]{2,10}$/u.test(toks[j + 1]?.text ?? '') && toks[j + 2]?.text === ')') { j += 3; continue; }
    if (t.punct && t.text !== '-' && t.text !== '&') break;
    if (personAt(toks, j)) break;
    // A name does not hold its own head again: "Sở Khoa học và Công nghệ Sở Công Thương" is two
    // (a table cell that had them on two lines).
    if (t.upper && t.key === toks[start]?.key && j > start + 1 && headAt(toks, j)) { push(j); start = j; collective = false; j += headAt(toks, j); continue; }
    // "các Ban của Hội đồng nhân dân tỉnh": a generic head is named by the body it belongs to.
    if (t.key === 'của' && headAt(toks, j + 1) && genericSoFar(toks, start, j)) { j++; continue; }
    // The verb after a name is lower case: "Thông tin" in "Bộ Thông tin và Truyền thông" is the name.
    if (!t.upper && enders.at(toks, j) && !enderNouns.at(toks, j) && enderNouns.at(toks, j - 1) < 2 && nameCompounds.at(toks, j - 1) < 2 && !(t.key === 'tổ' && toks[j - 1]?.text === ',')) {
      const w = named ? nameWords.at(toks, j) : 0;
      if (w === 0) break;
      j += w;
      continue;
    }
    j++;
  }
  push(j);
  return { names: names.filter((n) => n !== ''), end: j };
}

/** A bracket at token j that renames the body before it: where the name inside starts, where it closes, and whether it is the name now. */
function renamedAt(toks: Tok[], j: number): { from: number; close: number; now: boolean } | undefined {
  const now = renamedNow.at(toks, j + 1);
  const was = now ? 0 : renamedBefore.at(toks, j + 1);
  const from = j + 1 + (now || was);
  if (from === j + 1 || !headAt(toks, from)) return undefined;
  for (let c = from + 1; c < toks.length && c - from <= MAX_NAME; c++) {
    if (toks[c]?.text === ')') return { from, close: c, now: now > 0 };
    if (toks[c]?.text === '(') return undefined;
  }
  return undefined;
}

/** The words from `start` to `end` are a generic head alone, "các" before it or not ("các Ban", "Cơ quan"). */
function genericSoFar(toks: Tok[], start: number, end: number): boolean {
  const from = toks[start]?.key === 'các' ? start + 1 : start;
  return end > from && GENERIC.has(toks.slice(from, end).map((t) => t.key).join(' '));
}

/** Who leads and who supports, by every pattern of §5 found in `text`. */
export function extractAssignment(text: string): Assignment {
  const toks = tokenize(text);
  const lead: string[] = [];
  const support: string[] = [];
  // the keys of each list and where each name is, so that a long list of bodies is not compared
  // with itself name by name
  const keys = new Map<string[], Map<string, number>>([[lead, new Map()], [support, new Map()]]);
  const add = (list: string[], names: string[]): void => {
    const seen = keys.get(list) as Map<string, number>;
    for (const n of names) {
      const key = bodyKey(n);
      if (seen.has(key)) continue;
      // "Giao Ban Quản lý dự án đầu tư xây dựng huyện chủ trì": the name read in full replaces its start
      let part: number | undefined;
      for (let sp = key.indexOf(' '); sp > 0 && part === undefined; sp = key.indexOf(' ', sp + 1)) part = seen.get(key.slice(0, sp));
      seen.set(key, part ?? list.length);
      if (part !== undefined) list[part] = n;
      else list.push(n);
    }
  };
  let clause = 0;
  for (let i = 0; i <= toks.length; i++) {
    const t = toks[i];
    // Labeled lines: "Cơ quan chủ trì: X", "Cơ quan phối hợp: Y".
    if (t?.text === ':') {
      const l = leadLabels.before(toks, i);
      const s = supportLabels.before(toks, i);
      if (l >= s && l > 0 && labelStarts(toks, i - l)) add(lead, readNames(text, toks, i + 1, true, true).names);
      else if (s > 0 && labelStarts(toks, i - s)) add(support, readNames(text, toks, i + 1, true, true).names);
    }
    // "X chủ trì, phối hợp với Y": the name ending right before "chủ trì".
    const led = leadVerb.at(toks, i);
    const supports = supportVerb.at(toks, i);
    if (led && toks[i + led]?.text !== ':') {
      for (let s = clause; s < i; s++) {
        if (!headAt(toks, s)) continue;
        const r = readNames(text, toks, s);
        if (r.end === i && r.names.length) { add(lead, r.names); break; }
        // "Ban Quản lý dự án đầu tư xây dựng huyện chủ trì": the name runs up to the verb
        if (r.end < i && nameWords.at(toks, r.end) && allLower(toks, r.end, i)) {
          const whole = readNames(text, toks, s, false, true);
          if (whole.end === i && whole.names.length) { add(lead, whole.names); break; }
        }
      }
      let k = i + led;
      if (toks[k]?.text === ',') k++;
      const intro = supportIntro.at(toks, k);
      if (intro) add(support, readNames(text, toks, k + intro).names);
    }
    // "Sở X chủ trì ...; UBND các xã phối hợp thực hiện": after a lead, a clause's subject that "phối hợp" alone supports
    // ("Các tỉnh uỷ phối hợp Bộ Y tế sắp xếp ...", with a partner named, is not)
    if (supports && !partner.at(toks, i + supports) && toks[i + supports]?.text !== ':' && !headAt(toks, i + supports) && lead.length > 0 && i > clause) {
      if (headAt(toks, clause)) {
        const r = readNames(text, toks, clause);
        if (r.end === i && r.names.length) add(support, r.names);
      }
    }
    // "(cơ quan chủ trì)" after a name in a list.
    if (t?.text === '(' && leadLabels.at(toks, i + 1) && toks[i + 1 + leadLabels.at(toks, i + 1)]?.text === ')') {
      for (let s = clause; s < i; s++) {
        if (!headAt(toks, s)) continue;
        const r = readNames(text, toks, s);
        if (r.end === i) { add(lead, r.names.slice(-1)); break; }
        s = Math.max(s, r.end - 1);
      }
    }
    if (i === clause) {
      // Clause starts: "Giao X ...", "Đề nghị X ...", or a subject followed by its verb.
      let s = i;
      while (toks[s]?.text === '-' || toks[s]?.text === '+') s++;
      const a = assigning.at(toks, s);
      const label = Math.max(leadLabels.at(toks, s), supportLabels.at(toks, s));
      if (a) add(lead, readNames(text, toks, s + a).names);
      else if (label && toks[s + label]?.text === ':') { /* a labeled line, read above */ }
      else if (headAt(toks, s)) {
        const r = readNames(text, toks, s);
        // "Bộ Công an: (1) chủ trì ...; (2) ...": a body addressed before its duties.
        if (r.names.length && toks[r.end]?.text === ':' && r.end + 1 < toks.length) add(lead, r.names);
        else if (r.names.length && leadVerbs.at(toks, r.end)) {
          const partnerOnly = supportVerb.at(toks, r.end) > 0;
          if (!partnerOnly || lead.length === 0) add(lead, r.names);
        } else {
          // a later sentence's subject ("... UBND cấp xã chú trọng ...") does not take the place of the
          // leads the item inherits when it names none of its own first
          const first = i === 0 || lead.length > 0;
          const subject = first ? standingSubject(toks, s) : 0;
          if (subject) add(lead, [text.slice((toks[s] as Tok).start, (toks[subject - 1] as Tok).end)]);
          // "Trường Cao đẳng Kỹ thuật tỉnh đầu tư ...", "Báo Nghệ An, Đài Phát thanh và Truyền hình tỉnh mở ...":
          // bodies with names of their own opening the text, then a verb that ends a name and is no
          // part of one ("Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao" goes on)
          else if (i === 0 && r.names.length && r.names.every(properName) && actsAt(toks, r.end)) add(lead, r.names);
        }
      }
    }
    // "phối hợp với Y" elsewhere.
    if (supports && toks[i - 1]?.text !== ',' && leadVerb.at(toks, i - 2) === 0) {
      const intro = supportIntro.at(toks, i);
      if (intro > supports) add(support, readNames(text, toks, i + intro).names);
    }
    if (!t || t.text === ';' || t.text === '.' || (t.text === ':' && toks[i + 1]?.upper)) clause = i + 1;
  }
  // "Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh thực hiện ...": the addressees, when nothing else leads.
  for (let i = 1; lead.length === 0 && i < toks.length; i++) {
    const a = assigningInClause.at(toks, i);
    if (a && !toks[i]?.upper && headAt(toks, i + a)) add(lead, readNames(text, toks, i + a).names);
  }
  const leadKeys = keys.get(lead) as Map<string, number>;
  return { lead, support: support.filter((s) => !leadKeys.has(bodyKey(s))) };
}

/**
 * "Sở Tài chính công bố ...", "Công an tỉnh Quảng Ninh đấu tranh ...": a standing body at the start of
 * a clause, followed by a verb the lexicon does not list, is the clause's subject and so its lead.
 * The end of its name, or 0 when the clause does not start so (or the body is not the one acting).
 */
function standingSubject(toks: Tok[], s: number): number {
  let j = s + standing.at(toks, s);
  if (j === s) return 0;
  const suffix = standingSuffixes.at(toks, j);
  if (suffix) {
    const level = LEVELS.has(toks.slice(j, j + suffix).map((t) => t.key).join(' '));
    j += suffix;
    // the place: "tỉnh Quảng Ninh", "thành phố Hồ Chí Minh"
    if (level) while (toks[j]?.upper && !toks[j]?.punct) j++;
  } else if (toks[j]?.key === 'cấp' && LEVELS.has(toks[j + 1]?.key ?? '')) j += 2; // "UBND cấp xã"
  // "UBND các xã, phường ...": a collective name, which the name readers take
  const next = toks[j];
  if (!next || next.upper || next.punct || next.key === 'các' || notActing.at(toks, j)) return 0;
  return j;
}

/** At `j`, a verb that ends a name, in lower case, with no capitalised word of a name after it. */
function actsAt(toks: Tok[], j: number): boolean {
  const verb = enders.at(toks, j);
  const after = toks[j + verb];
  return verb > 0 && !toks[j]?.upper && !notActing.at(toks, j) && !(after?.upper && !after.punct);
}

/** A name of its own after the head: "Báo Nghệ An", not "Các tổ chức" or "Quỹ". */
function properName(name: string): boolean {
  const toks = tokenize(name);
  const h = headAt(toks, 0);
  return h > 0 && toks.slice(h).some((t) => t.upper);
}

/** The tokens from `from` to `to` are lower-case words (or "-"): the rest of one name, not another. */
function allLower(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k] as Tok;
    if (t.upper || (t.punct && t.text !== '-')) return false;
  }
  return true;
}

/** What a label may follow: a bullet, a sentence or clause end, a bracket ("(Cơ quan chủ trì: ..."). */
const LABEL_OPENERS = new Set(['-', '+', ';', '.', '*', ')', '(']);

function labelStarts(toks: Tok[], at: number): boolean {
  const prev = toks[at - 1];
  return at === 0 || LABEL_OPENERS.has(prev?.text ?? '');
}

/** A list of names that is the whole text ("Sở KH&CN; các sở, ban, ngành"), as in table cells. */
export function namesOf(text: string): string[] {
  const toks = tokenize(text);
  let i = 0;
  while (toks[i]?.text === '-' || toks[i]?.text === '+') i++;
  const r = readNames(text, toks, i, true, true);
  return r.names;
}

/**
 * The bodies an item is titled by: "2. Sở Tài chính", "Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội
 * Nông dân tỉnh" — the title is names and nothing else. Empty when it is not.
 */
export function titleBodies(title: string): string[] {
  const text = title.replace(/[:.]\s*$/u, '');
  const toks = tokenize(text);
  let i = assigning.at(toks, 0);
  if (i && toks[i]?.text === ':') i++;
  if (i >= toks.length) return [];
  const r = readNames(text, toks, i, true);
  const end = tails.at(toks, r.end) ? r.end + tails.at(toks, r.end) : r.end;
  return r.names.length > 0 && end === toks.length ? r.names : [];
}

/** The text starts with a verb that ends a name (lexicon NAME_ENDERS): "Căn cứ ...", "Chủ trì, phối hợp ...". */
export function startsWithVerb(text: string): boolean {
  return enders.at(tokenize(text), 0) > 0;
}

/** The text is a body's name (or a list of them) and nothing else. */
export function isBodyName(text: string): boolean {
  return titleBodies(text).length > 0;
}

/** Every body named anywhere in `text`, in order, each once (for texts that assign nothing: news). */
export function findBodies(text: string): string[] {
  const toks = tokenize(text);
  const out: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    // "Giám đốc Sở KH&CN TP Nguyễn Hồng Sơn": skip the person's role to reach the body.
    const role = roleWords.at(toks, i);
    if (role && headAt(toks, i + role)) i += role;
    if (!headAt(toks, i) || toks[i]?.key === 'các' || roleWords.at(toks, i)) continue;
    const r = readNames(text, toks, i);
    for (const n of r.names) {
      const key = bodyKey(n);
      if (n.split(' ').length >= 2 && !seen.has(key)) {
        seen.add(key);
        out.push(n);
      }
    }
    i = Math.max(i, r.end - 1);
  }
  return out;
}

/**
 * The bodies a sentence that opens a list addresses: "Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban
 * nhân dân các tỉnh, thành phố trực thuộc Trung ương:" → the chairmen. Empty when it names no one.
 */
export function addressees(text: string): string[] {
  const toks = tokenize(text);
  for (let i = 0; i < toks.length; i++) {
    const a = assigning.at(toks, i);
    if (!a || toks[i]?.key === 'do') continue;
    const r = readNames(text, toks, i + a);
    if (r.names.length && (toks[r.end]?.text === ':' || r.end >= toks.length - 1)) return r.names;
    // "Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo thực hiện tốt các nhiệm
    // vụ sau:": the names, their verb, and the sentence goes on to the colon that opens the points
    if (r.names.length && leadVerbs.at(toks, r.end) && toks[toks.length - 1]?.text === ':' && !toks.slice(r.end, -1).some((t) => t.text === '.' || t.text === ';')) return r.names;
  }
  return [];
}
