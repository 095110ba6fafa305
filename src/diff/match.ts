// Matching the items of two versions by content, not by id.
//
// Each section's items are flattened (parents before children). Items are paired in rounds, each
// over what is still unpaired: the same folded text; similar text (word-bag Dice ≥ threshold,
// candidates found through an index of rarer words, so the work grows with the number of items,
// not its square); parents whose children were paired to each other; and items with the same
// label under paired parents. Labels, parents and position only break ties. Items still unpaired
// are then offered to the other sections, for items moved from one section to another.

import type { Item, SectionKey } from '../model/types.js';
import { bag, dice, wordKeys } from './words.js';

export interface Node {
  item: Item;
  /**
   * What of the item this node stands for. An item with both a title and a text is two nodes:
   * the title (with the item's other fields) and, as its first child, the text. So a paragraph
   * that one copy reads as a heading's text and the other as the heading's first "-" point is
   * the same content in the same place, not a change.
   */
  part: 'whole' | 'title' | 'text';
  /** the fields compared for this node: the item without its children, or the part of it */
  view: Item;
  section: SectionKey;
  parent?: Node;
  children: Node[];
  /** position among its siblings (-1 for the text of a titled item) */
  index: number;
  /** position in its section, parents before children */
  order: number;
  /** the words of the content, folded: equal keys are the same content */
  key: string;
  size: number;
  bag: Map<string, number>;
  match?: Node;
  /** the content of a paragraph the other version runs together with a matched neighbour */
  absorbed?: boolean;
}

/** Pairs below this similarity are a removal and an addition, not a modification. Tuned on the corpus pairs. */
export const DEFAULT_THRESHOLD = 0.5;
/** Between sections, only near-identical items count as moved. */
const CROSS_SECTION_THRESHOLD = 0.8;
/** Words in more items than this are too common to find candidates by. */
const COMMON_WORD = 48;
/** Candidates scored per item. */
const CANDIDATES = 12;

export function flatten(items: Item[], section: SectionKey): Node[] {
  const out: Node[] = [];
  const node = (item: Item, part: Node['part'], view: Item, keys: string[], parent: Node | undefined, index: number): Node => {
    const n: Node = { item, part, view, section, parent, index, order: out.length, children: [], key: keys.join(' '), size: keys.length, bag: bag(keys) };
    out.push(n);
    return n;
  };
  const walk = (list: Item[], parent: Node | undefined): Node[] =>
    list.map((item, index) => {
      const own: Item = { ...item };
      delete own.items;
      const title = wordKeys(item.title);
      const text = wordKeys(item.text);
      if (title.length && text.length) {
        // Targets read from the text go with the text: a paragraph that is a heading's text in one
        // copy and its first point in the other brings its figures along.
        const fromText = (item.targets ?? []).filter((t) => item.text?.includes(t.text));
        const fromTitle = (item.targets ?? []).filter((t) => !fromText.includes(t));
        const head = node(item, 'title', { ...own, text: undefined, targets: fromTitle.length ? fromTitle : undefined }, title, parent, index);
        const body = node(item, 'text', { id: item.id, label: '', line: item.line, text: item.text, ...(fromText.length ? { targets: fromText } : {}) }, text, head, -1);
        head.children = [body, ...walk(item.items ?? [], head)];
        return head;
      }
      // A table with no title of its own is known by its header row (and its rows, when kept); a
      // row whose columns could not be told apart, by its cells.
      const rows = item.table ? [item.table.header, ...(item.table.rows ?? [])] : item.cells ? [item.cells] : [];
      const table = title.length || text.length ? [] : wordKeys(rows.map((r) => r.join(' ')).join(' '));
      const whole = node(item, 'whole', own, [...title, ...text, ...table], parent, index);
      whole.children = walk(item.items ?? [], whole);
      return whole;
    });
  walk(items, undefined);
  return out;
}

/** Pairs the nodes of one section (or of leftovers across sections); sets `match` on both sides. */
export function matchNodes(olds: Node[], news: Node[], threshold = DEFAULT_THRESHOLD): void {
  // Identical texts under the same parent first: a sentence repeated in an appendix table must
  // not take the place of the one in the body.
  exactRound(olds, news, true);
  exactRound(olds, news);
  similarRound(olds, news, threshold);
  parentsRound(olds);
  labelRound(olds, news);
}

