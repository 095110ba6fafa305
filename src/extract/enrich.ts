// The extraction pass over a parsed model: responsible bodies, deadlines and outputs on tasks and
// implementation items, targets on goals and tasks, cited documents, and the bodies index.

import { ADMIN_LEVELS, LEAD_LABELS, SUPPORT_LABELS } from '../lexicon/bodies.js';
import { DEADLINE_LABELS, OUTPUT_LABELS } from '../lexicon/attributes.js';
import type { BodyEntry, Item, Model, SectionKey, Target } from '../model/types.js';
import { fold } from '../text/normalize.js';
import { rememberingBodyKeys } from './body-key.js';
import { addressees, bodyKey, extractAssignment, findBodies, namesOf, titleBodies, useKnownBodies } from './bodies.js';
import { deadlineOf, extractDeadline, type DeadlineContext } from './deadlines.js';
import { extractReferences, implementedBy, mergeReferences, sharingCitations } from './references.js';
import { columnRoles } from './tables.js';
import { changeOf, extractTargets, targetYear, type TargetContext } from './targets.js';
import type { ColumnRole } from '../lexicon/tables.js';

export interface EnrichOptions {
  /** user aliases from vanban.config.yaml: alias key → the canonical name */
  aliases?: Map<string, string>;
  /** every configured name and alias as written, to recognise them in the text */
  names?: string[];
}

const ASSIGNED: SectionKey[] = ['tasks', 'implementation'];
const TARGETED: SectionKey[] = ['goals', 'tasks'];

export function enrich(model: Model, options: EnrichOptions = {}): void {
  sharingCitations(() => rememberingBodyKeys(() => enrichModel(model, options)));
}

function enrichModel(model: Model, options: EnrichOptions): void {
  const news = model.document.kind === 'news';
  useKnownBodies(options.names ?? []);
  const issued = model.document.date ? Number(model.document.date.slice(0, 4)) : undefined;
  // "trong 30 ngày kể từ ngày ký" is due 30 days after the document's date
  const dated: DeadlineContext = model.document.date ? { date: model.document.date } : {};
  // In a directive, the sentence that opens the numbered points names who must carry them out.
  const opening = [...model.preamble].reverse().find((i) => (i.text ?? '').trimEnd().endsWith(':'));
  const addressed = opening ? addressees(opening.text ?? '') : [];
  for (const section of ASSIGNED) for (const item of model[section]) assign(item, undefined, undefined, dated);
  // Only the numbered points of a document with no headings (ids "1", "2" ...) take it.
  for (const item of model.tasks) if (!item.lead?.length && item.label !== '' && !item.id.includes('.') && addressed.length) item.lead = [...addressed];
  for (const section of ASSIGNED) leadInsLead(model[section]);
  if (issued) for (const section of ASSIGNED) for (const item of model[section]) dropPastDeadlines(item, issued);
  // A news report quotes a programme's targets in its running text.
  for (const section of TARGETED) for (const item of model[section]) target(item, yearOfSection(model, item), undefined, issued, section === 'goals');
  if (news) {
    // In running text a figure is a target only where its sentence sets a year to reach it by:
    // "phấn đấu đến năm 2030 đạt ..." is, "hơn 29.000 người dự hội nghị" is not.
    for (const section of ['preamble', 'other'] as const) {
      for (const item of model[section]) {
        target(item, undefined, undefined, issued);
        prune(item);
      }
    }
  }
  model.references = references(model);
  const implemented = implementedBy(model.document.title ?? '');
  if (implemented.length) model.document.implements = implemented;
  model.bodies = bodiesIndex(model, options.aliases ?? new Map());
  if (news) addMentions(model, options.aliases ?? new Map());
}

/**
 * A sentence that opens the numbered points after it and names who leads them ("..., đề nghị Chính phủ và
 * các cơ quan liên quan tập trung thực hiện các nhiệm vụ và giải pháp chủ yếu sau đây:") gives its lead to
 * those of them that name none, up to the next unlabeled item; at every level.
 */
