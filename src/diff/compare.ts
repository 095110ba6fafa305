// Field-level differences of two matched items, and of the two documents' headers. Strings are
// compared by their folded words, so tone placement, case, spacing and punctuation are not changes.

import { bodyKey } from '../extract/bodies.js';
import { localKey } from '../extract/enrich.js';
import type { DocumentInfo, Item, Reference, Target } from '../model/types.js';
import type { FieldChange, TextOp } from './types.js';
import { textKey, wordDiff } from './words.js';

export interface ItemDifference {
  fields: FieldChange[];
  text?: TextOp[];
}

/** `header`: the column headers of the table the items are rows of, naming a changed cell's column. */
export function compareItems(a: Item, b: Item, header?: string[]): ItemDifference {
  const fields: FieldChange[] = [];
  let text: TextOp[] | undefined;
  const titleSame = textKey(a.title) === textKey(b.title);
  const textSame = textKey(a.text) === textKey(b.text);
  const together = textKey(joined(a)) === textKey(joined(b));
  if (!together) {
    if (!titleSame && textSame) {
      fields.push({ field: 'title', old: a.title, new: b.title });
      text = wordDiff(a.title ?? '', b.title ?? '');
    } else if (titleSame) {
      fields.push({ field: 'text', old: a.text, new: b.text });
      text = wordDiff(a.text ?? '', b.text ?? '');
    } else {
      if (textKey(a.title) && textKey(b.title)) fields.push({ field: 'title', old: a.title, new: b.title });
      fields.push({ field: 'text', old: a.text, new: b.text });
      text = wordDiff(joined(a), joined(b));
    }
  }
  setField(fields, 'lead', a.lead, b.lead, cachedBodyKey);
  setField(fields, 'support', a.support, b.support, cachedBodyKey);
  if (deadlineKey(a) !== deadlineKey(b)) fields.push({ field: 'deadline', old: a.deadline?.text, new: b.deadline?.text });
  if (a.scope !== b.scope) fields.push({ field: 'scope', old: a.scope, new: b.scope });
  if (a.year !== b.year) fields.push(numberField('year', a.year, b.year));
  targetFields(fields, a.targets ?? [], b.targets ?? []);
  setField(fields, 'outputs', a.outputs, b.outputs, textKey);
  if (a.table || b.table) {
    const rows = (i: Item): string[] => [i.table?.header ?? [], ...(i.table?.rows ?? [])].map((r) => r.join(' | '));
    setField(fields, 'table', rows(a), rows(b), textKey);
  }
  if (a.cells || b.cells) cellFields(fields, a, b, header);
  return text ? { fields, text } : { fields };
}

/**
 * A table row's cells in the columns no other field reads ("Cấp trình", "Ghi chú"): a change there
 * is a change too. A cell that holds the row's label, text, deadline, outputs or a lead or support
 * body is left to that field, which knows when a change is only one of wording ("2027" → "Quý IV/2027").
 */
function cellFields(fields: FieldChange[], a: Item, b: Item, header: string[] | undefined): void {
  const n = Math.max(a.cells?.length ?? 0, b.cells?.length ?? 0);
  for (let k = 0; k < n; k++) {
    const x = a.cells?.[k] ?? '';
    const y = b.cells?.[k] ?? '';
    if (textKey(x) === textKey(y) || readElsewhere(a, x) || readElsewhere(b, y)) continue;
    const column = header?.[k];
    fields.push({ field: `cells[${k}]`, old: x, new: y, ...(column ? { column } : {}) });
  }
}

function readElsewhere(item: Item, cell: string): boolean {
  const c = textKey(cell);
  if (c === '') return false;
  const values = [item.label, item.title, item.text, joined(item), item.deadline?.text, ...(item.outputs ?? [])];
  if (values.some((v) => v !== undefined && textKey(v) === c)) return true;
  return [...(item.lead ?? []), ...(item.support ?? [])].some((name) => c.includes(textKey(name)));
}

const BODY_KEYS = new Map<string, string>();
/** The level the two documents' own bodies are named at: "Sở Tài chính tỉnh" in a province's plan is its "Sở Tài chính". */
let level: string | undefined;

/** The same few bodies are named on most items: their keys are worked out once. */
function cachedBodyKey(name: string): string {
  let key = BODY_KEYS.get(name);
  if (key === undefined) {
    key = localKey(bodyKey(String(name)), String(name), level);
    if (BODY_KEYS.size > 10_000) BODY_KEYS.clear();
    BODY_KEYS.set(name, key);
  }
  return key;
}

/** Before a diff: forget the last one's keys, and name bodies at `ownLevel`. */
export function clearBodyKeys(ownLevel?: string): void {
  BODY_KEYS.clear();
  level = ownLevel;
}

function joined(i: Item): string {
  return [i.title, i.text].filter(Boolean).join(' ');
}