/** Items left over in every section, offered across sections. */
export function matchAcross(olds: Node[], news: Node[]): void {
  const o = olds.filter((n) => !n.match);
  const n = news.filter((x) => !x.match);
  exactRound(o, n);
  similarRound(o, n, CROSS_SECTION_THRESHOLD);
}

function pair(a: Node, b: Node): void {
  a.match = b;
  b.match = a;
}

/** How well a candidate fits beside its content: same parent, same label, similar position. */
function fit(a: Node, b: Node, oldCount: number, newCount: number): number {
  let bonus = 0;
  if (sameParent(a, b)) bonus += 0.02;
  if (a.item.label && a.item.label === b.item.label) bonus += 0.01;
  // the same label path (an unlabeled table's "PL2.t1"): the same place, when content alone ties
  if (a.item.id === b.item.id) bonus += 0.005;
  const rel = Math.abs(a.order / Math.max(1, oldCount) - b.order / Math.max(1, newCount));
  return bonus + 0.01 * (1 - Math.min(1, rel));
}

function sameParent(a: Node, b: Node): boolean {
  return a.parent?.match ? a.parent.match === b.parent : !a.parent && !b.parent;
}

function exactRound(olds: Node[], news: Node[], inPlace = false): void {
  const byKey = new Map<string, Node[]>();
  for (const n of news) {
    if (n.match || !n.key) continue;
    const list = byKey.get(n.key);
    if (list) list.push(n);
    else byKey.set(n.key, [n]);
  }
  for (const o of olds) {
    if (o.match || !o.key) continue;
    const list = byKey.get(o.key);
    if (!list) continue;
    let best: Node | undefined;
    let bestFit = -1;
    let bestAt = -1;
    // Identical texts are usually few; a long run of them (e.g. "Thường xuyên") is scanned only so far.
    for (let i = 0; i < list.length && i < 64; i++) {
      const c = list[i] as Node;
      if (c.match || (inPlace && !sameParent(o, c))) continue;
      const f = fit(o, c, olds.length, news.length);
      if (f > bestFit) { best = c; bestFit = f; bestAt = i; }
    }
    if (best) {
      pair(o, best);
      list.splice(bestAt, 1);
    }
  }
}

function similarRound(olds: Node[], news: Node[], threshold: number): void {
  const open = news.filter((n) => !n.match && n.size > 0);
  const index = new Map<string, number[]>();
  open.forEach((n, i) => {
    for (const k of n.bag.keys()) {
      const list = index.get(k);
      if (list) list.push(i);
      else index.set(k, [i]);
    }
  });
  const proposals: { a: Node; b: Node; score: number }[] = [];
  const counts = new Map<number, number>();
  for (const o of olds) {
    if (o.match || o.size === 0) continue;
    counts.clear();
    for (const k of o.bag.keys()) {
      const list = index.get(k);
      if (!list || list.length > COMMON_WORD) continue;
      for (const i of list) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    // A short item of common words only: its neighbours in the new version are its candidates.
    if (counts.size === 0) continue;
    const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, CANDIDATES);
    for (const [i] of ranked) {
      const c = open[i] as Node;
      const sim = dice(o.bag, o.size, c.bag, c.size);
      if (sim >= threshold) proposals.push({ a: o, b: c, score: sim + fit(o, c, olds.length, news.length) });
    }
  }
  proposals.sort((x, y) => y.score - x.score || x.a.order - y.a.order || x.b.order - y.b.order);
  for (const p of proposals) if (!p.a.match && !p.b.match) pair(p.a, p.b);
}

/** A parent reworded past recognition is still the same parent when most of its children went together. */
function parentsRound(olds: Node[]): void {
  for (const o of olds) {
    if (o.match || o.children.length === 0) continue;
    const votes = new Map<Node, number>();
    for (const c of o.children) {
      const p = c.match?.parent;
      if (p && !p.match && p.section === o.section) votes.set(p, (votes.get(p) ?? 0) + 1);
    }
    for (const [p, n] of votes) {
      if (2 * n > o.children.length && 2 * n > p.children.length) { pair(o, p); break; }
    }
  }
}