function leadInsLead(items: Item[]): void {
  let lead: string[] | undefined;
  for (const item of items) {
    if (item.label === '') lead = (item.text ?? '').trimEnd().endsWith(':') && item.lead?.length ? item.lead : undefined;
    else if (lead && !item.lead?.length && !item.cells) item.lead = [...lead];
    leadInsLead(item.items ?? []);
  }
}

/** A "deadline" years before the document was issued is a period it recalls, not a deadline. */
function dropPastDeadlines(item: Item, issued: number): void {
  const due = item.deadline?.due;
  if (due && Number(due.slice(0, 4)) < issued - 1) delete item.deadline;
  for (const child of item.items ?? []) dropPastDeadlines(child, issued);
}

function prune(item: Item): void {
  if (item.targets) {
    item.targets = item.targets.filter((t) => t.year !== undefined);
    if (!item.targets.length) delete item.targets;
  }
  for (const child of item.items ?? []) prune(child);
}

/** A news report assigns nothing; its bodies index lists the bodies it names. */
function addMentions(model: Model, aliases: Map<string, string>): void {
  const seen = new Set(model.bodies.map((b) => b.key));
  const texts: string[] = [model.document.title ?? ''];
  const walk = (items: Item[]): void => { for (const i of items) { texts.push([i.title, i.text].filter(Boolean).join(' ')); walk(i.items ?? []); } };
  for (const key of ['preamble', 'other'] as const) walk(model[key]);
  for (const name of findBodies(texts.join('\n'))) {
    const canonical = aliases.get(bodyKey(name));
    const key = bodyKey(canonical ?? name);
    if (seen.has(key)) continue;
    seen.add(key);
    model.bodies.push({ name: canonical ?? name, key, lead: [], support: [] });
  }
}

/** How many trailing cells a row may have lost and still be read column by column. */
const SHORT_ROW = 2;

/** Roles of a table's columns, for the row items under it. */
type Roles = (ColumnRole | undefined)[];

function rolesOf(item: Item, inherited: Roles | undefined): Roles | undefined {
  return item.table ? columnRoles(item.table.header) : inherited;
}

/**
 * A row's cell for a role. Cells align from the left: a flattened table loses empty cells at the
 * end of a row (an empty cell reads like a row break), so a row may be a cell or two short.
 */
function cell(item: Item, roles: Roles, role: ColumnRole): string | undefined {
  return cellAt(item, roles, roles.indexOf(role));
}

/** A row's cell in column `at`, as `cell` reads it. */
function cellAt(item: Item, roles: Roles, at: number): string | undefined {
  if (!item.cells || item.cells.length > roles.length || item.cells.length < roles.length - SHORT_ROW) return undefined;
  const value = at >= 0 ? item.cells[at]?.trim() : undefined;
  return value ? value : undefined;
}

/** Lead, support, deadline and outputs of one item and, through it, of its children; `dated`: the document's date, for deadlines counted from its signing. */
function assign(item: Item, inheritedLead: string[] | undefined, tableRoles: Roles | undefined, dated: DeadlineContext): void {
  const roles = rolesOf(item, tableRoles);
  const attributes = new Set<Item>();
  const titled = item.title !== undefined ? titleBodies(item.title) : [];
  if (roles && item.cells) {
    const lead = cell(item, roles, 'lead');
    const support = cell(item, roles, 'support');
    const deadline = cell(item, roles, 'deadline');
    const outputs = cell(item, roles, 'outputs');
    if (lead) setList(item, 'lead', namesOf(lead));
    if (support) setList(item, 'support', namesOf(support));
    if (deadline) { const d = extractDeadline(deadline, dated); if (d) item.deadline = d; }
    if (outputs) item.outputs = [outputs];
  } else {
    const titledByBody = titled.length > 0;
    if (titledByBody) setList(item, 'lead', titled);
    const said = extractAssignment(item.text ?? (titledByBody ? '' : item.title ?? ''));
    if (!item.lead?.length) setList(item, 'lead', said.lead);
    setList(item, 'support', said.support.filter((s) => !item.lead?.some((l) => bodyKey(l) === bodyKey(s))));
    for (const a of liftAttributes(item, dated)) attributes.add(a);
    // A sentence that opens a list ("..., bên cạnh các nhiệm vụ thường xuyên, ... sau:") sets no deadline.
    if (!item.deadline && item.text && !item.text.trimEnd().endsWith(':')) { const d = deadlineOf(item.text, dated); if (d) item.deadline = d; }
    if (!item.lead?.length && inheritedLead?.length) item.lead = [...inheritedLead];
  }
  const passDown = titled.length ? item.lead : inheritedLead;
  // Attribute lines gave their values to this item; they are not tasks of their own.
  for (const child of item.items ?? []) if (!attributes.has(child)) assign(child, passDown, roles, dated);
}

