// diff(old, new): the changes between two models, item by item, matched by content.

import { SECTION_KEYS, type Item, type Model, type SectionKey } from '../model/types.js';
import { localLevel } from '../extract/enrich.js';
import { clearBodyKeys, compareDocuments, compareItems } from './compare.js';
import { clearKeys } from './words.js';
import { absorbSplits, DEFAULT_THRESHOLD, flatten, matchAcross, matchNodes, type Node } from './match.js';
import type { Change, Counts, DiffResult, DiffSection, DiffSummary } from './types.js';

export interface DiffOptions {
  /** limit the report to these sections ("document" is the header) */
  only?: DiffSection[];
  threshold?: number;
}

export { DEFAULT_THRESHOLD };
export type * from './types.js';

const EXCERPT = 90;

export function diffModels(a: Model, b: Model, options: DiffOptions = {}): DiffResult {
  clearKeys();
  clearBodyKeys(localLevel(b.document) ?? localLevel(a.document));
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const want = (s: DiffSection): boolean => !options.only || options.only.includes(s);
  const sections = SECTION_KEYS.filter(want);
  const olds = new Map<SectionKey, Node[]>();
  const news = new Map<SectionKey, Node[]>();
  for (const s of sections) {
    const o = flatten(a[s], s);
    const n = flatten(b[s], s);
    matchNodes(o, n, threshold);
    olds.set(s, o);
    news.set(s, n);
  }
  matchAcross(sections.flatMap((s) => olds.get(s) ?? []), sections.flatMap((s) => news.get(s) ?? []));
  for (const s of sections) absorbSplits(olds.get(s) ?? [], news.get(s) ?? []);

  const changes: { change: Change; rank: number; order: number }[] = [];
  if (want('document')) {
    const d = compareDocuments(a.document, b.document, a.references, b.references);
    const name = [b.document.kindLabel, b.document.number].filter(Boolean).join(' ');
    if (d.fields.length) changes.push({ change: { type: 'modified', section: 'document', ...(name ? { excerpt: name } : {}), ...d }, rank: -1, order: 0 });
  }
  const rank = (s: SectionKey): number => SECTION_KEYS.indexOf(s);
  const byPair = new Map<string, Change>();
  const record = (change: Change, s: SectionKey, order: number): void => {
    // The title and the text of one item are compared as two nodes; they are reported as one change.
    const key = change.type === 'modified' || change.type === 'moved' ? `${change.oldId}\u0000${change.newId}` : '';
    const same = key ? byPair.get(key) : undefined;
    if (same) {
      if (change.type === 'moved') same.type = 'moved';
      if (change.fields) same.fields = [...(same.fields ?? []), ...change.fields];
      if (change.text && (!same.text || change.fields?.some((f) => f.field === 'text'))) same.text = change.text;
      return;
    }
    if (key) byPair.set(key, change);
    changes.push({ change, rank: rank(s), order });
  };
  for (const s of sections) {
    const newNodes = news.get(s) ?? [];
    const oldNodes = olds.get(s) ?? [];
    const reordered = reorderedNodes(newNodes);
    for (const n of newNodes) {
      const o = n.match;
      if (!o) {
        if (n.absorbed) continue;
        const parent = n.parent;
        if (parent && !parent.match) continue;
        if (n.part === 'text' && parent?.match) {
          record(textChange(parent.match, parent, undefined, n.item.text), s, parent.order);
          continue;
        }
        record(withDescendants({ type: 'added', section: s, newId: n.item.id, newLine: n.item.line, ...describe(n) }, n), s, n.order);
        continue;
      }
      const parentChanged = bucket(o.section) !== bucket(n.section) || keptAncestor(o)?.match !== keptAncestor(n);
      const moved = parentChanged || reordered.has(n);
      const d = compareNodes(o, n);
      if (!moved && !d.fields.length) continue;
      const change: Change = { type: moved ? 'moved' : 'modified', section: s, oldId: o.item.id, newId: n.item.id, oldLine: o.item.line, newLine: n.item.line, ...describe(n) };
      if (bucket(o.section) !== bucket(n.section)) change.oldSection = o.section;
      if (moved) { change.oldParent = o.parent?.item.id ?? ''; change.newParent = n.parent?.item.id ?? ''; }
      if (d.fields.length) change.fields = d.fields;
      if (d.text) change.text = d.text;
      record(change, s, n.order);
    }
    for (const o of oldNodes) {
      const parent = o.parent;
      if (o.match || o.absorbed || (parent && !parent.match)) continue;
      if (o.part === 'text' && parent?.match) {
        record(textChange(parent, parent.match, o.item.text, undefined), s, parent.match.order);
        continue;
      }
      record(withDescendants({ type: 'removed', section: s, oldId: o.item.id, oldLine: o.item.line, ...describe(o) }, o), s, placeOfRemoved(o, oldNodes));
    }
  }
  changes.sort((x, y) => x.rank - y.rank || x.order - y.order);
  const list = changes.map((c) => c.change);
  return {
    vanban: 1,
    old: side(a, olds),
    new: side(b, news),
    threshold,
    summary: summarize(list),
    changes: list,
  };
}

