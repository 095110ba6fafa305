// goal-uncovered: a goal's target whose indicator no task or implementation item mentions — a
// target with no work planned towards it. Conservative by design (docs/rules/goal-uncovered.md):
// the indicator becomes "terms" — pairs of adjacent folded syllables (Vietnamese words are mostly
// two syllables: "thất nghiệp", "chuyển đổi") that are not generic ("tỷ lệ", "trên địa bàn"), and
// acronyms and codes as written (GRDP, HTX, 5G) — and it is reported only when not one term appears in the tasks.

import type { Item } from '../../model/types.js';
import { RULE_DESCRIPTIONS, lintMessage } from '../messages.js';
import { listOf, visitItems, type Visit } from '../pointer.js';
import { SyllableIds, SyllableReader, foldedSyllables, syllableKey } from '../syllables.js';
import { visitTargets } from '../targets.js';
import type { Finding, Rule } from '../types.js';

const code = 'goal-uncovered';

/** Function words and measure words: a pair holding one says nothing about the subject. */
const STOP = new Set([
  'cac', 'cua', 'va', 'tren', 'trong', 'voi', 'cho', 'tu', 'den', 'la', 'mot', 'nhung', 'co', 'duoc', 'dat', 'nam', 'tai', 'theo',
  've', 'o', 'hoac', 'it', 'nhat', 'toi', 'thieu', 'da', 'khong', 'hon', 'duoi', 'khoang', 'moi', 'nay', 'do', 'the', 'nhu', 'bang',
  'phan', 'dau', 'ra', 'vao', 'len', 'xuong', 'con', 'tro', 'thi', 'ma', 'se', 'deu', 'tong', 'ty', 'le', 'muc',
]);
/** Pairs that stand in any indicator and any task: they would cover everything. */
const GENERIC = new Set(['dia ban', 'so luong', 'ca nuoc', 'binh quan', 'hang nam', 'chi tieu', 'muc tieu', 'giai doan', 'nhiem vu', 'thuc hien', 'trien khai']);

const UPPER = /\p{Lu}/u;
const ACRONYM = /(?<![\p{L}\p{N}])(?=\p{N}*\p{Lu})[\p{Lu}\p{N}&]{2,}(?![\p{L}\p{N}])/gu;

/** The terms of an indicator whose folded syllables are `words`: significant syllable pairs and acronyms. */
function termsOf(indicator: string, words: readonly string[]): string[] {
  const terms = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i] as string;
    const b = words[i + 1] as string;
    if (STOP.has(a) || STOP.has(b) || GENERIC.has(`${a} ${b}`)) continue;
    terms.add(`${a} ${b}`);
  }
  // an acronym holds an upper-case letter: most indicators have none
  if (UPPER.test(indicator)) {
    for (const m of indicator.matchAll(ACRONYM)) {
      const acronym = foldedSyllables(m[0]).join(' ');
      if (acronym.length >= 2) terms.add(acronym);
    }
  }
  return [...terms];
}

/** The terms of an indicator: significant syllable pairs and acronyms. */
export function indicatorTerms(indicator: string): string[] {
  return termsOf(indicator, foldedSyllables(indicator));
}

/** Calls `f` with each of an item's words: title, text, cells, outputs and the indicators of its targets. */
function forEachWords(item: Item, f: (words: string) => void): void {
  if (typeof item.title === 'string') f(item.title);
  if (typeof item.text === 'string') f(item.text);
  for (const list of [item.cells, item.outputs]) for (const p of listOf(list)) if (typeof p === 'string') f(p);
  for (const t of listOf(item.targets)) if (typeof t?.indicator === 'string') f(t.indicator);
}

const reader = new SyllableReader();

/** A trie of syllable ids: a node's children by id, and the term that ends there. */
interface TermNode { term?: string; next: (TermNode | undefined)[]; leaf: boolean }

/**
 * Terms that some work item mentions (its syllables, its words read as one text, hold the term's
 * syllables in a row), enough to tell for each list of terms whether one of them is mentioned: the
 * reading stops once every list has a mentioned term. One pass over the items, following the terms
 * as a trie of syllables.
 */
function mentionedTerms(work: readonly Visit[], lists: readonly (readonly string[])[]): Set<string> {
  const terms = new Set(lists.flat());
  const listsOf = new Map<string, number[]>();
  lists.forEach((list, i) => {
    for (const term of list) {
      const of = listsOf.get(term);
      if (of) of.push(i);
      else listsOf.set(term, [i]);
    }
  });
  const covered = lists.map(() => false);
  let uncovered = lists.length;
  const spelled = [...terms].map((term) => term.split(' '));
  const ids = new SyllableIds(spelled.reduce((n, syllables) => n + syllables.length, 0));
  const root: TermNode = { next: [], leaf: false };
  spelled.forEach((syllables) => {
    let node = root;
    for (const syllable of syllables) {
      const id = ids.add(syllableKey(syllable));
      node.leaf = false;
      node = node.next[id] ??= { next: [], leaf: true };
    }
    node.term = syllables.join(' ');
  });
  const found = new Set<string>();
  // the trie nodes the syllables read so far reach: partial matches that may go on
  let open: TermNode[] = [];
  let openCount = 0;
  let reached: TermNode[] = [];
  let reachedCount = 0;
  const follow = (node: TermNode, id: number): void => {
    const child = node.next[id];
    if (child === undefined) return;
    if (child.term !== undefined && !found.has(child.term)) {
      found.add(child.term);
      for (const i of listsOf.get(child.term) as number[]) {
        if (!covered[i]) uncovered--;
        covered[i] = true;
      }
    }
    if (!child.leaf) reached[reachedCount++] = child;
  };
  const read = (words: string): void => reader.read(words);
  for (const { item } of work) {
    reader.clear();
    forEachWords(item, read);
    openCount = 0;
    for (let i = 0; i < reader.length; i++) {
      // most syllables of a text are in no term, and leave no match open
      const id = ids.idOf(reader, i);
      reachedCount = 0;
      if (id >= 0) {
        for (let k = 0; k < openCount; k++) follow(open[k] as TermNode, id);
        follow(root, id);
      }
      const spare = open;
      open = reached;
      reached = spare;
      openCount = reachedCount;
    }
    if (uncovered === 0) break;
  }
  return found;
}

export const goalUncovered: Rule = {
  code,
  defaultSeverity: 'info',
  description: RULE_DESCRIPTIONS[code],
  check(model, ctx) {
    const work = visitItems(model, ['tasks', 'implementation']);
    // No tasks at all: the document states goals only (or its tasks were not recognised).
    if (work.length === 0) return [];
    const goals = visitTargets(model, ['goals']).flatMap(({ item, target, targetPath }) => {
      if (typeof target.indicator !== 'string') return [];
      const words = foldedSyllables(target.indicator);
      return [{ item, indicator: target.indicator, targetPath, key: words.join(' '), terms: termsOf(target.indicator, words) }];
    });
    const lists = goals.map((g) => g.terms).filter((terms) => terms.length > 0);
    if (lists.length === 0) return [];
    const mentioned = mentionedTerms(work, lists);
    const reported = new Set<string>();
    const out: Finding[] = [];
    for (const { item, indicator, targetPath, key, terms } of goals) {
      if (terms.length === 0 || reported.has(key) || terms.some((t) => mentioned.has(t))) continue;
      reported.add(key);
      out.push({ code, path: `${targetPath}/indicator`, message: lintMessage(code, ctx.lang, { id: item.id, indicator }) });
    }
    return out;
  },
};