/**
 * Attribute lines under a task ("- Cơ quan chủ trì: Bộ Công an.", "- Thời gian thực hiện: Quý
 * III/2025", or "a) Cơ quan chủ trì" over a list of bodies) belong to the task above them.
 */
function liftAttributes(item: Item, dated: DeadlineContext): Set<Item> {
  const lifted = new Set<Item>();
  // Attribute lines may be grouped one level down: "2. Cơ quan chủ trì, phối hợp" over
  // "a) Cơ quan chủ trì" and "b) Cơ quan phối hợp".
  const candidates: Item[] = [];
  for (const child of item.items ?? []) {
    const kids = child.items ?? [];
    // Only a heading groups them: a task of its own ("a) Rà soát ...") keeps its attribute lines.
    const heading = child.text === undefined && child.title !== undefined;
    if (heading && splitLabel(child.title ?? '')[0] === undefined && kids.length && kids.every((k) => splitLabel(k.text ?? k.title ?? '')[0] !== undefined)) {
      lifted.add(child);
      candidates.push(...kids);
    } else candidates.push(child);
  }
  for (const child of candidates) {
    const line = child.text ?? child.title ?? '';
    const [head, rest] = splitLabel(line);
    if (head === undefined) continue;
    lifted.add(child);
    const value = rest || (child.items ?? []).map((c) => (c.text ?? c.title ?? '').replace(/[.;,\s]+$/u, '')).join('; ');
    if (LEAD_SET.has(head)) addList(item, 'lead', namesOf(value));
    else if (SUPPORT_SET.has(head)) addList(item, 'support', namesOf(value));
    else if (DEADLINE_SET.has(head) && !item.deadline) { const d = extractDeadline(value, dated); if (d) item.deadline = d; }
    else if (OUTPUT_SET.has(head) && value) item.outputs = [...(item.outputs ?? []), value];
  }
  return lifted;
}

const norm = (s: string): string => fold(s).replace(/[^a-z0-9]+/g, ' ').trim();
const LEAD_SET = new Set(LEAD_LABELS.map(norm));
const SUPPORT_SET = new Set(SUPPORT_LABELS.map(norm));
const DEADLINE_SET = new Set(DEADLINE_LABELS.map(norm));
const OUTPUT_SET = new Set(OUTPUT_LABELS.map(norm));
const LONGEST_LABEL = Math.max(...[LEAD_SET, SUPPORT_SET, DEADLINE_SET, OUTPUT_SET].flatMap((set) => [...set].map((k) => k.length)));

/** Whether `s` holds at most `max` ASCII letters and digits. */
function fewAsciiAlnum(s: string, max: number): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) && ++n > max) return false;
  }
  return true;
}

/** "Cơ quan chủ trì: Bộ Công an." → ["co quan chu tri", "Bộ Công an."]; a bare "Cơ quan chủ trì" heading → [key, ""]. */
function splitLabel(line: string): [string | undefined, string] {
  const colon = line.indexOf(':');
  const raw = colon >= 0 ? line.slice(0, colon) : line;
  // norm keeps every ASCII letter and digit: a head with more of them than the longest label is none
  if (!fewAsciiAlnum(raw, LONGEST_LABEL)) return [undefined, ''];
  const head = norm(raw);
  const known = LEAD_SET.has(head) || SUPPORT_SET.has(head) || DEADLINE_SET.has(head) || OUTPUT_SET.has(head);
  if (!known) return [undefined, ''];
  return [head, colon >= 0 ? line.slice(colon + 1).trim() : ''];
}

