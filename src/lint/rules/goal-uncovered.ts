// goal-uncovered: a goal's target whose indicator no task or implementation item mentions — a
// target with no work planned towards it. Conservative by design (docs/rules/goal-uncovered.md):
// the indicator becomes "terms" — pairs of adjacent folded syllables (Vietnamese words are mostly
// two syllables: "thất nghiệp", "chuyển đổi") that are not generic ("tỷ lệ", "trên địa bàn"), and
// acronyms and codes as written (GRDP, HTX, 5G) — and it is reported only when not one term appears in the tasks.

import type { Item } from '../../model/types.js';
import { RULE_DESCRIPTIONS, lintMessage } from '../messages.js';
import { listOf, visitItems, type Visit } from '../pointer.js';
import { CodeSet, SyllableReader, foldedSyllables, syllableKey, type SyllableKey } from '../syllables.js';
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

/** Folded syllables, numbers dropped. */
const syllables = (text: string): string[] => foldedSyllables(text);

/** The terms of an indicator: significant syllable pairs and acronyms. */
export function indicatorTerms(indicator: string): string[] {
  const words = syllables(indicator);
  const terms = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i] as string;
    const b = words[i + 1] as string;
    if (STOP.has(a) || STOP.has(b) || GENERIC.has(`${a} ${b}`)) continue;
    terms.add(`${a} ${b}`);
  }
  for (const m of indicator.matchAll(/(?<![\p{L}\p{N}])(?=\p{N}*\p{Lu})[\p{Lu}\p{N}&]{2,}(?![\p{L}\p{N}])/gu)) {
    const acronym = syllables(m[0]).join(' ');
    if (acronym.length >= 2) terms.add(acronym);
  }
  return [...terms];
}

/** The words of an item: title, text, cells, outputs and the indicators of its targets. */
function itemWords(item: Item): string[] {
  const parts = [item.title, item.text, ...listOf(item.cells), ...listOf(item.outputs), ...listOf(item.targets).map((t) => t?.indicator)];
  return parts.filter((p): p is string => typeof p === 'string');
}

const reader = new SyllableReader();

interface TermNode { term?: string; next: Map<SyllableKey, TermNode> }

/**
 * The terms that some work item mentions: its syllables (its words read as one text) hold the
 * term's syllables in a row. One pass over the items, following the terms as a trie of syllables.
 */
function mentionedTerms(work: readonly Visit[], terms: ReadonlySet<string>): Set<string> {
  const root: TermNode = { next: new Map() };
  const coded: number[] = [];
  for (const term of terms) {
    let node = root;
    for (const syllable of term.split(' ')) {
      const key = syllableKey(syllable);
      if (typeof key === 'number') coded.push(key);
      let child = node.next.get(key);
      if (child === undefined) node.next.set(key, (child = { next: new Map() }));
      node = child;
    }
    node.term = term;
  }
  const found = new Set<string>();
  // the trie nodes the syllables read so far reach: partial matches that may go on
  let open: TermNode[] = [];
  let openCount = 0;
  let reached: TermNode[] = [];
  let reachedCount = 0;
  const follow = (node: TermNode, key: SyllableKey): void => {
    const child = node.next.get(key);
    if (child === undefined) return;
    if (child.term !== undefined) found.add(child.term);
    if (child.next.size > 0) reached[reachedCount++] = child;
  };
  // most syllables of a text are in no term: one probe tells, and no match is open after them
  const vocabulary = new CodeSet(coded);
  for (const { item } of work) {
    reader.clear();
    for (const words of itemWords(item)) reader.read(words);
    openCount = 0;
    for (let i = 0; i < reader.length; i++) {
      const code = reader.codes[i] as number;
      if (code > 0 && !vocabulary.has(code)) {
        openCount = 0;
        continue;
      }
      const key = reader.key(i);
      reachedCount = 0;
      for (let k = 0; k < openCount; k++) follow(open[k] as TermNode, key);
      follow(root, key);
      [open, reached] = [reached, open];
      openCount = reachedCount;
    }
    if (found.size === terms.size) break;
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
      return [{ item, indicator: target.indicator, targetPath, key: syllables(target.indicator).join(' '), terms: indicatorTerms(target.indicator) }];
    });
    const wanted = new Set(goals.flatMap((g) => g.terms));
    if (wanted.size === 0) return [];
    const mentioned = mentionedTerms(work, wanted);
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