/**
 * Text before the first section and text no section claimed are both unclassified: an item
 * that one version reads as preamble and the other as other has not moved.
 */
function bucket(s: SectionKey): SectionKey {
  return s === 'preamble' ? 'other' : s;
}

/**
 * The nearest ancestor that is in both versions. An item moved only if this changed: a heading
 * wrapped around a run of items (or taken away) is itself the change, not a move of each item.
 */
function keptAncestor(n: Node): Node | undefined {
  let p = n.parent;
  while (p && !p.match) p = p.parent;
  return p;
}

/** Two matched nodes compared: a text part against whatever it matched, by content only. */
function compareNodes(o: Node, n: Node): ReturnType<typeof compareItems> {
  if (o.part !== 'text' && n.part !== 'text') return compareItems(o.view, n.view, n.view.cells ? tableHeader(n) : undefined);
  return compareItems(contentOnly(o), contentOnly(n));
}

/** The header of the table a row's node is in: the nearest ancestor's. */
function tableHeader(n: Node): string[] | undefined {
  for (let p = n.parent; p; p = p.parent) if (p.item.table?.header) return p.item.table.header;
  return undefined;
}

function contentOnly(n: Node): Item {
  const item: Item = { id: n.item.id, label: '', line: n.item.line, text: [n.view.title, n.view.text].filter(Boolean).join(' ') };
  if (n.view.targets) item.targets = n.view.targets;
  return item;
}

/** A heading of a kept item that gained or lost its text. */
function textChange(o: Node, n: Node, before: string | undefined, after: string | undefined): Change {
  const d = compareItems({ id: o.item.id, label: '', line: o.item.line, text: before }, { id: n.item.id, label: '', line: n.item.line, text: after });
  const change: Change = { type: 'modified', section: n.section, oldId: o.item.id, newId: n.item.id, oldLine: o.item.line, newLine: n.item.line, ...describe(n), fields: d.fields };
  if (d.text) change.text = d.text;
  return change;
}

function side(m: Model, nodes: Map<SectionKey, Node[]>): DiffResult['old'] {
  let items = 0;
  for (const list of nodes.values()) items += list.length;
  const s: DiffResult['old'] = { file: m.source.file, items };
  if (m.document.number) s.number = m.document.number;
  if (m.document.date) s.date = m.document.date;
  if (m.document.title) s.title = m.document.title;
  return s;
}

function describe(n: Node): Pick<Change, 'label' | 'excerpt'> {
  const words = (n.item.title || n.item.text || '').trim();
  const excerpt = words.length > EXCERPT ? `${words.slice(0, EXCERPT - 1).trimEnd()}…` : words;
  return { label: n.item.label, ...(excerpt ? { excerpt } : {}) };
}

/** Added or removed with everything below it: one change, the count of the rest, and its whole text. */
function withDescendants(change: Change, n: Node): Change {
  let count = 0;
  const walk = (x: Node): void => { for (const c of x.children) if (!c.match && !c.absorbed && c.part !== 'text') { count++; walk(c); } };
  walk(n);
  const content = [n.item.title, n.item.text].filter(Boolean).join(' ');
  if (content) change.content = content;
  if (count) change.descendants = count;
  return change;
}

/** A removed item is reported where it stood: just after the new place of the matched item before it. */
function placeOfRemoved(o: Node, olds: Node[]): number {
  for (let i = o.order - 1; i >= 0; i--) {
    const m = (olds[i] as Node).match;
    if (m && m.section === o.section) return m.order + 0.5;
  }
  return -0.5;
}

/**
 * Siblings that kept their parent but changed their order: those outside the longest run that
 * kept its old order (a longest increasing subsequence, n·log n).
 */
function reorderedNodes(news: Node[]): Set<Node> {
  const out = new Set<Node>();
  const groups = new Map<Node | undefined, Node[]>();
  for (const n of news) {
    const o = n.match;
    if (!o || bucket(o.section) !== bucket(n.section)) continue;
    if (keptAncestor(o)?.match !== keptAncestor(n)) continue;
    const at = keptAncestor(n);
    const list = groups.get(at);
    if (list) list.push(n);
    else groups.set(at, [n]);
  }
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const keep = increasingRun(list.map((n) => (n.match as Node).order));
    list.forEach((n, i) => { if (!keep.has(i)) out.add(n); });
  }
  return out;
}

function increasingRun(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((seq[tails[mid] as number] as number) < (seq[i] as number)) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? (tails[tails.length - 1] as number) : -1; i >= 0; i = prev[i] as number) keep.add(i);
  return keep;
}

function summarize(changes: Change[]): DiffSummary {
  const zero = (): Counts => ({ added: 0, removed: 0, modified: 0, moved: 0 });
  const s: DiffSummary = { ...zero(), total: changes.length, bySection: {} };
  for (const c of changes) {
    s[c.type]++;
    const per = (s.bySection[c.section] ??= zero());
    per[c.type]++;
  }
  return s;
}