function setList(item: Item, key: 'lead' | 'support', names: string[]): void {
  if (names.length) item[key] = names;
}

function addList(item: Item, key: 'lead' | 'support', names: string[]): void {
  const list = item[key] ?? [];
  for (const n of names) if (!list.some((x) => bodyKey(x) === bodyKey(n))) list.push(n);
  if (list.length) item[key] = list;
}

/**
 * The year a goals section names in its heading ("II. MỤC TIÊU ĐẾN NĂM 2030"), else the year the
 * document's title looks to ("Kế hoạch phát triển kinh tế - xã hội năm 2025").
 */
function yearOfSection(model: Model, item: Item): number | undefined {
  // the nearest heading above that names a year: "1. Mục tiêu" under "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"
  let year: number | undefined;
  let depth = -1;
  for (const o of model.outline) {
    if (o.id.length <= depth || !item.id.startsWith(`${o.id}.`)) continue;
    const y = targetYear(o.title);
    if (y !== undefined) [year, depth] = [y, o.id.length];
  }
  return year ?? model.document.horizon?.year ?? targetYear(model.document.title ?? '');
}

/** `issued`: the year of the document; figures for earlier years describe the past. */
function context(year: number | undefined, issued: number | undefined, goal = false): TargetContext {
  const c: TargetContext = {};
  if (goal) c.goal = true;
  if (year !== undefined) c.year = year;
  if (issued !== undefined) c.documentYear = issued;
  return c;
}

/** Targets of one item and its children; the year comes down from the enclosing items. */
function target(item: Item, inheritedYear: number | undefined, tableRoles: Roles | undefined, issued: number | undefined, goal = false,
  tableYears?: (number | undefined)[]): void {
  const roles = rolesOf(item, tableRoles);
  // the year each column's header names ("Năm 2030"): a value column's target year
  const years = item.table ? item.table.header.map((h) => targetYear(h)) : tableYears;
  const year = item.year ?? targetYear(item.title ?? '') ?? inheritedYear;
  if (roles && item.cells && roles.includes('indicator')) {
    const unit = cell(item, roles, 'unit');
    const indicator = cell(item, roles, 'indicator');
    const named = indicator ? changeOf(indicator) : undefined;
    const found: Target[] = [];
    roles.forEach((role, k) => {
      const value = role === 'value' ? cellAt(item, roles, k) : undefined;
      const columnYear = years?.[k];
      // a column for a year before the document's is where things stood, not a target
      if (!value || (columnYear !== undefined && issued !== undefined && columnYear < issued)) return;
      for (const t of extractTargets(unit && /^[\d\s.,≥≤<>~=%-]+$/u.test(value) ? `${value} ${unit}` : value, context(columnYear ?? year, issued))) {
        if (named && !t.indicator) t.indicator = named.indicator;
        if (named?.change && !t.change) t.change = named.change;
        if (unit && !t.unit) t.unit = unit;
        found.push(t);
      }
    });
    if (found.length) item.targets = found;
  } else if (!item.cells) {
    const found = extractTargets([item.title, item.text].filter(Boolean).join('. '), context(year, issued, goal));
    if (found.length) item.targets = found;
  }
  for (const child of item.items ?? []) target(child, year, roles, issued, goal, years);
}

function references(model: Model): Model['references'] {
  // the title, and the header's lines as written ("(Ban hành kèm theo Quyết định số ...)")
  const lists = [model.document.title ?? '', (model.document.asWritten ?? []).join(' ')].map((text) => extractReferences(text));
  const walk = (items: Item[]): void => {
    for (const item of items) {
      lists.push(extractReferences([item.title, item.text].filter(Boolean).join(' ')));
      if (item.cells) lists.push(extractReferences(item.cells.join(' ')));
      if (item.table?.rows) for (const row of item.table.rows) lists.push(extractReferences(row.join(' ')));
      walk(item.items ?? []);
    }
  };
  for (const key of ['preamble', 'background', 'purpose', 'viewpoints', 'goals', 'tasks', 'implementation', 'appendices', 'other'] as const) walk(model[key]);
  // The document's own number ("Kèm theo Nghị quyết số 03/NQ-CP" under its appendix) is not a citation.
  const own = model.document.number;
  return mergeReferences(lists).filter((r) => !own || r.number !== own);
}