function deadlineKey(i: Item): string {
  const d = i.deadline;
  if (!d) return '';
  return `${d.due ?? ''}|${d.recurrence ?? ''}|${d.due || d.recurrence ? '' : textKey(d.text)}`;
}

function numberField(field: string, old: number | undefined, now: number | undefined): FieldChange {
  const f: FieldChange = { field, old, new: now };
  if (old !== undefined && now !== undefined) f.delta = round(now - old);
  return f;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Sets compared by key: what came in and what went, each named as written. */
function setField(fields: FieldChange[], field: string, old: string[] | undefined, now: string[] | undefined, key: (s: string) => string): void {
  const a = old ?? [];
  const b = now ?? [];
  const ak = new Set(a.map(key));
  const bk = new Set(b.map(key));
  const added = b.filter((x) => !ak.has(key(x)));
  const removed = a.filter((x) => !bk.has(key(x)));
  if (added.length || removed.length) fields.push({ field, old: a, new: b, added, removed });
}

/** Targets paired by indicator (and year), then by position; each changed part is its own field. */
function targetFields(fields: FieldChange[], a: Target[], b: Target[]): void {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  const tries: ((x: Target, y: Target) => boolean)[] = [
    (x, y) => textKey(x.indicator) === textKey(y.indicator) && x.year === y.year && x.unit === y.unit,
    (x, y) => !!x.indicator && textKey(x.indicator) === textKey(y.indicator),
    (x, y) => x.unit === y.unit && x.year === y.year,
  ];
  const open = new Set(b.map((_, j) => j));
  for (const same of tries) {
    for (const j of [...open]) {
      const i = a.findIndex((x, k) => !used.has(k) && same(x, b[j] as Target));
      if (i >= 0) { used.add(i); open.delete(j); pairs.push([i, j]); }
    }
  }
  pairs.sort((x, y) => x[1] - y[1]);
  for (const [i, j] of pairs) {
    const x = a[i] as Target;
    const y = b[j] as Target;
    const at = `targets[${j}]`;
    const unit = y.unit ?? x.unit;
    const indicator = y.indicator ?? x.indicator;
    const change = x.change === y.change ? y.change : undefined;
    const about = { ...(unit ? { unit } : {}), ...(indicator ? { indicator } : {}), ...(change ? { change } : {}) };
    if (x.value !== y.value) fields.push({ ...numberField(`${at}.value`, x.value, y.value), ...about });
    if (x.max !== y.max) fields.push({ ...numberField(`${at}.max`, x.max, y.max), ...about });
    if (x.comparator !== y.comparator) fields.push({ field: `${at}.comparator`, old: x.comparator, new: y.comparator });
    if (x.change !== y.change) fields.push({ field: `${at}.change`, old: x.change, new: y.change });
    if (x.unit !== y.unit) fields.push({ field: `${at}.unit`, old: x.unit, new: y.unit });
    if (x.year !== y.year) fields.push(numberField(`${at}.year`, x.year, y.year));
    if (x.baseYear !== y.baseYear) fields.push(numberField(`${at}.baseYear`, x.baseYear, y.baseYear));
  }
  const added = [...open].map((j) => (b[j] as Target).text);
  const removed = a.filter((_, i) => !used.has(i)).map((t) => t.text);
  if (added.length || removed.length) fields.push({ field: 'targets', added, removed });
}

const HEADER_TEXT: (keyof DocumentInfo)[] = ['kind', 'kindLabel', 'number', 'issuer', 'place', 'date', 'title'];

export function compareDocuments(a: DocumentInfo, b: DocumentInfo, refsA: Reference[], refsB: Reference[]): { fields: FieldChange[]; text?: TextOp[] } {
  const fields: FieldChange[] = [];
  let text: TextOp[] | undefined;
  for (const k of HEADER_TEXT) {
    const x = a[k] as string | undefined;
    const y = b[k] as string | undefined;
    if (textKey(x) === textKey(y)) continue;
    fields.push({ field: `document.${k}`, old: x, new: y });
    if (k === 'title' && x && y) text = wordDiff(x, y);
  }
  for (const k of ['year', 'vision', 'from'] as const) {
    const x = a.horizon?.[k];
    const y = b.horizon?.[k];
    if (x !== y) fields.push(numberField(`document.horizon.${k}`, x, y));
  }
  for (const k of ['name', 'role', 'onBehalfOf'] as const) {
    const x = a.signer?.[k];
    const y = b.signer?.[k];
    if (textKey(x) !== textKey(y)) fields.push({ field: `document.signer.${k}`, old: x, new: y });
  }
  setField(fields, 'document.implements', a.implements, b.implements, textKey);
  setField(fields, 'document.recipients', a.recipients, b.recipients, bodyKey);
  setField(fields, 'references', refsA.map(refName), refsB.map(refName), textKey);
  return text ? { fields, text } : { fields };
}

function refName(r: Reference): string {
  return r.number ?? r.text;
}