/** Under paired parents, unpaired items with the same label (or the same place, unlabeled) are the same item rewritten. */
function labelRound(olds: Node[], news: Node[]): void {
  const ids = new Map<Node, number>();
  let next = 0;
  const idOf = (n: Node | undefined): number => {
    if (!n) return -1;
    let id = ids.get(n);
    if (id === undefined) { id = next++; ids.set(n, id); }
    return id;
  };
  // An unlabeled item's place is "the k-th after the last sibling both versions have", not its
  // index, which an addition or removal before it shifts. One pass per list of siblings.
  const kept = new Map<Node, string>();
  const note = (list: Node[], old: boolean): void => {
    let last: Node | undefined;
    let since = 0;
    for (const n of list) {
      kept.set(n, last ? `${idOf(old ? last.match : last)}+${since}` : `+${since}`);
      if (n.match) { last = n; since = 0; } else since++;
    }
  };
  for (const [all, old] of [[olds, true], [news, false]] as const) {
    note(all.filter((n) => !n.parent), old);
    for (const n of all) if (n.children.length) note(n.children, old);
  }
  const slots = new Map<string, Node>();
  const slot = (n: Node, parentKey: string): string => `${parentKey}\u0000${n.item.label || kept.get(n) || ''}`;
  for (const n of news) if (!n.match) slots.set(slot(n, String(idOf(n.parent))), n);
  for (const o of olds) {
    if (o.match) continue;
    const parent = o.parent ? o.parent.match : undefined;
    if (o.parent && !parent) continue;
    const c = slots.get(slot(o, String(idOf(parent))));
    if (c && !c.match && c.section === o.section) {
      // Only when the two still share something, or one of them is empty of text.
      const sim = dice(o.bag, o.size, c.bag, c.size);
      if (sim >= 0.25 || o.size === 0 || c.size === 0) pair(o, c);
    }
  }
}

/**
 * Paragraph breaks that only one version has: a matched item whose text the other version
 * splits over it and its unpaired neighbours (or joins them into one). When the neighbours'
 * words, in order, make up exactly the difference, they are part of the match, not changes.
 * Documents without blank lines between paragraphs show this when wrapped differently.
 */
export function absorbSplits(olds: Node[], news: Node[]): void {
  for (const n of news) {
    const o = n.match;
    if (!o || !o.key || !n.key || o.key === n.key) continue;
    if (n.key.length > o.key.length) absorbRun(o, n, olds);
    else absorbRun(n, o, news);
  }
}

function absorbRun(x: Node, other: Node, list: Node[]): void {
  const target = other.key;
  const at = wordIndex(target, x.key);
  if (at < 0) return;
  const run: Node[] = [];
  let before = target.slice(0, at).trimEnd();
  for (let k = x.order - 1; before; k--) {
    const y = list[k];
    if (!y || y.match || y.absorbed || !y.key || !endsWithWords(before, y.key)) return;
    run.unshift(y);
    before = before.slice(0, before.length - y.key.length).trimEnd();
  }
  let after = target.slice(at + x.key.length).trimStart();
  for (let k = x.order + 1; after; k++) {
    const y = list[k];
    if (!y || y.match || y.absorbed || y.item.label !== '' || !y.key || !startsWithWords(after, y.key)) return;
    run.push(y);
    after = after.slice(y.key.length).trimStart();
  }
  if (!run.length) return;
  for (const y of run) y.absorbed = true;
  // The fields of the run, first found first, with the other version's words: only fields can differ now.
  const fields: Item = { ...x.view };
  for (const y of run) for (const [k, v] of Object.entries(y.view)) if ((fields as unknown as Record<string, unknown>)[k] === undefined) (fields as unknown as Record<string, unknown>)[k] = v;
  x.view = { ...fields, title: other.view.title, text: other.view.text };
}

function wordIndex(hay: string, needle: string): number {
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if ((at === 0 || hay[at - 1] === ' ') && (end === hay.length || hay[end] === ' ')) return at;
  }
  return -1;
}

function endsWithWords(s: string, tail: string): boolean {
  return s.endsWith(tail) && (s.length === tail.length || s[s.length - tail.length - 1] === ' ');
}

function startsWithWords(s: string, head: string): boolean {
  return s.startsWith(head) && (s.length === head.length || s[head.length] === ' ');
}