/** One entry per canonical key, in order of first mention, with the items each body leads and supports. */
function bodiesIndex(model: Model, aliases: Map<string, string>): BodyEntry[] {
  const byKey = new Map<string, BodyEntry>();
  const entry = (name: string): BodyEntry => {
    const raw = bodyKey(name);
    const canonical = aliases.get(raw);
    const key = canonical ? bodyKey(canonical) : raw;
    let e = byKey.get(key);
    if (!e) {
      e = { name: canonical ?? name, key, lead: [], support: [] };
      byKey.set(key, e);
    }
    return e;
  };
  const walk = (items: Item[]): void => {
    for (const item of items) {
      for (const n of item.lead ?? []) { const e = entry(n); if (!e.lead.includes(item.id)) e.lead.push(item.id); }
      for (const n of item.support ?? []) { const e = entry(n); if (!e.support.includes(item.id)) e.support.push(item.id); }
      walk(item.items ?? []);
    }
  };
  for (const key of ['purpose', 'goals', 'tasks', 'implementation', 'other'] as const) walk(model[key]);
  mergeLocalForms(byKey, model.document);
  return [...byKey.values()];
}

/** The administrative levels as keys, the longest first: "thị xã" is not read as its "xã". */
const LEVELS = ADMIN_LEVELS.map((l) => bodyKey(l)).sort((a, b) => b.length - a.length);

/**
 * "Sở Tài chính tỉnh" in a province's document is its "Sở Tài chính": where both are named, the
 * form with the issuer's level after it joins the other. Only a department with a name of its own
 * ("Sở Tài chính", "Phòng Văn hóa và Thông tin") does; "Ủy ban nhân dân huyện" is not "Ủy ban nhân
 * dân", and in a district's document "Sở Tài chính tỉnh" is another level's office, not its own.
 */
function mergeLocalForms(byKey: Map<string, BodyEntry>, document: Model['document']): void {
  const level = localLevel(document);
  if (!level) return;
  for (const [key, e] of byKey) {
    const base = byKey.get(localKey(key, e.name, level));
    if (!base || base === e) continue;
    for (const id of e.lead) if (!base.lead.includes(id)) base.lead.push(id);
    for (const id of e.support) if (!base.support.includes(id)) base.support.push(id);
    byKey.delete(key);
  }
}

/** The level a document's own bodies are named at: its issuer's ("UBND huyện Thanh Sơn"), else its superior's ("Sở Y tế" under "UBND tỉnh ..."). */
export function localLevel(document: Pick<Model['document'], 'issuer' | 'superior'>): string | undefined {
  const levelOf = (name: string | undefined): string | undefined => {
    const key = ` ${bodyKey(name ?? '')} `;
    return LEVELS.find((l) => key.includes(` ${l} `));
  };
  return levelOf(document.issuer) ?? levelOf(document.superior);
}

/** A body's key (of `name`) without the document's own level after a named department: "Sở Tài chính tỉnh" → "so tai chinh". */
export function localKey(key: string, name: string, level: string | undefined): string {
  if (!level || !key.endsWith(` ${level}`)) return key;
  const words = name.split(' ');
  return namedDepartment(words.slice(0, -level.split(' ').length).join(' ')) ? key.slice(0, -level.length - 1) : key;
}

/** A head and a capitalised name after it: "Sở Tài chính", not "Ủy ban nhân dân", "UBND" or "Công an". */
function namedDepartment(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && /^\p{Lu}/u.test(words[0] as string) && /^\p{Lu}/u.test(words[1] as string);
}
